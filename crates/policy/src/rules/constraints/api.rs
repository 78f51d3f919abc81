//! Checking policy constraints (S-056..S-093), and the facts those checks and the WSDL importer
//! share: which properties a constraint may name, and with which binding constraints.
//!
//! ```
//! use wws_security_model::constraint::constraints_from_toml_str;
//!
//! let constraints = constraints_from_toml_str(r#"
//!     channel_binding = "tcp"
//!     [security_constraints]
//!     security_binding_constraints = [{ type = "ssl_transport" }]
//! "#).unwrap();
//! let report = wws_security_policy::constraints::validate(&constraints);
//! assert_eq!(report.ids(), ["S-087"]);
//! ```

use crate::{Policy, Report};
use wws_security_model::constraint::PolicyConstraints;
use wws_security_model::{
    HttpHeaderAuthScheme, SecurityBindingConstraintType as T, SecurityBindingPropertyId,
    SecurityPropertyId,
};

/// Checks `constraints` against every implemented S- rule, with the default lint levels.
pub fn validate(constraints: &PolicyConstraints) -> Report {
    super::validate(&Policy::default(), constraints)
}

/// Checks `constraints` with the lint levels of `policy`.
pub fn validate_with(policy: &Policy, constraints: &PolicyConstraints) -> Report {
    super::validate(policy, constraints)
}

/// The message constraints that the four message-level security properties need. The property
/// constraint page lists username, Kerberos, certificate and security context; the metadata
/// mapping page lists the issued token too, and the official issued-token sample constrains the
/// timestamp beside SSL and an issued token alone, so it is accepted (docs/decisions.md).
const MESSAGE: &[T] = &[
    T::UsernameMessage,
    T::KerberosApreqMessage,
    T::CertMessage,
    T::IssuedTokenMessage,
    T::SecurityContextMessage,
];

/// The transport constraints the protection level needs.
const TRANSPORT: &[T] = &[T::SslTransport, T::TcpSspiTransport, T::HttpHeaderAuth];

/// The binding constraints a constraint on security property `id` needs beside it (one of them),
/// or `None` when `id` cannot be constrained at all (S-081..S-086).
pub fn constrainable_security_property(id: SecurityPropertyId) -> Option<&'static [T]> {
    use SecurityPropertyId as Id;
    match id {
        Id::TimestampUsage
        | Id::SecurityHeaderLayout
        | Id::SecurityHeaderVersion
        | Id::AlgorithmSuiteName => Some(MESSAGE),
        Id::TransportProtectionLevel => Some(TRANSPORT),
        _ => None,
    }
}

/// The binding properties a binding constraint of type `constraint` may constrain
/// (S-065, S-067, S-068, S-071, S-077).
pub fn constrainable_binding_properties(constraint: T) -> &'static [SecurityBindingPropertyId] {
    use SecurityBindingPropertyId as Id;
    match constraint {
        T::HttpHeaderAuth => &[Id::HttpHeaderAuthScheme],
        T::SecurityContextMessage => &[
            Id::SecureConversationVersion,
            Id::SecurityContextKeyEntropyMode,
        ],
        _ => &[],
    }
}

/// The header-auth schemes a policy can announce, one assertion each (S-069).
pub const POLICY_HEADER_AUTH_SCHEMES: [HttpHeaderAuthScheme; 4] = [
    HttpHeaderAuthScheme::Basic,
    HttpHeaderAuthScheme::Digest,
    HttpHeaderAuthScheme::Ntlm,
    HttpHeaderAuthScheme::Negotiate,
];
