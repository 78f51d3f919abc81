//! Why an endpoint could not be lowered.

use std::fmt;
use wws_security_model::Path;

/// A value lowering needs and could not get, at a place of the endpoint. Never holds a secret:
/// passwords and environment values are named, never shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LowerError {
    /// Where, in the shape of the endpoint file (`bindings[1].password_validator`).
    pub path: Path,
    /// What went wrong.
    pub kind: LowerErrorKind,
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LowerErrorKind {
    /// The runtime has no value under this slot.
    MissingSlot {
        /// The slot's name.
        slot: String,
        /// The types the place accepts.
        expected: &'static str,
    },
    /// The runtime's value under this slot has another type.
    WrongSlotType {
        /// The slot's name.
        slot: String,
        /// The types the place accepts.
        expected: &'static str,
    },
    /// The environment variable of an `{ env = "VAR" }` password is not set.
    MissingEnv {
        /// The variable.
        variable: String,
    },
    /// A callback state slot beside a callback whose slot holds a Rust closure, which captures
    /// its own state and would never see this one.
    StateBesideClosure {
        /// The state's slot.
        slot: String,
        /// The callback's slot.
        callback: String,
    },
    /// A message property value whose size is not the size of the id's C type.
    MessagePropertySize {
        /// The slot's name.
        slot: String,
        /// The id's C type.
        c_type: &'static str,
        /// Its size.
        expected: usize,
        /// The size of the value registered.
        found: usize,
    },
    /// A C callback that is this crate's own trampoline, taken out of another lowered graph.
    OwnTrampoline {
        /// The callback's slot.
        slot: String,
    },
    /// A string longer than a `WS_STRING` can count.
    TooLong,
}

impl LowerError {
    pub(crate) fn new(path: Path, kind: LowerErrorKind) -> Self {
        LowerError { path, kind }
    }

    /// How to fix it.
    pub fn help(&self) -> String {
        match &self.kind {
            LowerErrorKind::MissingSlot { slot, expected } => format!(
                "register {expected} under `{slot}`: `Runtime::new().with(\"{slot}\", value)`"
            ),
            LowerErrorKind::WrongSlotType { slot, expected } => {
                format!("register {expected} under `{slot}` instead")
            }
            LowerErrorKind::MissingEnv { variable } => {
                format!(
                    "set `{variable}` in the environment of the program that lowers this endpoint"
                )
            }
            LowerErrorKind::StateBesideClosure { slot, .. } => format!(
                "capture what the closure needs in the closure and remove the state `{slot}`, or \
                 register a C function (a `Raw*` callback type) for the callback"
            ),
            LowerErrorKind::MessagePropertySize {
                c_type, expected, ..
            } => format!(
                "register a `MessagePropertyValue` of {expected} bytes, the size of `{c_type}`"
            ),
            LowerErrorKind::OwnTrampoline { slot } => format!(
                "register the Rust callback itself under `{slot}` (reading a lowered description \
                 back gives it)"
            ),
            LowerErrorKind::TooLong => {
                "shorten the string to at most 4294967295 UTF-16 units".to_owned()
            }
        }
    }
}

impl fmt::Display for LowerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = &self.path;
        match &self.kind {
            LowerErrorKind::MissingSlot { slot, .. } => {
                write!(f, "`{at}`: runtime slot `{slot}` has no value")
            }
            LowerErrorKind::WrongSlotType { slot, expected } => write!(
                f,
                "`{at}`: runtime slot `{slot}` holds a value of another type; it must be {expected}"
            ),
            LowerErrorKind::MissingEnv { variable } => write!(
                f,
                "`{at}`: environment variable `{variable}` for this password is not set"
            ),
            LowerErrorKind::StateBesideClosure { slot, callback } => write!(
                f,
                "`{at}`: state slot `{slot}` is given beside the Rust closure in `{callback}`, \
                 which would never receive it"
            ),
            LowerErrorKind::MessagePropertySize {
                slot,
                c_type,
                expected,
                found,
            } => write!(
                f,
                "`{at}`: the value in slot `{slot}` has {found} bytes, but a `{c_type}` has {expected}"
            ),
            LowerErrorKind::OwnTrampoline { slot } => write!(
                f,
                "`{at}`: slot `{slot}` holds a C function that is a trampoline of wws-security-ffi, \
                 whose state only a lowered description can own"
            ),
            LowerErrorKind::TooLong => write!(f, "`{at}`: the string is too long for a WS_STRING"),
        }?;
        write!(f, "\n  = help: {}", self.help())
    }
}

impl std::error::Error for LowerError {}
