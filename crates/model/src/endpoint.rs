//! The endpoint: where a security description is used, and the description.

use crate::{ChannelBinding, ChannelType, EndpointAddress, SecurityDescription};
#[cfg(feature = "files")]
use serde::Serialize;
use std::fmt;

/// Which end of the channel receives the description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "files", serde(rename_all = "snake_case"))]
pub enum Side {
    /// The description goes to `WsCreateChannel` or `WsCreateServiceProxy`.
    Client,
    /// The description goes to `WsCreateListener` or a `WS_SERVICE_ENDPOINT` of `WsCreateServiceHost`.
    Server,
}

impl Side {
    /// Both sides.
    pub const ALL: [Side; 2] = [Side::Client, Side::Server];
    /// Canonical names of both sides.
    pub const NAMES: &'static [&'static str] = &["client", "server"];

    /// The canonical name.
    pub fn name(self) -> &'static str {
        match self {
            Side::Client => "client",
            Side::Server => "server",
        }
    }

    /// The side with this canonical name.
    pub fn from_name(name: &str) -> Result<Side, crate::UnknownName> {
        match name {
            "client" => Ok(Side::Client),
            "server" => Ok(Side::Server),
            other => Err(crate::UnknownName::new("side", other, Self::NAMES)),
        }
    }

    /// The other side.
    pub fn opposite(self) -> Side {
        match self {
            Side::Client => Side::Server,
            Side::Server => Side::Client,
        }
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Side {
    type Err = crate::UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Side::from_name(s)
    }
}

/// One endpoint: the side and channel a description is given to, and the description itself.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Endpoint {
    /// Client or server.
    pub side: Side,
    /// The channel binding of the channel or listener.
    pub channel_binding: ChannelBinding,
    /// The channel type, when known.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub channel_type: Option<ChannelType>,
    /// The address a client opens (`WsOpenChannel`) with the identity it expects, or the URL a
    /// server listens on (`WsOpenListener`), when the endpoint declares it.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub address: Option<EndpointAddress>,
    /// The security description (flattened: `properties` and `bindings` sit at the top level).
    #[cfg_attr(feature = "files", serde(flatten))]
    pub description: SecurityDescription,
}

impl Endpoint {
    /// An endpoint with an empty description.
    pub fn new(side: Side, channel_binding: ChannelBinding) -> Self {
        Endpoint {
            side,
            channel_binding,
            channel_type: None,
            address: None,
            description: SecurityDescription::default(),
        }
    }
}
