//! Diagnostics in the style of rustc, then a summary line.

use crate::args::ColorChoice;
use crate::check::{CheckedFile, Summary};
use crate::report::printable::{escaped, masked};
use annotate_snippets::{AnnotationKind, Level, Origin, Renderer, Snippet};
use std::borrow::Borrow;
use std::io::{self, IsTerminal, Write};
use wws_security_policy::{FileDiagnostic, Format, Severity};

/// The renderer `--color` asks for (`auto`: colors when standard output is a terminal).
pub(crate) fn renderer(color: ColorChoice) -> Renderer {
    let styled = match color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => io::stdout().is_terminal(),
    };
    if styled {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
}

pub(crate) fn write<F: Borrow<CheckedFile>>(
    files: &[F],
    summary: &Summary,
    color: ColorChoice,
    out: &mut dyn Write,
) -> io::Result<()> {
    let renderer = renderer(color);
    // One stream, in file order: a file that cannot be read is reported where it comes, and the
    // summary is the last line.
    for file in files {
        let file = file.borrow();
        let name = escaped(&file.path.display().to_string()).into_owned();
        match &file.outcome {
            Ok(checked) => {
                let text = masked(&checked.text);
                for d in &checked.diagnostics {
                    writeln!(
                        out,
                        "{}\n",
                        render(&renderer, d, &text, checked.format, &name)
                    )?;
                }
            }
            Err(reason) => {
                let reason = escaped(reason);
                let title = Level::ERROR.primary_title(reason.as_ref());
                let report = [title.element(Origin::path(name.as_str()))];
                writeln!(out, "{}\n", renderer.render(&report))?;
            }
        }
    }
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut line = format!(
        "{} checked: {}, {}",
        plural(summary.files, "file"),
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning")
    );
    if summary.unreadable > 0 {
        line.push_str(&format!(
            ", {} not read",
            plural(summary.unreadable, "file")
        ));
    }
    writeln!(out, "{line}")
}

/// One diagnostic as a rustc-style report: title with id, source line with a caret, help and
/// the suggestion in the file's syntax. `text` and `name` are already printable; what the
/// diagnostic quotes from the file is escaped here.
fn render(
    renderer: &Renderer,
    d: &FileDiagnostic,
    text: &str,
    format: Format,
    name: &str,
) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let message = escaped(&d.message);
    let help = escaped(&d.help);
    let path = escaped(&d.path.to_string()).into_owned();
    let suggestion = super::suggestion_text(d, format).map(|s| escaped(&s).into_owned());
    let title = level.primary_title(message.as_ref()).id(d.id());
    let mut group = match &d.span {
        Some(span) => {
            let label = if d.path.is_root() {
                String::new()
            } else {
                format!("at `{path}`")
            };
            let mut annotation = AnnotationKind::Primary.span(span.clone());
            if !label.is_empty() {
                annotation = annotation.label(label);
            }
            title.element(
                Snippet::source(text)
                    .path(name)
                    .fold(true)
                    .annotation(annotation),
            )
        }
        None => {
            let origin = Origin::path(name);
            let group = title.element(origin);
            if d.path.is_root() {
                group
            } else {
                group.element(Level::NOTE.message(format!("at `{path}`")))
            }
        }
    };
    if !d.also().is_empty() {
        group = group.element(Level::NOTE.message(format!(
            "also stated as {}",
            d.also()
                .iter()
                .map(|id| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    group = group.element(Level::HELP.message(help.as_ref()));
    if let Some(s) = &suggestion {
        group = group.element(Level::HELP.message(s.as_str()));
    }
    renderer.render(&[group])
}
