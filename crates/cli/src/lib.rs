//! The `wws-security` command line: check endpoint files, explain and list the rules.
//!
//! The binary is a thin wrapper around [`run`], which takes the arguments and two writers and
//! returns the exit status, so tests and benchmarks drive it in process.

use clap::{ArgMatches, CommandFactory, FromArgMatches};
use std::io::Write;
use wws_security_policy::Policy;

mod args;
mod check;
mod compat;
mod expand;
mod explain;
pub mod fix;
mod import;
pub mod input;
mod lints;
mod lower;
mod report;
mod rules;

pub use args::{
    Cli, ColorChoice, Command, ExpandArgs, ExpandFormat, ImportArgs, ImportFormat, LowerArgs,
    LowerFormat, OutputFormat, SchemaArgs, StdinFormat,
};
pub use check::{check_files, Checked, CheckedFile, Summary};
pub use compat::{CompatArgs, CompatFormat};

/// The JSON Schema of endpoint files: the file `cargo xtask gen` writes from the model (and keeps
/// fresh on CI), embedded so the binary needs nothing beside it.
pub const ENDPOINT_SCHEMA: &str = include_str!("../../../docs/schema/endpoint.schema.json");

/// The JSON Schema of template endpoint files, likewise generated and embedded.
pub const TEMPLATE_SCHEMA: &str = include_str!("../../../docs/schema/template.schema.json");

/// What `wws-security explain ID` prints for the rule with this id (or also-id).
pub fn explain(id: &str) -> Option<String> {
    let rule = wws_security_policy::registry::find(id)?;
    Some(explain::explain(rule, id))
}

/// Exit status: no file has an error.
pub const EXIT_OK: i32 = 0;
/// Exit status: some file has an error.
pub const EXIT_ERRORS: i32 = 1;
/// Exit status: a file could not be read, or the command line is wrong.
pub const EXIT_USAGE: i32 = 2;

/// Runs the command line `args` (program name first), writing to `out` and `err`; returns the
/// exit status. A file named `-` is read from the process's standard input.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    run_with_stdin(args, &mut std::io::stdin(), out, err)
}

/// [`run`] with `stdin` standing for standard input.
pub fn run_with_stdin<I, T>(
    args: I,
    stdin: &mut dyn std::io::Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32
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
        Command::Check(args) => with_lint_policy(sub, err, |policy, err| {
            check::run(&args, policy, stdin, out, err)
        }),
        Command::Compat(args) => with_lint_policy(sub, err, |policy, err| {
            compat::run(&args, policy, stdin, out, err)
        }),
        Command::Explain(args) => explain::run(&args, out, err),
        Command::Rules(args) => rules::run(&args, out),
        Command::Schema(args) => {
            let schema = if args.template {
                TEMPLATE_SCHEMA
            } else {
                ENDPOINT_SCHEMA
            };
            out.write_all(schema.as_bytes()).map(|()| EXIT_OK)
        }
        Command::Expand(args) => expand::run(&args, out, err),
        Command::Import(args) => import::run(&args, out, err),
        Command::Lower(args) => lower::run(&args, out, err),
    };
    result.unwrap_or_else(|e| {
        // Writing failed (a closed pipe): nothing more can be said.
        let _ = writeln!(err, "error: {e}");
        EXIT_USAGE
    })
}

/// Runs `command` with the policy of the subcommand's lint flags, or reports an invalid flag.
fn with_lint_policy(
    matches: Option<&ArgMatches>,
    err: &mut dyn Write,
    command: impl FnOnce(&Policy, &mut dyn Write) -> std::io::Result<i32>,
) -> std::io::Result<i32> {
    match matches.map_or_else(|| Ok(Policy::new()), lints::policy) {
        Ok(policy) => command(&policy, err),
        Err(message) => {
            writeln!(err, "error: {message}")?;
            Ok(EXIT_USAGE)
        }
    }
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
