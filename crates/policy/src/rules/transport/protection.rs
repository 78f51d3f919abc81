//! Protecting bindings: how many, and what authentication may run without one.

use crate::context::{At, Ctx, Help};
use crate::facts;
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::Value;
use wws_security_model::defaults::effective_binding_property;
use wws_security_model::{
    BindingProperty, CEnum, ChannelBinding, ChannelProperty, HttpHeaderAuthTarget, ProtectionLevel,
    SecurityBinding, SecurityBindingPropertyId, SecurityBindingType, SecurityPropertyId, Side,
};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[&L_002, &T_016, &T_018, &T_019, &T_061],
    &[
        one_protecting_binding,
        one_header_auth_per_target,
        message_binding_needs_protection,
        unprotected_http_needs_explicit_none,
        header_auth_without_ssl,
    ],
);

/// The index of the first binding of the channel's protecting type, if any.
fn protecting_index(cx: &Ctx<'_>) -> Option<usize> {
    let t = facts::protecting_binding(cx.channel_binding())?;
    cx.bindings().iter().position(|b| b.binding_type() == t)
}

pub(crate) static T_016: Rule = Rule::error("T-016", Kind::Note, Status::Implemented)
    .also(&[
        "P-151", // how many header-auth bindings a description may hold is a binding-count question T-016 covers
    ])
    .title("at most one protecting binding, and one header-auth binding per target")
    .rationale("Decision: a connection has a single transport security layer, and two header-auth bindings aimed at the same target would compete for the same header; both are reported. One service-target and one proxy-target binding are accepted.")
    .source("api/ns-webservices-ws_security_binding.md § description");

// T-016: a description holds at most one binding of each transport (protecting) type.
fn one_protecting_binding(cx: &mut Ctx<'_>) {
    let bindings = cx.bindings();
    for (i, b) in bindings.iter().enumerate() {
        let t = b.binding_type();
        if !t.is_transport_binding() {
            continue;
        }
        if let Some(first) = bindings[..i].iter().position(|o| o.binding_type() == t) {
            let message = format!(
                "{} repeats the transport binding of binding #{first}; a connection has one transport security layer",
                cx.binding_label(i)
            );
            cx.emit(
                &T_016,
                At::Binding(i),
                message,
                "keep a single transport binding and merge its settings",
            );
        }
    }
}

fn header_target(b: &SecurityBinding, side: Side) -> HttpHeaderAuthTarget {
    match effective_binding_property(b, side, SecurityBindingPropertyId::HttpHeaderAuthTarget)
        .value()
    {
        Some(BindingProperty::HttpHeaderAuthTarget(t)) => *t,
        _ => HttpHeaderAuthTarget::Service,
    }
}

// T-016: at most one header-auth binding per target (service, proxy).
fn one_header_auth_per_target(cx: &mut Ctx<'_>) {
    let bindings = cx.bindings();
    let side = cx.side();
    for (i, b) in bindings.iter().enumerate() {
        if b.binding_type() != SecurityBindingType::HttpHeaderAuth {
            continue;
        }
        let target = header_target(b, side);
        let earlier = bindings[..i].iter().position(|o| {
            o.binding_type() == SecurityBindingType::HttpHeaderAuth
                && header_target(o, side) == target
        });
        if let Some(first) = earlier {
            let message = format!(
                "{} authenticates to the `{}` target like binding #{first}; two header-auth bindings cannot share a target",
                cx.binding_label(i),
                target.name()
            );
            cx.emit(
                &T_016,
                At::Binding(i),
                message,
                "keep one header-auth binding per target and combine their schemes",
            );
        }
    }
}

/// Why a message binding may not run without a protecting binding here, if it may not.
fn unprotected_refusal(
    t: SecurityBindingType,
    side: Side,
    channel: ChannelBinding,
) -> Option<&'static str> {
    if t == SecurityBindingType::XmlTokenMessage {
        Some("the XML-token binding always needs one")
    } else if channel != ChannelBinding::Http {
        Some("only HTTP has an unprotected mode")
    } else if side == Side::Client {
        Some("the unprotected mode exists only on servers")
    } else {
        None
    }
}

pub(crate) static T_018: Rule = Rule::error("T-018", Kind::Combination, Status::Implemented)
    .also(&[
        "M-009", // general rule: authentication bindings need a protecting binding; our message-specific facets are M-010, M-012..M-014, M-101
        "M-010", // the channel's own transport binding is the only protection; T-018 reports a message binding without it
        "M-012", // facet of T-018: clients have no unprotected mode
        "M-013", // facet of T-018: TCP has no unprotected mode
        "M-014", // facet of T-018: the XML token binding never runs unprotected
        "M-017", // the companion must be the channel's transport binding, which T-018 checks
        "P-085", // message bindings on HTTP without SSL (server only, explicit NONE) are the unprotected configurations of T-018
        "T-060",
    ])
    .title("message authentication without a protecting binding only on an HTTP server")
    .rationale("Without SSL or TCP SSPI nothing protects the message or its credentials. WWSAPI accepts that only for the username, Kerberos, SAML and security-context bindings on an HTTP server, never for the XML-token binding, and never on TCP or a client. Header auth does not count as protection.")
    .source("concepts/security-overview.md § Selecting Security Bindings");

// T-018: without SSL or TCP SSPI, message bindings are allowed only on an HTTP server (never XML token).
fn message_binding_needs_protection(cx: &mut Ctx<'_>) {
    let channel = cx.channel_binding();
    if cx.is_bootstrap() || protecting_index(cx).is_some() {
        return;
    }
    if !matches!(channel, ChannelBinding::Http | ChannelBinding::Tcp) {
        return; // message bindings are unsupported there (M-002..M-004)
    }
    let side = cx.side();
    for (i, b) in cx.bindings().iter().enumerate() {
        let t = b.binding_type();
        if !t.is_message_binding() {
            continue;
        }
        if let Some(why) = unprotected_refusal(t, side, channel) {
            let protect = facts::protecting_binding(channel)
                .map(|p| p.name())
                .unwrap_or("?");
            let message = format!(
                "{} has no protecting `{protect}` binding beside it on this {} {} endpoint, and {why}",
                cx.binding_label(i),
                channel.name(),
                side.name()
            );
            let help = format!("add a `{protect}` binding to the description");
            cx.emit(&T_018, At::Binding(i), message, help);
        }
    }
}

pub(crate) static T_019: Rule = Rule::error("T-019", Kind::Required, Status::Implemented)
    .also(&[
        "M-011", // the server-HTTP exception with an explicit protection level of none is the general unprotected-configuration rule
        "P-084", // header auth without SSL needing an explicit NONE is the general HTTP-without-SSL rule T owns
        "T-017",
    ])
    .title("HTTP without SSL needs transport_protection_level = none, written out")
    .rationale("Running header or message authentication over plain HTTP must be a deliberate choice, so WWSAPI demands an explicit protection level of none; leaving the property out, or writing sign, does not count. SSL plus header auth needs nothing. Proxy-only header auth with the property left out is L-002 instead (see T-068).")
    .source("api/ns-webservices-ws_http_header_auth_security_binding.md § description");

pub(crate) static L_002: Rule = Rule::warning("L-002", Kind::Lint, Status::Implemented)
    .title("proxy header authentication without SSL leaves the protection level implicit")
    .rationale("The header-auth page asks for an explicit `none` protection level whenever the binding runs without SSL, but the official proxy sample leaves it out and shipped as working. We follow the sample for proxy-only authentication and warn instead: the messages to the service are unprotected, and writing `none` (or adding SSL) makes that choice visible.")
    .source("api/ns-webservices-ws_http_header_auth_security_binding.md § description; samples/asmxterraservicesamplewithcustomproxy.md");

// T-019: header or message authentication on HTTP without SSL needs transport_protection_level = none, written out.
fn unprotected_http_needs_explicit_none(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap()
        || cx.channel_binding() != ChannelBinding::Http
        || protecting_index(cx).is_some()
    {
        return;
    }
    let side = cx.side();
    let mut first_auth = None;
    for (i, b) in cx.bindings().iter().enumerate() {
        let t = b.binding_type();
        if t.is_message_binding() && unprotected_refusal(t, side, ChannelBinding::Http).is_some() {
            return; // T-018 already refuses the set-up; the level cannot rescue it.
        }
        if (t.is_message_binding() || t == SecurityBindingType::HttpHeaderAuth)
            && first_auth.is_none()
        {
            first_auth = Some(i);
        }
    }
    let Some(i) = first_auth else { return };
    let id = SecurityPropertyId::TransportProtectionLevel;
    // Point at the properties table when there is one, else at the binding that needs the level.
    let at_missing_level = if cx.description().properties.is_empty() {
        At::Binding(i)
    } else {
        At::Properties
    };
    match cx.description().properties.get(id) {
        Some(ChannelProperty::TransportProtectionLevel(ProtectionLevel::None)) => {}
        Some(ChannelProperty::TransportProtectionLevel(level)) => {
            let message = format!(
                "{} runs on HTTP without `ssl_transport`, so `transport_protection_level` must be `none`, not `{}`",
                cx.binding_label(i),
                level.name()
            );
            cx.emit(
                &T_019,
                At::Property(id),
                message,
                Help::text("add an `ssl_transport` binding (recommended), or state that the messages travel unprotected with a `transport_protection_level` of `none`")
                    .propose_at(At::Property(id), none()),
            );
        }
        _ if proxy_only(cx) => {
            // The official proxy sample (C34) leaves the level out and shipped as working, so for
            // proxy-only authentication the omission is a lint (L-002), not T-019.
            let message = format!(
                "{} authenticates to an HTTP proxy without `ssl_transport` and without an explicit `transport_protection_level` of `none`; the messages to the service travel unprotected",
                cx.binding_label(i)
            );
            let help = Help::text("add an `ssl_transport` binding, or state that no protection is intended with a `transport_protection_level` of `none`")
                .propose_at(At::Property(id), none());
            cx.emit(&L_002, At::Properties, message, help);
        }
        _ => {
            let message = format!(
                "{} runs on HTTP without `ssl_transport`, which needs a `transport_protection_level` of `none` written out; leaving it out does not count",
                cx.binding_label(i)
            );
            let help = Help::text("add an `ssl_transport` binding (recommended), or state that the messages travel unprotected with a `transport_protection_level` of `none`")
                .propose_at(At::Property(id), none());
            cx.emit(&T_019, at_missing_level, message, help);
        }
    }
}

/// `none`, the protection level the unprotected set-ups must state: proposed, never applied,
/// since adding SSL is the better fix.
fn none() -> Value {
    Value::Name(ProtectionLevel::None.name().to_owned())
}

/// True when every authentication binding is header auth addressed to an HTTP proxy.
fn proxy_only(cx: &Ctx<'_>) -> bool {
    let side = cx.side();
    cx.bindings().iter().all(|b| {
        b.binding_type() == SecurityBindingType::HttpHeaderAuth
            && matches!(
                effective_binding_property(
                    b,
                    side,
                    SecurityBindingPropertyId::HttpHeaderAuthTarget
                )
                .value(),
                Some(BindingProperty::HttpHeaderAuthTarget(
                    HttpHeaderAuthTarget::Proxy
                ))
            )
    })
}

pub(crate) static T_061: Rule = Rule::warning("T-061", Kind::Combination, Status::Implemented)
    .title("header authentication without SSL")
    .rationale("Header auth only authenticates the client: without SSL the body is readable and alterable, and Basic sends the password in clear text, Digest a crackable hash. Allowed with an explicit level of none (T-019), but pair it with SSL.")
    .source("api/ns-webservices-ws_http_header_auth_security_binding.md § description");

// T-061: header authentication without SSL leaves the body, and Basic passwords, unprotected (advisory).
fn header_auth_without_ssl(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap()
        || cx.channel_binding() != ChannelBinding::Http
        || protecting_index(cx).is_some()
    {
        return;
    }
    for (i, b) in cx.bindings().iter().enumerate() {
        if b.binding_type() == SecurityBindingType::HttpHeaderAuth {
            let message = format!(
                "{} runs without SSL: messages travel unprotected, and Basic or Digest credentials can be read or cracked on the wire",
                cx.binding_label(i)
            );
            cx.emit(
                &T_061,
                At::Binding(i),
                message,
                "add an `ssl_transport` binding before the header-auth binding",
            );
        }
    }
}
