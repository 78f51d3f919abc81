//! Diagnostics in the style of rustc, then a summary line.

use crate::args::ColorChoice;
use crate::check::{CheckedFile, Summary};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
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
        let name = file.path.display().to_string();
        match &file.outcome {
            Ok(checked) => {
                for d in &checked.diagnostics {
                    let report = [group(d, &checked.text, checked.format, &name)];
                    writeln!(out, "{}\n", renderer.render(&report))?;
                }
            }
            Err(reason) => {
                let title = Level::ERROR.primary_title(reason.as_str());
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
/// the suggestion in the file's syntax.
fn group<'a>(d: &'a FileDiagnostic, text: &'a str, format: Format, name: &'a str) -> Group<'a> {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(d.message.as_str()).id(d.id());
    let mut group = match &d.span {
        Some(span) => {
            let label = if d.path.is_root() {
                String::new()
            } else {
                format!("at `{}`", d.path)
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
                group.element(Level::NOTE.message(format!("at `{}`", d.path)))
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
    group = group.element(Level::HELP.message(d.help.as_str()));
    match super::suggestion_text(d, format) {
        Some(s) => group.element(Level::HELP.message(s)),
        None => group,
    }
}
