//! Reading a document that has errors as far as it can be read, so the rules can still judge
//! every part that was readable, without the errors caused only by the part that was not.
//!
//! The decoder marks each place it could not read as a [`Hole`]. A hole is left out of the
//! reading: a value that did not decode, a required key that is missing, or the key a misspelt
//! key was meant to be. Whatever a rule says about a hole, or about anything inside one, is
//! about something that was never read, so it is not worth reporting.
//!
//! Leaving a part out can make a rule fire elsewhere: a description that lost its only message
//! binding breaks the rules about message protection, counts and the bootstrap. So where the
//! decoder can list what a place was meant to hold (any of the binding types, for a binding
//! whose type is unreadable; every value of the enumeration, for a misspelt value name), it does,
//! and the document is read once with each of them in place: the [`Partial::readings`]. A rule
//! broken in every reading is broken whatever the user meant; one broken only in some depends
//! on the part that could not be read (`Policy::validate_partial` keeps the first kind).

use super::{DecodeError, DecodeErrorKind, Decoder, Node};
use crate::{CEnum, EndpointFile, Path, SecurityBindingType, Segment};

/// A place of a document that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Hole {
    /// The place: what was written there, or was meant to be, is unknown.
    pub path: Path,
    /// What the place may have been meant to hold, each a node that reads there (`None`:
    /// nothing, the place left as it is).
    pub(crate) fillings: Vec<Option<Node>>,
}

impl Hole {
    /// True when `path` is this place or a place inside it.
    pub fn covers(&self, path: &Path) -> bool {
        path.segments().starts_with(self.path.segments())
    }

    /// How many values the place was tried with (0: the place is only left out).
    pub fn fillings(&self) -> usize {
        self.fillings.len()
    }
}

/// A document read as far as it could be.
#[derive(Debug, Clone)]
pub struct Partial<T> {
    /// Every problem of the document, as the full decoder reports them.
    pub errors: Vec<DecodeError>,
    /// The places that could not be read.
    pub holes: Vec<Hole>,
    /// The document with every hole left out or filled: one reading when no hole could be
    /// filled, one per combination of fillings otherwise, none when a part everything depends on
    /// (the side, the channel binding, the template type) could not be read.
    pub readings: Vec<T>,
}

impl<T> Partial<T> {
    /// The value, when the document has no error at all (then it has exactly one reading).
    pub fn complete(self) -> Option<T> {
        if self.errors.is_empty() {
            self.readings.into_iter().next()
        } else {
            None
        }
    }

    /// True when `path` is in a place that could not be read.
    pub fn in_hole(&self, path: &Path) -> bool {
        self.holes.iter().any(|h| h.covers(path))
    }
}

/// Reads an endpoint as far as it can be read; see [`Partial`].
pub fn decode_endpoint_partial(node: &Node) -> Partial<crate::Endpoint> {
    partial(node, super::endpoint::endpoint)
}

/// Reads an endpoint file of either kind as far as it can be read; see [`Partial`].
pub fn decode_file_partial(node: &Node) -> Partial<EndpointFile> {
    partial(node, |d, node| {
        if super::template::is_template(node) {
            super::template::template(d, node).map(|t| EndpointFile::Template(Box::new(t)))
        } else {
            super::endpoint::endpoint(d, node).map(EndpointFile::Endpoint)
        }
    })
}

/// Most values a hole is tried with: longer enumerations are only left out.
const MAX_FILLINGS: usize = 16;
/// Most readings of one document; beyond, the fillings are tried side by side rather than in
/// every combination (fewer readings: fewer diagnostics are recognised as depending on a hole).
const MAX_READINGS: usize = 64;

fn partial<T>(node: &Node, decode: impl Fn(&mut Decoder, &Node) -> Option<T>) -> Partial<T> {
    let mut d = Decoder::default();
    let value = decode(&mut d, node);
    let Decoder { errors, holes, .. } = d;
    let filled: Vec<&Hole> = holes.iter().filter(|h| !h.fillings.is_empty()).collect();
    let readings = if filled.is_empty() {
        value.into_iter().collect()
    } else {
        choices(&filled)
            .into_iter()
            .filter_map(|choice| {
                let mut patched = node.clone();
                for (hole, &i) in filled.iter().zip(&choice) {
                    if let Some(filling) = &hole.fillings[i] {
                        patched.replace_at(hole.path.segments(), filling.clone());
                    }
                }
                decode(&mut Decoder::default(), &patched)
            })
            .collect()
    };
    Partial {
        errors,
        holes,
        readings,
    }
}

/// Which filling each hole takes, per reading: every combination, or side by side when there
/// would be more than [`MAX_READINGS`].
fn choices(holes: &[&Hole]) -> Vec<Vec<usize>> {
    let combinations = holes
        .iter()
        .try_fold(1usize, |n, h| n.checked_mul(h.fillings.len()))
        .filter(|n| *n <= MAX_READINGS);
    match combinations {
        Some(n) => (0..n)
            .map(|mut k| {
                holes
                    .iter()
                    .map(|h| {
                        let i = k % h.fillings.len();
                        k /= h.fillings.len();
                        i
                    })
                    .collect()
            })
            .collect(),
        None => {
            let longest = holes.iter().map(|h| h.fillings.len()).max().unwrap_or(0);
            (0..longest)
                .map(|k| holes.iter().map(|h| k % h.fillings.len()).collect())
                .collect()
        }
    }
}

impl Decoder {
    /// Records that the value at the current place could not be read; `written` is what was
    /// written there, `since` the number of errors before it was read. A misspelt value name
    /// (the only error inside it) gives the hole each valid name as a filling.
    pub(crate) fn hole(&mut self, written: &Node, since: usize) {
        let fillings = self.name_fillings(written, since);
        self.hole_with(fillings);
    }

    /// Records a hole at the current place with `fillings`; a hole inside it is replaced.
    pub(crate) fn hole_with(&mut self, fillings: Vec<Option<Node>>) {
        let path = self.path.clone();
        self.holes
            .retain(|h| !h.path.segments().starts_with(path.segments()));
        self.holes.push(Hole { path, fillings });
    }

    /// Records a hole at `key` of the table at the current place: a key that is missing.
    pub(crate) fn hole_at_key(&mut self, key: &str) {
        self.at_key(key, |d| d.hole_with(Vec::new()));
    }

    /// Records a hole at `meant`, the key that the misspelt key holding `written` in the table
    /// at the current place was probably meant to be: it is read both with `written` under
    /// `meant` and without it (the key may have been a stray one).
    pub(crate) fn hole_at_meant_key(&mut self, meant: &str, written: &Node) {
        self.at_key(meant, |d| d.hole_with(vec![Some(written.clone()), None]));
    }

    /// `written` with the one misspelt name inside it replaced by each valid name, when the
    /// only error reported since `since` is that name.
    fn name_fillings(&self, written: &Node, since: usize) -> Vec<Option<Node>> {
        let [only] = &self.errors[since..] else {
            return Vec::new();
        };
        let DecodeErrorKind::UnknownName(name) = &only.kind else {
            return Vec::new();
        };
        let Some(relative) = only.path.segments().strip_prefix(self.path.segments()) else {
            return Vec::new();
        };
        if name.valid.len() > MAX_FILLINGS {
            return Vec::new();
        }
        name.valid
            .iter()
            .filter_map(|valid| {
                let mut filled = written.clone();
                filled
                    .replace_at(relative, Node::String((*valid).to_owned()))
                    .then_some(Some(filled))
            })
            .collect()
    }
}

/// What a binding whose type could not be read may have been: the smallest binding of each
/// type (a message binding with its only usage).
pub(crate) fn binding_fillings() -> Vec<Option<Node>> {
    SecurityBindingType::ALL
        .iter()
        .map(|t| {
            let mut entries = vec![("type".to_owned(), Node::String(t.name().to_owned()))];
            if t.keys().contains(&"binding_usage") {
                entries.push((
                    "binding_usage".to_owned(),
                    Node::String(crate::MessageSecurityUsage::Supporting.name().to_owned()),
                ));
            }
            Some(Node::Table(entries))
        })
        .collect()
}

impl Node {
    /// Replaces the value at `path` (the first of repeated keys), or adds the last key to its
    /// table; false when the place cannot be reached.
    pub(crate) fn replace_at(&mut self, path: &[Segment], value: Node) -> bool {
        let Some((first, rest)) = path.split_first() else {
            *self = value;
            return true;
        };
        let next = match (self, first) {
            (Node::Table(entries), Segment::Key(k)) => {
                match entries.iter().position(|(key, _)| key == k) {
                    Some(i) => Some(&mut entries[i].1),
                    None if rest.is_empty() => {
                        entries.push((k.to_string(), value));
                        return true;
                    }
                    None => None,
                }
            }
            (Node::Array(items), Segment::Index(i)) => items.get_mut(*i),
            _ => None,
        };
        next.is_some_and(|n| n.replace_at(rest, value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hole(n: usize) -> Hole {
        Hole {
            path: Path::root(),
            fillings: vec![None; n],
        }
    }

    #[test]
    fn every_combination_while_few_then_side_by_side() {
        let (a, b) = (hole(9), hole(3));
        let all = choices(&[&a, &b]);
        assert_eq!(all.len(), 27);
        let distinct: std::collections::BTreeSet<_> = all.iter().collect();
        assert_eq!(distinct.len(), 27);
        let c = hole(9);
        let capped = choices(&[&a, &b, &c]);
        assert_eq!(capped.len(), 9);
        assert!(capped.iter().all(|choice| choice[1] < 3));
    }

    #[test]
    fn replacing_follows_keys_and_indexes() {
        let mut node = Node::Table(vec![(
            "bindings".to_owned(),
            Node::Array(vec![Node::Null, Node::Bool(true)]),
        )]);
        let path = Path::root().key("bindings").index(1);
        assert!(node.replace_at(path.segments(), Node::Integer(7)));
        assert!(!node.replace_at(Path::root().key("side").key("x").segments(), Node::Null));
        assert!(node.replace_at(Path::root().key("side").segments(), Node::Null));
        let Node::Table(entries) = &node else {
            unreachable!()
        };
        assert_eq!(
            entries[0].1,
            Node::Array(vec![Node::Null, Node::Integer(7)])
        );
        assert_eq!(entries[1], ("side".to_owned(), Node::Null));
    }
}
