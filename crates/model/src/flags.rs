//! Typed sets of bit flags (`WS_CERT_FAILURE`, `WS_HTTP_HEADER_AUTH_SCHEME`, `WS_SECURE_PROTOCOL`).

use crate::{CEnum, CertFailure, HttpHeaderAuthScheme, SecureProtocol};
use std::fmt;
use std::marker::PhantomData;

/// A set of flags of the bit-flag enumeration `F`; the C value is the OR of the members.
///
/// Only bits that are values of `F` can be present: unknown bits are rejected by
/// [`FlagSet::from_bits`], so every set can be named.
pub struct FlagSet<F> {
    bits: u32,
    _flag: PhantomData<F>,
}

/// `WS_CERT_FAILURE` flags (value of `cert_failures_to_ignore`).
pub type CertFailures = FlagSet<CertFailure>;
/// `WS_HTTP_HEADER_AUTH_SCHEME` flags (value of `http_header_auth_scheme`).
pub type HttpHeaderAuthSchemes = FlagSet<HttpHeaderAuthScheme>;
/// `WS_SECURE_PROTOCOL` flags (value of `disallowed_secure_protocols`).
pub type SecureProtocols = FlagSet<SecureProtocol>;

/// Bits that name no flag of the enumeration.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bits {unknown:#x} are not flags of {enumeration}")]
pub struct UnknownBits {
    /// C name of the flag enumeration.
    pub enumeration: &'static str,
    /// The bits that name no flag.
    pub unknown: u32,
}

impl<F: CEnum<Raw = i32>> FlagSet<F> {
    /// The empty set (C value 0).
    pub const fn empty() -> Self {
        FlagSet {
            bits: 0,
            _flag: PhantomData,
        }
    }

    /// Every bit that names a flag of `F`.
    pub fn valid_mask() -> u32 {
        F::ALL.iter().fold(0, |m, f| m | f.to_raw() as u32)
    }

    /// The set with these C bits; fails on a bit that names no flag.
    pub fn from_bits(bits: u32) -> Result<Self, UnknownBits> {
        let unknown = bits & !Self::valid_mask();
        if unknown != 0 {
            return Err(UnknownBits {
                enumeration: F::C_NAME,
                unknown,
            });
        }
        Ok(FlagSet {
            bits,
            _flag: PhantomData,
        })
    }

    /// The C value: the OR of the members.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// True when `flag` is a member.
    pub fn contains(&self, flag: F) -> bool {
        self.bits & flag.to_raw() as u32 != 0
    }

    /// Adds `flag`.
    pub fn insert(&mut self, flag: F) {
        self.bits |= flag.to_raw() as u32;
    }

    /// Adds `flag`, by value.
    #[must_use]
    pub fn with(mut self, flag: F) -> Self {
        self.insert(flag);
        self
    }

    /// True when no flag is set.
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// Number of flags set.
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// The members, in ascending bit order.
    pub fn iter(&self) -> impl Iterator<Item = F> + '_ {
        F::ALL.iter().copied().filter(move |f| self.contains(*f))
    }

    /// True when every member of `self` is in `other`.
    pub fn is_subset(&self, other: &Self) -> bool {
        self.bits & !other.bits == 0
    }
}

impl<F: CEnum<Raw = i32>> FromIterator<F> for FlagSet<F> {
    fn from_iter<I: IntoIterator<Item = F>>(iter: I) -> Self {
        let mut set = Self::empty();
        for f in iter {
            set.insert(f);
        }
        set
    }
}

impl<F: CEnum<Raw = i32>, const N: usize> From<[F; N]> for FlagSet<F> {
    fn from(flags: [F; N]) -> Self {
        flags.into_iter().collect()
    }
}

impl<F: CEnum<Raw = i32>> TryFrom<u32> for FlagSet<F> {
    type Error = UnknownBits;
    fn try_from(bits: u32) -> Result<Self, UnknownBits> {
        Self::from_bits(bits)
    }
}

impl<F> Clone for FlagSet<F> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<F> Copy for FlagSet<F> {}
impl<F> PartialEq for FlagSet<F> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<F> Eq for FlagSet<F> {}
impl<F> std::hash::Hash for FlagSet<F> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}
impl<F: CEnum<Raw = i32>> Default for FlagSet<F> {
    fn default() -> Self {
        Self::empty()
    }
}

impl<F: CEnum<Raw = i32>> fmt::Debug for FlagSet<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// `[a, b]`, the spelling of docs/format.md.
impl<F: CEnum<Raw = i32>> fmt::Display for FlagSet<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[")?;
        for (i, flag) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "\"{}\"", flag.name())?;
        }
        f.write_str("]")
    }
}

impl<F: CEnum<Raw = i32>> serde::Serialize for FlagSet<F> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter().map(|f| f.name()))
    }
}
