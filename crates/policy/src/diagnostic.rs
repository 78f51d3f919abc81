//! Diagnostics and the report that collects them.

use crate::{Rule, Severity};
use std::fmt;
use wws_security_model::Path;

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
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for Rule {}

impl Diagnostic {
    /// The rule id.
    pub fn id(&self) -> &'static str {
        self.rule.id
    }

    /// Other ids that state the same rule.
    pub fn also(&self) -> &'static [&'static str] {
        self.rule.also
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}]: {}",
            self.severity.name(),
            self.rule.id,
            self.message
        )?;
        if !self.path.is_root() {
            write!(f, "\n  --> {}", self.path)?;
        }
        write!(f, "\n  = help: {}", self.help)
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
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
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
