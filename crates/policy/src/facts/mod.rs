//! Shared facts the checks consult, one table each, so no check restates them. The generated
//! documentation tables (`cargo xtask gen`) are rendered from the same data.

pub mod properties;

use wws_security_model::{ChannelBinding, SecurityBindingType, Side};

/// Which sides something is allowed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sides {
    /// Client only.
    Client,
    /// Server only.
    Server,
    /// Either side.
    Both,
}

impl Sides {
    /// True when `side` is allowed.
    pub fn allows(self, side: Side) -> bool {
        match self {
            Sides::Both => true,
            Sides::Client => side == Side::Client,
            Sides::Server => side == Side::Server,
        }
    }

    /// The allowed sides, as names.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Sides::Client => &["client"],
            Sides::Server => &["server"],
            Sides::Both => &["client", "server"],
        }
    }
}

/// Whether a binding field must be set on a side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Need {
    /// Must be present.
    Required,
    /// May be present.
    Optional,
    /// Must be absent.
    Forbidden,
    /// The documentation does not say.
    Undocumented,
}

impl Need {
    /// `required`, `optional`, `forbidden` or `undocumented`.
    pub fn name(self) -> &'static str {
        match self {
            Need::Required => "required",
            Need::Optional => "optional",
            Need::Forbidden => "forbidden",
            Need::Undocumented => "undocumented",
        }
    }
}

/// One field of a binding structure (besides `type` and `properties`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldFacts {
    /// The binding.
    pub binding: SecurityBindingType,
    /// Canonical field name (C member in snake case).
    pub field: &'static str,
    /// C member name.
    pub c_name: &'static str,
    /// The C type, as webservices.h spells it.
    pub c_type: &'static str,
    /// On a client.
    pub client: Need,
    /// On a server.
    pub server: Need,
}

/// Every field of every binding, in binding order, then C member order.
pub static FIELDS: &[FieldFacts] = {
    use Need::*;
    use SecurityBindingType as T;
    &[
        FieldFacts {
            binding: T::SslTransport,
            field: "local_cert_credential",
            c_name: "localCertCredential",
            c_type: "WS_CERT_CREDENTIAL*",
            client: Optional,
            server: Forbidden,
        },
        FieldFacts {
            binding: T::TcpSspiTransport,
            field: "client_credential",
            c_name: "clientCredential",
            c_type: "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            client: Required,
            server: Forbidden,
        },
        FieldFacts {
            binding: T::HttpHeaderAuth,
            field: "client_credential",
            c_name: "clientCredential",
            c_type: "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            client: Required,
            server: Forbidden,
        },
        FieldFacts {
            binding: T::UsernameMessage,
            field: "binding_usage",
            c_name: "bindingUsage",
            c_type: "WS_MESSAGE_SECURITY_USAGE",
            client: Required,
            server: Required,
        },
        FieldFacts {
            binding: T::UsernameMessage,
            field: "client_credential",
            c_name: "clientCredential",
            c_type: "WS_USERNAME_CREDENTIAL*",
            client: Required,
            server: Undocumented,
        },
        FieldFacts {
            binding: T::UsernameMessage,
            field: "password_validator",
            c_name: "passwordValidator",
            c_type: "WS_VALIDATE_PASSWORD_CALLBACK",
            client: Undocumented,
            server: Required,
        },
        FieldFacts {
            binding: T::UsernameMessage,
            field: "password_validator_callback_state",
            c_name: "passwordValidatorCallbackState",
            c_type: "void*",
            client: Undocumented,
            server: Optional,
        },
        FieldFacts {
            binding: T::KerberosApreqMessage,
            field: "binding_usage",
            c_name: "bindingUsage",
            c_type: "WS_MESSAGE_SECURITY_USAGE",
            client: Required,
            server: Required,
        },
        FieldFacts {
            binding: T::KerberosApreqMessage,
            field: "client_credential",
            c_name: "clientCredential",
            c_type: "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            client: Required,
            server: Forbidden,
        },
        FieldFacts {
            binding: T::XmlTokenMessage,
            field: "binding_usage",
            c_name: "bindingUsage",
            c_type: "WS_MESSAGE_SECURITY_USAGE",
            client: Required,
            server: Required,
        },
        FieldFacts {
            binding: T::XmlTokenMessage,
            field: "xml_token",
            c_name: "xmlToken",
            c_type: "WS_SECURITY_TOKEN*",
            client: Required,
            server: Undocumented,
        },
        FieldFacts {
            binding: T::SamlMessage,
            field: "binding_usage",
            c_name: "bindingUsage",
            c_type: "WS_MESSAGE_SECURITY_USAGE",
            client: Required,
            server: Required,
        },
        FieldFacts {
            binding: T::SamlMessage,
            field: "authenticator",
            c_name: "authenticator",
            c_type: "WS_SAML_AUTHENTICATOR*",
            client: Undocumented,
            server: Required,
        },
        FieldFacts {
            binding: T::SecurityContextMessage,
            field: "binding_usage",
            c_name: "bindingUsage",
            c_type: "WS_MESSAGE_SECURITY_USAGE",
            client: Required,
            server: Required,
        },
        FieldFacts {
            binding: T::SecurityContextMessage,
            field: "bootstrap_security_description",
            c_name: "bootstrapSecurityDescription",
            c_type: "WS_SECURITY_DESCRIPTION*",
            client: Required,
            server: Required,
        },
        FieldFacts {
            binding: T::NamedpipeSspiTransport,
            field: "client_credential",
            c_name: "clientCredential",
            c_type: "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            client: Required,
            server: Forbidden,
        },
    ]
};

/// The fields of `binding`.
pub fn fields(binding: SecurityBindingType) -> impl Iterator<Item = &'static FieldFacts> {
    FIELDS.iter().filter(move |f| f.binding == binding)
}

/// What the documentation says about one binding type as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BindingFacts {
    /// The binding.
    pub binding: SecurityBindingType,
    /// Channel bindings the binding works on.
    pub channels: &'static [ChannelBinding],
    /// Sides the binding may be used on.
    pub sides: &'static [Side],
    /// How many may appear in one description, when documented.
    pub max_per_description: Option<usize>,
    /// What the binding must be combined with, in our words (for the documentation).
    pub companions: &'static str,
}

const BOTH: &[Side] = &[Side::Client, Side::Server];
const HTTP_TCP: &[ChannelBinding] = &[ChannelBinding::Http, ChannelBinding::Tcp];

/// Facts of every binding, indexed by `binding_type as usize - 1`.
pub static BINDINGS: [BindingFacts; 9] = {
    use SecurityBindingType as T;
    [
        BindingFacts {
            binding: T::SslTransport,
            channels: &[ChannelBinding::Http],
            sides: BOTH,
            max_per_description: None, companions: "nothing; it is the protecting binding of HTTP" },
        BindingFacts {
            binding: T::TcpSspiTransport,
            channels: &[ChannelBinding::Tcp],
            sides: BOTH,
            max_per_description: None, companions: "nothing; it is the protecting binding of TCP" },
        BindingFacts {
            binding: T::HttpHeaderAuth,
            channels: &[ChannelBinding::Http],
            sides: BOTH,
            max_per_description: None, companions: "SSL, or else an explicit transport_protection_level of none" },
        BindingFacts {
            binding: T::UsernameMessage,
            channels: HTTP_TCP,
            sides: BOTH,
            max_per_description: Some(1), companions: "the channel's protecting binding (SSL or TCP SSPI); on an HTTP server, or an explicit protection level of none" },
        BindingFacts {
            binding: T::KerberosApreqMessage,
            channels: HTTP_TCP,
            sides: BOTH,
            max_per_description: Some(1), companions: "the channel's protecting binding (SSL or TCP SSPI); on an HTTP server, or an explicit protection level of none" },
        BindingFacts {
            binding: T::XmlTokenMessage,
            channels: HTTP_TCP,
            sides: &[Side::Client],
            max_per_description: None, companions: "always the channel's protecting binding (SSL or TCP SSPI)" },
        BindingFacts {
            binding: T::SamlMessage,
            channels: HTTP_TCP,
            sides: &[Side::Server],
            max_per_description: Some(1), companions: "the channel's protecting binding; on HTTP, or an explicit protection level of none" },
        BindingFacts {
            binding: T::SecurityContextMessage,
            channels: HTTP_TCP,
            sides: BOTH,
            max_per_description: Some(1), companions: "the channel's protecting binding (SSL or TCP SSPI), and a bootstrap description" },
        BindingFacts {
            binding: T::NamedpipeSspiTransport,
            channels: &[ChannelBinding::Namedpipe],
            sides: BOTH,
            max_per_description: None, companions: "nothing, and no other binding may accompany it" },
    ]
};

/// The facts of `binding`.
pub fn binding(binding: SecurityBindingType) -> &'static BindingFacts {
    use wws_security_model::CEnum;
    &BINDINGS[(binding.to_raw() - 1) as usize]
}

/// The transport binding that protects a channel of this binding, if the channel has one.
pub fn protecting_binding(channel: ChannelBinding) -> Option<SecurityBindingType> {
    match channel {
        ChannelBinding::Http => Some(SecurityBindingType::SslTransport),
        ChannelBinding::Tcp => Some(SecurityBindingType::TcpSspiTransport),
        ChannelBinding::Namedpipe => Some(SecurityBindingType::NamedpipeSspiTransport),
        ChannelBinding::Udp | ChannelBinding::Custom => None,
    }
}
