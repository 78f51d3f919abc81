//! Policy constraints: what `WsMatchPolicyAlternative` is asked to accept (`WS_POLICY_CONSTRAINTS`
//! and its security part, `WS_SECURITY_CONSTRAINTS` with the eight
//! `WS_*_SECURITY_BINDING_CONSTRAINT` structures), as data.
//!
//! The C structures pair a `void*` array with a byte size and a count; here every array is a typed
//! `Vec`, every value list is typed by its property id, and each binding constraint is one enum
//! variant, so a count without an array, a wrong element size or a type tag that does not name
//! its structure cannot be written. The `out` members are filled by the runtime after a match and
//! are not part of what a program declares, so they are not modelled. Channel property
//! constraints and policy extensions do not concern security and are left out.
//!
//! ```
//! use wws_security_model::constraint::*;
//! use wws_security_model::{ChannelBinding, MessageSecurityUsage};
//!
//! let constraints = PolicyConstraints {
//!     channel_binding: ChannelBinding::Http,
//!     security_constraints: Some(SecurityConstraints {
//!         security_property_constraints: vec![],
//!         security_binding_constraints: vec![
//!             SecurityBindingConstraint::SslTransport(BindingConstraint::default()),
//!             SecurityBindingConstraint::UsernameMessage(MessageBindingConstraint {
//!                 binding_usage: Some(MessageSecurityUsage::Supporting),
//!                 ..Default::default()
//!             }),
//!         ],
//!     }),
//! };
//! assert_eq!(constraints.security_constraints.unwrap().security_binding_constraints.len(), 2);
//! ```

#[cfg(feature = "files")]
mod decode;

#[cfg(feature = "files")]
pub use decode::{constraints_from_json_str, constraints_from_toml_str, decode_constraints};

use crate::{
    BindingProperty, ChannelBinding, ChannelProperty, MessageSecurityUsage, PropertyEntry,
    ProtectionLevel, RequestSecurityTokenPropertyId, SecurityAlgorithmSuiteName,
    SecurityBindingConstraintType, SecurityBindingPropertyId, SecurityHeaderLayout,
    SecurityHeaderVersion, SecurityPropertyId, SecurityTimestampUsage, TrustVersion,
};
use crate::{HttpHeaderAuthScheme, HttpHeaderAuthSchemes};

/// `WS_POLICY_CONSTRAINTS`, security part: the channel binding a policy must use, and the security
/// it may ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyConstraints {
    /// `channelBinding`.
    pub channel_binding: ChannelBinding,
    /// `securityConstraints`; `None` is the C NULL, which admits only policies without security.
    pub security_constraints: Option<SecurityConstraints>,
}

/// `WS_SECURITY_CONSTRAINTS`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecurityConstraints {
    /// `securityPropertyConstraints`; a property left out keeps its default constraint
    /// ([`default_security_property_constraint`]).
    pub security_property_constraints: Vec<SecurityPropertyConstraint>,
    /// `securityBindingConstraints`: one per security token; empty means no security.
    pub security_binding_constraints: Vec<SecurityBindingConstraint>,
}

/// A value whose id does not name the constraint's property.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a value of `{found}` cannot be an allowed value of `{expected}`")]
pub struct MismatchedValue {
    /// Canonical name of the constraint's property.
    pub expected: &'static str,
    /// Canonical name of the value's property.
    pub found: &'static str,
}

/// A constraint on one property: its id and the values that may match. The values are property
/// entries of that id, so their C element type and the array's byte size follow from the id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyConstraint<P: PropertyEntry> {
    id: P::Id,
    allowed_values: Vec<P>,
}

/// `WS_SECURITY_PROPERTY_CONSTRAINT` (without its `out` member).
pub type SecurityPropertyConstraint = PropertyConstraint<ChannelProperty>;
/// `WS_SECURITY_BINDING_PROPERTY_CONSTRAINT` (without its `out` member).
pub type SecurityBindingPropertyConstraint = PropertyConstraint<BindingProperty>;

impl<P: PropertyEntry> PropertyConstraint<P> {
    /// A constraint on `id` that admits `allowed_values`, each of which must be a value of `id`.
    pub fn new(id: P::Id, allowed_values: Vec<P>) -> Result<Self, MismatchedValue> {
        use crate::CEnum;
        if let Some(wrong) = allowed_values.iter().find(|v| v.id() != id) {
            return Err(MismatchedValue {
                expected: id.name(),
                found: wrong.id().name(),
            });
        }
        Ok(PropertyConstraint { id, allowed_values })
    }

    /// `id`.
    pub fn id(&self) -> P::Id {
        self.id
    }

    /// `allowedValues`, in order.
    pub fn allowed_values(&self) -> &[P] {
        &self.allowed_values
    }
}

/// `WS_REQUEST_SECURITY_TOKEN_PROPERTY_CONSTRAINT` (without its `out` member). Only the trust
/// version can be constrained, so the values are trust versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestSecurityTokenPropertyConstraint {
    /// `id`.
    pub id: RequestSecurityTokenPropertyId,
    /// `allowedValues`.
    pub allowed_values: Vec<TrustVersion>,
}

/// `WS_SECURITY_BINDING_CONSTRAINT`, the base every binding constraint starts with (its `type` is
/// the variant of [`SecurityBindingConstraint`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BindingConstraint {
    /// `propertyConstraints`.
    pub property_constraints: Vec<SecurityBindingPropertyConstraint>,
}

/// The members of the username, Kerberos and certificate constraints after the base.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MessageBindingConstraint {
    /// `bindingConstraint.propertyConstraints`.
    pub property_constraints: Vec<SecurityBindingPropertyConstraint>,
    /// `bindingUsage`; unset is the C zero value, which is no usage.
    pub binding_usage: Option<MessageSecurityUsage>,
}

/// `WS_ISSUED_TOKEN_MESSAGE_SECURITY_BINDING_CONSTRAINT` (without its `out` member).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IssuedTokenBindingConstraint {
    /// `bindingConstraint.propertyConstraints`.
    pub property_constraints: Vec<SecurityBindingPropertyConstraint>,
    /// `bindingUsage`.
    pub binding_usage: Option<MessageSecurityUsage>,
    /// `claimConstraints`: claim type URIs the policy may ask for; empty admits any claim.
    pub claim_constraints: Vec<String>,
    /// `requestSecurityTokenPropertyConstraints`.
    pub request_security_token_property_constraints: Vec<RequestSecurityTokenPropertyConstraint>,
}

/// `WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_CONSTRAINT`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecurityContextBindingConstraint {
    /// `bindingConstraint.propertyConstraints`.
    pub property_constraints: Vec<SecurityBindingPropertyConstraint>,
    /// `bindingUsage`.
    pub binding_usage: Option<MessageSecurityUsage>,
    /// `bootstrapSecurityConstraint`: the security of the channel that obtains the context.
    pub bootstrap_security_constraint: Option<Box<SecurityConstraints>>,
}

/// One security binding constraint; the variant is the `type` selector and the structure at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecurityBindingConstraint {
    /// `WS_SSL_TRANSPORT_SECURITY_BINDING_CONSTRAINT`.
    SslTransport(BindingConstraint),
    /// `WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_CONSTRAINT`.
    TcpSspiTransport(BindingConstraint),
    /// `WS_HTTP_HEADER_AUTH_SECURITY_BINDING_CONSTRAINT`.
    HttpHeaderAuth(BindingConstraint),
    /// `WS_USERNAME_MESSAGE_SECURITY_BINDING_CONSTRAINT`.
    UsernameMessage(MessageBindingConstraint),
    /// `WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_CONSTRAINT`.
    KerberosApreqMessage(MessageBindingConstraint),
    /// `WS_ISSUED_TOKEN_MESSAGE_SECURITY_BINDING_CONSTRAINT`.
    IssuedTokenMessage(IssuedTokenBindingConstraint),
    /// `WS_CERT_MESSAGE_SECURITY_BINDING_CONSTRAINT`.
    CertMessage(MessageBindingConstraint),
    /// `WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_CONSTRAINT`.
    SecurityContextMessage(SecurityContextBindingConstraint),
}

impl SecurityBindingConstraint {
    /// The `type` selector.
    pub fn constraint_type(&self) -> SecurityBindingConstraintType {
        use SecurityBindingConstraintType as T;
        match self {
            Self::SslTransport(_) => T::SslTransport,
            Self::TcpSspiTransport(_) => T::TcpSspiTransport,
            Self::HttpHeaderAuth(_) => T::HttpHeaderAuth,
            Self::UsernameMessage(_) => T::UsernameMessage,
            Self::KerberosApreqMessage(_) => T::KerberosApreqMessage,
            Self::IssuedTokenMessage(_) => T::IssuedTokenMessage,
            Self::CertMessage(_) => T::CertMessage,
            Self::SecurityContextMessage(_) => T::SecurityContextMessage,
        }
    }

    /// `bindingConstraint.propertyConstraints`.
    pub fn property_constraints(&self) -> &[SecurityBindingPropertyConstraint] {
        match self {
            Self::SslTransport(c) | Self::TcpSspiTransport(c) | Self::HttpHeaderAuth(c) => {
                &c.property_constraints
            }
            Self::UsernameMessage(c) | Self::KerberosApreqMessage(c) | Self::CertMessage(c) => {
                &c.property_constraints
            }
            Self::IssuedTokenMessage(c) => &c.property_constraints,
            Self::SecurityContextMessage(c) => &c.property_constraints,
        }
    }

    /// `bindingUsage` of the five message constraints; `None` for the three others and when unset.
    pub fn binding_usage(&self) -> Option<MessageSecurityUsage> {
        match self {
            Self::UsernameMessage(c) | Self::KerberosApreqMessage(c) | Self::CertMessage(c) => {
                c.binding_usage
            }
            Self::IssuedTokenMessage(c) => c.binding_usage,
            Self::SecurityContextMessage(c) => c.binding_usage,
            _ => None,
        }
    }
}

/// The C name of the structure a constraint type selects, e.g.
/// `WS_SSL_TRANSPORT_SECURITY_BINDING_CONSTRAINT`.
pub fn constraint_struct_name(constraint_type: SecurityBindingConstraintType) -> &'static str {
    let name = crate::CEnum::c_name(constraint_type);
    name.strip_suffix("_TYPE").unwrap_or(name)
}

/// True for the five message constraints, which carry a `bindingUsage` (types 4 to 8).
pub fn is_message_constraint(constraint_type: SecurityBindingConstraintType) -> bool {
    use SecurityBindingConstraintType as T;
    !matches!(
        constraint_type,
        T::SslTransport | T::TcpSspiTransport | T::HttpHeaderAuth
    )
}

/// The value a security property is constrained to when the program gives no constraint for it:
/// the property's own default. `None` for the properties that cannot be constrained.
pub fn default_security_property_constraint(id: SecurityPropertyId) -> Option<ChannelProperty> {
    use SecurityPropertyId as Id;
    Some(match id {
        Id::TimestampUsage => ChannelProperty::TimestampUsage(SecurityTimestampUsage::Always),
        Id::TransportProtectionLevel => {
            ChannelProperty::TransportProtectionLevel(ProtectionLevel::SignAndEncrypt)
        }
        Id::SecurityHeaderLayout => {
            ChannelProperty::SecurityHeaderLayout(SecurityHeaderLayout::Strict)
        }
        Id::SecurityHeaderVersion => {
            ChannelProperty::SecurityHeaderVersion(SecurityHeaderVersion::V1_1)
        }
        Id::AlgorithmSuiteName => {
            ChannelProperty::AlgorithmSuiteName(SecurityAlgorithmSuiteName::Basic256)
        }
        _ => return None,
    })
}

/// The value a binding property is constrained to when no constraint is given for it; only the
/// header-auth scheme has a documented default.
pub fn default_binding_property_constraint(
    id: SecurityBindingPropertyId,
) -> Option<BindingProperty> {
    match id {
        SecurityBindingPropertyId::HttpHeaderAuthScheme => {
            Some(BindingProperty::HttpHeaderAuthScheme(
                HttpHeaderAuthSchemes::from_iter([HttpHeaderAuthScheme::Negotiate]),
            ))
        }
        _ => None,
    }
}

impl SecurityConstraints {
    /// The values that may match property `id`: the constraint given for it, else its default.
    pub fn effective_allowed_values(&self, id: SecurityPropertyId) -> Vec<ChannelProperty> {
        match self
            .security_property_constraints
            .iter()
            .find(|c| c.id() == id)
        {
            Some(c) => c.allowed_values().to_vec(),
            None => default_security_property_constraint(id)
                .into_iter()
                .collect(),
        }
    }
}
