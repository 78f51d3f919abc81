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

/// A lint level that names no lint.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UnknownRule {
    /// No rule has this id.
    #[error("no rule has the id `{0}`; `wws-security rules` lists them")]
    NoSuchRule(String),
    /// The rule is an error, which cannot be allowed or lowered.
    #[error("`{0}` is an error, not a lint; only warnings can be allowed or denied")]
    NotALint(String),
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

    /// Sets the level of lint `id` (a catalogue id or an also-id of a lint).
    pub fn set(mut self, id: &str, level: Level) -> Result<Self, UnknownRule> {
        let rule = registry::find(id).ok_or_else(|| UnknownRule::NoSuchRule(id.to_owned()))?;
        if rule.severity != Severity::Warning {
            return Err(UnknownRule::NotALint(id.to_owned()));
        }
        self.levels.retain(|(r, _)| *r != rule.id);
        self.levels.push((rule.id, level));
        Ok(self)
    }

    /// Does not report lint `id`.
    pub fn allow(self, id: &str) -> Result<Self, UnknownRule> {
        self.set(id, Level::Allow)
    }

    /// Reports lint `id` as an error.
    pub fn deny(self, id: &str) -> Result<Self, UnknownRule> {
        self.set(id, Level::Deny)
    }

    /// Reports lint `id` as a warning (the default).
    pub fn warn(self, id: &str) -> Result<Self, UnknownRule> {
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
    for area in crate::rules::ALL_CHECKS {
        for check in *area {
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
