//! Finding the text behind a [`Path`]: the byte range of a key or a value in an endpoint file.
//!
//! Diagnostics carry a structured [`Path`]; a tool that shows the source (the command line, an
//! editor) needs the bytes. [`locate`] walks the document again, keeping positions: TOML through
//! the `toml` crate's span-keeping parser, JSON through a small scanner of its own.

mod json_tree;
mod toml_tree;

use crate::{Part, Path, Segment};
use std::ops::Range;

/// The syntax of an endpoint file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// TOML (`.toml`).
    Toml,
    /// JSON of the same shape (`.json`).
    Json,
}

impl Format {
    /// The format a file name's extension names (`.toml`, `.json`, any case), if any.
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?;
        if ext.eq_ignore_ascii_case("toml") {
            Some(Format::Toml)
        } else if ext.eq_ignore_ascii_case("json") {
            Some(Format::Json)
        } else {
            None
        }
    }

    /// `toml` or `json`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Toml => "toml",
            Format::Json => "json",
        }
    }
}

/// The byte range of `path` in `text`.
///
/// What a range covers:
/// - [`Part::Key`] on a path ending in a key: the key as written (`require_ssl_client_cert` in
///   `require_ssl_client_cert = true`, or in a table header such as `[bindings.properties]`).
/// - [`Part::Value`] on a path ending in a key: the value (`true`, `"5 minutes"`, `{ env = "X" }`).
/// - A path ending in a list index: that element. For a TOML array of tables (`[[bindings]]`) this
///   is the element's header line.
/// - A path through a key or index the document does not have (a diagnostic about a missing key,
///   say) falls back to the deepest part of the path that exists, as a key.
/// - The empty path (the whole endpoint) and text that does not parse give `None`.
///
/// ```
/// use wws_security_model::decode::{locate, Format, Part};
/// use wws_security_model::Path;
///
/// let text = "side = \"client\"\nchannel_binding = \"htp\"\n";
/// let path = Path::parse("channel_binding").unwrap();
/// assert_eq!(locate(text, Format::Toml, &path, Part::Key).map(|r| &text[r]), Some("channel_binding"));
/// assert_eq!(locate(text, Format::Toml, &path, Part::Value).map(|r| &text[r]), Some("\"htp\""));
/// ```
pub fn locate(text: &str, format: Format, path: &Path, part: Part) -> Option<Range<usize>> {
    Locator::new(text, format).locate(path, part)
}

/// A document read once for many [`locate`] calls (one per diagnostic of a file).
pub struct Locator<'t> {
    tree: Tree<'t>,
}

enum Tree<'t> {
    Toml(toml::Spanned<toml::de::DeTable<'t>>),
    Json(json_tree::Value),
    /// The text does not parse: nothing can be located.
    Unreadable,
}

impl<'t> Locator<'t> {
    /// Reads `text` keeping positions.
    pub fn new(text: &'t str, format: Format) -> Self {
        let tree = match format {
            Format::Toml => toml::de::DeTable::parse(text).map_or(Tree::Unreadable, Tree::Toml),
            Format::Json => json_tree::parse(text).map_or(Tree::Unreadable, Tree::Json),
        };
        Locator { tree }
    }

    /// The byte range of `path`, as [`locate`].
    pub fn locate(&self, path: &Path, part: Part) -> Option<Range<usize>> {
        if path.is_root() {
            return None;
        }
        match &self.tree {
            Tree::Toml(doc) => walk(
                toml_tree::TomlNode::Table(doc.get_ref()),
                path.segments(),
                part,
            ),
            Tree::Json(root) => walk(root, path.segments(), part),
            Tree::Unreadable => None,
        }
    }
}

impl std::fmt::Debug for Locator<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locator").finish_non_exhaustive()
    }
}

/// A document tree with positions, for either format.
trait Located: Copy {
    /// The key's range and the value of `key`, when this is a table that has it.
    fn entry(self, key: &str) -> Option<(Range<usize>, Self)>;
    /// Element `index`, when this is a list that has it.
    fn element(self, index: usize) -> Option<Self>;
    /// The value's range.
    fn span(self) -> Range<usize>;
}

/// Follows `segments` from `root`, falling back to the deepest place found (`None`: none).
fn walk<L: Located>(root: L, segments: &[Segment], part: Part) -> Option<Range<usize>> {
    // The deepest place found so far: (range to report as a key, node).
    let mut here: (Option<Range<usize>>, L) = (None, root);
    let last = segments.len() - 1;
    for (i, segment) in segments.iter().enumerate() {
        let next = match segment {
            Segment::Key(key) => here.1.entry(key).map(|(k, v)| (Some(k), v)),
            Segment::Index(n) => here.1.element(*n).map(|v| (Some(v.span()), v)),
        };
        match next {
            Some((key_span, node)) if i == last => {
                return match (segment, part) {
                    (Segment::Key(_), Part::Key) => key_span,
                    _ => Some(node.span()),
                };
            }
            Some(found) => here = found,
            None => break,
        }
    }
    here.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML: &str = r#"side = "client"
channel_binding = "http"

[properties]
timestamp_usage = "always"

[[bindings]]
type = "ssl_transport"
[bindings.properties]
require_ssl_client_cert = true

[[bindings]]
type = "username_message"
client_credential = { type = "string", username = "u", password = { env = "PW" } }
"#;

    const JSON: &str = r#"{
  "side": "client",
  "channel_binding": "http",
  "properties": { "timestamp_usage": "always" },
  "bindings": [
    { "type": "ssl_transport", "properties": { "require_ssl_client_cert": true } },
    { "type": "username_message",
      "client_credential": { "type": "string", "username": "u\u0041", "password": { "env": "PW" } } }
  ]
}"#;

    fn at<'t>(text: &'t str, format: Format, path: &str, part: Part) -> Option<&'t str> {
        let path = Path::parse(path).unwrap();
        locate(text, format, &path, part).map(|r| &text[r])
    }

    #[test]
    fn toml_keys_and_values() {
        let t = |p, part| at(TOML, Format::Toml, p, part);
        assert_eq!(t("side", Part::Key), Some("side"));
        assert_eq!(t("side", Part::Value), Some("\"client\""));
        assert_eq!(
            t("properties.timestamp_usage", Part::Value),
            Some("\"always\"")
        );
        assert_eq!(
            t("bindings[0].properties.require_ssl_client_cert", Part::Key),
            Some("require_ssl_client_cert")
        );
        assert_eq!(
            t("bindings[1].type", Part::Value),
            Some("\"username_message\"")
        );
        assert_eq!(
            t("bindings[1].client_credential.password", Part::Value),
            Some("{ env = \"PW\" }")
        );
        assert_eq!(
            t("bindings[1].client_credential.password.env", Part::Key),
            Some("env")
        );
    }

    #[test]
    fn toml_array_of_tables_element_is_its_header() {
        assert_eq!(
            at(TOML, Format::Toml, "bindings[1]", Part::Key),
            Some("[[bindings]]")
        );
        // The table header's key, for a path ending at a header table.
        assert_eq!(
            at(TOML, Format::Toml, "bindings[0].properties", Part::Key),
            Some("properties")
        );
    }

    #[test]
    fn missing_places_fall_back_to_the_nearest_ancestor() {
        assert_eq!(
            at(
                TOML,
                Format::Toml,
                "bindings[0].local_cert_credential.type",
                Part::Value
            ),
            Some("[[bindings]]")
        );
        assert_eq!(
            at(
                TOML,
                Format::Toml,
                "bindings[1].client_credential.domain",
                Part::Key
            ),
            Some("client_credential")
        );
        assert_eq!(
            at(TOML, Format::Toml, "bindings[7]", Part::Key),
            Some("bindings")
        );
        assert_eq!(
            at(JSON, Format::Json, "bindings[0].properties.x", Part::Key),
            Some("\"properties\"")
        );
        assert_eq!(at(TOML, Format::Toml, "channel_type", Part::Key), None);
        assert_eq!(at(TOML, Format::Toml, "", Part::Key), None);
    }

    #[test]
    fn json_keys_and_values() {
        let j = |p, part| at(JSON, Format::Json, p, part);
        assert_eq!(j("side", Part::Key), Some("\"side\""));
        assert_eq!(j("side", Part::Value), Some("\"client\""));
        assert_eq!(
            j(
                "bindings[0].properties.require_ssl_client_cert",
                Part::Value
            ),
            Some("true")
        );
        assert_eq!(
            j("bindings[1].client_credential.password", Part::Value),
            Some("{ \"env\": \"PW\" }")
        );
        assert_eq!(
            j("bindings[1].client_credential.username", Part::Value),
            Some("\"u\\u0041\"")
        );
        assert!(j("bindings[1]", Part::Key)
            .unwrap()
            .starts_with("{ \"type\": \"username_message\""));
    }

    #[test]
    fn json_keys_with_escapes_match_their_text() {
        let text = r#"{"si\u0064e": "server"}"#;
        assert_eq!(
            at(text, Format::Json, "side", Part::Value),
            Some("\"server\"")
        );
    }

    #[test]
    fn unreadable_text_locates_nothing() {
        assert_eq!(at("side = ", Format::Toml, "side", Part::Key), None);
        assert_eq!(at("{\"side\": ", Format::Json, "side", Part::Key), None);
        assert_eq!(at("{} x", Format::Json, "side", Part::Key), None);
        let deep = "[".repeat(10_000);
        assert_eq!(at(&deep, Format::Json, "a", Part::Key), None);
    }

    #[test]
    fn decode_errors_know_their_span() {
        let text = "side = \"client\"\nchannel_binding = \"htp\"\nextra = 1\n";
        let errors = crate::Endpoint::from_toml_str(text).unwrap_err();
        let spans: Vec<&str> = errors
            .iter()
            .map(|e| &text[e.span_in(text, Format::Toml).unwrap()])
            .collect();
        assert_eq!(spans, ["\"htp\"", "extra"]);
    }
}
