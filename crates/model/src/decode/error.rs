//! Errors of reading an endpoint document, each with its place; the policy crate names the
//! format rule (`F-`) each one breaks.

#[cfg(feature = "files")]
use super::{Format, Locator};
use crate::{
    list_names, CEnum, CredentialFamily, FieldKind, Path, SecurityBindingType, TimespanError,
    UnknownName,
};
use crate::{Part, Segment, Syntax};
use std::fmt;
#[cfg(feature = "files")]
use std::ops::Range;

/// Why a document does not describe an endpoint.
///
/// Not `non_exhaustive`: the policy crate names the rule of every kind in one exhaustive match,
/// so a new kind cannot go without its rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeErrorKind {
    /// The text is not TOML / JSON.
    Syntax {
        /// The parser's message.
        message: String,
        /// Byte range in the source, when the parser gives one.
        span: Option<std::ops::Range<usize>>,
    },
    /// A key that this table does not have.
    UnknownKey {
        /// The key as written.
        key: String,
        /// The nearest valid key.
        suggestion: Option<&'static str>,
        /// The valid keys of this table.
        expected: Vec<&'static str>,
    },
    /// A value name (enumeration value, binding type, credential type...) that does not exist.
    UnknownName(UnknownName),
    /// A value of the wrong kind.
    WrongType {
        /// What the place takes.
        expected: Expected,
        /// What was found.
        found: &'static str,
    },
    /// A key that must be present.
    MissingKey {
        /// The missing key.
        key: &'static str,
    },
    /// A duration that is not a `WS_TIMESPAN`.
    BadDuration(TimespanError),
    /// A number outside the range of its C type.
    OutOfRange {
        /// The number as written.
        value: i128,
        /// The C type.
        c_type: &'static str,
        /// Smallest allowed.
        min: i128,
        /// Largest allowed.
        max: i128,
    },
    /// The same key twice in one table (JSON only; TOML rejects it as a syntax error).
    DuplicateKey {
        /// The repeated key.
        key: String,
    },
    /// A string that must not be empty (slot and variable names).
    EmptyName {
        /// What the name is for.
        what: &'static str,
    },
    /// A credential of another family than the field takes: valid elsewhere, not here.
    MisplacedCredential {
        /// The `type` as written.
        name: String,
        /// The family that type belongs to.
        found: CredentialFamily,
        /// The family the field takes.
        expected: CredentialFamily,
    },
    /// Bytes that are not base64.
    BadBytes(crate::Base64Error),
    /// A property of the other property bag: valid elsewhere, not here.
    MisplacedProperty {
        /// The key as written.
        key: String,
        /// The bag it was written in.
        written_in: PropertyBagKind,
    },
}

/// What a place takes, for [`DecodeErrorKind::WrongType`]: words that read the same in every
/// syntax, or a value each syntax writes its own way ([`Expected::describe`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Expected {
    /// Words for every syntax: "a table", "`true` or `false`", "a whole number".
    Words(&'static str),
    /// A value name of an enumeration: a string in files, a bare name in the macro.
    Name,
    /// A runtime slot: something only the running program has.
    Slot,
    /// A password.
    Password,
}

impl Expected {
    /// What the place takes, with the forms of `syntax`.
    pub fn describe(self, syntax: Syntax) -> String {
        match (self, syntax) {
            (Expected::Words(words), _) => words.to_owned(),
            (Expected::Name, Syntax::Macro) => "a value name".to_owned(),
            (Expected::Name, _) => "a value name (string)".to_owned(),
            (Expected::Slot, Syntax::Macro) => format!(
                "a Rust expression, or a runtime slot `{}`",
                syntax.reference("runtime", "<slot name>")
            ),
            (Expected::Slot, _) => format!(
                "a runtime slot `{}`",
                syntax.reference("runtime", "<slot name>")
            ),
            (Expected::Password, Syntax::Macro) => format!(
                "a password: a string, `{}`, `{}` or `secret(<expression>)`",
                syntax.reference("env", "VAR"),
                syntax.reference("runtime", "<slot>")
            ),
            (Expected::Password, _) => format!(
                "a password: a string, `{}` or `{}`",
                syntax.reference("env", "VAR"),
                syntax.reference("runtime", "<slot>")
            ),
        }
    }
}

impl From<&'static str> for Expected {
    fn from(words: &'static str) -> Self {
        Expected::Words(words)
    }
}

/// The words of a TOML endpoint file.
impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Syntax::Toml))
    }
}

/// The two property bags of a description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PropertyBagKind {
    /// A binding's `properties` (`WS_SECURITY_BINDING_PROPERTY_ID`).
    Binding,
    /// The description-wide `properties` (`WS_SECURITY_PROPERTY_ID`).
    Channel,
}

/// One problem of a document, at a place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Where the problem is.
    pub path: Path,
    /// What it is.
    pub kind: DecodeErrorKind,
}

impl DecodeError {
    /// Which text of the entry at [`path`](Self::path) the problem is about: the key for unknown,
    /// repeated or missing keys and for unknown property names, the value otherwise.
    pub fn part(&self) -> Part {
        match &self.kind {
            DecodeErrorKind::UnknownKey { .. }
            | DecodeErrorKind::DuplicateKey { .. }
            | DecodeErrorKind::MissingKey { .. }
            | DecodeErrorKind::MisplacedProperty { .. } => Part::Key,
            // An unknown property name is the key itself.
            DecodeErrorKind::UnknownName(e) if matches!(self.path.segments().last(), Some(Segment::Key(k)) if *k == e.found) => {
                Part::Key
            }
            _ => Part::Value,
        }
    }

    /// The byte range of the problem in `text`, the document it was read from: the parser's own
    /// range for syntax errors, else [`locate`](super::locate) on the path (`None` for the endpoint as a whole).
    #[cfg(feature = "files")]
    pub fn span_in(&self, text: &str, format: Format) -> Option<Range<usize>> {
        self.span_with(&Locator::new(text, format))
    }

    /// As [`span_in`](Self::span_in), with a document already read.
    #[cfg(feature = "files")]
    pub fn span_with(&self, locator: &Locator<'_>) -> Option<Range<usize>> {
        match &self.kind {
            DecodeErrorKind::Syntax { span, .. } => span.clone(),
            _ => locator.locate(&self.path, self.part()),
        }
    }

    /// The problem, without the place, in the words of a TOML file.
    pub fn message(&self) -> String {
        self.message_in(Syntax::Toml)
    }

    /// The problem, without the place, showing values in `syntax`.
    pub fn message_in(&self, syntax: Syntax) -> String {
        match &self.kind {
            DecodeErrorKind::Syntax { message, .. } => message.trim().to_owned(),
            DecodeErrorKind::UnknownKey { key, .. } => format!("unknown key `{key}`"),
            DecodeErrorKind::UnknownName(e) => {
                format!("unknown {} `{}`", e.enumeration.replace('_', " "), e.found)
            }
            DecodeErrorKind::WrongType { expected, found } => {
                format!("expected {}, found {found}", expected.describe(syntax))
            }
            DecodeErrorKind::MissingKey { key } => format!("missing key `{key}`"),
            DecodeErrorKind::BadDuration(e) => e.to_string(),
            DecodeErrorKind::OutOfRange { value, c_type, .. } => {
                format!("{value} does not fit in a {c_type}")
            }
            DecodeErrorKind::DuplicateKey { key } => format!("key `{key}` appears more than once"),
            DecodeErrorKind::EmptyName { what } => format!("the {what} is empty"),
            DecodeErrorKind::BadBytes(e) => e.to_string(),
            DecodeErrorKind::MisplacedCredential {
                name,
                found,
                expected,
            } => format!(
                "`{name}` is {}, but this field takes {}",
                found.describe(),
                expected.describe()
            ),
            DecodeErrorKind::MisplacedProperty { key, written_in } => match written_in {
                PropertyBagKind::Channel => {
                    format!("`{key}` is a binding property, not a description-wide property")
                }
                PropertyBagKind::Binding => {
                    format!("`{key}` is a description-wide property, not a binding property")
                }
            },
        }
    }

    /// How to fix it, in the words of a TOML file.
    pub fn help(&self) -> String {
        self.help_in(Syntax::Toml)
    }

    /// How to fix it, showing values in `syntax`.
    pub fn help_in(&self, syntax: Syntax) -> String {
        match &self.kind {
            DecodeErrorKind::Syntax { .. } => "fix the syntax at the place shown".to_owned(),
            DecodeErrorKind::UnknownKey {
                suggestion,
                expected,
                ..
            } => {
                let mut help = String::new();
                if let Some(s) = suggestion {
                    help.push_str(&format!("did you mean `{s}`? "));
                }
                if expected.len() <= 12 {
                    help.push_str(&format!("this table takes {}", list_names(expected)));
                } else {
                    help.push_str("see docs/tables for the valid keys");
                }
                help.trim_end().to_owned()
            }
            DecodeErrorKind::UnknownName(e) => {
                let hint = e.hint();
                if hint.is_empty() {
                    format!(
                        "see docs/tables for the valid {} names",
                        e.enumeration.replace('_', " ")
                    )
                } else {
                    hint
                }
            }
            DecodeErrorKind::WrongType { expected, .. } => {
                format!("write {} here", expected.describe(syntax))
            }
            // In the macro a table's type is the name written before its braces.
            DecodeErrorKind::MissingKey { key: "type" } if syntax == Syntax::Macro => {
                "write its type before the braces: `<type> { .. }`".to_owned()
            }
            DecodeErrorKind::MissingKey { key } => format!("add `{key}` to this table"),
            DecodeErrorKind::BadDuration(_) => {
                "write a whole number and one unit, e.g. \"300ms\", \"30s\", \"5m\", \"10h\""
                    .to_owned()
            }
            DecodeErrorKind::OutOfRange { min, max, .. } => {
                format!("write a whole number from {min} to {max}")
            }
            DecodeErrorKind::DuplicateKey { .. } => "keep one of the entries".to_owned(),
            DecodeErrorKind::EmptyName { what } => format!("give the {what} a name"),
            DecodeErrorKind::BadBytes(_) => {
                "write the bytes in standard base64 (RFC 4648), e.g. \"AQAB\"".to_owned()
            }
            DecodeErrorKind::MisplacedCredential {
                found, expected, ..
            } => format!(
                "write {} here (type {}); {} goes in {}",
                expected.describe(),
                list_names(expected.type_names()),
                found.describe(),
                list_places(credential_places(*found))
            ),
            DecodeErrorKind::MisplacedProperty { written_in, .. } => match written_in {
                PropertyBagKind::Channel => {
                    "move it into the `properties` of the binding it configures".to_owned()
                }
                PropertyBagKind::Binding => {
                    "move it into the description's own `properties` (the top-level ones, or \
                     the bootstrap description's)"
                        .to_owned()
                }
            },
        }
    }
}

/// The binding fields that take credentials of `family`: (field, binding) pairs.
fn credential_places(family: CredentialFamily) -> Vec<(&'static str, &'static str)> {
    SecurityBindingType::ALL
        .iter()
        .flat_map(|b| {
            b.fields()
                .iter()
                .filter(move |f| f.kind == FieldKind::Credential(family))
                .map(move |f| (f.key, b.name()))
        })
        .collect()
}

/// "`client_credential` of `tcp_sspi_transport`, `http_header_auth` or ..."
fn list_places(places: Vec<(&'static str, &'static str)>) -> String {
    let mut by_field: Vec<(&str, Vec<&str>)> = Vec::new();
    for (field, binding) in places {
        match by_field.iter_mut().find(|(f, _)| *f == field) {
            Some((_, bindings)) => bindings.push(binding),
            None => by_field.push((field, vec![binding])),
        }
    }
    by_field
        .into_iter()
        .map(|(field, bindings)| {
            let names: Vec<String> = bindings.iter().map(|b| format!("`{b}`")).collect();
            let bindings = match names.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                None => String::new(),
            };
            format!("`{field}` of {bindings}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_root() {
            write!(f, "{}: ", self.path)?;
        }
        write!(f, "{}; {}", self.message(), self.help())
    }
}

impl std::error::Error for DecodeError {}

/// Every problem found in one document (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeErrors(pub Vec<DecodeError>);

impl DecodeErrors {
    /// The problems, in document order.
    pub fn iter(&self) -> std::slice::Iter<'_, DecodeError> {
        self.0.iter()
    }
}

impl fmt::Display for DecodeErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeErrors {}
