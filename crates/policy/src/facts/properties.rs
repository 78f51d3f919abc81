//! Which binding properties apply to which bindings and sides, and what every property takes.
//!
//! Disputed cells of the catalogue's matrix are decided here (see docs/decisions.md):
//! `allow_anonymous_clients` on Kerberos (its binding page lists it), the two context limits on
//! the security context binding (the property page lists them), and the undocumented properties
//! 22 and 23, read as SSL client-certificate settings.

use super::Sides;
use wws_security_model::{
    ChannelBinding, SecurityAlgorithmId, SecurityBindingPropertyId, SecurityBindingType,
    SecurityPropertyId,
};

/// What the documentation says about one binding property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BindingPropertyFacts {
    /// The key.
    pub id: SecurityBindingPropertyId,
    /// The C value type (`BOOL`, `ULONG`, `WS_TIMESPAN`, an enumeration...).
    pub value_type: &'static str,
    /// The bindings that accept it, each with the sides it is allowed on.
    pub bindings: &'static [(SecurityBindingType, Sides)],
    /// Allowed values or range, in our words.
    pub allowed: &'static str,
}

/// What the documentation says about one channel (description-wide) property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelPropertyFacts {
    /// The key.
    pub id: SecurityPropertyId,
    /// The C value type.
    pub value_type: &'static str,
    /// Sides it is allowed on.
    pub sides: Sides,
    /// Channel bindings it is allowed on (`None`: any).
    pub channels: Option<&'static [ChannelBinding]>,
    /// Allowed values, in our words.
    pub allowed: &'static str,
    /// Conditions on the rest of the description, in our words.
    pub conditions: &'static str,
    /// Documented only for mixed-mode security (a message binding in the description).
    pub mixed_mode_only: bool,
}

/// Every binding property, in id order.
pub static BINDING_PROPERTIES: [BindingPropertyFacts; 23] = {
    use SecurityBindingPropertyId as Id;
    use SecurityBindingType as T;
    use Sides::*;
    const SSPI_BOTH: &[(T, Sides)] = &[
        (T::TcpSspiTransport, Both),
        (T::NamedpipeSspiTransport, Both),
    ];
    const SSPI_CLIENT: &[(T, Sides)] = &[
        (T::TcpSspiTransport, Client),
        (T::NamedpipeSspiTransport, Client),
    ];
    const HDR_SERVER: &[(T, Sides)] = &[(T::HttpHeaderAuth, Server)];
    const SCTX: &[(T, Sides)] = &[(T::SecurityContextMessage, Both)];
    [
        BindingPropertyFacts { id: Id::RequireSslClientCert, value_type: "BOOL", bindings: &[(T::SslTransport, Server)], allowed: "true or false" },
        BindingPropertyFacts { id: Id::WindowsIntegratedAuthPackage, value_type: "WS_WINDOWS_INTEGRATED_AUTH_PACKAGE", bindings: SSPI_BOTH, allowed: "kerberos, ntlm or spnego" },
        BindingPropertyFacts { id: Id::RequireServerAuth, value_type: "BOOL", bindings: SSPI_CLIENT, allowed: "true or false (false is needed to allow NTLM, and lowers security)" },
        BindingPropertyFacts { id: Id::AllowAnonymousClients, value_type: "BOOL", bindings: &[(T::TcpSspiTransport, Server), (T::NamedpipeSspiTransport, Server), (T::KerberosApreqMessage, Server)], allowed: "true or false" },
        BindingPropertyFacts { id: Id::AllowedImpersonationLevel, value_type: "SECURITY_IMPERSONATION_LEVEL", bindings: &[(T::TcpSspiTransport, Client), (T::NamedpipeSspiTransport, Client), (T::KerberosApreqMessage, Client)], allowed: "anonymous, identification, impersonation or delegation" },
        BindingPropertyFacts { id: Id::HttpHeaderAuthScheme, value_type: "ULONG (WS_HTTP_HEADER_AUTH_SCHEME flags)", bindings: &[(T::HttpHeaderAuth, Both)], allowed: "one or more of none, basic, digest, ntlm, negotiate; or passport alone (none and passport: clients only)" },
        BindingPropertyFacts { id: Id::HttpHeaderAuthTarget, value_type: "WS_HTTP_HEADER_AUTH_TARGET", bindings: &[(T::HttpHeaderAuth, Client)], allowed: "service or proxy" },
        BindingPropertyFacts { id: Id::HttpHeaderAuthBasicRealm, value_type: "WS_STRING", bindings: HDR_SERVER, allowed: "any string" },
        BindingPropertyFacts { id: Id::HttpHeaderAuthDigestRealm, value_type: "WS_STRING", bindings: HDR_SERVER, allowed: "any string" },
        BindingPropertyFacts { id: Id::HttpHeaderAuthDigestDomain, value_type: "WS_STRING", bindings: HDR_SERVER, allowed: "any string" },
        BindingPropertyFacts { id: Id::SecurityContextKeySize, value_type: "ULONG (bits)", bindings: SCTX, allowed: "a key size in bits; range not documented" },
        BindingPropertyFacts { id: Id::SecurityContextKeyEntropyMode, value_type: "WS_SECURITY_KEY_ENTROPY_MODE", bindings: SCTX, allowed: "client_only, server_only or combined" },
        BindingPropertyFacts { id: Id::MessageProperties, value_type: "WS_MESSAGE_PROPERTIES", bindings: SCTX, allowed: "message properties (runtime slots)" },
        BindingPropertyFacts { id: Id::SecurityContextMaxPendingContexts, value_type: "ULONG", bindings: SCTX, allowed: "a count; range not documented" },
        BindingPropertyFacts { id: Id::SecurityContextMaxActiveContexts, value_type: "ULONG", bindings: SCTX, allowed: "a count; range not documented" },
        BindingPropertyFacts { id: Id::SecureConversationVersion, value_type: "WS_SECURE_CONVERSATION_VERSION", bindings: SCTX, allowed: "february_2005 or v1_3" },
        BindingPropertyFacts { id: Id::SecurityContextSupportRenew, value_type: "BOOL", bindings: SCTX, allowed: "true or false" },
        BindingPropertyFacts { id: Id::SecurityContextRenewalInterval, value_type: "WS_TIMESPAN", bindings: SCTX, allowed: "a duration; range not documented" },
        BindingPropertyFacts { id: Id::SecurityContextRolloverInterval, value_type: "WS_TIMESPAN", bindings: SCTX, allowed: "a duration; range not documented" },
        BindingPropertyFacts { id: Id::CertFailuresToIgnore, value_type: "ULONG (WS_CERT_FAILURE flags)", bindings: &[(T::SslTransport, Client)], allowed: "any set of cn_mismatch, invalid_date, untrusted_root, wrong_usage, revocation_offline (or none)" },
        BindingPropertyFacts { id: Id::DisableCertRevocationCheck, value_type: "BOOL", bindings: &[(T::SslTransport, Client)], allowed: "true or false" },
        BindingPropertyFacts { id: Id::DisallowedSecureProtocols, value_type: "ULONG (WS_SECURE_PROTOCOL flags; undocumented)", bindings: &[(T::SslTransport, Both)], allowed: "any set of ssl2, ssl3, tls1_0, tls1_1, tls1_2 (undocumented)" },
        BindingPropertyFacts { id: Id::CertificateValidationCallbackContext, value_type: "WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT", bindings: &[(T::SslTransport, Client)], allowed: "a callback (runtime slot) and optional state" },
    ]
};

/// Every channel property, in id order.
pub static CHANNEL_PROPERTIES: [ChannelPropertyFacts; 12] = {
    use SecurityPropertyId as Id;
    use Sides::*;
    const HTTP: Option<&[ChannelBinding]> = Some(&[ChannelBinding::Http]);
    const MIXED: &str = "takes effect only with a message binding (mixed-mode security)";
    const EP: &str = "the description must hold http_header_auth or kerberos_apreq_message";
    [
        ChannelPropertyFacts { id: Id::TransportProtectionLevel, value_type: "WS_PROTECTION_LEVEL", sides: Both, channels: None, allowed: "none, sign or sign_and_encrypt", conditions: "must be none, explicitly, to use header auth or a message binding on HTTP without SSL", mixed_mode_only: false },
        ChannelPropertyFacts { id: Id::AlgorithmSuite, value_type: "WS_SECURITY_ALGORITHM_SUITE", sides: Both, channels: None, allowed: "a custom suite; each algorithm from its own category", conditions: "never together with algorithm_suite_name", mixed_mode_only: true },
        ChannelPropertyFacts { id: Id::AlgorithmSuiteName, value_type: "WS_SECURITY_ALGORITHM_SUITE_NAME", sides: Both, channels: None, allowed: "basic256 ... basic128_sha256_rsa15", conditions: "never together with algorithm_suite", mixed_mode_only: true },
        ChannelPropertyFacts { id: Id::MaxAllowedLatency, value_type: "WS_TIMESPAN", sides: Both, channels: None, allowed: "a duration", conditions: MIXED, mixed_mode_only: true },
        ChannelPropertyFacts { id: Id::TimestampValidityDuration, value_type: "WS_TIMESPAN", sides: Both, channels: None, allowed: "a duration", conditions: MIXED, mixed_mode_only: true },
        ChannelPropertyFacts { id: Id::MaxAllowedClockSkew, value_type: "WS_TIMESPAN", sides: Both, channels: None, allowed: "a duration", conditions: MIXED, mixed_mode_only: true },
        ChannelPropertyFacts { id: Id::TimestampUsage, value_type: "WS_SECURITY_TIMESTAMP_USAGE", sides: Both, channels: None, allowed: "always, never or requests_only", conditions: "never fails when a mixed-mode signature is required", mixed_mode_only: true },
        ChannelPropertyFacts { id: Id::SecurityHeaderLayout, value_type: "WS_SECURITY_HEADER_LAYOUT", sides: Both, channels: None, allowed: "strict, lax, lax_with_timestamp_first or lax_with_timestamp_last", conditions: MIXED, mixed_mode_only: true },
        ChannelPropertyFacts { id: Id::SecurityHeaderVersion, value_type: "WS_SECURITY_HEADER_VERSION", sides: Both, channels: None, allowed: "v1_0 or v1_1", conditions: MIXED, mixed_mode_only: true },
        ChannelPropertyFacts { id: Id::ExtendedProtectionPolicy, value_type: "WS_EXTENDED_PROTECTION_POLICY", sides: Server, channels: HTTP, allowed: "never, when_supported or always", conditions: EP, mixed_mode_only: false },
        ChannelPropertyFacts { id: Id::ExtendedProtectionScenario, value_type: "WS_EXTENDED_PROTECTION_SCENARIO", sides: Server, channels: HTTP, allowed: "bound_server or terminated_ssl", conditions: "the description must hold http_header_auth or kerberos_apreq_message; terminated_ssl needs service_identities", mixed_mode_only: false },
        ChannelPropertyFacts { id: Id::ServiceIdentities, value_type: "WS_SERVICE_SECURITY_IDENTITIES", sides: Server, channels: HTTP, allowed: "a list of SPNs without wildcards", conditions: "required exactly when header auth runs without SSL or the scenario is terminated_ssl", mixed_mode_only: false },
    ]
};

/// The facts of binding property `id`.
pub fn binding_property(id: SecurityBindingPropertyId) -> &'static BindingPropertyFacts {
    use wws_security_model::CEnum;
    let raw = id.to_raw();
    // Ids run 1..=23 without gaps.
    &BINDING_PROPERTIES[(raw - 1) as usize]
}

/// The facts of channel property `id`.
pub fn channel_property(id: SecurityPropertyId) -> &'static ChannelPropertyFacts {
    use wws_security_model::CEnum;
    &CHANNEL_PROPERTIES[(id.to_raw() - 1) as usize]
}

/// The sides on which `binding` accepts `id`, or `None` when it does not accept it at all.
pub fn accepted_sides(
    id: SecurityBindingPropertyId,
    binding: SecurityBindingType,
) -> Option<Sides> {
    binding_property(id)
        .bindings
        .iter()
        .find(|(b, _)| *b == binding)
        .map(|(_, s)| *s)
}

/// What one algorithm field of `WS_SECURITY_ALGORITHM_SUITE` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlgorithmFieldFacts {
    /// Canonical field name (as in [`wws_security_model::ALGORITHM_SUITE_ALGORITHM_FIELDS`]).
    pub field: &'static str,
    /// The category the field's algorithm belongs to, in our words.
    pub category: &'static str,
    /// Ids of that category; `default` (0) is accepted by every field besides these.
    pub allowed: &'static [SecurityAlgorithmId],
    /// What `default` (0) stands for; `None` for the two reserved fields.
    pub default: Option<SecurityAlgorithmId>,
}

/// The algorithm fields of a custom suite, in C member order (the order of
/// `AlgorithmSuite::algorithms`). Categories follow the id names; the two reserved fields have
/// no id of their own, so they take only `default`.
pub static ALGORITHM_SUITE_FIELDS: [AlgorithmFieldFacts; 8] = {
    use SecurityAlgorithmId as A;
    [
        AlgorithmFieldFacts {
            field: "canonicalization_algorithm",
            category: "canonicalization",
            allowed: &[
                A::CanonicalizationExclusive,
                A::CanonicalizationExclusiveWithComments,
            ],
            default: Some(A::CanonicalizationExclusive),
        },
        AlgorithmFieldFacts {
            field: "digest_algorithm",
            category: "digest",
            allowed: &[
                A::DigestSha1,
                A::DigestSha256,
                A::DigestSha384,
                A::DigestSha512,
            ],
            default: Some(A::DigestSha1),
        },
        AlgorithmFieldFacts {
            field: "symmetric_signature_algorithm",
            category: "symmetric signature (HMAC)",
            allowed: &[
                A::SymmetricSignatureHmacSha1,
                A::SymmetricSignatureHmacSha256,
                A::SymmetricSignatureHmacSha384,
                A::SymmetricSignatureHmacSha512,
            ],
            default: Some(A::SymmetricSignatureHmacSha1),
        },
        AlgorithmFieldFacts {
            field: "asymmetric_signature_algorithm",
            category: "asymmetric signature",
            allowed: &[
                A::AsymmetricSignatureRsaSha1,
                A::AsymmetricSignatureDsaSha1,
                A::AsymmetricSignatureRsaSha256,
                A::AsymmetricSignatureRsaSha384,
                A::AsymmetricSignatureRsaSha512,
            ],
            default: Some(A::AsymmetricSignatureRsaSha1),
        },
        AlgorithmFieldFacts {
            field: "encryption_algorithm",
            category: "reserved",
            allowed: &[],
            default: None,
        },
        AlgorithmFieldFacts {
            field: "key_derivation_algorithm",
            category: "key derivation",
            allowed: &[A::KeyDerivationPSha1],
            default: Some(A::KeyDerivationPSha1),
        },
        AlgorithmFieldFacts {
            field: "symmetric_key_wrap_algorithm",
            category: "reserved",
            allowed: &[],
            default: None,
        },
        AlgorithmFieldFacts {
            field: "asymmetric_key_wrap_algorithm",
            category: "asymmetric key wrap",
            allowed: &[A::AsymmetricKeywrapRsa1_5, A::AsymmetricKeywrapRsaOaep],
            default: Some(A::AsymmetricKeywrapRsaOaep),
        },
    ]
};

/// What 0 (or an omitted field) means for the key lengths of a custom suite, in bits, in C member
/// order: minimum symmetric, maximum symmetric, minimum asymmetric, maximum asymmetric.
pub const ALGORITHM_SUITE_KEY_LENGTH_DEFAULTS: [u32; 4] = [128, 512, 1024, 16384];
