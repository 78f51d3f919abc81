//! The issued-token constraint's request-security-token property constraints.

use super::{At, ConstraintCtx};
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::constraint::SecurityBindingConstraint;
use wws_security_model::{CEnum, RequestSecurityTokenPropertyId, TrustVersion};

pub(crate) static S_076: Rule = Rule::error("S-076", Kind::Value, Status::Implemented)
    .title("trust version constraint")
    .rationale("The trust version is the only token-request property that policy carries (through sp:Trust10), and policy can only express WS-Trust February 2005. A constraint on another property, or one that leaves February 2005 out, matches nothing; leaving the constraint out uses February 2005, as the official issued-token sample does.")
    .source("api/ns-webservices-ws_request_security_token_property_constraint.md § id");

pub(crate) static SET: RuleSet = RuleSet::rules(&[&S_076]);

pub(super) static CHECKS: &[fn(&mut ConstraintCtx<'_>)] = &[trust_version];

// S-076: only the trust version, and February 2005 among its values.
fn trust_version(cx: &mut ConstraintCtx<'_>) {
    for (j, c) in cx.set().security_binding_constraints.iter().enumerate() {
        let SecurityBindingConstraint::IssuedTokenMessage(issued) = c else {
            continue;
        };
        for (k, p) in issued
            .request_security_token_property_constraints
            .iter()
            .enumerate()
        {
            if p.id != RequestSecurityTokenPropertyId::TrustVersion {
                let message = format!(
                    "{} constrains token-request property `{}`; only `trust_version` can be constrained",
                    cx.binding_label(j),
                    p.id.name()
                );
                cx.emit(
                    &S_076,
                    At::RequestProperty(j, k),
                    message,
                    "remove it and pass the property to WsRequestSecurityToken instead",
                );
            } else if !p.allowed_values.contains(&TrustVersion::February2005) {
                let message = format!(
                    "{} does not allow trust version `february_2005`, the only one policy can express",
                    cx.binding_label(j)
                );
                cx.emit(
                    &S_076,
                    At::RequestProperty(j, k),
                    message,
                    "allow `february_2005`, or leave the constraint out to get it by default",
                );
            }
        }
    }
}
