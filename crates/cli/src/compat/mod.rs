//! `wws-security compat CLIENT SERVER`: will these two endpoints talk? Reads both files, checks
//! each on its own, then compares them (the `C-` rules) and prints every setting they do not
//! agree on, in the style of rustc with both files' lines, or as JSON.

mod render;

use crate::args::{ColorChoice, LintArgs, StdinArgs};
use crate::check::{Checked, CheckedFile};
use crate::input::{self, StdinOptions, STDIN};
use crate::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use clap::{Args, ValueEnum};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use wws_security_policy::compat::{locate, read_endpoint, FileCompatDiagnostic, PairFile};
use wws_security_policy::{FileDiagnostic, Format, Policy};

/// `wws-security compat`.
#[derive(Debug, Args)]
#[command(
    after_help = "Both files must be valid endpoints on their own (`check` them first); the \
comparison is about the pair.\n\n\
Exit status: 0 when the two ends are compatible (warnings allowed), 1 when they are not, 2 when a \
file cannot be read or is not a valid endpoint, or the command line is wrong.\n\n\
Examples:\n  \
    wws-security compat client.toml server.toml\n  \
    wws-security compat --format json client.toml server.json\n  \
    wws-security compat --deny warnings client.toml server.toml\n  \
    wws-security compat --allow C-018 client.toml server.toml\n  \
    cat client.json | wws-security compat - server.toml --stdin-format json"
)]
pub struct CompatArgs {
    /// The client's endpoint file (.toml or .json).
    #[arg(value_name = "CLIENT")]
    pub client: PathBuf,
    /// The server's endpoint file (.toml or .json). Either file may be `-`, standard input.
    #[arg(value_name = "SERVER")]
    pub server: PathBuf,
    /// `--stdin-format`, `--stdin-name`.
    #[command(flatten)]
    pub stdin: StdinArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CompatFormat::Human)]
    pub format: CompatFormat,
    /// Color human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// `--deny`, `--allow`, `--warn`.
    #[command(flatten)]
    pub lints: LintArgs,
}

/// How `compat` prints its verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompatFormat {
    /// Diagnostics in the style of rustc with both files' lines, then the verdict.
    Human,
    /// One JSON object: `{"client", "server", "compatible", "diagnostics": [...]}`.
    Json,
}

/// One of the two files, read.
pub(crate) struct Input {
    /// The path as given.
    pub(crate) name: String,
    /// What the file holds.
    pub(crate) content: Content,
}

/// What one file holds.
pub(crate) enum Content {
    /// The file could not be read as text: why.
    Unreadable(String),
    /// Text that is not a valid endpoint: the file's own diagnostics, as `check` reports them.
    Invalid {
        text: String,
        format: Format,
        diagnostics: Vec<FileDiagnostic>,
    },
    /// A valid endpoint.
    Valid {
        text: String,
        format: Format,
        endpoint: wws_security_model::Endpoint,
    },
}

impl Input {
    /// Reads `path` (standard input for `-`) and, when it is text, the endpoint in it. Template
    /// files are expanded in `read_endpoint`, the one place the comparison reads an endpoint.
    fn read(path: &Path, stdin: &mut dyn Read, options: &StdinOptions) -> Input {
        let input = input::read(path, stdin, options);
        let content = match input.text {
            Err(reason) => Content::Unreadable(reason),
            Ok((text, format)) => match read_endpoint(&text, format) {
                Ok(endpoint) => Content::Valid {
                    text,
                    format,
                    endpoint,
                },
                Err(diagnostics) => Content::Invalid {
                    text,
                    format,
                    diagnostics,
                },
            },
        };
        Input {
            name: input.name.display().to_string(),
            content,
        }
    }

    /// The file as `check` reports it, when it cannot be compared.
    pub(crate) fn checked(&self) -> Option<CheckedFile> {
        let outcome = match &self.content {
            Content::Valid { .. } => return None,
            Content::Unreadable(reason) => Err(reason.clone()),
            Content::Invalid {
                text,
                format,
                diagnostics,
            } => Ok(Checked {
                text: text.clone(),
                format: *format,
                diagnostics: diagnostics.clone(),
            }),
        };
        Some(CheckedFile {
            path: PathBuf::from(&self.name),
            from_stdin: false,
            outcome,
        })
    }
}

/// The outcome of one comparison.
pub(crate) enum Verdict {
    /// Both files were read and compared.
    Compared(Vec<FileCompatDiagnostic>),
    /// A file could not be read, or is not a valid endpoint on its own.
    Unusable,
}

impl Verdict {
    fn exit_status(&self) -> i32 {
        match self {
            Verdict::Compared(d) if d.iter().any(|d| d.is_error()) => EXIT_ERRORS,
            Verdict::Compared(_) => EXIT_OK,
            Verdict::Unusable => EXIT_USAGE,
        }
    }
}

pub(crate) fn run(
    args: &CompatArgs,
    policy: &Policy,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    if args.client.as_os_str() == STDIN && args.server.as_os_str() == STDIN {
        writeln!(
            err,
            "error: the client and the server cannot both be read from standard input (`-`)"
        )?;
        return Ok(EXIT_USAGE);
    }
    let options = args.stdin.options();
    let client = Input::read(&args.client, stdin, &options);
    let server = Input::read(&args.server, stdin, &options);
    let verdict = match (&client.content, &server.content) {
        (
            Content::Valid {
                text: client_text,
                format: client_format,
                endpoint: client_endpoint,
            },
            Content::Valid {
                text: server_text,
                format: server_format,
                endpoint: server_endpoint,
            },
        ) => {
            let report = policy.compat(client_endpoint, server_endpoint);
            Verdict::Compared(locate(
                report,
                PairFile {
                    text: client_text,
                    format: *client_format,
                },
                PairFile {
                    text: server_text,
                    format: *server_format,
                },
            ))
        }
        _ => Verdict::Unusable,
    };
    match args.format {
        CompatFormat::Json => {
            serde_json::to_writer(&mut *out, &render::json(&client, &server, &verdict))?;
            writeln!(out)?;
        }
        CompatFormat::Human => render::human(&client, &server, &verdict, args.color, out)?,
    }
    Ok(verdict.exit_status())
}
