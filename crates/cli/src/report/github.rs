//! `--format github`: GitHub Actions workflow commands, which the runner shows as annotations on
//! the file and line (`::error file=..,line=..,col=..,title=T-029::message`).

use crate::check::CheckedFile;
use std::io::{self, Write};
use wws_security_policy::Severity;

pub(crate) fn write(files: &[CheckedFile], out: &mut dyn Write) -> io::Result<()> {
    for file in files {
        let path = property(&file.path.display().to_string());
        match &file.outcome {
            Ok(checked) => {
                for d in &checked.diagnostics {
                    let command = match d.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    };
                    let mut properties = format!("file={path}");
                    if let (Some(line), Some(column)) = (d.line, d.column) {
                        properties.push_str(&format!(",line={line},col={column}"));
                    }
                    properties.push_str(&format!(",title={}", property(d.id())));
                    let mut text = d.message.clone();
                    if !d.path.is_root() {
                        text.push_str(&format!(" (at `{}`)", d.path));
                    }
                    text.push_str(&format!("\nhelp: {}", d.help));
                    if let Some(s) = super::suggestion_text(d, checked.format) {
                        text.push_str(&format!("\nhelp: {s}"));
                    }
                    writeln!(out, "::{command} {properties}::{}", data(&text))?;
                }
            }
            Err(reason) => writeln!(out, "::error file={path}::{}", data(reason))?,
        }
    }
    Ok(())
}

/// The message of a workflow command, escaped as the runner reads it.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value of a workflow command, escaped as the runner reads it.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_and_properties_are_escaped() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("C:\\a,b.toml"), "C%3A\\a%2Cb.toml");
    }
}
