//! `wws-security check`: validate files, print diagnostics (rustc style or JSON) and a summary.

use crate::args::{CheckArgs, ColorChoice, OutputFormat};
use crate::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use wws_security_policy::{check_text, FileDiagnostic, Format, Policy, Severity, UnknownRule};

/// One file after checking.
#[derive(Debug, Clone)]
pub struct CheckedFile {
    /// The path as given.
    pub path: PathBuf,
    /// The text and its diagnostics, or why the file could not be read.
    pub outcome: Result<(String, Vec<FileDiagnostic>), String>,
}

impl CheckedFile {
    /// True when the file was read and has no error.
    pub fn is_valid(&self) -> bool {
        matches!(&self.outcome, Ok((_, d)) if d.iter().all(|d| !d.is_error()))
    }
}

/// Totals over the files checked.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Files read and checked.
    pub files: usize,
    /// Files that could not be read.
    pub unreadable: usize,
    /// Errors reported.
    pub errors: usize,
    /// Warnings reported.
    pub warnings: usize,
}

impl Summary {
    /// The exit status these totals call for.
    pub fn exit_status(&self) -> i32 {
        if self.unreadable > 0 {
            EXIT_USAGE
        } else if self.errors > 0 {
            EXIT_ERRORS
        } else {
            EXIT_OK
        }
    }
}

/// Reads and checks every file (the format from its extension).
pub fn check_files(files: &[PathBuf], policy: &Policy) -> (Vec<CheckedFile>, Summary) {
    let mut summary = Summary::default();
    let checked: Vec<CheckedFile> = files
        .iter()
        .map(|path| {
            let outcome = read(path).map(|(text, format)| {
                let diagnostics = check_text(&text, format, policy);
                (text, diagnostics)
            });
            match &outcome {
                Ok((_, diagnostics)) => {
                    summary.files += 1;
                    for d in diagnostics {
                        match d.severity {
                            Severity::Error => summary.errors += 1,
                            Severity::Warning => summary.warnings += 1,
                        }
                    }
                }
                Err(_) => summary.unreadable += 1,
            }
            CheckedFile {
                path: path.clone(),
                outcome,
            }
        })
        .collect();
    (checked, summary)
}

fn read(path: &Path) -> Result<(String, Format), String> {
    let format = Format::from_path(path)
        .ok_or_else(|| "unknown file type: expected a `.toml` or `.json` extension".to_owned())?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read the file: {e}"))?;
    Ok((text, format))
}

/// Builds the policy from the lint flags, in command-line order.
fn policy(lints: &[(&'static str, String)]) -> Result<Policy, String> {
    let mut policy = Policy::new();
    for (flag, id) in lints {
        if id == "warnings" {
            if *flag == "deny" {
                policy = policy.deny_warnings();
                continue;
            }
            return Err(format!(
                "`--{flag} warnings` is not supported: expected a lint id (a rule whose default \
                 severity is warning), or `--deny warnings`"
            ));
        }
        let upper = id.to_ascii_uppercase();
        policy = match *flag {
            "allow" => policy.allow(&upper),
            "warn" => policy.warn(&upper),
            _ => policy.deny(&upper),
        }
        .map_err(|e| {
            let mut message = format!("invalid value `{id}` for `--{flag}`: {e}");
            if let UnknownRule::NoSuchRule(_) = e {
                if let Some(s) = crate::explain::suggest(&upper) {
                    message.push_str(&format!("\n  help: did you mean `{s}`?"));
                }
            }
            message.push_str("\n  note: expected the id of a lint (`wws-security rules --severity warning` lists them)");
            message
        })?;
    }
    Ok(policy)
}

pub(crate) fn run(
    args: &CheckArgs,
    lints: Option<Vec<(&'static str, String)>>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let policy = match policy(&lints.unwrap_or_default()) {
        Ok(p) => p,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(EXIT_USAGE);
        }
    };
    let (files, summary) = check_files(&args.files, &policy);
    for file in &files {
        if let Err(reason) = &file.outcome {
            writeln!(err, "error: {}: {reason}", file.path.display())?;
        }
    }
    match args.format {
        OutputFormat::Json => {
            serde_json::to_writer(&mut *out, &json(&files))?;
            writeln!(out)?;
        }
        OutputFormat::Human => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => io::stdout().is_terminal(),
            };
            human(&files, &summary, color, out)?;
        }
    }
    Ok(summary.exit_status())
}

/// The `--format json` document.
pub(crate) fn json(files: &[CheckedFile]) -> serde_json::Value {
    use serde_json::{json, Value};
    let files: Vec<Value> = files
        .iter()
        .map(|file| {
            let path = file.path.display().to_string();
            match &file.outcome {
                Ok((_, diagnostics)) => json!({
                    "path": path,
                    "valid": file.is_valid(),
                    "diagnostics": diagnostics.iter().map(|d| json!({
                        "rule": d.id(),
                        "also": d.also(),
                        "severity": d.severity.name(),
                        "message": d.message,
                        "help": d.help,
                        "path": d.path.to_string(),
                        "line": d.line,
                        "column": d.column,
                    })).collect::<Vec<_>>(),
                }),
                Err(reason) => json!({
                    "path": path,
                    "valid": false,
                    "diagnostics": [],
                    "error": reason,
                }),
            }
        })
        .collect();
    json!({ "files": files })
}

pub(crate) fn human(
    files: &[CheckedFile],
    summary: &Summary,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for file in files {
        let Ok((text, diagnostics)) = &file.outcome else {
            continue;
        };
        let name = file.path.display().to_string();
        for d in diagnostics {
            writeln!(out, "{}\n", renderer.render(&[group(d, text, &name)]))?;
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

/// One diagnostic as a rustc-style report: title with id, source line with a caret, help.
fn group<'a>(d: &'a FileDiagnostic, text: &'a str, name: &'a str) -> Group<'a> {
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
    group.element(Level::HELP.message(d.help.as_str()))
}
