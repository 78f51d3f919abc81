//! P-: the two property bags (binding settings and channel settings) and their values.
//!
//! Which binding takes which property on which side, and where each channel property may
//! appear, come from `facts::properties`; the checks here only map each fact to its rule id.

mod bindings;
mod catalogue;
mod channel;

use super::Check;
use crate::registry::Rule;

pub(crate) static RULES: &[Rule] = catalogue::RULES;

pub(crate) static CHECKS: &[Check] = &[
    bindings::repeated_keys,
    bindings::placement,
    bindings::ntlm_needs_server_auth_off,
    bindings::security_lowering_values,
    bindings::header_auth_scheme,
    bindings::realm_without_scheme,
    bindings::security_context_values,
    channel::placement,
    channel::extended_protection_needs_hdr_or_krb,
    channel::suites,
    channel::mixed_mode_only,
    channel::protection_level_lowered,
    channel::timestamps,
    channel::service_identities,
];
