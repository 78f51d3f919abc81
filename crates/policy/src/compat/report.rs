//! A compatibility diagnostic: the one [`Diagnostic`] type (rule, severity, message, help) with
//! a place in each of the two endpoints and what a user sees at run time.

use crate::{Diagnostic, Severity};
use std::fmt;
use wws_security_model::Path;

/// A setting the client and the server do not agree on.
///
/// The inner [`Diagnostic`] carries the rule, the severity after the policy's lint levels, the
/// message (naming both values) and the help. Its own `path` is the root: a compatibility
/// problem has two places, [`client_path`](Self::client_path) and
/// [`server_path`](Self::server_path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompatDiagnostic {
    /// Rule, severity, message and help.
    pub diagnostic: Diagnostic,
    /// What a user sees at run time when the two ends meet.
    pub symptom: String,
    /// Where the setting is (or would be written) in the client's file.
    pub client_path: Path,
    /// Where the setting is (or would be written) in the server's file.
    pub server_path: Path,
}

impl CompatDiagnostic {
    /// The rule id.
    pub fn id(&self) -> &'static str {
        self.diagnostic.rule.id
    }

    /// True for an error (after lint levels).
    pub fn is_error(&self) -> bool {
        self.diagnostic.is_error()
    }

    /// Writes the diagnostic in the style of rustc; `client` and `server` are the 1-based line
    /// and column of each side in its file, when known.
    pub(crate) fn write(
        &self,
        f: &mut fmt::Formatter<'_>,
        client: Option<(usize, usize)>,
        server: Option<(usize, usize)>,
    ) -> fmt::Result {
        let d = &self.diagnostic;
        write!(f, "{}[{}]: {}", d.severity.name(), d.rule.id, d.message)?;
        for (side, path, place) in [
            ("client", &self.client_path, client),
            ("server", &self.server_path, server),
        ] {
            match place {
                Some((l, c)) => write!(f, "\n  --> {side}: {l}:{c} ({path})")?,
                None => write!(f, "\n  --> {side}: {path}")?,
            }
        }
        write!(f, "\n  = note: at run time, {}", self.symptom)?;
        write!(f, "\n  = help: {}", d.help)
    }
}

impl fmt::Display for CompatDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, None, None)
    }
}

/// Every setting a client and a server do not agree on, in the order the checks found them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use = "a report says whether the two endpoints can talk"]
pub struct CompatReport {
    /// The diagnostics.
    pub diagnostics: Vec<CompatDiagnostic>,
}

impl CompatReport {
    /// True when no diagnostic is an error: the two ends agree on everything the files decide
    /// (warnings allowed).
    pub fn is_compatible(&self) -> bool {
        !self.diagnostics.iter().any(CompatDiagnostic::is_error)
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &CompatDiagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &CompatDiagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.diagnostic.severity == Severity::Warning)
    }

    /// The ids reported, in order (with repetitions).
    pub fn ids(&self) -> Vec<&'static str> {
        self.diagnostics.iter().map(CompatDiagnostic::id).collect()
    }

    /// True when a diagnostic of this rule was reported.
    pub fn reports(&self, id: &str) -> bool {
        self.diagnostics.iter().any(|d| d.id() == id)
    }
}

impl fmt::Display for CompatReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}
