//! Protecting bindings: how many, and what authentication may run without one.

use crate::facts;
use crate::{At, Ctx};
use wws_security_model::defaults::effective_binding_property;
use wws_security_model::{
    BindingProperty, CEnum, ChannelBinding, ChannelProperty, HttpHeaderAuthTarget, ProtectionLevel,
    SecurityBinding, SecurityBindingPropertyId, SecurityBindingType, SecurityPropertyId, Side,
};

/// The index of the first binding of the channel's protecting type, if any.
fn protecting_index(cx: &Ctx<'_>) -> Option<usize> {
    let t = facts::protecting_binding(cx.channel_binding())?;
    cx.bindings().iter().position(|b| b.binding_type() == t)
}

// T-016: a description holds at most one binding of each transport (protecting) type.
pub(super) fn one_protecting_binding(cx: &mut Ctx<'_>) {
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
                "T-016",
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
pub(super) fn one_header_auth_per_target(cx: &mut Ctx<'_>) {
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
                "T-016",
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

// T-018: without SSL or TCP SSPI, message bindings are allowed only on an HTTP server (never XML token).
pub(super) fn message_binding_needs_protection(cx: &mut Ctx<'_>) {
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
            cx.emit("T-018", At::Binding(i), message, help);
        }
    }
}

// T-019: header or message authentication on HTTP without SSL needs transport_protection_level = none, written out.
pub(super) fn unprotected_http_needs_explicit_none(cx: &mut Ctx<'_>) {
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
                "T-019",
                At::Property(id),
                message,
                "set `transport_protection_level = \"none\"`, or add an `ssl_transport` binding",
            );
        }
        _ if proxy_only(cx) => {
            // The official proxy sample (C34) leaves the level out and shipped as working, so for
            // proxy-only authentication the omission is a lint (L-002), not T-019.
            let message = format!(
                "{} authenticates to an HTTP proxy without `ssl_transport` and without `transport_protection_level = \"none\"`; the messages to the service travel unprotected",
                cx.binding_label(i)
            );
            cx.emit("L-002", At::Properties, message, "add an `ssl_transport` binding, or write `transport_protection_level = \"none\"` to state that no protection is intended");
        }
        _ => {
            let message = format!(
                "{} runs on HTTP without `ssl_transport`, which needs `transport_protection_level = \"none\"` written out; leaving it out does not count",
                cx.binding_label(i)
            );
            cx.emit("T-019", at_missing_level, message, "add an `ssl_transport` binding (recommended), or set `transport_protection_level = \"none\"`");
        }
    }
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

// T-061: header authentication without SSL leaves the body, and Basic passwords, unprotected (advisory).
pub(super) fn header_auth_without_ssl(cx: &mut Ctx<'_>) {
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
                "T-061",
                At::Binding(i),
                message,
                "add an `ssl_transport` binding before the header-auth binding",
            );
        }
    }
}
