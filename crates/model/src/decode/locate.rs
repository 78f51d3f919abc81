//! Finding the text behind a [`Path`]: the byte range of a key or a value in an endpoint file.
//!
//! Diagnostics carry a structured [`Path`]; a tool that shows the source (the command line, an
//! editor) needs the bytes. [`locate`] walks the document again, keeping positions: TOML through
//! the `toml` crate's span-keeping parser, JSON through a small scanner of its own.
//!
//! What a range covers:
//! - [`Part::Key`] on a path ending in a key: the key as written (`require_ssl_client_cert` in
//!   `require_ssl_client_cert = true`, or in a table header such as `[bindings.properties]`).
//! - [`Part::Value`] on a path ending in a key: the value (`true`, `"5 minutes"`, `{ env = "X" }`).
//! - A path ending in a list index: that element. For a TOML array of tables (`[[bindings]]`) this
//!   is the element's header line.
//! - A path through a key or index the document does not have (a diagnostic about a missing key,
//!   say) falls back to the deepest part of the path that exists, as a key.
//! - The empty path (the whole endpoint) and text that does not parse give `None`.

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

/// The byte range of `path` in `text`; see the [module documentation](self) for what it covers.
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
    Json(json::Value),
    /// The text does not parse: nothing can be located.
    Unreadable,
}

impl<'t> Locator<'t> {
    /// Reads `text` keeping positions.
    pub fn new(text: &'t str, format: Format) -> Self {
        let tree = match format {
            Format::Toml => toml::de::DeTable::parse(text).map_or(Tree::Unreadable, Tree::Toml),
            Format::Json => json::parse(text).map_or(Tree::Unreadable, Tree::Json),
        };
        Locator { tree }
    }

    /// The byte range of `path`, as [`locate`].
    pub fn locate(&self, path: &Path, part: Part) -> Option<Range<usize>> {
        if path.is_root() {
            return None;
        }
        match &self.tree {
            Tree::Toml(doc) => walk(TomlNode::Table(doc.get_ref()), path.segments(), part),
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

/// A TOML value with its range.
#[derive(Clone, Copy)]
enum TomlNode<'a, 'i> {
    Table(&'a toml::de::DeTable<'i>),
    Value(&'a toml::Spanned<toml::de::DeValue<'i>>),
}

impl Located for TomlNode<'_, '_> {
    fn entry(self, key: &str) -> Option<(Range<usize>, Self)> {
        let table = match self {
            TomlNode::Table(t) => t,
            TomlNode::Value(v) => match v.get_ref() {
                toml::de::DeValue::Table(t) => t,
                _ => return None,
            },
        };
        let (k, v) = table.iter().find(|(k, _)| k.get_ref() == key)?;
        Some((k.span(), TomlNode::Value(v)))
    }

    fn element(self, index: usize) -> Option<Self> {
        let TomlNode::Value(v) = self else {
            return None;
        };
        let toml::de::DeValue::Array(items) = v.get_ref() else {
            return None;
        };
        items.get(index).map(TomlNode::Value)
    }

    fn span(self) -> Range<usize> {
        match self {
            TomlNode::Table(_) => 0..0,
            TomlNode::Value(v) => v.span(),
        }
    }
}

/// A tiny JSON reader that keeps the range of every key and value. It accepts what serde_json
/// accepts for endpoint files (it runs after serde_json has read the text) and gives up (`None`)
/// on anything else.
mod json {
    use super::Located;
    use std::ops::Range;

    /// Deeper documents are not endpoint files; serde_json stops at the same depth.
    const MAX_DEPTH: usize = 128;

    pub(super) struct Value {
        pub(super) span: Range<usize>,
        pub(super) kind: Kind,
    }

    pub(super) enum Kind {
        Scalar,
        Array(Vec<Value>),
        Object(Vec<(String, Range<usize>, Value)>),
    }

    impl Located for &Value {
        fn entry(self, key: &str) -> Option<(Range<usize>, Self)> {
            match &self.kind {
                Kind::Object(entries) => entries
                    .iter()
                    .find(|(k, _, _)| k == key)
                    .map(|(_, span, v)| (span.clone(), v)),
                _ => None,
            }
        }

        fn element(self, index: usize) -> Option<Self> {
            match &self.kind {
                Kind::Array(items) => items.get(index),
                _ => None,
            }
        }

        fn span(self) -> Range<usize> {
            self.span.clone()
        }
    }

    pub(super) fn parse(text: &str) -> Option<Value> {
        let mut p = Parser {
            bytes: text.as_bytes(),
            at: 0,
        };
        p.skip_ws();
        let v = p.value(0)?;
        p.skip_ws();
        (p.at == p.bytes.len()).then_some(v)
    }

    struct Parser<'t> {
        bytes: &'t [u8],
        at: usize,
    }

    impl Parser<'_> {
        fn peek(&self) -> Option<u8> {
            self.bytes.get(self.at).copied()
        }

        fn skip_ws(&mut self) {
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.at += 1;
            }
        }

        fn eat(&mut self, byte: u8) -> Option<()> {
            (self.peek()? == byte).then(|| self.at += 1)
        }

        fn value(&mut self, depth: usize) -> Option<Value> {
            if depth > MAX_DEPTH {
                return None;
            }
            let start = self.at;
            let kind = match self.peek()? {
                b'{' => self.object(depth)?,
                b'[' => self.array(depth)?,
                b'"' => {
                    self.string()?;
                    Kind::Scalar
                }
                _ => {
                    self.scalar()?;
                    Kind::Scalar
                }
            };
            Some(Value {
                span: start..self.at,
                kind,
            })
        }

        fn object(&mut self, depth: usize) -> Option<Kind> {
            self.eat(b'{')?;
            let mut entries = Vec::new();
            self.skip_ws();
            if self.eat(b'}').is_some() {
                return Some(Kind::Object(entries));
            }
            loop {
                self.skip_ws();
                let key_start = self.at;
                let key = self.string()?;
                let key_span = key_start..self.at;
                self.skip_ws();
                self.eat(b':')?;
                self.skip_ws();
                let value = self.value(depth + 1)?;
                entries.push((key, key_span, value));
                self.skip_ws();
                match self.peek()? {
                    b',' => self.at += 1,
                    b'}' => {
                        self.at += 1;
                        return Some(Kind::Object(entries));
                    }
                    _ => return None,
                }
            }
        }

        fn array(&mut self, depth: usize) -> Option<Kind> {
            self.eat(b'[')?;
            let mut items = Vec::new();
            self.skip_ws();
            if self.eat(b']').is_some() {
                return Some(Kind::Array(items));
            }
            loop {
                self.skip_ws();
                items.push(self.value(depth + 1)?);
                self.skip_ws();
                match self.peek()? {
                    b',' => self.at += 1,
                    b']' => {
                        self.at += 1;
                        return Some(Kind::Array(items));
                    }
                    _ => return None,
                }
            }
        }

        /// A number, `true`, `false` or `null`: the run of characters up to a delimiter.
        fn scalar(&mut self) -> Option<()> {
            let start = self.at;
            while let Some(b) = self.peek() {
                if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b':') {
                    break;
                }
                self.at += 1;
            }
            (self.at > start).then_some(())
        }

        /// A string, unescaped (keys are compared by their text).
        fn string(&mut self) -> Option<String> {
            self.eat(b'"')?;
            let mut out = Vec::new();
            loop {
                let b = self.peek()?;
                self.at += 1;
                match b {
                    b'"' => return String::from_utf8(out).ok(),
                    b'\\' => {
                        let e = self.peek()?;
                        self.at += 1;
                        match e {
                            b'"' | b'\\' | b'/' => out.push(e),
                            b'b' => out.push(0x08),
                            b'f' => out.push(0x0c),
                            b'n' => out.push(b'\n'),
                            b'r' => out.push(b'\r'),
                            b't' => out.push(b'\t'),
                            b'u' => {
                                let c = self.unicode()?;
                                let mut buf = [0; 4];
                                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                            }
                            _ => return None,
                        }
                    }
                    _ => out.push(b),
                }
            }
        }

        fn hex4(&mut self) -> Option<u32> {
            let digits = self.bytes.get(self.at..self.at + 4)?;
            let digits = std::str::from_utf8(digits).ok()?;
            let n = u32::from_str_radix(digits, 16).ok()?;
            self.at += 4;
            Some(n)
        }

        /// The code point after `\u` (a surrogate pair takes two escapes).
        fn unicode(&mut self) -> Option<char> {
            let first = self.hex4()?;
            if (0xD800..0xDC00).contains(&first) {
                self.eat(b'\\')?;
                self.eat(b'u')?;
                let second = self.hex4()?;
                if !(0xDC00..0xE000).contains(&second) {
                    return None;
                }
                char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
            } else {
                Some(char::from_u32(first).unwrap_or('\u{FFFD}'))
            }
        }
    }
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
