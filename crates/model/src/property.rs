//! The two property bags: binding properties (`WS_SECURITY_BINDING_PROPERTY`) and channel-wide
//! security properties (`WS_SECURITY_PROPERTY`), each entry with its typed value.

use crate::{
    AddressingVersion, CertFailures, ChannelPropertyId, Encoding, EnvelopeVersion,
    ExtendedProtectionPolicy, ExtendedProtectionScenario, HttpHeaderAuthSchemes,
    HttpHeaderAuthTarget, MessagePropertyId, ProtectionLevel, RuntimeSlot,
    SecureConversationVersion, SecureProtocols, SecurityAlgorithmId, SecurityAlgorithmSuiteName,
    SecurityBindingPropertyId, SecurityHeaderLayout, SecurityHeaderVersion,
    SecurityImpersonationLevel, SecurityKeyEntropyMode, SecurityPropertyId, SecurityTimestampUsage,
    Timespan, WindowsIntegratedAuthPackage,
};
#[cfg(feature = "files")]
use serde::Serialize;

/// Declares a property enum whose variants are named like the id enum's variants, with
/// `id()` and serialization of the bare value.
macro_rules! property_enum {
    ($(#[$meta:meta])* $ty:ident, $id:ident { $( $(#[$vmeta:meta])* $variant:ident($value:ty), )* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum $ty {
            $( $(#[$vmeta])* $variant($value), )*
        }

        impl $ty {
            /// The property's key.
            pub fn id(&self) -> $id {
                match self {
                    $( $ty::$variant(_) => $id::$variant, )*
                }
            }
        }

        impl PropertyEntry for $ty {
            type Id = $id;
            fn id(&self) -> $id {
                $ty::id(self)
            }
        }

        /// The bag: a table whose keys are the property names, each with its value's schema.
        #[cfg(feature = "schema")]
        impl ::schemars::JsonSchema for PropertyBag<$ty> {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(concat!(stringify!($ty), "Bag"))
            }

            fn json_schema(g: &mut ::schemars::SchemaGenerator) -> ::schemars::Schema {
                crate::schema::bag_schema::<$id>(
                    concat!("A table of ", stringify!($ty), " entries: property name = value."),
                    |id| match id {
                        $( $id::$variant => g.subschema_for::<$value>(), )*
                    },
                )
            }
        }

        /// Serializes only the value; the bag writes the key.
        #[cfg(feature = "files")]
        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( $ty::$variant(v) => v.serialize(s), )*
                }
            }
        }
    };
}

property_enum! {
    /// One entry of a binding's property bag.
    BindingProperty, SecurityBindingPropertyId {
        /// `require_ssl_client_cert` (BOOL).
        RequireSslClientCert(bool),
        /// `windows_integrated_auth_package`.
        WindowsIntegratedAuthPackage(WindowsIntegratedAuthPackage),
        /// `require_server_auth` (BOOL).
        RequireServerAuth(bool),
        /// `allow_anonymous_clients` (BOOL).
        AllowAnonymousClients(bool),
        /// `allowed_impersonation_level`.
        AllowedImpersonationLevel(SecurityImpersonationLevel),
        /// `http_header_auth_scheme` (bit set).
        HttpHeaderAuthScheme(HttpHeaderAuthSchemes),
        /// `http_header_auth_target`.
        HttpHeaderAuthTarget(HttpHeaderAuthTarget),
        /// `http_header_auth_basic_realm` (WS_STRING).
        HttpHeaderAuthBasicRealm(String),
        /// `http_header_auth_digest_realm` (WS_STRING).
        HttpHeaderAuthDigestRealm(String),
        /// `http_header_auth_digest_domain` (WS_STRING).
        HttpHeaderAuthDigestDomain(String),
        /// `security_context_key_size` (ULONG, bits).
        SecurityContextKeySize(u32),
        /// `security_context_key_entropy_mode`.
        SecurityContextKeyEntropyMode(SecurityKeyEntropyMode),
        /// `message_properties`.
        MessageProperties(MessageProperties),
        /// `security_context_max_pending_contexts` (ULONG).
        SecurityContextMaxPendingContexts(u32),
        /// `security_context_max_active_contexts` (ULONG).
        SecurityContextMaxActiveContexts(u32),
        /// `secure_conversation_version`.
        SecureConversationVersion(SecureConversationVersion),
        /// `security_context_support_renew` (BOOL).
        SecurityContextSupportRenew(bool),
        /// `security_context_renewal_interval` (WS_TIMESPAN).
        SecurityContextRenewalInterval(Timespan),
        /// `security_context_rollover_interval` (WS_TIMESPAN).
        SecurityContextRolloverInterval(Timespan),
        /// `cert_failures_to_ignore` (bit set).
        CertFailuresToIgnore(CertFailures),
        /// `disable_cert_revocation_check` (BOOL).
        DisableCertRevocationCheck(bool),
        /// `disallowed_secure_protocols` (bit set; undocumented value type, read as WS_SECURE_PROTOCOL).
        DisallowedSecureProtocols(SecureProtocols),
        /// `certificate_validation_callback_context`.
        CertificateValidationCallbackContext(CertificateValidationCallbackContext),
    }
}

property_enum! {
    /// One entry of the description-wide (channel) property bag.
    ChannelProperty, SecurityPropertyId {
        /// `transport_protection_level`.
        TransportProtectionLevel(ProtectionLevel),
        /// `algorithm_suite` (custom suite).
        AlgorithmSuite(AlgorithmSuite),
        /// `algorithm_suite_name`.
        AlgorithmSuiteName(SecurityAlgorithmSuiteName),
        /// `max_allowed_latency` (WS_TIMESPAN).
        MaxAllowedLatency(Timespan),
        /// `timestamp_validity_duration` (WS_TIMESPAN).
        TimestampValidityDuration(Timespan),
        /// `max_allowed_clock_skew` (WS_TIMESPAN).
        MaxAllowedClockSkew(Timespan),
        /// `timestamp_usage`.
        TimestampUsage(SecurityTimestampUsage),
        /// `security_header_layout`.
        SecurityHeaderLayout(SecurityHeaderLayout),
        /// `security_header_version`.
        SecurityHeaderVersion(SecurityHeaderVersion),
        /// `extended_protection_policy`.
        ExtendedProtectionPolicy(ExtendedProtectionPolicy),
        /// `extended_protection_scenario`.
        ExtendedProtectionScenario(ExtendedProtectionScenario),
        /// `service_identities`: the SPNs of `WS_SERVICE_SECURITY_IDENTITIES`, as a list.
        ServiceIdentities(Vec<String>),
    }
}

property_enum! {
    /// One entry of the `channel_properties` of a binding template or policy description
    /// (`WS_CHANNEL_PROPERTY`): only the channel properties policy can carry are modelled.
    TemplateChannelProperty, ChannelPropertyId {
        /// `encoding`.
        Encoding(Encoding),
        /// `envelope_version`.
        EnvelopeVersion(EnvelopeVersion),
        /// `addressing_version`.
        AddressingVersion(AddressingVersion),
    }
}

/// An entry of a property bag: something with a key.
pub trait PropertyEntry {
    /// The key enumeration.
    type Id: crate::CEnum;
    /// This entry's key.
    fn id(&self) -> Self::Id;
}

/// A property bag: entries in declaration order, duplicates kept so the policy can report them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyBag<P> {
    entries: Vec<P>,
}

/// The property bag of one binding.
pub type BindingProperties = PropertyBag<BindingProperty>;
/// The description-wide property bag.
pub type ChannelProperties = PropertyBag<ChannelProperty>;
/// The channel properties of a binding template or policy description (`WS_CHANNEL_PROPERTIES`).
pub type TemplateChannelProperties = PropertyBag<TemplateChannelProperty>;

impl<P> Default for PropertyBag<P> {
    fn default() -> Self {
        PropertyBag {
            entries: Vec::new(),
        }
    }
}

impl<P: PropertyEntry> PropertyBag<P> {
    /// An empty bag (all defaults).
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends an entry, even if its key is already present.
    pub fn push(&mut self, entry: P) {
        self.entries.push(entry);
    }

    /// Appends an entry, by value.
    #[must_use]
    pub fn with(mut self, entry: P) -> Self {
        self.push(entry);
        self
    }

    /// The entries in order.
    pub fn entries(&self) -> &[P] {
        &self.entries
    }

    /// The entries in order, with their index in the bag.
    pub fn iter(&self) -> std::slice::Iter<'_, P> {
        self.entries.iter()
    }

    /// The first entry with this key.
    pub fn get(&self, id: P::Id) -> Option<&P> {
        self.entries.iter().find(|e| e.id() == id)
    }

    /// True when an entry has this key.
    pub fn contains(&self, id: P::Id) -> bool {
        self.get(id).is_some()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the bag has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<P: PropertyEntry> FromIterator<P> for PropertyBag<P> {
    fn from_iter<I: IntoIterator<Item = P>>(iter: I) -> Self {
        PropertyBag {
            entries: iter.into_iter().collect(),
        }
    }
}

impl<'a, P> IntoIterator for &'a PropertyBag<P> {
    type Item = &'a P;
    type IntoIter = std::slice::Iter<'a, P>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter()
    }
}

/// A table `name = value`, in bag order.
#[cfg(feature = "files")]
impl<P: PropertyEntry + Serialize> Serialize for PropertyBag<P> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::CEnum;
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.entries.len()))?;
        for entry in &self.entries {
            map.serialize_entry(entry.id().name(), entry)?;
        }
        map.end()
    }
}

/// `WS_SECURITY_ALGORITHM_SUITE`: a custom algorithm suite. A field left out is
/// `WS_SECURITY_ALGORITHM_DEFAULT` (0) for algorithms and 0 ("use the default") for key lengths.
/// The reserved `properties` array has no expressible entry (its key enumeration has no values).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AlgorithmSuite {
    /// `canonicalizationAlgorithm`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub canonicalization_algorithm: Option<SecurityAlgorithmId>,
    /// `digestAlgorithm`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub digest_algorithm: Option<SecurityAlgorithmId>,
    /// `symmetricSignatureAlgorithm`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub symmetric_signature_algorithm: Option<SecurityAlgorithmId>,
    /// `asymmetricSignatureAlgorithm`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub asymmetric_signature_algorithm: Option<SecurityAlgorithmId>,
    /// `encryptionAlgorithm` (reserved).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub encryption_algorithm: Option<SecurityAlgorithmId>,
    /// `keyDerivationAlgorithm`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub key_derivation_algorithm: Option<SecurityAlgorithmId>,
    /// `symmetricKeyWrapAlgorithm` (reserved).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub symmetric_key_wrap_algorithm: Option<SecurityAlgorithmId>,
    /// `asymmetricKeyWrapAlgorithm`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub asymmetric_key_wrap_algorithm: Option<SecurityAlgorithmId>,
    /// `minSymmetricKeyLength` (bits).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub min_symmetric_key_length: Option<u32>,
    /// `maxSymmetricKeyLength` (bits).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub max_symmetric_key_length: Option<u32>,
    /// `minAsymmetricKeyLength` (bits).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub min_asymmetric_key_length: Option<u32>,
    /// `maxAsymmetricKeyLength` (bits).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub max_asymmetric_key_length: Option<u32>,
}

/// The algorithm fields of [`AlgorithmSuite`], by canonical name, for tools that walk them.
pub const ALGORITHM_SUITE_ALGORITHM_FIELDS: [&str; 8] = [
    "canonicalization_algorithm",
    "digest_algorithm",
    "symmetric_signature_algorithm",
    "asymmetric_signature_algorithm",
    "encryption_algorithm",
    "key_derivation_algorithm",
    "symmetric_key_wrap_algorithm",
    "asymmetric_key_wrap_algorithm",
];

/// The key-length fields of [`AlgorithmSuite`], by canonical name.
pub const ALGORITHM_SUITE_LENGTH_FIELDS: [&str; 4] = [
    "min_symmetric_key_length",
    "max_symmetric_key_length",
    "min_asymmetric_key_length",
    "max_asymmetric_key_length",
];

impl AlgorithmSuite {
    /// The algorithm fields with their canonical names, in C member order.
    pub fn algorithms(&self) -> [(&'static str, Option<SecurityAlgorithmId>); 8] {
        let f = ALGORITHM_SUITE_ALGORITHM_FIELDS;
        [
            (f[0], self.canonicalization_algorithm),
            (f[1], self.digest_algorithm),
            (f[2], self.symmetric_signature_algorithm),
            (f[3], self.asymmetric_signature_algorithm),
            (f[4], self.encryption_algorithm),
            (f[5], self.key_derivation_algorithm),
            (f[6], self.symmetric_key_wrap_algorithm),
            (f[7], self.asymmetric_key_wrap_algorithm),
        ]
    }

    /// The key-length fields with their canonical names, in C member order.
    pub fn key_lengths(&self) -> [(&'static str, Option<u32>); 4] {
        let f = ALGORITHM_SUITE_LENGTH_FIELDS;
        [
            (f[0], self.min_symmetric_key_length),
            (f[1], self.max_symmetric_key_length),
            (f[2], self.min_asymmetric_key_length),
            (f[3], self.max_asymmetric_key_length),
        ]
    }
}

/// `WS_MESSAGE_PROPERTIES` given to a security context binding. Message property values are
/// program objects (heaps, readers, tokens), so each one is a runtime slot.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageProperties {
    /// The entries in order.
    pub entries: Vec<(MessagePropertyId, RuntimeSlot)>,
}

#[cfg(feature = "files")]
impl Serialize for MessageProperties {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::CEnum;
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.entries.len()))?;
        for (id, slot) in &self.entries {
            map.serialize_entry(id.name(), slot)?;
        }
        map.end()
    }
}

impl CertificateValidationCallbackContext {
    /// The members of the structure.
    pub const FIELDS: &'static [crate::Field] = &[
        crate::field::member(
            "callback",
            "callback",
            "WS_CERTIFICATE_VALIDATION_CALLBACK",
            crate::FieldKind::Callback(crate::Callback::CertificateValidation),
            true,
        ),
        crate::field::member("state", "state", "void*", crate::FieldKind::Object, false),
    ];
}

/// `WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT`: an application check of the server certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CertificateValidationCallbackContext {
    /// `callback`.
    pub callback: RuntimeSlot,
    /// `state`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub state: Option<RuntimeSlot>,
}
