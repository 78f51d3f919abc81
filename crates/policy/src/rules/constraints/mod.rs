//! S-056..S-093: the security binding constraints of policy matching (`WS_POLICY_CONSTRAINTS`,
//! `WS_SECURITY_CONSTRAINTS` and the eight `WS_*_SECURITY_BINDING_CONSTRAINT` structures).
//!
//! Constraints are not an endpoint, so their checks do not run in [`crate::validate`]: each file
//! here exports its rules in a [`RuleSet`](crate::registry::RuleSet) for the registry, and its
//! checks in `CHECKS`, which [`api::validate`] runs on the constraint set and on every bootstrap
//! constraint set inside it.

pub mod api;
mod bindings;
pub(crate) mod catalogue;
mod channel;
mod issued;
mod properties;

use crate::{Diagnostic, Policy, Report, Rule};
use wws_security_model::constraint::{PolicyConstraints, SecurityConstraints};
use wws_security_model::{CEnum, ChannelBinding, Part, Path, SecurityBindingConstraintType};

pub(crate) use bindings::SET as BINDINGS_SET;
pub(crate) use channel::SET as CHANNEL_SET;
pub(crate) use issued::SET as ISSUED_SET;
pub(crate) use properties::SET as PROPERTIES_SET;

/// How deep bootstrap constraint sets are followed; a context obtained over a context obtained
/// over ... is not a configuration anyone can build, so stopping loses nothing and bounds work.
const MAX_BOOTSTRAP_DEPTH: usize = 8;

/// A check over one constraint set.
type ConstraintCheck = fn(&mut ConstraintCtx<'_>);

/// Every constraint check, in the order they run on each set.
static CHECKS: &[&[ConstraintCheck]] = &[
    channel::CHECKS,
    bindings::CHECKS,
    properties::CHECKS,
    issued::CHECKS,
];

/// A place relative to the constraint set being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// One property constraint, by index.
    Property(usize),
    /// A field of one property constraint.
    PropertyField(usize, &'static str),
    /// One binding constraint, by index.
    Binding(usize),
    /// A field of one binding constraint.
    BindingField(usize, &'static str),
    /// One binding property constraint of binding constraint `.0`.
    BindingProperty(usize, usize),
    /// One request-security-token property constraint of binding constraint `.0`.
    RequestProperty(usize, usize),
}

/// What a constraint check sees and how it reports.
struct ConstraintCtx<'a> {
    channel_binding: ChannelBinding,
    set: &'a SecurityConstraints,
    /// Indexes of the security context constraints whose bootstraps lead to `set`.
    trail: Vec<usize>,
    policy: &'a Policy,
    report: &'a mut Report,
}

impl<'a> ConstraintCtx<'a> {
    fn set(&self) -> &'a SecurityConstraints {
        self.set
    }

    fn is_bootstrap(&self) -> bool {
        !self.trail.is_empty()
    }

    /// True when the set holds a binding constraint of one of `types`.
    fn has_any(&self, types: &[SecurityBindingConstraintType]) -> bool {
        self.set
            .security_binding_constraints
            .iter()
            .any(|c| types.contains(&c.constraint_type()))
    }

    fn path(&self, at: At) -> Path {
        let mut path = Path::root();
        path.push_key("security_constraints");
        for &index in &self.trail {
            path.push_key("security_binding_constraints");
            path.push_index(index);
            path.push_key("bootstrap_security_constraint");
        }
        match at {
            At::Property(i) => {
                path.push_key("security_property_constraints");
                path.push_index(i);
            }
            At::PropertyField(i, field) => {
                path.push_key("security_property_constraints");
                path.push_index(i);
                path.push_key(field);
            }
            At::Binding(j) => {
                path.push_key("security_binding_constraints");
                path.push_index(j);
            }
            At::BindingField(j, field) => {
                path.push_key("security_binding_constraints");
                path.push_index(j);
                path.push_key(field);
            }
            At::BindingProperty(j, k) => {
                path.push_key("security_binding_constraints");
                path.push_index(j);
                path.push_key("property_constraints");
                path.push_index(k);
            }
            At::RequestProperty(j, k) => {
                path.push_key("security_binding_constraints");
                path.push_index(j);
                path.push_key("request_security_token_property_constraints");
                path.push_index(k);
            }
        }
        path
    }

    /// "binding constraint #1 (`ssl_transport`)", with "bootstrap" inside a bootstrap set.
    fn binding_label(&self, index: usize) -> String {
        let kind = self
            .set
            .security_binding_constraints
            .get(index)
            .map(|c| c.constraint_type().name())
            .unwrap_or("?");
        let scope = if self.is_bootstrap() {
            "bootstrap "
        } else {
            ""
        };
        format!("{scope}binding constraint #{index} (`{kind}`)")
    }

    fn emit(&mut self, rule: &'static Rule, at: At, message: String, help: &str) {
        let Some(severity) = self.policy.severity_of(rule) else {
            return;
        };
        self.report.diagnostics.push(Diagnostic {
            rule,
            severity,
            message,
            help: help.to_owned(),
            path: self.path(at),
            part: Part::Key,
            suggestion: None,
        });
    }
}

/// Runs every check on `set`, then on each bootstrap set inside it.
fn check_set(cx: &mut ConstraintCtx<'_>) {
    for checks in CHECKS {
        for check in *checks {
            check(cx);
        }
    }
    if cx.trail.len() >= MAX_BOOTSTRAP_DEPTH {
        return;
    }
    let set = cx.set;
    for (index, constraint) in set.security_binding_constraints.iter().enumerate() {
        if let wws_security_model::constraint::SecurityBindingConstraint::SecurityContextMessage(
            c,
        ) = constraint
        {
            if let Some(bootstrap) = &c.bootstrap_security_constraint {
                let mut trail = cx.trail.clone();
                trail.push(index);
                let mut inner = ConstraintCtx {
                    channel_binding: cx.channel_binding,
                    set: bootstrap,
                    trail,
                    policy: cx.policy,
                    report: cx.report,
                };
                check_set(&mut inner);
            }
        }
    }
}

fn validate(policy: &Policy, constraints: &PolicyConstraints) -> Report {
    let mut report = Report::default();
    channel::channel_binding(constraints, policy, &mut report);
    if let Some(set) = &constraints.security_constraints {
        let mut cx = ConstraintCtx {
            channel_binding: constraints.channel_binding,
            set,
            trail: Vec::new(),
            policy,
            report: &mut report,
        };
        check_set(&mut cx);
    }
    report
}
