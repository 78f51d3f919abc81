//! The security property constraints: which ids may be constrained, beside which binding
//! constraints, and (for the protection level) whether the allowed values can match at all.

use super::api::constrainable_security_property;
use super::{At, ConstraintCtx};
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::{
    list_names, CEnum, ChannelProperty, ProtectionLevel, SecurityBindingConstraintType as T,
    SecurityPropertyId,
};

pub(crate) static S_081: Rule = Rule::error("S-081", Kind::Applicability, Status::Implemented)
    .title("timestamp usage constraint")
    .rationale("The timestamp is part of the WS-Security header, which only message tokens bring; the constraint may be given beside a username, Kerberos, certificate, issued-token or security-context constraint, and defaults to `always`.")
    .source("api/ns-webservices-ws_security_property_constraint.md § id");

pub(crate) static S_082: Rule = Rule::error("S-082", Kind::Applicability, Status::Implemented)
    .title("transport protection level constraint")
    .rationale("The protection level belongs to transport security: it may be constrained beside an SSL, TCP SSPI or header-auth constraint, and defaults to `sign_and_encrypt`. Policy fixes the value for two of them, `sign_and_encrypt` with SSL and `none` for header authentication alone, so an allowed set without that value never matches (the default set, for header auth alone).")
    .source("concepts/metadata-mapping.md § Constrains with Transport Security; api/ns-webservices-ws_security_property_constraint.md § id");

pub(crate) static S_083: Rule = Rule::error("S-083", Kind::Applicability, Status::Implemented)
    .title("security header layout constraint")
    .rationale("The header layout comes from sp:Layout and matters only with message tokens; the constraint may be given beside a username, Kerberos, certificate, issued-token or security-context constraint, and defaults to `strict`.")
    .source("api/ns-webservices-ws_security_property_constraint.md § id");

pub(crate) static S_084: Rule = Rule::error("S-084", Kind::Applicability, Status::Implemented)
    .title("security header version constraint")
    .rationale("The header version comes from sp:Wss10 or sp:Wss11 and matters only with message tokens; the constraint may be given beside a username, Kerberos, certificate, issued-token or security-context constraint, and defaults to 1.1.")
    .source("api/ns-webservices-ws_security_property_constraint.md § id");

pub(crate) static S_085: Rule = Rule::error("S-085", Kind::Applicability, Status::Implemented)
    .title("algorithm suite constraint")
    .rationale("The algorithm suite signs message tokens; the constraint may be given beside a username, Kerberos, certificate, issued-token or security-context constraint, and defaults to Basic256.")
    .source("api/ns-webservices-ws_security_property_constraint.md § id");

pub(crate) static S_086: Rule = Rule::error("S-086", Kind::Forbidden, Status::Implemented)
    .title("only five security property ids are constrainable")
    .rationale("Policy carries only the timestamp usage, protection level, header layout, header version and algorithm suite; any other security property is a local setting, written on the description after the match.")
    .source("api/ns-webservices-ws_security_property_constraint.md § id");

pub(crate) static SET: RuleSet = RuleSet::rules(&[&S_081, &S_082, &S_083, &S_084, &S_085, &S_086]);

pub(super) static CHECKS: &[fn(&mut ConstraintCtx<'_>)] = &[applicable, protection_can_match];

fn rule_of(id: SecurityPropertyId) -> &'static Rule {
    use SecurityPropertyId as Id;
    match id {
        Id::TimestampUsage => &S_081,
        Id::TransportProtectionLevel => &S_082,
        Id::SecurityHeaderLayout => &S_083,
        Id::SecurityHeaderVersion => &S_084,
        Id::AlgorithmSuiteName => &S_085,
        _ => &S_086,
    }
}

// S-081..S-086: a property constraint names a constrainable id, beside a binding constraint
// that needs it.
fn applicable(cx: &mut ConstraintCtx<'_>) {
    for (i, p) in cx.set().security_property_constraints.iter().enumerate() {
        let id = p.id();
        let Some(needs) = constrainable_security_property(id) else {
            let message = format!(
                "security property `{}` cannot be constrained: policy does not carry it",
                id.name()
            );
            cx.emit(
                &S_086,
                At::PropertyField(i, "id"),
                message,
                "remove the constraint and set the property on the security description after the match",
            );
            continue;
        };
        if !cx.has_any(needs) {
            let names: Vec<&str> = needs.iter().map(|t| t.name()).collect();
            let message = format!(
                "the constraint on `{}` has no {} binding constraint beside it",
                id.name(),
                list_names(&names)
            );
            cx.emit(
                rule_of(id),
                At::Property(i),
                message,
                "remove the property constraint, or add the binding constraint it belongs to",
            );
        }
    }
}

// S-082: with SSL the policy's protection level is always sign_and_encrypt, with header auth
// alone always none; the allowed set (given or default) must hold that value.
fn protection_can_match(cx: &mut ConstraintCtx<'_>) {
    let required = if cx.has_any(&[T::SslTransport]) {
        ProtectionLevel::SignAndEncrypt
    } else if cx.has_any(&[T::HttpHeaderAuth]) && !cx.has_any(&[T::TcpSspiTransport]) {
        ProtectionLevel::None
    } else {
        return;
    };
    let id = SecurityPropertyId::TransportProtectionLevel;
    let allowed = cx.set().effective_allowed_values(id);
    if allowed.contains(&ChannelProperty::TransportProtectionLevel(required)) {
        return;
    }
    let given = cx
        .set()
        .security_property_constraints
        .iter()
        .position(|p| p.id() == id);
    let (at, why) = match given {
        Some(i) => (
            At::PropertyField(i, "allowed_values"),
            "the allowed values of `transport_protection_level` leave it out".to_owned(),
        ),
        None => (
            At::Binding(0),
            "`transport_protection_level` is not constrained, and its default constraint allows only `sign_and_encrypt`".to_owned(),
        ),
    };
    let message = format!(
        "a policy with these binding constraints always has protection level `{}`, but {why}",
        required.name()
    );
    let help = format!(
        "constrain `transport_protection_level` to allow `{}`",
        required.name()
    );
    cx.emit(&S_082, at, message, &help);
}
