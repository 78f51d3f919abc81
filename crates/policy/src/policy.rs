//! Lint levels and the validation driver.

use crate::context::Ctx;
use crate::{registry, Report, Rule, Severity};
use wws_security_model::{Endpoint, SecurityBinding};

/// What to do with a lint (a rule whose default severity is a warning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Do not report it.
    Allow,
    /// Report it as a warning.
    Warn,
    /// Report it as an error.
    Deny,
}

impl Level {
    /// The three levels.
    pub const ALL: [Level; 3] = [Level::Allow, Level::Warn, Level::Deny];

    /// `allow`, `warn` or `deny`: the command line's flag and the macro's attribute.
    pub fn name(self) -> &'static str {
        match self {
            Level::Allow => "allow",
            Level::Warn => "warn",
            Level::Deny => "deny",
        }
    }

    /// The level with this name.
    pub fn from_name(name: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.name() == name)
    }
}

/// What a lint setting names: one lint, or every lint (`warnings`, as in rustc).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintTarget {
    /// One lint, by its id or one of its also-ids.
    Rule(&'static Rule),
    /// Every lint not set otherwise.
    Warnings,
}

/// One `allow`/`warn`/`deny` of a lint id or of `warnings`: a command-line flag
/// (`--deny P-022`) or an attribute of the macro (`#![deny(P-022)]`). Both surfaces parse it
/// with [`LintSetting::parse`] and apply it with [`Policy::apply`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LintSetting {
    /// What to do.
    pub level: Level,
    /// With which lints.
    pub target: LintTarget,
}

impl LintSetting {
    /// Reads `level` with `id`: a lint id (any letter case, or an also-id of a lint) or
    /// `warnings`. `allow warnings` is refused: it would hide every security lint at once.
    pub fn parse(level: Level, id: &str) -> Result<LintSetting, LintError> {
        let id = id.trim();
        if id == "warnings" {
            if level == Level::Allow {
                return Err(LintError::AllowWarnings);
            }
            return Ok(LintSetting {
                level,
                target: LintTarget::Warnings,
            });
        }
        let upper = id.to_ascii_uppercase();
        let rule = registry::find(&upper).ok_or_else(|| LintError::NoSuchRule {
            id: id.to_owned(),
            suggestion: registry::suggest(&upper),
        })?;
        if rule.severity != Severity::Warning {
            return Err(LintError::NotALint(id.to_owned()));
        }
        Ok(LintSetting {
            level,
            target: LintTarget::Rule(rule),
        })
    }
}

/// A lint setting that cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LintError {
    /// No rule has this id.
    #[error("no rule has the id `{id}`{}; `wws-security rules --severity warning` lists the lints",
        suggestion.map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default())]
    NoSuchRule {
        /// The id as written.
        id: String,
        /// The closest known id, when one is close.
        suggestion: Option<&'static str>,
    },
    /// The rule is an error, which cannot be allowed or lowered.
    #[error("`{0}` is an error, not a lint; only warnings can be allowed or denied")]
    NotALint(String),
    /// `allow warnings`.
    #[error("allowing `warnings` would hide every security lint; allow each lint by its id")]
    AllowWarnings,
}

/// Validation settings: lint levels, the way rustc's `-A`/`-W`/`-D` work.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    levels: Vec<(&'static str, Level)>,
    deny_warnings: bool,
}

impl Policy {
    /// Default levels: errors are errors, lints are warnings.
    pub fn new() -> Self {
        Policy::default()
    }

    /// Applies one setting; later settings win, and a level set for one lint wins over
    /// `warnings` whatever the order (like rustc's `-D warnings -A lint`).
    #[must_use]
    pub fn apply(mut self, setting: LintSetting) -> Self {
        match setting.target {
            LintTarget::Warnings => self.deny_warnings = setting.level == Level::Deny,
            LintTarget::Rule(rule) => {
                self.levels.retain(|(r, _)| *r != rule.id);
                self.levels.push((rule.id, setting.level));
            }
        }
        self
    }

    /// Sets the level of lint `id` (a catalogue id or an also-id of a lint, or `warnings`).
    pub fn set(self, id: &str, level: Level) -> Result<Self, LintError> {
        Ok(self.apply(LintSetting::parse(level, id)?))
    }

    /// Does not report lint `id`.
    pub fn allow(self, id: &str) -> Result<Self, LintError> {
        self.set(id, Level::Allow)
    }

    /// Reports lint `id` as an error.
    pub fn deny(self, id: &str) -> Result<Self, LintError> {
        self.set(id, Level::Deny)
    }

    /// Reports lint `id` as a warning (the default).
    pub fn warn(self, id: &str) -> Result<Self, LintError> {
        self.set(id, Level::Warn)
    }

    /// Reports every lint not set otherwise as an error (`--deny warnings`).
    #[must_use]
    pub fn deny_warnings(mut self) -> Self {
        self.deny_warnings = true;
        self
    }

    /// The severity `rule` is reported with, or `None` when it is allowed.
    pub fn severity_of(&self, rule: &Rule) -> Option<Severity> {
        if rule.severity == Severity::Error {
            return Some(Severity::Error);
        }
        match self
            .levels
            .iter()
            .find(|(id, _)| *id == rule.id)
            .map(|(_, l)| *l)
        {
            Some(Level::Allow) => None,
            Some(Level::Deny) => Some(Severity::Error),
            Some(Level::Warn) => Some(Severity::Warning),
            None if self.deny_warnings => Some(Severity::Error),
            None => Some(Severity::Warning),
        }
    }

    /// Checks `endpoint` against every implemented rule and returns every diagnostic.
    pub fn validate(&self, endpoint: &Endpoint) -> Report {
        let mut report = Report::default();
        let mut cx = Ctx::root(endpoint, self, &mut report);
        check_description(&mut cx);
        report
    }
}

/// Runs every check on one description, then on each bootstrap description inside it.
fn check_description(cx: &mut Ctx<'_>) {
    for set in crate::rules::SETS {
        for check in set.checks {
            check(cx);
        }
    }
    let bindings = cx.bindings();
    for (index, binding) in bindings.iter().enumerate() {
        if let SecurityBinding::SecurityContextMessage(b) = binding {
            if let Some(bootstrap) = &b.bootstrap_security_description {
                if let Some(mut inner) = cx.bootstrap(index, bootstrap) {
                    check_description(&mut inner);
                }
            }
        }
    }
}

/// Checks `endpoint` with the default policy.
pub fn validate(endpoint: &Endpoint) -> Report {
    Policy::default().validate(endpoint)
}
