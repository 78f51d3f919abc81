//! The output formats of `check`: rustc-style text, JSON, SARIF 2.1.0 for code scanning, and
//! GitHub workflow-command annotations. Each lists a file's diagnostics in the order of its text.

pub(crate) mod github;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod sarif;

use wws_security_policy::{FileDiagnostic, Format, Syntax};

/// The syntax a file's suggestions are written in.
pub(crate) fn syntax(format: Format) -> Syntax {
    match format {
        Format::Toml => Syntax::Toml,
        Format::Json => Syntax::Json,
    }
}

/// The suggestion of `d` in the file's syntax, with a note when `--fix` applies it.
pub(crate) fn suggestion_text(d: &FileDiagnostic, format: Format) -> Option<String> {
    let s = d.suggestion.as_ref()?;
    let mut text = s.render(syntax(format));
    if s.is_machine_applicable() && format == Format::Toml {
        text.push_str(" (`wws-security check --fix` applies it)");
    }
    Some(text)
}
