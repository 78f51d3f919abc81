//! Reading endpoint documents (TOML, JSON, or any serde format) into the model.
//!
//! A document is first read into a [`Node`] tree, then decoded with every problem collected:
//! each error names its place (`bindings[1].properties.x`), its `F-` rule and how to fix it.

mod endpoint;
mod error;
#[cfg(feature = "files")]
mod locate;
mod node;
mod partial;
mod properties;
mod template;

pub use crate::Part;
pub(crate) use endpoint::DecodeField;
pub use endpoint::{binding_keys, DESCRIPTION_KEYS, ENDPOINT_KEYS};
pub use error::{DecodeError, DecodeErrorKind, DecodeErrors, Expected, PropertyBagKind};
#[cfg(feature = "files")]
pub use locate::{locate, Format, Locator};
pub use node::Node;
pub use partial::{decode_endpoint_partial, decode_file_partial, Hole, Partial};
pub use template::{decode_file, decode_template, template_keys, TEMPLATE_HEADER_KEYS};

use crate::{CEnum, Endpoint, Path, RuntimeSlot, Secret, Timespan, UnknownName};

/// Decodes a document tree into an endpoint, reporting every problem.
pub fn decode_endpoint(node: &Node) -> Result<Endpoint, DecodeErrors> {
    let mut d = Decoder::default();
    let endpoint = endpoint::endpoint(&mut d, node);
    match endpoint {
        Some(e) if d.errors.is_empty() => Ok(e),
        _ => Err(DecodeErrors(d.errors)),
    }
}

/// Reads an endpoint from TOML text.
#[cfg(feature = "files")]
pub fn from_toml_str(text: &str) -> Result<Endpoint, DecodeErrors> {
    decode_endpoint(&toml_node(text)?)
}

/// Reads an endpoint from JSON text.
#[cfg(feature = "files")]
pub fn from_json_str(text: &str) -> Result<Endpoint, DecodeErrors> {
    decode_endpoint(&json_node(text)?)
}

/// Reads `text` in `format` into a document tree (syntax errors only, with their range).
#[cfg(feature = "files")]
pub fn parse_node(text: &str, format: Format) -> Result<Node, DecodeErrors> {
    match format {
        Format::Toml => toml_node(text),
        Format::Json => json_node(text),
    }
}

#[cfg(feature = "files")]
fn toml_node(text: &str) -> Result<Node, DecodeErrors> {
    toml::from_str(text).map_err(|e| {
        DecodeErrors(vec![DecodeError {
            path: Path::root(),
            kind: DecodeErrorKind::Syntax {
                message: e.message().to_owned(),
                span: e.span(),
            },
        }])
    })
}

#[cfg(feature = "files")]
fn json_node(text: &str) -> Result<Node, DecodeErrors> {
    serde_json::from_str(text).map_err(|e| {
        let span = json_offset(text, e.line(), e.column());
        DecodeErrors(vec![DecodeError {
            path: Path::root(),
            kind: DecodeErrorKind::Syntax {
                message: e.to_string(),
                span: span.map(|o| o..o),
            },
        }])
    })
}

/// Byte offset of a 1-based line and column.
#[cfg(feature = "files")]
fn json_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    Some((start + column.saturating_sub(1)).min(text.len()))
}

/// Collects errors while walking the tree; the current place is `path`.
#[derive(Default)]
pub(crate) struct Decoder {
    pub(crate) path: Path,
    pub(crate) errors: Vec<DecodeError>,
    /// The places that could not be read ([`Partial`]).
    pub(crate) holes: Vec<Hole>,
}

impl Decoder {
    pub(crate) fn error(&mut self, kind: DecodeErrorKind) {
        self.errors.push(DecodeError {
            path: self.path.clone(),
            kind,
        });
    }

    /// Runs `f` one key deeper.
    pub(crate) fn at_key<T>(&mut self, key: &str, f: impl FnOnce(&mut Self) -> T) -> T {
        self.path.push_key(key.to_owned());
        let out = f(self);
        self.path.pop();
        out
    }

    /// Decodes `node`, the value of `key` in the table at the current place; a value that does
    /// not decode is a hole ([`Partial`]).
    pub(crate) fn entry<T>(
        &mut self,
        key: &str,
        node: &Node,
        f: impl FnOnce(&mut Self, &Node) -> Option<T>,
    ) -> Option<T> {
        let before = self.errors.len();
        self.at_key(key, |d| {
            let out = f(d, node);
            if out.is_none() && d.errors.len() > before {
                d.hole(node, before);
            }
            out
        })
    }

    /// Runs `f` one index deeper.
    pub(crate) fn at_index<T>(&mut self, index: usize, f: impl FnOnce(&mut Self) -> T) -> T {
        self.path.push_index(index);
        let out = f(self);
        self.path.pop();
        out
    }

    pub(crate) fn wrong_type(&mut self, expected: impl Into<Expected>, found: &Node) {
        self.error(DecodeErrorKind::WrongType {
            expected: expected.into(),
            found: found.kind(),
        });
    }

    pub(crate) fn table<'n>(&mut self, node: &'n Node) -> Option<Table<'n>> {
        match node {
            Node::Table(entries) => Some(Table::new(self, entries)),
            other => {
                self.wrong_type("a table", other);
                None
            }
        }
    }

    pub(crate) fn string(&mut self, node: &Node) -> Option<String> {
        match node {
            Node::String(s) => Some(s.clone()),
            other => {
                self.wrong_type("a string", other);
                None
            }
        }
    }

    pub(crate) fn boolean(&mut self, node: &Node) -> Option<bool> {
        match node {
            Node::Bool(b) => Some(*b),
            other => {
                self.wrong_type("`true` or `false`", other);
                None
            }
        }
    }

    /// A ULONG.
    pub(crate) fn ulong(&mut self, node: &Node) -> Option<u32> {
        match node {
            Node::Integer(n) => match u32::try_from(*n) {
                Ok(v) => Some(v),
                Err(_) => {
                    self.error(DecodeErrorKind::OutOfRange {
                        value: *n,
                        c_type: "ULONG",
                        min: 0,
                        max: u32::MAX.into(),
                    });
                    None
                }
            },
            other => {
                self.wrong_type("a whole number", other);
                None
            }
        }
    }

    /// A value of the enumeration `E`, by canonical name.
    pub(crate) fn name<E: CEnum>(&mut self, node: &Node) -> Option<E> {
        let text = match node {
            Node::String(s) => s,
            other => {
                self.wrong_type(Expected::Name, other);
                return None;
            }
        };
        match E::from_name(text) {
            Ok(v) => Some(v),
            Err(e) => {
                self.error(DecodeErrorKind::UnknownName(e));
                None
            }
        }
    }

    /// The `type` of a credential of `family`; a type of another family is reported as such,
    /// with where that family goes, not as an unknown name.
    pub(crate) fn credential_type<E: CEnum>(
        &mut self,
        node: &Node,
        family: crate::CredentialFamily,
    ) -> Option<E> {
        if let Node::String(name) = node {
            if E::from_name(name).is_err() {
                let found = crate::CredentialFamily::ALL
                    .into_iter()
                    .find(|f| *f != family && f.type_names().contains(&name.as_str()));
                if let Some(found) = found {
                    self.error(DecodeErrorKind::MisplacedCredential {
                        name: name.clone(),
                        found,
                        expected: family,
                    });
                    return None;
                }
            }
        }
        self.name(node)
    }

    /// A string naming one of `names` (for selectors that are not C enumerations, like `side`).
    pub(crate) fn choice<T: Copy>(
        &mut self,
        node: &Node,
        what: &'static str,
        names: &'static [&'static str],
        parse: impl Fn(&str) -> Result<T, UnknownName>,
    ) -> Option<T> {
        let text = match node {
            Node::String(s) => s,
            other => {
                self.wrong_type(Expected::Name, other);
                return None;
            }
        };
        match parse(text) {
            Ok(v) => Some(v),
            Err(_) => {
                self.error(DecodeErrorKind::UnknownName(UnknownName::new(
                    what, text, names,
                )));
                None
            }
        }
    }

    /// A set of flags of `F`: a list of names.
    pub(crate) fn flags<F: CEnum<Raw = i32>>(&mut self, node: &Node) -> Option<crate::FlagSet<F>> {
        let items = match node {
            Node::Array(items) => items,
            other => {
                self.wrong_type("a list of value names", other);
                return None;
            }
        };
        let mut set = crate::FlagSet::empty();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.at_index(i, |d| d.name::<F>(item)) {
                Some(f) => set.insert(f),
                None => ok = false,
            }
        }
        ok.then_some(set)
    }

    pub(crate) fn timespan(&mut self, node: &Node) -> Option<Timespan> {
        let text = match node {
            Node::String(s) => s,
            other => {
                self.wrong_type("a duration string such as \"5m\"", other);
                return None;
            }
        };
        match Timespan::parse(text) {
            Ok(t) => Some(t),
            Err(e) => {
                self.error(DecodeErrorKind::BadDuration(e));
                None
            }
        }
    }

    /// `{ runtime = "<slot>" }`.
    pub(crate) fn slot(&mut self, node: &Node) -> Option<RuntimeSlot> {
        let mut t = match node {
            Node::Table(entries) => Table::new(self, entries),
            other => {
                self.wrong_type(Expected::Slot, other);
                return None;
            }
        };
        let name = t.required(self, "runtime", |d, n| d.slot_name(n, "runtime slot name"));
        t.finish(self, &["runtime"]);
        name.map(RuntimeSlot::new)
    }

    fn slot_name(&mut self, node: &Node, what: &'static str) -> Option<String> {
        let name = self.string(node)?;
        if name.trim().is_empty() {
            self.error(DecodeErrorKind::EmptyName { what });
            return None;
        }
        Some(name)
    }

    /// A password: a literal string, `{ env = "VAR" }` or `{ runtime = "<slot>" }`.
    pub(crate) fn secret(&mut self, node: &Node) -> Option<Secret> {
        match node {
            Node::String(s) => Some(Secret::literal(s.clone())),
            Node::Table(entries) => {
                let mut t = Table::new(self, entries);
                let env = t.optional(self, "env", |d, n| {
                    d.slot_name(n, "environment variable name")
                });
                let runtime =
                    t.optional(self, "runtime", |d, n| d.slot_name(n, "runtime slot name"));
                let had_errors = t.had_errors;
                t.finish(self, &["env", "runtime"]);
                match (env, runtime) {
                    (Some(var), None) => Some(Secret::Env(var)),
                    (None, Some(slot)) => Some(Secret::Runtime(RuntimeSlot::new(slot))),
                    (Some(_), Some(_)) => {
                        self.error(DecodeErrorKind::UnknownKey {
                            key: "runtime".to_owned(),
                            suggestion: None,
                            expected: vec!["env"],
                        });
                        None
                    }
                    (None, None) if had_errors => None,
                    (None, None) => {
                        self.error(DecodeErrorKind::MissingKey { key: "env" });
                        None
                    }
                }
            }
            other => {
                self.wrong_type(Expected::Password, other);
                None
            }
        }
    }

    /// `WS_BYTES`: a base64 string.
    pub(crate) fn bytes(&mut self, node: &Node) -> Option<crate::Bytes> {
        let text = match node {
            Node::String(s) => s,
            other => {
                self.wrong_type("bytes in base64, e.g. \"AQAB\"", other);
                return None;
            }
        };
        match crate::Bytes::from_base64(text) {
            Ok(bytes) => Some(bytes),
            Err(e) => {
                self.error(DecodeErrorKind::BadBytes(e));
                None
            }
        }
    }

    /// A list of strings.
    pub(crate) fn strings(&mut self, node: &Node) -> Option<Vec<String>> {
        self.list(node, "a list of strings", |d, n| d.string(n))
    }

    /// A list whose items `item` decodes.
    pub(crate) fn list<T>(
        &mut self,
        node: &Node,
        expected: &'static str,
        mut item: impl FnMut(&mut Self, &Node) -> Option<T>,
    ) -> Option<Vec<T>> {
        let items = match node {
            Node::Array(items) => items,
            other => {
                self.wrong_type(expected, other);
                return None;
            }
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, n) in items.iter().enumerate() {
            match self.at_index(i, |d| item(d, n)) {
                Some(v) => out.push(v),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
}

/// Reads the keys of one table, marking each as used, so the rest can be reported as unknown.
pub(crate) struct Table<'n> {
    entries: &'n [(String, Node)],
    used: Vec<bool>,
    /// The keys the table may have, when known before it is read (for telling a misspelt
    /// required key from a missing one).
    known: Vec<&'static str>,
    /// True when reading a key of this table reported an error.
    pub(crate) had_errors: bool,
}

impl<'n> Table<'n> {
    fn new(d: &mut Decoder, entries: &'n [(String, Node)]) -> Self {
        for (i, (key, _)) in entries.iter().enumerate() {
            if entries[..i].iter().any(|(k, _)| k == key) {
                d.at_key(key, |d| {
                    d.error(DecodeErrorKind::DuplicateKey { key: key.clone() })
                });
            }
        }
        Table {
            entries,
            used: vec![false; entries.len()],
            known: Vec::new(),
            had_errors: false,
        }
    }

    /// Declares the keys the table may have, so that a misspelt required key is reported once,
    /// as unknown with a suggestion, and not also as missing.
    pub(crate) fn knowing(mut self, keys: impl IntoIterator<Item = &'static str>) -> Self {
        self.known = keys.into_iter().collect();
        self
    }

    /// The value of `key`, marked used.
    pub(crate) fn get(&mut self, key: &str) -> Option<&'n Node> {
        let i = self.entries.iter().position(|(k, _)| k == key)?;
        self.used[i] = true;
        Some(&self.entries[i].1)
    }

    /// Decodes `key` when present.
    pub(crate) fn optional<T>(
        &mut self,
        d: &mut Decoder,
        key: &'static str,
        f: impl FnOnce(&mut Decoder, &Node) -> Option<T>,
    ) -> Option<T> {
        let node = self.get(key)?;
        let before = d.errors.len();
        let out = d.entry(key, node, f);
        self.had_errors |= d.errors.len() > before;
        out
    }

    /// Decodes `key`, reporting it missing when absent (or, when an unknown key of the table is
    /// a misspelling of it, reporting that key instead).
    pub(crate) fn required<T>(
        &mut self,
        d: &mut Decoder,
        key: &'static str,
        f: impl FnOnce(&mut Decoder, &Node) -> Option<T>,
    ) -> Option<T> {
        if self.entries.iter().all(|(k, _)| k != key) {
            self.had_errors = true;
            match self.misspelling_of(key) {
                Some(i) => {
                    self.used[i] = true;
                    let written = self.entries[i].0.clone();
                    let expected = self.known.clone();
                    d.at_key(&written, |d| {
                        d.error(DecodeErrorKind::UnknownKey {
                            key: written.clone(),
                            suggestion: Some(key),
                            expected,
                        })
                    });
                    d.hole_at_meant_key(key, &self.entries[i].1);
                }
                None => {
                    d.error(DecodeErrorKind::MissingKey { key });
                    d.hole_at_key(key);
                }
            }
            return None;
        }
        self.optional(d, key, f)
    }

    /// The entry whose key is not one of the table's and reads as a misspelling of `key`.
    fn misspelling_of(&self, key: &'static str) -> Option<usize> {
        if self.known.is_empty() {
            return None;
        }
        self.entries.iter().enumerate().position(|(i, (k, _))| {
            !self.used[i]
                && !self.known.contains(&k.as_str())
                && crate::suggest(k, self.known.iter().copied()) == Some(key)
        })
    }

    /// Reports every key that was not read as unknown, suggesting the nearest of `expected`.
    pub(crate) fn finish(self, d: &mut Decoder, expected: &[&'static str]) {
        for (i, (key, _)) in self.entries.iter().enumerate() {
            let first = self.entries[..i].iter().all(|(k, _)| k != key);
            if !self.used[i] && first {
                let suggestion = crate::suggest(key, expected.iter().copied());
                d.at_key(key, |d| {
                    d.error(DecodeErrorKind::UnknownKey {
                        key: key.clone(),
                        suggestion,
                        expected: expected.to_vec(),
                    })
                });
                // The key it was meant to be is not known to be absent.
                if let Some(meant) = suggestion.filter(|s| self.entries.iter().all(|(k, _)| k != s))
                {
                    d.hole_at_meant_key(meant, &self.entries[i].1);
                }
            }
        }
    }
}
