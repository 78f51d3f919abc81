//! The command line's grammar.

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use wws_security_policy::{Area, Kind, Severity, Status};

/// Check WWSAPI endpoint security files against every documented rule.
#[derive(Debug, Parser)]
#[command(
    name = "wws-security",
    version,
    after_help = "Examples:\n  \
        wws-security check service.toml client.json\n  \
        wws-security explain T-029\n  \
        wws-security rules --area transport --status implemented\n  \
        wws-security schema > endpoint.schema.json"
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate endpoint files (.toml or .json) and report every problem.
    Check(CheckArgs),
    /// Show a rule: statement, rationale, source page, status and examples.
    Explain(ExplainArgs),
    /// List the rules, with filters.
    Rules(RulesArgs),
    /// Show the WS_SECURITY_DESCRIPTION that WWSAPI would receive for valid endpoint files.
    Lower(LowerArgs),
    /// Print the JSON Schema of endpoint files (for editor completion and checking).
    #[command(after_help = "Examples:\n  \
        wws-security schema > endpoint.schema.json\n\n\
Hook it up in an editor as docs/schema/README.md describes.")]
    Schema,
}

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Diagnostics in the style of rustc, then a summary.
    Human,
    /// One JSON object: `{"files": [{"path", "valid", "diagnostics": [...]}]}`.
    Json,
}

/// When to color human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Color when standard output is a terminal.
    Auto,
    /// Always color.
    Always,
    /// Never color.
    Never,
}

/// `wws-security check`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 when no file has an error (warnings allowed), 1 when some \
file has an error, 2 when a file cannot be read or the command line is wrong.\n\n\
Examples:\n  \
    wws-security check endpoint.toml\n  \
    wws-security check --format json configs/*.toml\n  \
    wws-security check --deny warnings endpoint.toml\n  \
    wws-security check --allow P-018 --deny P-035 endpoint.json"
)]
pub struct CheckArgs {
    /// Endpoint files; the extension (.toml or .json) gives the format.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Color human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Report lint ID as an error; `--deny warnings` does so for every lint. Repeatable.
    #[arg(long, value_name = "ID|warnings")]
    pub deny: Vec<String>,
    /// Do not report lint ID. Repeatable.
    #[arg(long, value_name = "ID")]
    pub allow: Vec<String>,
    /// Report lint ID as a warning (the default; undoes an earlier flag). Repeatable.
    #[arg(long, value_name = "ID")]
    pub warn: Vec<String>,
}

/// `wws-security lower`.
#[derive(Debug, Args)]
#[command(
    after_help = "A file with errors is reported as `check` reports it and is not lowered. \
Runtime slots become named placeholders (the program fills them); `{ env = .. }` passwords are \
read from the environment as when loading, and never printed.\n\n\
Exit status: 0 when every file was lowered, 1 when a file has an error or cannot be lowered \
(an unset variable), 2 when a file cannot be read or the command line is wrong.\n\n\
Examples:\n  \
    wws-security lower examples/endpoints/httpserverwithusernameoversslexample.toml\n  \
    wws-security lower --format json configs/*.toml"
)]
pub struct LowerArgs {
    /// Endpoint files; the extension (.toml or .json) gives the format.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format: `json` is `{"files": [{"path", "description": {"properties", "bindings"}}]}`.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
}

/// `wws-security explain`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    wws-security explain T-029\n  \
    wws-security explain f-002")]
pub struct ExplainArgs {
    /// A rule id (`T-029`), or an id listed as `also` of a rule.
    #[arg(value_name = "RULE")]
    pub rule: String,
}

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> PossibleValuesParser {
    PossibleValuesParser::new(all.iter().map(|v| name(*v)))
}

/// `wws-security rules`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    wws-security rules\n  \
    wws-security rules --area properties --severity warning\n  \
    wws-security rules --status runtime --kind side")]
pub struct RulesArgs {
    /// Only rules of this area.
    #[arg(long, value_parser = names(&Area::ALL, Area::name))]
    pub area: Option<String>,
    /// Only rules of this kind.
    #[arg(long, value_parser = names(&Kind::ALL, Kind::name))]
    pub kind: Option<String>,
    /// Only rules of this default severity.
    #[arg(long, value_parser = names(&[Severity::Error, Severity::Warning], Severity::name))]
    pub severity: Option<String>,
    /// Only rules with this status.
    #[arg(long, value_parser = names(&Status::ALL, Status::name))]
    pub status: Option<String>,
}
