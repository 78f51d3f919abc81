//! Documented defaults, as data: what a property is worth when a declaration leaves it out.
//!
//! Some defaults depend on the binding (`require_server_auth`: TCP SSPI `true`, named pipe
//! `false`), on the side (`security_context_renewal_interval`: client 10 h, server 15 h) or on the
//! rest of the description (`transport_protection_level`, `algorithm_suite_name`).

use crate::*;

/// The value a property has in effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effective<'a, P> {
    /// Written in the declaration (the first entry with this key).
    Explicit(&'a P),
    /// Left out; this is the documented default.
    Default(P),
    /// Left out, and no default value is documented (see [`binding_default_note`] /
    /// [`channel_default_note`] for what the runtime does instead).
    Unset,
}

impl<P> Effective<'_, P> {
    /// The value in effect, explicit or default.
    pub fn value(&self) -> Option<&P> {
        match self {
            Effective::Explicit(p) => Some(p),
            Effective::Default(p) => Some(p),
            Effective::Unset => None,
        }
    }

    /// True when the declaration writes the property.
    pub fn is_explicit(&self) -> bool {
        matches!(self, Effective::Explicit(_))
    }
}

/// The documented default of binding property `id` on a binding of type `binding` at `side`,
/// or `None` when the documentation gives no default value.
pub fn binding_property_default(
    id: SecurityBindingPropertyId,
    binding: SecurityBindingType,
    side: Side,
) -> Option<BindingProperty> {
    use BindingProperty as P;
    use SecurityBindingPropertyId as Id;
    Some(match id {
        Id::RequireSslClientCert => P::RequireSslClientCert(false),
        Id::WindowsIntegratedAuthPackage => {
            P::WindowsIntegratedAuthPackage(WindowsIntegratedAuthPackage::Spnego)
        }
        // P-019 / T-050: on by default for TCP, off by default for named pipes.
        Id::RequireServerAuth => match binding {
            SecurityBindingType::NamedpipeSspiTransport => P::RequireServerAuth(false),
            _ => P::RequireServerAuth(true),
        },
        Id::AllowAnonymousClients => P::AllowAnonymousClients(false),
        Id::AllowedImpersonationLevel => {
            P::AllowedImpersonationLevel(SecurityImpersonationLevel::Identification)
        }
        Id::HttpHeaderAuthScheme => P::HttpHeaderAuthScheme(HttpHeaderAuthSchemes::from([
            HttpHeaderAuthScheme::Negotiate,
        ])),
        Id::HttpHeaderAuthTarget => P::HttpHeaderAuthTarget(HttpHeaderAuthTarget::Service),
        Id::HttpHeaderAuthBasicRealm
        | Id::HttpHeaderAuthDigestRealm
        | Id::HttpHeaderAuthDigestDomain => return None,
        Id::SecurityContextKeySize => return None,
        Id::SecurityContextKeyEntropyMode => {
            P::SecurityContextKeyEntropyMode(SecurityKeyEntropyMode::Combined)
        }
        Id::MessageProperties => return None,
        Id::SecurityContextMaxPendingContexts => P::SecurityContextMaxPendingContexts(100),
        Id::SecurityContextMaxActiveContexts => P::SecurityContextMaxActiveContexts(1000),
        Id::SecureConversationVersion => {
            P::SecureConversationVersion(SecureConversationVersion::February2005)
        }
        Id::SecurityContextSupportRenew => P::SecurityContextSupportRenew(true),
        // P-064: the client renews after 10 hours, the server accepts renewals for 15 hours.
        Id::SecurityContextRenewalInterval => P::SecurityContextRenewalInterval(match side {
            Side::Client => Timespan::from_hours(10),
            Side::Server => Timespan::from_hours(15),
        }),
        Id::SecurityContextRolloverInterval => {
            P::SecurityContextRolloverInterval(Timespan::from_mins(5))
        }
        Id::CertFailuresToIgnore => {
            P::CertFailuresToIgnore(CertFailures::from([CertFailure::RevocationOffline]))
        }
        Id::DisableCertRevocationCheck => P::DisableCertRevocationCheck(false),
        Id::DisallowedSecureProtocols | Id::CertificateValidationCallbackContext => return None,
    })
}

/// What the runtime does when a binding property without a documented default value is left out.
pub fn binding_default_note(id: SecurityBindingPropertyId) -> Option<&'static str> {
    use SecurityBindingPropertyId as Id;
    match id {
        Id::HttpHeaderAuthBasicRealm
        | Id::HttpHeaderAuthDigestRealm
        | Id::HttpHeaderAuthDigestDomain => Some("not documented"),
        Id::SecurityContextKeySize => Some("unset: the issuer chooses the key size"),
        Id::MessageProperties => Some("unset: default message properties"),
        Id::DisallowedSecureProtocols => Some("not documented"),
        Id::CertificateValidationCallbackContext => Some("unset: no application certificate check"),
        _ => None,
    }
}

/// The documented default of channel property `id` for `description`, or `None` when the
/// documentation gives no default value for this description.
pub fn channel_property_default(
    id: SecurityPropertyId,
    description: &SecurityDescription,
) -> Option<ChannelProperty> {
    use ChannelProperty as P;
    use SecurityPropertyId as Id;
    let has = |t: SecurityBindingType| description.bindings.iter().any(|b| b.binding_type() == t);
    Some(match id {
        // P-082 / T-021: the default exists only when a transport binding is present.
        Id::TransportProtectionLevel => {
            if description
                .bindings
                .iter()
                .any(|b| b.binding_type().is_transport_binding())
            {
                P::TransportProtectionLevel(ProtectionLevel::SignAndEncrypt)
            } else {
                return None;
            }
        }
        Id::AlgorithmSuite => return None,
        // P-107 / M-046: Kerberos lowers the default suite to Basic128.
        Id::AlgorithmSuiteName => {
            P::AlgorithmSuiteName(if has(SecurityBindingType::KerberosApreqMessage) {
                SecurityAlgorithmSuiteName::Basic128
            } else {
                SecurityAlgorithmSuiteName::Basic256
            })
        }
        Id::MaxAllowedLatency => P::MaxAllowedLatency(Timespan::from_mins(5)),
        Id::TimestampValidityDuration => P::TimestampValidityDuration(Timespan::from_mins(5)),
        Id::MaxAllowedClockSkew => P::MaxAllowedClockSkew(Timespan::from_mins(5)),
        Id::TimestampUsage => P::TimestampUsage(SecurityTimestampUsage::Always),
        Id::SecurityHeaderLayout => P::SecurityHeaderLayout(SecurityHeaderLayout::Strict),
        Id::SecurityHeaderVersion => P::SecurityHeaderVersion(SecurityHeaderVersion::V1_1),
        Id::ExtendedProtectionPolicy => {
            P::ExtendedProtectionPolicy(ExtendedProtectionPolicy::WhenSupported)
        }
        Id::ExtendedProtectionScenario => {
            P::ExtendedProtectionScenario(ExtendedProtectionScenario::BoundServer)
        }
        Id::ServiceIdentities => return None,
    })
}

/// What the runtime does when a channel property without a documented default value is left out.
pub fn channel_default_note(id: SecurityPropertyId) -> Option<&'static str> {
    use SecurityPropertyId as Id;
    match id {
        Id::TransportProtectionLevel => {
            Some("sign_and_encrypt when the description holds a transport binding; otherwise not documented")
        }
        Id::AlgorithmSuite => Some("unset: the suite named by algorithm_suite_name applies"),
        Id::ServiceIdentities => Some("unset: no service identities"),
        _ => None,
    }
}

/// Binding property `id` of `binding` as it is in effect at `side`.
pub fn effective_binding_property(
    binding: &SecurityBinding,
    side: Side,
    id: SecurityBindingPropertyId,
) -> Effective<'_, BindingProperty> {
    match binding.properties().get(id) {
        Some(p) => Effective::Explicit(p),
        None => match binding_property_default(id, binding.binding_type(), side) {
            Some(p) => Effective::Default(p),
            None => Effective::Unset,
        },
    }
}

/// Channel property `id` of `description` as it is in effect.
pub fn effective_channel_property(
    description: &SecurityDescription,
    id: SecurityPropertyId,
) -> Effective<'_, ChannelProperty> {
    match description.properties.get(id) {
        Some(p) => Effective::Explicit(p),
        None => match channel_property_default(id, description) {
            Some(p) => Effective::Default(p),
            None => Effective::Unset,
        },
    }
}

/// P-102: what a key length of 0 (or a left-out length) in a custom algorithm suite stands for,
/// by field name: minimum symmetric, maximum symmetric, minimum asymmetric, maximum asymmetric.
pub const KEY_LENGTH_DEFAULTS: [(&str, u32); 4] = [
    ("min_symmetric_key_length", 128),
    ("max_symmetric_key_length", 512),
    ("min_asymmetric_key_length", 1024),
    ("max_asymmetric_key_length", 16384),
];

/// The key lengths of `suite` in effect (bits), with 0 and left-out lengths replaced by the
/// documented defaults, in [`KEY_LENGTH_DEFAULTS`] order.
pub fn effective_key_lengths(suite: &AlgorithmSuite) -> [u32; 4] {
    let lengths = suite.key_lengths();
    std::array::from_fn(|i| match lengths[i].1 {
        None | Some(0) => KEY_LENGTH_DEFAULTS[i].1,
        Some(bits) => bits,
    })
}

/// A documented default of a WS-Trust token request property (`WsRequestSecurityToken`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestSecurityTokenDefault {
    /// M-149: the WS-Trust version.
    TrustVersion(TrustVersion),
    /// The WS-SecureConversation version.
    SecureConversationVersion(SecureConversationVersion),
    /// M-152: the request action.
    RequestAction(RequestSecurityTokenAction),
    /// M-157: no key type is sent, and the issued token then has this key type.
    IssuedTokenKeyType(SecurityKeyType),
    /// Who contributes entropy to the issued key.
    IssuedTokenKeyEntropy(SecurityKeyEntropyMode),
}

/// The documented default of token request property `id`, or `None` when leaving it out means
/// "not sent" (M-151 token type, M-165 default message properties, and the others).
pub fn request_security_token_default(
    id: RequestSecurityTokenPropertyId,
) -> Option<RequestSecurityTokenDefault> {
    use RequestSecurityTokenDefault as D;
    use RequestSecurityTokenPropertyId as Id;
    match id {
        Id::TrustVersion => Some(D::TrustVersion(TrustVersion::February2005)),
        Id::SecureConversationVersion => Some(D::SecureConversationVersion(
            SecureConversationVersion::February2005,
        )),
        Id::RequestAction => Some(D::RequestAction(RequestSecurityTokenAction::Issue)),
        Id::IssuedTokenKeyType => Some(D::IssuedTokenKeyType(SecurityKeyType::Symmetric)),
        Id::IssuedTokenKeyEntropy => {
            Some(D::IssuedTokenKeyEntropy(SecurityKeyEntropyMode::ServerOnly))
        }
        Id::AppliesTo
        | Id::IssuedTokenType
        | Id::ExistingToken
        | Id::IssuedTokenKeySize
        | Id::LocalRequestParameters
        | Id::ServiceRequestParameters
        | Id::MessageProperties
        | Id::BearerKeyTypeVersion => None,
    }
}
