//! Where `check` reads endpoints from: files (the format from the extension) or standard input
//! (the format named by `--stdin-format`, or by the extension of `--stdin-name`).

use std::io::Read;
use std::path::{Path, PathBuf};
use wws_security_policy::{decode_text, Format};

/// The name that stands for standard input on the command line.
pub const STDIN: &str = "-";

/// One endpoint text to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// The name shown in diagnostics: the path as given, or `--stdin-name`.
    pub name: PathBuf,
    /// True for standard input (there is no file to fix in place).
    pub from_stdin: bool,
    /// The text and its format, or why it could not be read.
    pub text: Result<(String, Format), String>,
}

/// How standard input is named and read.
#[derive(Debug, Clone, Default)]
pub struct StdinOptions {
    /// `--stdin-format`.
    pub format: Option<Format>,
    /// `--stdin-name`.
    pub name: Option<PathBuf>,
}

/// Reads `path` (or standard input for `-`).
pub fn read(path: &Path, stdin: &mut dyn Read, options: &StdinOptions) -> Input {
    if path.as_os_str() == STDIN {
        let name = options
            .name
            .clone()
            .unwrap_or_else(|| PathBuf::from("<stdin>"));
        let format = options.format.or_else(|| Format::from_path(&name));
        let text = match format {
            None => {
                Err("the format of standard input is unknown: name it with \
                         `--stdin-format toml|json` (or a `--stdin-name` ending in .toml or .json)"
                    .to_owned())
            }
            Some(format) => {
                let mut bytes = Vec::new();
                stdin
                    .read_to_end(&mut bytes)
                    .map_err(|e| format!("cannot read standard input: {e}"))
                    .and_then(|_| decode_text(&bytes).map_err(|e| e.to_string()))
                    .map(|text| (text, format))
            }
        };
        return Input {
            name,
            from_stdin: true,
            text,
        };
    }
    let text = Format::from_path(path)
        .ok_or_else(|| "unknown file type: expected a `.toml` or `.json` extension".to_owned())
        .and_then(|format| {
            let bytes = std::fs::read(path).map_err(|e| format!("cannot read the file: {e}"))?;
            let text = decode_text(&bytes).map_err(|e| e.to_string())?;
            Ok((text, format))
        });
    Input {
        name: path.to_owned(),
        from_stdin: false,
        text,
    }
}
