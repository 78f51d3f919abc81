//! `wws-security check`: validate endpoint files (or standard input), print the diagnostics in the
//! requested format, and with `--fix` apply the mechanical fixes to TOML files.

use crate::args::{CheckArgs, OutputFormat};
use crate::fix::{self, Fixed};
use crate::input::{self, Input, StdinOptions};
use crate::report;
use crate::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use wws_security_policy::{check_text, FileDiagnostic, Format, Policy, Severity};

/// One endpoint after checking.
#[derive(Debug)]
pub struct CheckedFile {
    /// The name shown in diagnostics: the path as given, or `--stdin-name`.
    pub path: PathBuf,
    /// True for standard input.
    pub from_stdin: bool,
    /// The text, its format and its diagnostics (in text order), or why it could not be read.
    pub outcome: Result<Checked, String>,
}

/// A text that was read and checked.
#[derive(Debug)]
pub struct Checked {
    /// The text.
    pub text: String,
    /// Its format.
    pub format: Format,
    /// Every diagnostic, in the order of the text.
    pub diagnostics: Vec<FileDiagnostic>,
}

impl CheckedFile {
    /// True when the file was read and has no error.
    pub fn is_valid(&self) -> bool {
        matches!(&self.outcome, Ok(c) if c.diagnostics.iter().all(|d| !d.is_error()))
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
    /// The totals of `files`.
    pub fn of<F: std::borrow::Borrow<CheckedFile>>(files: &[F]) -> Summary {
        let mut summary = Summary::default();
        for file in files {
            match &file.borrow().outcome {
                Ok(checked) => {
                    summary.files += 1;
                    for d in &checked.diagnostics {
                        match d.severity {
                            Severity::Error => summary.errors += 1,
                            Severity::Warning => summary.warnings += 1,
                        }
                    }
                }
                Err(_) => summary.unreadable += 1,
            }
        }
        summary
    }

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

/// Checks one input.
fn check(input: Input, policy: &Policy) -> CheckedFile {
    CheckedFile {
        path: input.name,
        from_stdin: input.from_stdin,
        outcome: input.text.map(|(text, format)| {
            let diagnostics = check_text(&text, format, policy);
            Checked {
                text,
                format,
                diagnostics,
            }
        }),
    }
}

/// Reads and checks every file (the format from its extension).
pub fn check_files(files: &[PathBuf], policy: &Policy) -> (Vec<CheckedFile>, Summary) {
    let options = StdinOptions::default();
    let checked: Vec<CheckedFile> = files
        .iter()
        .map(|path| check(input::read(path, &mut io::empty(), &options), policy))
        .collect();
    let summary = Summary::of(&checked);
    (checked, summary)
}

pub(crate) fn run(
    args: &CheckArgs,
    policy: &Policy,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let stdin_count = args
        .files
        .iter()
        .filter(|f| f.as_os_str() == input::STDIN)
        .count();
    if stdin_count > 1 {
        writeln!(
            err,
            "error: standard input (`-`) can be checked once per run"
        )?;
        return Ok(EXIT_USAGE);
    }
    let options = args.stdin.options();
    let mut files: Vec<CheckedFile> = args
        .files
        .iter()
        .map(|path| check(input::read(path, stdin, &options), policy))
        .collect();
    if args.fix {
        // The fixes are told on the human stream; machine formats keep stdout to themselves.
        let notes: &mut dyn Write = match args.format {
            OutputFormat::Human => out,
            _ => err,
        };
        fix_all(&mut files, policy, args.dry_run, notes)?;
    }
    let summary = Summary::of(&files);
    match args.format {
        OutputFormat::Human => report::human::write(&files, &summary, args.color, out)?,
        OutputFormat::Json => report::json::write(&files, out)?,
        OutputFormat::Sarif => report::sarif::write(&files, out)?,
        OutputFormat::Github => report::github::write(&files, out)?,
    }
    Ok(summary.exit_status())
}

/// Applies the machine-applicable fixes to every TOML file, telling `notes` what changed; the
/// files are checked again afterwards, so the report shows what is left. With `dry_run` nothing
/// is written: the changes are shown as a diff and the report is of the files as they are.
fn fix_all(
    files: &mut [CheckedFile],
    policy: &Policy,
    dry_run: bool,
    notes: &mut dyn Write,
) -> io::Result<()> {
    for file in files.iter_mut() {
        let Ok(checked) = &file.outcome else { continue };
        let available = checked
            .diagnostics
            .iter()
            .filter(|d| {
                d.suggestion
                    .as_ref()
                    .is_some_and(|s| s.is_machine_applicable())
            })
            .count();
        if available == 0 {
            continue;
        }
        let name = file.path.display().to_string();
        if checked.format != Format::Toml || file.from_stdin {
            let why = if file.from_stdin {
                "standard input has no file to edit"
            } else {
                "--fix edits TOML files only"
            };
            writeln!(
                notes,
                "{name}: not fixed: {why} ({available} fixes available)"
            )?;
            continue;
        }
        let Fixed {
            text,
            applied,
            skipped,
        } = fix::fix_file(&checked.text, &checked.diagnostics, policy);
        for a in &applied {
            let place = a.line.map(|l| format!(":{l}")).unwrap_or_default();
            let verb = if dry_run { "would fix" } else { "fixed" };
            writeln!(notes, "{name}{place}: {verb} [{}] {}", a.rule, a.change)?;
        }
        for (a, why) in &skipped {
            let place = a.line.map(|l| format!(":{l}")).unwrap_or_default();
            writeln!(
                notes,
                "{name}{place}: not fixed [{}] {}: {why}",
                a.rule, a.change
            )?;
        }
        if applied.is_empty() {
            continue;
        }
        if dry_run {
            write!(notes, "{}", fix::diff(&name, &checked.text, &text))?;
            continue;
        }
        if let Err(e) = std::fs::write(&file.path, &text) {
            writeln!(notes, "{name}: the fixes could not be written: {e}")?;
            continue;
        }
        *file = check(
            input::read(
                Path::new(&file.path),
                &mut io::empty(),
                &StdinOptions::default(),
            ),
            policy,
        );
    }
    Ok(())
}
