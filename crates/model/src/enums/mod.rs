//! Every C enumeration of the WWSAPI security layer, mirrored with the exact `webservices.h` numbers.
//!
//! Each enumeration implements [`CEnum`]: conversion to and from the raw C value, the canonical
//! name of `docs/format.md` (used by files, the macro and the documentation), the C name, and the list
//! of all its values. Bit-flag enumerations are combined in a [`FlagSet`](crate::FlagSet).

#[macro_use]
mod macros;
mod message;
mod properties;
mod templates;
mod transport;

pub use message::*;
pub use properties::*;
pub use templates::*;
pub use transport::*;

use std::fmt;

/// A C enumeration mirrored by the model.
pub trait CEnum: Copy + Eq + Ord + fmt::Debug + fmt::Display + 'static {
    /// The raw C type (`i32` for WWSAPI enumerations, `u32` for certificate store locations).
    type Raw: Copy + Into<i64> + fmt::Display;
    /// Canonical name of the enumeration itself, e.g. `protection_level`.
    const NAME: &'static str;
    /// C name of the enumeration, e.g. `WS_PROTECTION_LEVEL`.
    const C_NAME: &'static str;
    /// One-line description, in our words.
    const DOC: &'static str;
    /// Every value, in ascending numeric order.
    const ALL: &'static [Self];
    /// Canonical names of every value, in the order of [`CEnum::ALL`].
    const NAMES: &'static [&'static str];

    /// The raw C value.
    fn to_raw(self) -> Self::Raw;
    /// The value named by a raw C value.
    fn from_raw(raw: Self::Raw) -> Result<Self, UnknownValue>;
    /// Canonical name (the naming rule of docs/format.md), e.g. `sign_and_encrypt`.
    fn name(self) -> &'static str;
    /// C name, e.g. `WS_PROTECTION_LEVEL_SIGN_AND_ENCRYPT`.
    fn c_name(self) -> &'static str;

    /// The value with this canonical name.
    fn from_name(name: &str) -> Result<Self, UnknownName> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.name() == name)
            .ok_or_else(|| UnknownName::new(Self::NAME, name, Self::NAMES))
    }
}

/// A raw number that is not a value of the enumeration.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value} is not a value of {enumeration}")]
pub struct UnknownValue {
    /// C name of the enumeration.
    pub enumeration: &'static str,
    /// The rejected number.
    pub value: i64,
}

/// A name that is not a canonical value name of the enumeration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownName {
    /// Canonical name of the enumeration (or of the kind of name, e.g. `binding property`).
    pub enumeration: &'static str,
    /// The rejected name.
    pub found: String,
    /// The nearest valid name, when one is close enough.
    pub suggestion: Option<&'static str>,
    /// All valid names.
    pub valid: &'static [&'static str],
}

impl UnknownName {
    /// Builds the error, choosing the nearest valid name as the suggestion.
    pub fn new(enumeration: &'static str, found: &str, valid: &'static [&'static str]) -> Self {
        UnknownName {
            enumeration,
            found: found.to_owned(),
            suggestion: suggest(found, valid.iter().copied()),
            valid,
        }
    }

    /// The "did you mean" / "expected one of" tail of a message.
    pub fn hint(&self) -> String {
        let mut hint = String::new();
        if let Some(s) = self.suggestion {
            hint.push_str(&format!("did you mean `{s}`?"));
        }
        if self.valid.len() <= 12 {
            if !hint.is_empty() {
                hint.push(' ');
            }
            hint.push_str("expected one of ");
            hint.push_str(&list_names(self.valid));
        }
        hint
    }
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} `{}`", self.enumeration, self.found)?;
        let hint = self.hint();
        if !hint.is_empty() {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownName {}

/// Formats names as "`a`, `b` or `c`".
pub fn list_names(names: &[&str]) -> String {
    match names {
        [] => "nothing".to_owned(),
        [one] => format!("`{one}`"),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(|n| format!("`{n}`")).collect();
            format!("{} or `{last}`", init.join(", "))
        }
    }
}

/// The candidate closest to `found`, if it is close enough to be a plausible typo.
pub fn suggest<'a>(found: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = found.to_ascii_lowercase().replace('-', "_");
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&lower, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// The value of the enumeration `E` named `name`, for use with `FromStr`.
pub(crate) fn parse_name<E: CEnum>(name: &str) -> Result<E, UnknownName> {
    E::from_name(name)
}

/// One value of an enumeration, for tables and tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValueInfo {
    /// Canonical name.
    pub name: &'static str,
    /// C name.
    pub c_name: &'static str,
    /// The C number.
    pub value: i64,
}

/// One enumeration, for tables and tools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumInfo {
    /// Canonical name of the enumeration.
    pub name: &'static str,
    /// C name.
    pub c_name: &'static str,
    /// One-line description.
    pub doc: &'static str,
    /// True for bit-flag enumerations (combined in a [`FlagSet`](crate::FlagSet)).
    pub flags: bool,
    /// Every value, in ascending order.
    pub values: Vec<ValueInfo>,
}

fn info<E: CEnum>(flags: bool) -> EnumInfo {
    EnumInfo {
        name: E::NAME,
        c_name: E::C_NAME,
        doc: E::DOC,
        flags,
        values: E::ALL
            .iter()
            .map(|v| ValueInfo {
                name: v.name(),
                c_name: v.c_name(),
                value: v.to_raw().into(),
            })
            .collect(),
    }
}

/// Every enumeration of the model, sorted by canonical name.
pub fn catalogue() -> Vec<EnumInfo> {
    let mut all = vec![
        info::<SecurityBindingType>(false),
        info::<ChannelBinding>(false),
        info::<ChannelType>(false),
        info::<CertCredentialType>(false),
        info::<WindowsIntegratedAuthCredentialType>(false),
        info::<UsernameCredentialType>(false),
        info::<EndpointIdentityType>(false),
        info::<CallbackModel>(false),
        info::<SecurityBindingPropertyId>(false),
        info::<SecurityPropertyId>(false),
        info::<CertStoreLocation>(false),
        info::<MessageSecurityUsage>(false),
        info::<SamlAuthenticatorType>(false),
        info::<SecurityKeyHandleType>(false),
        info::<RequestSecurityTokenPropertyId>(false),
        info::<XmlSecurityTokenPropertyId>(false),
        info::<SecurityTokenPropertyId>(false),
        info::<SecurityContextPropertyId>(false),
        info::<SecurityBearerKeyTypeVersion>(false),
        info::<MessagePropertyId>(false),
        info::<CertFailure>(true),
        info::<HttpHeaderAuthScheme>(true),
        info::<SecureProtocol>(true),
        info::<HttpHeaderAuthTarget>(false),
        info::<RequestSecurityTokenAction>(false),
        info::<SecurityAlgorithmSuiteName>(false),
        info::<SecurityKeyEntropyMode>(false),
        info::<SecurityKeyType>(false),
        info::<SecurityTokenReferenceMode>(false),
        info::<TrustVersion>(false),
        info::<WindowsIntegratedAuthPackage>(false),
        info::<SecureConversationVersion>(false),
        info::<ProtectionLevel>(false),
        info::<SecurityAlgorithmId>(false),
        info::<SecurityAlgorithmPropertyId>(false),
        info::<SecurityHeaderLayout>(false),
        info::<SecurityHeaderVersion>(false),
        info::<SecurityTimestampUsage>(false),
        info::<ExtendedProtectionPolicy>(false),
        info::<ExtendedProtectionScenario>(false),
        info::<SecurityImpersonationLevel>(false),
        info::<BindingTemplateType>(false),
        info::<SecurityBindingConstraintType>(false),
        info::<ChannelPropertyId>(false),
        info::<Encoding>(false),
        info::<AddressingVersion>(false),
        info::<EnvelopeVersion>(false),
    ];
    all.sort_by_key(|e| e.name);
    all
}
