//! Endpoint files for the compatibility check: reading one, and placing each compatibility
//! diagnostic in the text of both files.

use super::{CompatDiagnostic, CompatReport};
use crate::file::line_column;
use crate::{check_text, FileDiagnostic, Format, Policy};
use std::fmt;
use std::ops::{Deref, Range};
use wws_security_model::decode::{decode_file, parse_node, Locator};
use wws_security_model::{Endpoint, EndpointFile, Expansion};

/// Reads one endpoint file for the comparison: the endpoint, or the file's own diagnostics
/// (errors and warnings, as `check` reports them) when it has an error.
///
/// A file must be valid on its own before it is compared: an endpoint WWSAPI would refuse says
/// nothing about what it would exchange. Validity is judged with the default lint levels, so a
/// lint never makes a file unreadable here. This is the one place the comparison reads a file,
/// so every kind of endpoint file goes through it: a template file is compared by its
/// expansion, and [`locate`] places its diagnostics in the template.
///
/// ```
/// use wws_security_policy::compat::read_endpoint;
/// use wws_security_policy::Format;
///
/// let endpoint = read_endpoint("side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n", Format::Toml).unwrap();
/// assert_eq!(endpoint.description.bindings.len(), 1);
///
/// let errors = read_endpoint("side = \"client\"\n", Format::Toml).unwrap_err();
/// assert_eq!(errors[0].id(), "F-005");
/// ```
pub fn read_endpoint(text: &str, format: Format) -> Result<Endpoint, Vec<FileDiagnostic>> {
    let diagnostics = check_text(text, format, &Policy::new());
    if diagnostics.iter().any(|d| d.is_error()) {
        return Err(diagnostics);
    }
    let decoded = match format {
        Format::Toml => EndpointFile::from_toml_str(text),
        Format::Json => EndpointFile::from_json_str(text),
    };
    // `check_text` found no error, so the text decodes; the match keeps this path panic-free.
    decoded.map(|file| file.expand()).map_err(|_| diagnostics)
}

/// One file of the pair, for placing diagnostics in it.
#[derive(Debug, Clone, Copy)]
pub struct PairFile<'t> {
    /// The file's text.
    pub text: &'t str,
    /// Its format.
    pub format: Format,
}

/// Where one side of a compatibility diagnostic is in its file's text. A setting the file
/// leaves out (a default) falls back to its nearest enclosing entry; `None` when the file has
/// none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FilePlace {
    /// The byte range in the text.
    pub span: Option<Range<usize>>,
    /// The 1-based line of the start of `span`.
    pub line: Option<usize>,
    /// The 1-based column (in characters) of the start of `span`.
    pub column: Option<usize>,
}

impl FilePlace {
    fn locate(locator: &Locator<'_>, path: &wws_security_model::Path, text: &str) -> FilePlace {
        let span = locator
            .locate(path, wws_security_model::Part::Key)
            .filter(|r| r.end <= text.len() && text.is_char_boundary(r.start));
        let (line, column) = match &span {
            Some(r) => {
                let (l, c) = line_column(text, r.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        FilePlace { span, line, column }
    }

    fn line_column(&self) -> Option<(usize, usize)> {
        self.line.zip(self.column)
    }
}

/// A compatibility diagnostic and where each side of it is in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCompatDiagnostic {
    /// What does not agree, and where in the shape of each file.
    pub diagnostic: CompatDiagnostic,
    /// The place in the client's file.
    pub client: FilePlace,
    /// The place in the server's file.
    pub server: FilePlace,
}

impl Deref for FileCompatDiagnostic {
    type Target = CompatDiagnostic;
    fn deref(&self) -> &CompatDiagnostic {
        &self.diagnostic
    }
}

impl fmt::Display for FileCompatDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.diagnostic
            .write(f, self.client.line_column(), self.server.line_column())
    }
}

/// Places every diagnostic of `report` in the two files' text.
pub fn locate(
    report: CompatReport,
    client: PairFile<'_>,
    server: PairFile<'_>,
) -> Vec<FileCompatDiagnostic> {
    if report.diagnostics.is_empty() {
        return Vec::new();
    }
    let client_locator = Locator::new(client.text, client.format);
    let server_locator = Locator::new(server.text, server.format);
    let (client_template, server_template) = (expansion(client), expansion(server));
    report
        .diagnostics
        .into_iter()
        .map(|mut d| {
            // A template file is compared by its expansion; its places are the template's.
            if let Some(e) = &client_template {
                d.client_path = e.template_path(&d.client_path);
            }
            if let Some(e) = &server_template {
                d.server_path = e.template_path(&d.server_path);
            }
            FileCompatDiagnostic {
                client: FilePlace::locate(&client_locator, &d.client_path, client.text),
                server: FilePlace::locate(&server_locator, &d.server_path, server.text),
                diagnostic: d,
            }
        })
        .collect()
}

/// The expansion of a template file, whose places map back into the file; `None` for a plain
/// endpoint file.
fn expansion(file: PairFile<'_>) -> Option<Expansion> {
    let node = parse_node(file.text, file.format).ok()?;
    match decode_file(&node).ok()? {
        EndpointFile::Template(template) => Some(template.expansion()),
        EndpointFile::Endpoint(_) => None,
    }
}
