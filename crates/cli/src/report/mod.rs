//! The output formats of `check`: rustc-style text, JSON, SARIF 2.1.0 for code scanning, and
//! GitHub workflow-command annotations. Each lists a file's diagnostics in the order of its text.

pub(crate) mod github;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod printable;
pub(crate) mod sarif;

use wws_security_policy::{FileDiagnostic, Format, Syntax};

/// The suggestion of `d` in the file's syntax, with a note when `--fix` applies it.
pub(crate) fn suggestion_text(d: &FileDiagnostic, format: Format) -> Option<String> {
    let s = d.suggestion.as_ref()?;
    let mut text = s.render(Syntax::from(format));
    if s.is_machine_applicable() && format == Format::Toml {
        text.push_str(" (`wws-security check --fix` applies it)");
    }
    Some(text)
}
