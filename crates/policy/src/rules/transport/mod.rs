//! Rules of catalogue T (rules-transport.md): the description as a whole, the four transport and
//! HTTP bindings, credentials and channel types. Ids restated by P or M rules are handed off in
//! `catalogue/handoff-transport.tsv`.

mod channel;
mod credentials;
mod protection;
mod registry;

use super::Check;

pub(crate) use registry::RULES;

pub(crate) static CHECKS: &[Check] = &[
    channel::empty_description,
    channel::udp_has_no_security,
    channel::custom_has_no_description,
    channel::namedpipe_holds_only_np_sspi,
    channel::binding_supported_by_channel,
    channel::channel_type_supported,
    protection::one_protecting_binding,
    protection::one_header_auth_per_target,
    protection::message_binding_needs_protection,
    protection::unprotected_http_needs_explicit_none,
    protection::header_auth_without_ssl,
    credentials::field_per_side,
    credentials::basic_digest_need_string_credential,
    credentials::cert_store_names,
    credentials::thumbprint_format,
    credentials::windows_username_not_empty,
    credentials::blank_password,
    credentials::literal_password,
];
