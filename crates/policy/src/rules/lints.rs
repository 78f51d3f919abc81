//! Our own security lints (L-), for risks no catalogue id covers. All are warnings.

use crate::context::{At, Ctx, Help};
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::{
    BindingProperty, CEnum, SecurityBindingPropertyId, SecurityImpersonationLevel,
};

pub(crate) static L_001: Rule = Rule::warning("L-001", Kind::Lint, Status::Implemented)
    .title("the client lets the service impersonate it on the service's machine")
    .rationale("With `impersonation` the service can act as the client on its own machine, with `delegation` on other machines too. The default `identification` lets the service check who is calling without acting as the caller; raise it only for a service that must.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_ALLOWED_IMPERSONATION_LEVEL");

pub(crate) static SET: RuleSet = RuleSet::checked(&[&L_001], &[impersonation_level]);

// L-001: allowed_impersonation_level impersonation hands the client's identity to the service (delegation is P-145).
fn impersonation_level(cx: &mut Ctx<'_>) {
    let id = SecurityBindingPropertyId::AllowedImpersonationLevel;
    for (i, b) in cx.bindings().iter().enumerate() {
        let Some(BindingProperty::AllowedImpersonationLevel(level)) = b.properties().get(id) else {
            continue;
        };
        // Delegation is the catalogue's own lint, P-145.
        let reach = match level {
            SecurityImpersonationLevel::Impersonation => "on the service's machine",
            _ => continue,
        };
        let message = format!(
            "{} allows impersonation level `{}`: the service may act as this client {reach}",
            cx.binding_label(i),
            level.name()
        );
        cx.emit(
            &L_001,
            At::BindingProperty(i, id),
            message,
            Help::text(
                "keep the default `identification` unless the service must act as the caller",
            )
            .propose_removal_at(At::BindingProperty(i, id)),
        );
    }
}
