//! Rules of the message area (rules-message.md): the five message bindings, their channels,
//! sides, required fields, instance counts, transport protection and bootstrap descriptions.
//! Single-property rules of these bindings live in the properties area; the general
//! "authentication without protection" rule lives in the transport area
//! (catalogue/handoff-message.tsv lists every id handed over).

mod bootstrap;
mod channel;
mod fields;
mod protection;
mod registry;

use super::Check;
pub(crate) use registry::RULES;

/// The checks of the message area.
pub(crate) static CHECKS: &[Check] = &[
    channel::message_binding_channel,
    channel::message_binding_side,
    fields::required_fields,
    fields::instance_count,
    fields::xml_token_count,
    fields::saml_authenticator,
    protection::bootstrap_needs_protection,
    bootstrap::bootstrap_not_empty,
    bootstrap::bootstrap_credential,
    bootstrap::no_nested_context,
];
