//! How `compat` prints: rustc-style reports that show the line of each file, or one JSON
//! object.

use super::{Content, Input, Verdict};
use crate::args::ColorChoice;
use crate::check::{CheckedFile, Summary};
use crate::report;
use crate::report::printable::{escaped, masked};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Snippet};
use serde_json::{json, Value};
use std::borrow::Cow;
use std::io::{self, Write};
use wws_security_policy::compat::{FileCompatDiagnostic, FilePlace};
use wws_security_policy::{Diagnostic, Severity};

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    }
}

/// The "also stated as" note and the help line every report ends with.
fn close<'a>(mut group: Group<'a>, d: &'a Diagnostic) -> Group<'a> {
    if !d.also().is_empty() {
        let ids: Vec<String> = d.also().iter().map(|id| format!("`{id}`")).collect();
        group = group.element(Level::NOTE.message(format!("also stated as {}", ids.join(", "))));
    }
    group.element(Level::HELP.message(escaped(&d.help)))
}

/// A file of the pair as the report shows it: its name and its text, both printable.
struct Shown<'a> {
    name: Cow<'a, str>,
    text: Option<Cow<'a, str>>,
}

impl<'a> Shown<'a> {
    fn of(input: &'a Input) -> Self {
        Shown {
            name: escaped(&input.name),
            text: text(input).map(masked),
        }
    }
}

/// One compatibility diagnostic: the title, then the place in the client's file and the place
/// in the server's file, what happens at run time, and the help.
fn pair_group<'a>(
    d: &'a FileCompatDiagnostic,
    client: &'a Shown<'a>,
    server: &'a Shown<'a>,
) -> Group<'a> {
    let inner = &d.diagnostic.diagnostic;
    let mut group = Group::with_title(
        level(inner.severity)
            .primary_title(escaped(&inner.message))
            .id(inner.rule.id),
    );
    for (side, input, place, path) in [
        ("client", client, &d.client, &d.client_path),
        ("server", server, &d.server, &d.server_path),
    ] {
        group = match (input.text.as_deref(), place) {
            (
                Some(text),
                FilePlace {
                    span: Some(span), ..
                },
            ) => group.element(
                Snippet::source(text)
                    .path(input.name.as_ref())
                    .fold(true)
                    .annotation(
                        AnnotationKind::Primary
                            .span(span.clone())
                            .label(escaped(&format!("{side}: `{path}`")).into_owned()),
                    ),
            ),
            _ => group
                .element(Origin::path(input.name.as_ref()))
                .element(Level::NOTE.message(escaped(&absent(side, path)).into_owned())),
        };
    }
    group = group.element(Level::NOTE.message(format!("at run time, {}", d.symptom)));
    close(group, inner)
}

/// What a side's place is when the file does not have it: a property left at its default, or
/// an entry the file lacks.
fn absent(side: &str, path: &wws_security_model::Path) -> String {
    let is_property = path
        .segments()
        .iter()
        .any(|s| matches!(s, wws_security_model::Segment::Key(k) if k == "properties"));
    if is_property {
        format!("{side}: `{path}` is not written in this file, so its default applies")
    } else {
        format!("{side}: the file has no `{path}`")
    }
}

fn text(input: &Input) -> Option<&str> {
    match &input.content {
        Content::Valid { text, .. } | Content::Invalid { text, .. } => Some(text),
        Content::Unreadable(_) => None,
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The files of the pair that cannot be compared, as `check` reports them.
fn unusable(client: &Input, server: &Input) -> Vec<CheckedFile> {
    [client, server]
        .into_iter()
        .filter_map(Input::checked)
        .collect()
}

pub(crate) fn human(
    client: &Input,
    server: &Input,
    verdict: &Verdict,
    color: ColorChoice,
    out: &mut dyn Write,
) -> io::Result<()> {
    let names = format!("{} and {}", client.name, server.name);
    let diagnostics = match verdict {
        Verdict::Unusable => {
            // The files' own problems, exactly as `check` prints them, then why nothing was
            // compared.
            let files = unusable(client, server);
            report::human::write(&files, &Summary::of(&files), color, out)?;
            let why: Vec<String> = files
                .iter()
                .map(|f| match &f.outcome {
                    Err(_) => format!("{} cannot be read", f.path.display()),
                    Ok(checked) => {
                        let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
                        format!(
                            "{} is not a valid endpoint ({})",
                            f.path.display(),
                            plural(errors, "error")
                        )
                    }
                })
                .collect();
            return writeln!(out, "{names} not compared: {}", why.join(", "));
        }
        Verdict::Compared(diagnostics) => diagnostics,
    };
    let renderer = crate::report::human::renderer(color);
    let (client, server) = (Shown::of(client), Shown::of(server));
    for d in diagnostics {
        let report = [pair_group(d, &client, &server)];
        writeln!(out, "{}\n", renderer.render(&report))?;
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let line = match (errors, warnings) {
        (0, 0) => format!("{names} are compatible"),
        (0, w) => format!("{names} are compatible, with {}", plural(w, "warning")),
        (e, w) => format!(
            "{names} are not compatible: {}, {}",
            plural(e, "error"),
            plural(w, "warning")
        ),
    };
    writeln!(out, "{line}")
}

/// The `--format json` document: `{"client", "server", "compatible", "diagnostics": [...]}`,
/// plus `"files"`, in the shape of `check --format json`, with each file that cannot be
/// compared.
pub(crate) fn json(client: &Input, server: &Input, verdict: &Verdict) -> Value {
    match verdict {
        Verdict::Compared(diagnostics) => {
            let diagnostics: Vec<Value> = diagnostics
                .iter()
                .map(|d| {
                    let inner = &d.diagnostic.diagnostic;
                    json!({
                        "rule": inner.rule.id,
                        "also": inner.also(),
                        "severity": inner.severity.name(),
                        "message": inner.message,
                        "help": inner.help,
                        "symptom": d.symptom,
                        "client_path": d.client_path.to_string(),
                        "client_line": d.client.line,
                        "client_column": d.client.column,
                        "server_path": d.server_path.to_string(),
                        "server_line": d.server.line,
                        "server_column": d.server.column,
                    })
                })
                .collect();
            let compatible = !diagnostics.iter().any(|d| d["severity"] == "error");
            json!({
                "client": client.name,
                "server": server.name,
                "compatible": compatible,
                "diagnostics": diagnostics,
            })
        }
        Verdict::Unusable => json!({
            "client": client.name,
            "server": server.name,
            "compatible": false,
            "diagnostics": [],
            "files": report::json::document(&unusable(client, server))["files"],
        }),
    }
}
