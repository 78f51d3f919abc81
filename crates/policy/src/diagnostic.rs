//! The one diagnostic type, the report that collects diagnostics, and their text form.
//!
//! Every surface uses [`Diagnostic`]: the policy's checks, the format errors of the decoder (given
//! their `F-` rule by [`Diagnostic::from_decode`]), the loader's `R-` errors, the macro's compile
//! errors and the command line. A file location (byte range, line, column) wraps it in
//! [`FileDiagnostic`](crate::FileDiagnostic).

use crate::{Rule, Severity, Suggestion, Syntax};
use std::fmt;
use wws_security_model::{Part, Path};

/// One broken rule, at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The rule broken.
    pub rule: &'static Rule,
    /// Severity after the policy's lint levels.
    pub severity: Severity,
    /// What is wrong, naming the element; lowercase.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// Where: a path into the endpoint (`bindings[1].properties.require_ssl_client_cert`).
    pub path: Path,
    /// Which text of the entry at `path` the problem is about, for tools that show the source.
    pub part: Part,
    /// The edits that would fix it, when the help can be said as edits; each surface renders
    /// them in its own syntax ([`Suggestion::render`]).
    pub suggestion: Option<Suggestion>,
}

impl Diagnostic {
    /// The rule id.
    pub fn id(&self) -> &'static str {
        self.rule.id
    }

    /// Other ids that state the same rule.
    pub fn also(&self) -> &'static [&'static str] {
        self.rule.also
    }

    /// True for an error (after lint levels).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `[T-029] message (also T-031)`: the rule and the message on one line.
    pub fn headline(&self) -> String {
        let mut text = format!("[{}] {}", self.rule.id, self.message);
        if !self.rule.also.is_empty() {
            text.push_str(&format!(" (also {})", self.rule.also.join(", ")));
        }
        text
    }

    /// Writes the diagnostic in the style of rustc; `location` is the 1-based line and column in
    /// the file the endpoint was read from, when known.
    pub(crate) fn write(
        &self,
        f: &mut fmt::Formatter<'_>,
        location: Option<(usize, usize)>,
    ) -> fmt::Result {
        write!(
            f,
            "{}[{}]: {}",
            self.severity.name(),
            self.rule.id,
            self.message
        )?;
        match (location, self.path.is_root()) {
            (Some((l, c)), true) => write!(f, "\n  --> {l}:{c}")?,
            (Some((l, c)), false) => write!(f, "\n  --> {l}:{c} ({})", self.path)?,
            (None, false) => write!(f, "\n  --> {}", self.path)?,
            (None, true) => {}
        }
        write!(f, "\n  = help: {}", self.help)?;
        if let Some(s) = &self.suggestion {
            write!(f, "\n  = suggestion: {}", s.render(Syntax::Toml))?;
        }
        Ok(())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, None)
    }
}

/// Every diagnostic of one validation, in the order the checks found them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use = "a report says whether the endpoint is valid"]
pub struct Report {
    /// The diagnostics.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    /// True when no diagnostic at all was reported.
    pub fn is_clean(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// The ids reported, in order (with repetitions).
    pub fn ids(&self) -> Vec<&'static str> {
        self.diagnostics.iter().map(|d| d.rule.id).collect()
    }

    /// True when a diagnostic of this rule (by id or also-id) was reported.
    pub fn reports(&self, id: &str) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.rule.id == id || d.rule.also.contains(&id))
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}
