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
