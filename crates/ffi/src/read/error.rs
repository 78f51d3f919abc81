//! Why a raw description could not be read.

use crate::at::At;
use std::fmt;

/// A raw description that is malformed at one place: the raw path
/// (`bindings[1].properties[2]`), the property id when the place is a property entry, and what
/// is wrong. Found before anything out of bounds or of the wrong type was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// The place, in the raw structure (indices of the C arrays).
    pub path: String,
    /// The raw `id` of the property entry at `path`, with its C name when it is a known id.
    pub property: Option<(i32, Option<&'static str>)>,
    /// What is wrong.
    pub kind: ReadErrorKind,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReadErrorKind {
    /// A pointer WWSAPI needs is null.
    Null {
        /// The C member.
        member: &'static str,
    },
    /// An array pointer is null while its count is not 0.
    NullArray {
        /// The C member.
        member: &'static str,
        /// The count given with it.
        count: u32,
    },
    /// A pointer is not aligned for the type it points to.
    Misaligned {
        /// The C member.
        member: &'static str,
        /// The address.
        address: usize,
        /// The alignment the type needs.
        align: usize,
    },
    /// An array count so large that the array cannot exist.
    TooLarge {
        /// The C member.
        member: &'static str,
        /// The count.
        count: u32,
    },
    /// A `bindingType` that names no binding structure.
    UnknownBindingType {
        /// The number.
        value: i32,
    },
    /// A type selector (credential, authenticator) that names no structure.
    UnknownType {
        /// The C enumeration.
        c_type: &'static str,
        /// The number.
        value: i64,
    },
    /// A property id that is not a value of its enumeration.
    UnknownPropertyId {
        /// The C enumeration of ids.
        enumeration: &'static str,
    },
    /// A `valueSize` that is not the size of the id's C type.
    ValueSize {
        /// The id's C type.
        c_type: &'static str,
        /// Its size.
        expected: usize,
        /// The `valueSize` given.
        found: u32,
    },
    /// A value that is not a value of its C type (an enumeration number, a `BOOL` that is
    /// neither 0 nor 1, a certificate store location).
    InvalidValue {
        /// The C type.
        c_type: &'static str,
        /// The number.
        value: i64,
    },
    /// Bits that name no flag.
    UnknownFlags {
        /// The flag enumeration.
        enumeration: &'static str,
        /// The bits that name no flag.
        bits: u32,
    },
    /// A negative `WS_TIMESPAN`.
    NegativeTimespan {
        /// The ticks.
        ticks: i64,
    },
    /// A `WS_STRING` that is not UTF-16.
    NotUtf16,
    /// A bootstrap description that contains itself.
    BootstrapCycle,
    /// Bootstrap descriptions nested deeper than the reader follows.
    BootstrapTooDeep {
        /// The deepest nesting read.
        max: usize,
    },
    /// A wws-security trampoline without the state lowering gives it.
    TrampolineWithoutState,
    /// More array entries than one read visits (bootstraps shared by many bindings multiply).
    TooManyEntries {
        /// The bound.
        max: usize,
    },
}

impl ReadError {
    pub(crate) fn new(at: &At<'_>, kind: ReadErrorKind) -> Self {
        ReadError {
            path: at.to_string(),
            property: None,
            kind,
        }
    }

    pub(crate) fn property(
        at: &At<'_>,
        id: i32,
        name: Option<&'static str>,
        kind: ReadErrorKind,
    ) -> Self {
        ReadError {
            path: at.to_string(),
            property: Some((id, name)),
            kind,
        }
    }

    /// How to fix it.
    pub fn help(&self) -> String {
        match &self.kind {
            ReadErrorKind::Null { member } => format!("point `{member}` at a value"),
            ReadErrorKind::NullArray { member, .. } => {
                format!("point `{member}` at the array, or set its count to 0")
            }
            ReadErrorKind::Misaligned { align, .. } => {
                format!("place the value at an address that is a multiple of {align}")
            }
            ReadErrorKind::TooLarge { .. } => "give the array's real count".to_owned(),
            ReadErrorKind::UnknownBindingType { value: 0 } => "webservices.h numbers \
                WS_SECURITY_BINDING_TYPE from 1 (WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE = 1); \
                headers derived from Wine or mingw-w64 number it from 0, so a program built with \
                them writes every binding type one too low"
                .to_owned(),
            ReadErrorKind::UnknownBindingType { .. } => {
                "use one of the nine WS_*_SECURITY_BINDING_TYPE values, 1 to 9".to_owned()
            }
            ReadErrorKind::UnknownType { c_type, .. } => {
                format!("use a value of {c_type}")
            }
            ReadErrorKind::UnknownPropertyId { enumeration } => {
                format!("use a value of {enumeration}, or remove the entry")
            }
            ReadErrorKind::ValueSize {
                c_type, expected, ..
            } => format!("set valueSize to sizeof({c_type}), which is {expected}"),
            ReadErrorKind::InvalidValue { c_type: "BOOL", .. } => {
                "write TRUE (1) or FALSE (0)".to_owned()
            }
            ReadErrorKind::InvalidValue { c_type, .. } => format!("use a value of {c_type}"),
            ReadErrorKind::UnknownFlags { enumeration, .. } => {
                format!("combine only {enumeration} flags")
            }
            ReadErrorKind::NegativeTimespan { .. } => "use a timespan of 0 or more".to_owned(),
            ReadErrorKind::NotUtf16 => "store valid UTF-16 text".to_owned(),
            ReadErrorKind::BootstrapCycle => {
                "give the security context binding a separate bootstrap description".to_owned()
            }
            ReadErrorKind::BootstrapTooDeep { .. } => {
                "a bootstrap description may not hold a security context binding".to_owned()
            }
            ReadErrorKind::TrampolineWithoutState => {
                "hand WWSAPI the description lowering built, unchanged".to_owned()
            }
            ReadErrorKind::TooManyEntries { .. } => {
                "give each security context binding its own small bootstrap description".to_owned()
            }
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = if self.path.is_empty() {
            "the description"
        } else {
            &self.path
        };
        f.write_str(place)?;
        match self.property {
            Some((id, Some(name))) => write!(f, " (id {id}, {name})")?,
            Some((id, None)) => write!(f, " (id {id})")?,
            None => {}
        }
        f.write_str(": ")?;
        match &self.kind {
            ReadErrorKind::Null { member } => write!(f, "`{member}` is a null pointer"),
            ReadErrorKind::NullArray { member, count } => {
                write!(f, "`{member}` is a null pointer, but its count is {count}")
            }
            ReadErrorKind::Misaligned {
                member,
                address,
                align,
            } => write!(
                f,
                "`{member}` ({address:#x}) is not aligned to {align} bytes"
            ),
            ReadErrorKind::TooLarge { member, count } => {
                write!(f, "`{member}` cannot hold {count} entries")
            }
            ReadErrorKind::UnknownBindingType { value } => {
                write!(f, "bindingType {value} is not a WS_SECURITY_BINDING_TYPE")
            }
            ReadErrorKind::UnknownType { c_type, value } => {
                write!(f, "{value} is not a {c_type}")
            }
            ReadErrorKind::UnknownPropertyId { enumeration } => {
                write!(f, "the id is not a {enumeration}")
            }
            ReadErrorKind::ValueSize {
                c_type,
                expected,
                found,
            } => write!(
                f,
                "valueSize is {found}, but the value is a {c_type} of {expected} bytes"
            ),
            ReadErrorKind::InvalidValue { c_type, value } => {
                write!(f, "{value} is not a {c_type} value")
            }
            ReadErrorKind::UnknownFlags { enumeration, bits } => {
                write!(f, "bits {bits:#x} are not {enumeration} flags")
            }
            ReadErrorKind::NegativeTimespan { ticks } => {
                write!(f, "the timespan is negative ({ticks} ticks)")
            }
            ReadErrorKind::NotUtf16 => f.write_str("the string is not UTF-16"),
            ReadErrorKind::BootstrapCycle => {
                f.write_str("the bootstrap description is one of the descriptions that contain it")
            }
            ReadErrorKind::BootstrapTooDeep { max } => {
                write!(f, "bootstrap descriptions nest deeper than {max} levels")
            }
            ReadErrorKind::TrampolineWithoutState => {
                f.write_str("the callback is a wws-security trampoline, but its state is null")
            }
            ReadErrorKind::TooManyEntries { max } => {
                write!(f, "the description holds more than {max} array entries")
            }
        }?;
        write!(f, "\n  = help: {}", self.help())
    }
}

impl std::error::Error for ReadError {}
