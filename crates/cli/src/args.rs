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
        wws-security compat client.toml service.toml\n  \
        wws-security explain T-029\n  \
        wws-security rules --area transport --status implemented\n  \
        wws-security expand examples/templates/policytemplateexample.toml\n  \
        wws-security schema > endpoint.schema.json\n  \
        wws-security import service.wsdl --out endpoints/"
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
    /// Compare a client and a server endpoint file: will they talk to each other?
    Compat(crate::compat::CompatArgs),
    /// Show a rule: statement, rationale, source page, status and examples.
    Explain(ExplainArgs),
    /// List the rules, with filters.
    Rules(RulesArgs),
    /// Read a service's WSDL (or a WS-Policy document) and say which WWSAPI endpoint each port
    /// describes, or why WWSAPI cannot talk to it.
    Import(ImportArgs),
    /// Show the WS_SECURITY_DESCRIPTION that WWSAPI would receive for valid endpoint files.
    Lower(LowerArgs),
    /// Print the JSON Schema of endpoint files (for editor completion and checking).
    #[command(after_help = "Examples:\n  \
        wws-security schema > endpoint.schema.json\n  \
        wws-security schema --template > template.schema.json\n\n\
Hook it up in an editor as docs/schema/README.md describes.")]
    Schema(SchemaArgs),
    /// Print the plain endpoint a template file stands for (bindings, properties, bootstrap).
    Expand(ExpandArgs),
}

/// `wws-security schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The schema of template endpoint files (`template = "<name>"`) instead of plain ones.
    #[arg(long)]
    pub template: bool,
}

/// How `expand` prints the endpoints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExpandFormat {
    /// TOML, as the endpoint files in examples/endpoints.
    Toml,
    /// JSON of the same shape (one document per file).
    Json,
}

/// `wws-security expand`.
#[derive(Debug, Args)]
#[command(
    after_help = "A plain endpoint file is printed as it is. The TOML output starts with \
comments naming the template and the channel properties it sets, which are not part of a \
security description. Exit status: 0 when every file was expanded, 1 when a file has format \
errors, 2 when a file cannot be read.\n\n\
Examples:\n  \
    wws-security expand examples/templates/policytemplateexample.toml\n  \
    wws-security expand --format json service.toml > service.expanded.json"
)]
pub struct ExpandArgs {
    /// Template (or plain) endpoint files; the extension (.toml or .json) gives the format.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExpandFormat::Toml)]
    pub format: ExpandFormat,
}

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Diagnostics in the style of rustc, then a summary.
    Human,
    /// One JSON object: `{"files": [{"path", "valid", "diagnostics": [...]}]}`.
    Json,
    /// SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, GitLab).
    Sarif,
    /// GitHub Actions workflow commands, shown as annotations on the lines.
    Github,
}

/// How `import` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// Per port, the matched template or why not, in the style of rustc.
    Human,
    /// One JSON object: `{"files": [{"path", "ports": [...]}]}`.
    Json,
}

/// How `lower` prints the descriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LowerFormat {
    /// The description as an indented outline.
    Human,
    /// One JSON object: `{"files": [{"path", "description": {...}}]}`.
    Json,
}

/// The syntax of standard input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StdinFormat {
    /// TOML.
    Toml,
    /// JSON.
    Json,
}

impl From<StdinFormat> for wws_security_policy::Format {
    fn from(f: StdinFormat) -> Self {
        match f {
            StdinFormat::Toml => wws_security_policy::Format::Toml,
            StdinFormat::Json => wws_security_policy::Format::Json,
        }
    }
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
    wws-security check --allow P-018 --deny P-035 endpoint.json\n  \
    wws-security check --fix --dry-run endpoint.toml\n  \
    wws-security check --format sarif configs/*.toml > wws-security.sarif\n  \
    cat endpoint.json | wws-security check - --stdin-format json --stdin-name endpoint.json"
)]
pub struct CheckArgs {
    /// Endpoint files; the extension (.toml or .json) gives the format. `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Apply the machine-applicable fixes to the TOML files in place (comments and layout are
    /// kept), say what changed, then report what is left.
    #[arg(long)]
    pub fix: bool,
    /// With `--fix`: print the changes as a diff and write nothing.
    #[arg(long, requires = "fix")]
    pub dry_run: bool,
    /// `--stdin-format`, `--stdin-name`.
    #[command(flatten)]
    pub stdin: StdinArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Color human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// `--deny`, `--allow`, `--warn`.
    #[command(flatten)]
    pub lints: LintArgs,
}

/// `--stdin-format` and `--stdin-name`, for the commands that read `-`.
#[derive(Debug, Args)]
pub struct StdinArgs {
    /// The syntax of standard input (`-`); by default the extension of `--stdin-name`.
    #[arg(long, value_enum)]
    pub stdin_format: Option<StdinFormat>,
    /// The path shown for standard input in diagnostics.
    #[arg(long, value_name = "PATH")]
    pub stdin_name: Option<PathBuf>,
}

impl StdinArgs {
    /// How `input::read` names and parses standard input.
    pub fn options(&self) -> crate::input::StdinOptions {
        crate::input::StdinOptions {
            format: self.stdin_format.map(Into::into),
            name: self.stdin_name.clone(),
        }
    }
}

/// The lint flags. Their order on the command line matters (a later flag wins), which these
/// fields lose; `lints::policy` reads them in order from the matches.
#[derive(Debug, Args)]
pub struct LintArgs {
    /// Report lint ID as an error; `--deny warnings` does so for every lint. Repeatable.
    #[arg(long, value_name = "ID|warnings")]
    pub deny: Vec<String>,
    /// Do not report lint ID. Repeatable.
    #[arg(long, value_name = "ID")]
    pub allow: Vec<String>,
    /// Report lint ID as a warning (the default; undoes an earlier flag); `--warn warnings`
    /// undoes an earlier `--deny warnings`. Repeatable.
    #[arg(long, value_name = "ID|warnings")]
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
    #[arg(long, value_enum, default_value_t = LowerFormat::Human)]
    pub format: LowerFormat,
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

/// `wws-security import`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit status: 0 when every port has a matching alternative, 1 when some \
port has none, 2 when a file cannot be read or parsed (the error gives its line and column).\n\n\
Examples:\n  \
    wws-security import service.wsdl\n  \
    wws-security import service.wsdl --port BasicHttpBinding_IService --out endpoints/\n  \
    wws-security import --format json policy.xml"
)]
pub struct ImportArgs {
    /// WSDL 1.1 documents, WS-MetadataExchange responses or WS-Policy documents.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Only the port (or binding) with this name.
    #[arg(long, value_name = "NAME")]
    pub port: Option<String>,
    /// Write an endpoint file for each matching alternative into this folder.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ImportFormat::Human)]
    pub format: ImportFormat,
    /// Color human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}
