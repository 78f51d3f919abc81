//! Rules of catalogue T (rules-transport.md): the description as a whole, the four transport and
//! HTTP bindings, credentials and channel types. Ids that restate a P or M rule are also-ids of
//! that rule.

pub(crate) mod address;
pub(crate) mod bags;
pub(crate) mod catalogue;
pub(crate) mod channel;
pub(crate) mod credentials;
pub(crate) mod protection;
pub(crate) mod scheme;
