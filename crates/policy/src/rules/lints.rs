//! Our own security lints (L-), for risks no catalogue id covers. All are warnings.

use super::Check;
use crate::registry::{Kind, Rule, Severity, Status};
use crate::{At, Ctx};
use wws_security_model::{
    BindingProperty, CEnum, SecurityBindingPropertyId, SecurityImpersonationLevel,
};

pub(crate) static RULES: &[Rule] = &[PROXY_AUTH_WITHOUT_PROTECTION_LEVEL, Rule {
    id: "L-001",
    also: &[],
    kind: Kind::Lint,
    severity: Severity::Warning,
    status: Status::Implemented,
    title: "the client lets the service impersonate it on the service's machine",
    rationale: "With `impersonation` the service can act as the client on its own machine, with `delegation` on other machines too. The default `identification` lets the service check who is calling without acting as the caller; raise it only for a service that must.",
    source: "api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_ALLOWED_IMPERSONATION_LEVEL",
}];

/// Reported by the T-019 check (transport/protection.rs), which owns the HTTP-without-SSL case.
const PROXY_AUTH_WITHOUT_PROTECTION_LEVEL: Rule = Rule {
    id: "L-002",
    also: &[],
    kind: Kind::Lint,
    severity: Severity::Warning,
    status: Status::Implemented,
    title: "proxy header authentication without SSL leaves the protection level implicit",
    rationale: "The header-auth page asks for an explicit `none` protection level whenever the binding runs without SSL, but the official proxy sample leaves it out and shipped as working. We follow the sample for proxy-only authentication and warn instead: the messages to the service are unprotected, and writing `none` (or adding SSL) makes that choice visible.",
    source: "api/ns-webservices-ws_http_header_auth_security_binding.md § description; samples/asmxterraservicesamplewithcustomproxy.md",
};

pub(crate) static CHECKS: &[Check] = &[impersonation_level];

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
            "L-001",
            At::BindingProperty(i, id),
            message,
            "keep the default `identification` unless the service must act as the caller",
        );
    }
}
