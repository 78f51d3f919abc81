//! Reading the XML itself, defensively: a size limit, no DTD (so no entities from outside), a
//! depth limit and a node limit, each with an error that says which limit and where; and line
//! and column of any node, computed only when a message needs them.

use crate::ReadError;
use roxmltree::{Document, Node, ParsingOptions};
use std::borrow::Cow;
use std::cell::OnceCell;

/// The largest document read, in bytes. Real WSDL files are far smaller (the largest of the
/// corpus is 157 KB); the limit keeps a hostile input from taking the memory of the machine.
pub const MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// The deepest element nesting read. A WSDL with a secure-conversation policy nests about
/// twenty deep; the limit also bounds every recursive walk over the tree.
pub const MAX_DEPTH: usize = 128;

/// The most nodes (elements, text, comments) a document may have.
const MAX_NODES: u32 = 2_000_000;

/// A line and column, both from 1; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    /// Line, from 1.
    pub line: u32,
    /// Column in characters, from 1.
    pub column: u32,
}

/// The text of a document: UTF-8 (a leading byte order mark is dropped) borrowed as is, or
/// UTF-16 with its byte order mark, converted.
pub(crate) fn text_of(bytes: &[u8]) -> Result<Cow<'_, str>, ReadError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ReadError::whole(format!(
            "the document is {} bytes; the importer reads documents of at most {} bytes",
            bytes.len(),
            MAX_DOCUMENT_BYTES
        )));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let little_endian = match body {
        [0xFF, 0xFE, ..] => Some(true),
        [0xFE, 0xFF, ..] => Some(false),
        _ => None,
    };
    let Some(little_endian) = little_endian else {
        return std::str::from_utf8(body).map(Cow::Borrowed).map_err(|e| {
            let before = &body[..e.valid_up_to()];
            let line = before.iter().filter(|b| **b == b'\n').count() + 1;
            ReadError::at(
                format!(
                    "the document is not UTF-8 (invalid byte at offset {}); save it as UTF-8",
                    e.valid_up_to()
                ),
                Position {
                    line: saturate(line),
                    column: 1,
                },
            )
        });
    };
    let units = body[2..].chunks(2).map(|pair| match (pair, little_endian) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        _ => 0xD800, // an odd trailing byte: decoded as an unpaired surrogate, so refused
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map(Cow::Owned)
        .map_err(|_| {
            ReadError::whole(
                "the document starts with a UTF-16 byte order mark but is not valid UTF-16; save it as UTF-8",
            )
        })
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A parsed document and the text it came from.
pub(crate) struct Xml<'input> {
    pub(crate) doc: Document<'input>,
    text: &'input str,
    /// Every `wsp:Policy` element (either version), in document order.
    policies: Vec<roxmltree::NodeId>,
    /// Every WSDL 1.1 `wsdl:definitions` element, in document order.
    definitions: Vec<roxmltree::NodeId>,
    /// Byte offset of each line start, built on the first position asked for.
    lines: OnceCell<Vec<usize>>,
}

impl<'input> Xml<'input> {
    /// Parses `text` within the limits above.
    pub(crate) fn parse(text: &'input str) -> Result<Self, ReadError> {
        let options = ParsingOptions {
            allow_dtd: false,
            nodes_limit: MAX_NODES,
            entity_resolver: None,
        };
        let doc = Document::parse_with_options(text, options).map_err(|e| parse_error(text, &e))?;
        let mut xml = Xml {
            doc,
            text,
            policies: Vec::new(),
            definitions: Vec::new(),
            lines: OnceCell::new(),
        };
        let (policies, definitions) = xml.walk()?;
        xml.policies = policies;
        xml.definitions = definitions;
        Ok(xml)
    }

    /// One pass over the elements in document order: fails on the first element nested deeper
    /// than [`MAX_DEPTH`] (keeping the ends of the open elements, since element ranges nest),
    /// and finds the policies and WSDL definitions the importer starts from.
    #[allow(clippy::type_complexity)]
    fn walk(&self) -> Result<(Vec<roxmltree::NodeId>, Vec<roxmltree::NodeId>), ReadError> {
        let mut open: Vec<usize> = Vec::new();
        let (mut policies, mut definitions) = (Vec::new(), Vec::new());
        for node in self.doc.descendants().filter(Node::is_element) {
            let range = node.range();
            while open.last().is_some_and(|end| *end <= range.start) {
                open.pop();
            }
            open.push(range.end);
            if open.len() > MAX_DEPTH {
                return Err(ReadError::at(
                    format!("elements nest more than {MAX_DEPTH} deep here; the importer reads no deeper"),
                    self.position(node),
                ));
            }
            let name = node.tag_name();
            match (name.namespace(), name.name()) {
                (Some(crate::ns::WSP12 | crate::ns::WSP15), "Policy") => policies.push(node.id()),
                (Some(crate::ns::WSDL), "definitions") => definitions.push(node.id()),
                _ => {}
            }
        }
        Ok((policies, definitions))
    }

    /// Every `wsp:Policy` element, in document order.
    pub(crate) fn policies(&self) -> impl Iterator<Item = Node<'_, 'input>> + '_ {
        self.policies.iter().filter_map(|id| self.doc.get_node(*id))
    }

    /// Every `wsdl:definitions` element, in document order.
    pub(crate) fn definitions(&self) -> impl Iterator<Item = Node<'_, 'input>> + '_ {
        self.definitions
            .iter()
            .filter_map(|id| self.doc.get_node(*id))
    }

    /// The document's text.
    pub(crate) fn text(&self) -> &'input str {
        self.text
    }

    /// Line and column of `node`'s start.
    pub(crate) fn position(&self, node: Node<'_, '_>) -> Position {
        self.position_at(node.range().start)
    }

    /// Line and column of byte `offset`.
    pub(crate) fn position_at(&self, offset: usize) -> Position {
        let lines = self.lines.get_or_init(|| {
            std::iter::once(0)
                .chain(
                    self.text
                        .bytes()
                        .enumerate()
                        .filter(|(_, b)| *b == b'\n')
                        .map(|(i, _)| i + 1),
                )
                .collect()
        });
        let offset = offset.min(self.text.len());
        let line = lines.partition_point(|start| *start <= offset).max(1);
        let start = lines[line - 1];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        Position {
            line: saturate(line),
            column: saturate(column + 1),
        }
    }

    /// The byte range of `node`'s name in its start tag (for carets).
    pub(crate) fn name_range(&self, node: Node<'_, '_>) -> std::ops::Range<usize> {
        let start = node.range().start;
        let rest = &self.text[start..node.range().end];
        let name_start = usize::from(rest.starts_with('<'));
        let len = rest[name_start..]
            .find(|c: char| c.is_whitespace() || c == '/' || c == '>')
            .unwrap_or(rest.len() - name_start);
        start + name_start..start + name_start + len
    }
}

/// A parser error, with a message that names the problem and a place.
fn parse_error(text: &str, e: &roxmltree::Error) -> ReadError {
    use roxmltree::Error as E;
    match e {
        E::DtdDetected => {
            let offset = text.find("<!DOCTYPE").unwrap_or(0);
            let line = text[..offset].matches('\n').count() + 1;
            let column = text[..offset]
                .rsplit('\n')
                .next()
                .map_or(0, |l| l.chars().count());
            ReadError::at(
                "the document has a DTD (`<!DOCTYPE`); DTDs and their entities are never processed, remove it",
                Position {
                    line: saturate(line),
                    column: saturate(column + 1),
                },
            )
        }
        E::NodesLimitReached => ReadError::whole(format!(
            "the document has more than {MAX_NODES} nodes; the importer reads no more"
        )),
        other => {
            let pos = other.pos();
            let message = other.to_string();
            // The parser's message ends with the place, which the error carries separately.
            let message = message
                .strip_suffix(&format!(" at {}:{}", pos.row, pos.col))
                .unwrap_or(&message);
            ReadError::at(
                format!("the document is not well-formed XML: {message}"),
                Position {
                    line: pos.row,
                    column: pos.col,
                },
            )
        }
    }
}
