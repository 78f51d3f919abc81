//! Passwords: never printed, zeroized when dropped.

use std::fmt;
use zeroize::Zeroizing;

/// What Debug and Display print instead of a password.
pub const REDACTED: &str = "<redacted>";

/// A password held in memory that is wiped when dropped and never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretString(Zeroizing<String>);

impl SecretString {
    /// Takes ownership of the text.
    pub fn new(text: impl Into<String>) -> Self {
        SecretString(Zeroizing::new(text.into()))
    }

    /// The password itself; the name makes every read visible in review.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// Where a password comes from.
#[derive(Clone, PartialEq, Eq)]
pub enum Secret {
    /// Written in the declaration itself (accepted, with a security warning).
    Literal(SecretString),
    /// Read from this environment variable when the endpoint is loaded: `{ env = "VAR" }`.
    Env(String),
    /// Supplied by the program: `{ runtime = "<slot>" }`.
    Runtime(crate::RuntimeSlot),
}

impl Secret {
    /// A literal password.
    pub fn literal(text: impl Into<String>) -> Self {
        Secret::Literal(SecretString::new(text))
    }

    /// A password read from the environment variable `var`.
    pub fn env(var: impl Into<String>) -> Self {
        Secret::Env(var.into())
    }

    /// True for a password written in the declaration.
    pub fn is_literal(&self) -> bool {
        matches!(self, Secret::Literal(_))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Secret::Literal(_) => write!(f, "Literal({REDACTED})"),
            Secret::Env(var) => f.debug_tuple("Env").field(var).finish(),
            Secret::Runtime(slot) => f.debug_tuple("Runtime").field(slot).finish(),
        }
    }
}

/// A literal is written back as text so that a file round-trips; the Debug form never shows it.
#[cfg(feature = "files")]
impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Secret::Literal(text) => s.serialize_str(text.expose_secret()),
            Secret::Env(var) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("env", var)?;
                map.end()
            }
            Secret::Runtime(slot) => slot.serialize(s),
        }
    }
}
