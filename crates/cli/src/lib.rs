//! The `wws-security` command line: check endpoint files, explain and list the rules.
//!
//! The binary is a thin wrapper around [`run`], which takes the arguments and two writers and
//! returns the exit status, so tests and benchmarks drive it in process.

use clap::{ArgMatches, CommandFactory, FromArgMatches};
use std::io::Write;

mod args;
mod check;
mod explain;
mod lower;
mod rules;

pub use args::{Cli, ColorChoice, Command, LowerArgs, OutputFormat};
pub use check::{check_files, CheckedFile, Summary};

/// The JSON Schema of endpoint files: the file `cargo xtask gen` writes from the model (and keeps
/// fresh on CI), embedded so the binary needs nothing beside it.
pub const ENDPOINT_SCHEMA: &str = include_str!("../../../docs/schema/endpoint.schema.json");

/// Exit status: no file has an error.
pub const EXIT_OK: i32 = 0;
/// Exit status: some file has an error.
pub const EXIT_ERRORS: i32 = 1;
/// Exit status: a file could not be read, or the command line is wrong.
pub const EXIT_USAGE: i32 = 2;

/// Runs the command line `args` (program name first), writing to `out` and `err`; returns the
/// exit status.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let matches = match Cli::command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => return clap_error(&e, out, err),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => return clap_error(&e, out, err),
    };
    let sub = matches.subcommand().map(|(_, m)| m);
    let result = match cli.command {
        Command::Check(args) => check::run(&args, sub.map(lint_order), out, err),
        Command::Explain(args) => explain::run(&args, out, err),
        Command::Rules(args) => rules::run(&args, out),
        Command::Lower(args) => lower::run(&args, out, err),
        Command::Schema => out.write_all(ENDPOINT_SCHEMA.as_bytes()).map(|()| EXIT_OK),
    };
    result.unwrap_or_else(|e| {
        // Writing failed (a closed pipe): nothing more can be said.
        let _ = writeln!(err, "error: {e}");
        EXIT_USAGE
    })
}

/// Prints a clap error or help text; `--help` and `--version` succeed, anything else is usage.
fn clap_error(e: &clap::Error, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let text = e.render().to_string();
    if e.use_stderr() {
        let _ = write!(err, "{text}");
        EXIT_USAGE
    } else {
        let _ = write!(out, "{text}");
        EXIT_OK
    }
}

/// The lint flags of `check` in command-line order: (level flag, id).
fn lint_order(m: &ArgMatches) -> Vec<(&'static str, String)> {
    let mut all = Vec::new();
    for flag in ["allow", "warn", "deny"] {
        if let (Some(values), Some(indices)) = (m.get_many::<String>(flag), m.indices_of(flag)) {
            for (value, index) in values.zip(indices) {
                all.push((index, flag, value.clone()));
            }
        }
    }
    all.sort_by_key(|(index, _, _)| *index);
    all.into_iter().map(|(_, f, v)| (f, v)).collect()
}
