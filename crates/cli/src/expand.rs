//! `wws-security expand`: the plain endpoint a template file stands for, in the format of the
//! endpoint files (`examples/endpoints/`), so a user sees exactly which bindings and properties
//! the runtime builds.

use crate::args::{ExpandArgs, ExpandFormat};
use crate::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use std::io::{self, Write};
use std::path::Path;
use wws_security_model::decode::{decode_file, parse_node, Format, Locator};
use wws_security_model::{CEnum, Endpoint, EndpointFile, TemplateChannelProperties};
use wws_security_policy::{Diagnostic, FileDiagnostic};

pub(crate) fn run(args: &ExpandArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let mut status = EXIT_OK;
    let many = args.files.len() > 1;
    for (index, path) in args.files.iter().enumerate() {
        let (text, format) = match read(path) {
            Ok(read) => read,
            Err(reason) => {
                writeln!(err, "error: {}: {reason}", path.display())?;
                status = status.max(EXIT_USAGE);
                continue;
            }
        };
        let file = match parse_node(&text, format).and_then(|node| decode_file(&node)) {
            Ok(file) => file,
            Err(errors) => {
                let locator = Locator::new(&text, format);
                for e in errors.iter() {
                    let d = FileDiagnostic::at(
                        Diagnostic::from_decode(e),
                        e.span_with(&locator),
                        &text,
                    );
                    writeln!(err, "{}: {d}", path.display())?;
                }
                status = status.max(EXIT_ERRORS);
                continue;
            }
        };
        let (endpoint, channel_properties) = match &file {
            EndpointFile::Endpoint(endpoint) => (endpoint.clone(), None),
            EndpointFile::Template(template) => {
                let expansion = template.expansion();
                (expansion.endpoint, Some(expansion.channel_properties))
            }
        };
        match args.format {
            ExpandFormat::Toml => {
                if index > 0 {
                    writeln!(out)?;
                }
                let header = toml_header(path, many, &file, channel_properties.as_ref());
                write!(out, "{header}{}", to_toml(&endpoint)?)?;
            }
            ExpandFormat::Json => {
                let json = endpoint.to_json_string().map_err(io::Error::other)?;
                writeln!(out, "{json}")?;
            }
        }
    }
    Ok(status)
}

fn to_toml(endpoint: &Endpoint) -> io::Result<String> {
    endpoint.to_toml_string().map_err(io::Error::other)
}

/// Comments above the endpoint: which file and template it comes from, and the channel
/// properties the template sets (they are not part of a security description).
fn toml_header(
    path: &Path,
    many: bool,
    file: &EndpointFile,
    channel_properties: Option<&TemplateChannelProperties>,
) -> String {
    let mut header = String::new();
    if many {
        header.push_str(&format!("# {}\n", path.display()));
    }
    if let Some(template) = file.template() {
        let template_type = template.template_type();
        header.push_str(&format!(
            "# expanded from template `{}` ({})\n",
            template_type.name(),
            template_type.c_name()
        ));
    }
    if let Some(channel) = channel_properties.filter(|c| !c.is_empty()) {
        let settings = toml::to_string(channel).unwrap_or_default();
        let settings: Vec<&str> = settings.lines().collect();
        header.push_str(&format!(
            "# channel properties (not part of the description): {}\n",
            settings.join(", ")
        ));
    }
    if !header.is_empty() {
        header.push('\n');
    }
    header
}

fn read(path: &Path) -> Result<(String, Format), String> {
    let format = Format::from_path(path)
        .ok_or_else(|| "unknown file type: expected a `.toml` or `.json` extension".to_owned())?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read the file: {e}"))?;
    Ok((text, format))
}
