//! Rules of the message area (rules-message.md): the five message bindings, their channels,
//! sides, required fields, instance counts, transport protection and bootstrap descriptions.
//! Single-property rules of these bindings live in the properties area; the general
//! "authentication without protection" rule lives in the transport area (those ids are also-ids
//! of the rules that own them).

pub(crate) mod bootstrap;
pub(crate) mod catalogue;
pub(crate) mod channel;
pub(crate) mod fields;
pub(crate) mod protection;
