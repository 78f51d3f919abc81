//! The rules, one module per catalogue area, one file per concern. Each file declares its rules
//! (a `static` per rule, beside the check that reports it) and exports them with its checks as a
//! [`RuleSet`]; rules no check reports live in the area's `catalogue.rs`.

use crate::context::Ctx;
use crate::registry::{Claim, RuleSet};
use wws_security_model::decode::DecodeError;

pub(crate) mod constraints;
pub(crate) mod fields;
pub(crate) mod format;
pub(crate) mod lints;
pub(crate) mod message;
pub(crate) mod properties;
pub(crate) mod runtime;
pub(crate) mod templates;
pub(crate) mod transport;

/// A check: looks at the description in `cx` and emits a diagnostic per violation.
pub(crate) type Check = fn(&mut Ctx<'_>);

/// A decode check: the rule a decoder error breaks, when it is this file's rule rather than a
/// format rule (a value that is valid elsewhere but not here).
pub(crate) type DecodeCheck = fn(&DecodeError) -> Option<Claim>;

/// Every rules file, in the order their checks run on each description (the endpoint's and each
/// bootstrap description).
pub(crate) static SETS: &[&RuleSet] = &[
    &transport::channel::SET,
    &transport::protection::SET,
    &fields::SET,
    &transport::credentials::SET,
    &transport::bags::SET,
    &transport::address::SET,
    &transport::scheme::SET,
    &transport::catalogue::SET,
    &message::channel::SET,
    &message::fields::SET,
    &message::protection::SET,
    &message::bootstrap::SET,
    &message::catalogue::SET,
    &properties::bindings::SET,
    &properties::channel::SET,
    &properties::catalogue::SET,
    &constraints::CHANNEL_SET,
    &constraints::BINDINGS_SET,
    &constraints::PROPERTIES_SET,
    &constraints::ISSUED_SET,
    &constraints::catalogue::SET,
    &lints::SET,
    &format::SET,
    &runtime::SET,
    // Templates: their checks run on templates (`templates::TEMPLATE_CHECKS`), not here.
    &templates::decode::SET,
    &templates::channel::SET,
    &templates::fields::SET,
    &templates::policy::SET,
    &templates::merge::SET,
    &templates::catalogue::SET,
    // The C- rules compare two endpoints (`compat`); they run no check on one description.
    &crate::compat::SET,
];
