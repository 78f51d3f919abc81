//! The WWSAPI security model: every type and enumeration of the `webservices.h` security layer,
//! with the exact C numbers, the canonical names of the endpoint file format, serde, and the
//! documented defaults. No rule is checked here; that is the policy crate's work.
//!
//! ```
//! use wws_security_model::{Endpoint, Side, ChannelBinding, SecurityBindingType};
//!
//! let endpoint = Endpoint::from_toml_str(r#"
//!     side = "client"
//!     channel_binding = "http"
//!
//!     [[bindings]]
//!     type = "ssl_transport"
//! "#).unwrap();
//! assert_eq!(endpoint.side, Side::Client);
//! assert_eq!(endpoint.channel_binding, ChannelBinding::Http);
//! assert_eq!(endpoint.description.bindings[0].binding_type(), SecurityBindingType::SslTransport);
//! ```
#![deny(missing_docs)]

mod address;
mod binding;
/// The macro's compact form of an endpoint; internal to the workspace, not a stable format.
#[doc(hidden)]
pub mod compact;
pub mod constraint;
mod credential;
pub mod decode;
pub mod defaults;
mod endpoint;
pub mod enums;
mod field;
mod flags;
mod path;
mod peer;
mod property;
#[cfg(feature = "schema")]
pub mod schema;
mod secret;
mod slot;
mod syntax;
mod template;
mod timespan;

pub use address::*;
pub use binding::*;
pub use credential::*;
pub use endpoint::*;
pub use enums::*;
pub use field::*;
pub use flags::*;
pub use path::*;
pub use property::*;
pub use secret::*;
pub use slot::*;
pub use syntax::Syntax;
pub use template::*;
pub use timespan::*;

pub use decode::{DecodeError, DecodeErrorKind, DecodeErrors};

#[cfg(feature = "files")]
impl Endpoint {
    /// Reads an endpoint file in TOML (docs/format.md), reporting every problem with its place.
    pub fn from_toml_str(text: &str) -> Result<Endpoint, DecodeErrors> {
        decode::from_toml_str(text)
    }

    /// Reads an endpoint file in JSON (same shape as TOML).
    pub fn from_json_str(text: &str) -> Result<Endpoint, DecodeErrors> {
        decode::from_json_str(text)
    }

    /// Writes the endpoint as TOML.
    pub fn to_toml_string(&self) -> Result<String, toml::ser::Error> {
        toml::to_string(self)
    }

    /// Writes the endpoint as pretty JSON.
    pub fn to_json_string(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

/// Any serde format: the document is read as a tree, then decoded with the same messages as
/// [`Endpoint::from_toml_str`] (all problems, each with its path).
impl<'de> serde::Deserialize<'de> for Endpoint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let node = decode::Node::deserialize(d)?;
        decode::decode_endpoint(&node).map_err(serde::de::Error::custom)
    }
}
