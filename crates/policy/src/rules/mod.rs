//! The rules, one module per catalogue area. Each module exports `RULES` (registry entries for
//! every id of its catalogue, whatever the status) and `CHECKS` (the check functions).

use crate::registry::{Kind, Rule, Severity, Status};
use crate::Ctx;

mod format;
mod lints;
mod message;
mod properties;
mod runtime;
mod transport;

/// A check: looks at the description in `cx` and emits a diagnostic per violation.
pub(crate) type Check = fn(&mut Ctx<'_>);

/// Registry entries of every area.
pub(crate) static ALL_AREAS: &[&[Rule]] = &[
    transport::RULES,
    message::RULES,
    properties::RULES,
    format::RULES,
    lints::RULES,
    runtime::RULES,
];

/// Check functions of every area, run on each description (the endpoint's and each bootstrap).
pub(crate) static ALL_CHECKS: &[&[Check]] = &[
    transport::CHECKS,
    message::CHECKS,
    properties::CHECKS,
    lints::CHECKS,
];

/// Stands in for an id missing from the registry (a bug caught by the fixture tests).
pub(crate) static UNKNOWN_RULE: Rule = Rule {
    id: "L-000",
    also: &[],
    kind: Kind::Lint,
    severity: Severity::Error,
    status: Status::Implemented,
    title: "internal: a check reported an id the registry does not know",
    rationale: "Reported only if the policy crate has a bug; please file an issue.",
    source: "wws-security",
};
