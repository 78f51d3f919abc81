//! Transport protection of the message bindings, and the settings that only mixed mode uses.

use crate::facts;
use crate::{At, Ctx};
use wws_security_model::{CEnum, ChannelBinding, SecurityBindingType, SecurityPropertyId, Side};

// M-010 (also M-017), M-012, M-013, M-014, M-101: a message binding needs the channel's own
// transport binding; only a server on HTTP may go without (the explicit-none case is T-018/T-019).
pub(super) fn missing_protection(cx: &mut Ctx<'_>) {
    let channel = cx.channel_binding();
    if !matches!(channel, ChannelBinding::Http | ChannelBinding::Tcp) {
        return; // M-002..M-004 already reject message bindings there
    }
    let Some(protector) = facts::protecting_binding(channel) else {
        return;
    };
    let bindings = cx.bindings();
    if bindings.iter().any(|b| b.binding_type() == protector) {
        return;
    }
    let Some(first) = bindings
        .iter()
        .position(|b| b.binding_type().is_message_binding())
    else {
        return;
    };
    let xml = bindings
        .iter()
        .position(|b| b.binding_type() == SecurityBindingType::XmlTokenMessage);
    let stand_in = bindings.iter().position(|b| {
        let bt = b.binding_type();
        bt.is_transport_binding() || bt == SecurityBindingType::HttpHeaderAuth
    });
    let server_http = cx.side() == Side::Server && channel == ChannelBinding::Http;
    let (id, at) = match (xml, stand_in) {
        (Some(x), _) => ("M-014", x),
        (None, _) if server_http => return,
        (None, Some(s)) => ("M-010", s),
        (None, None) if channel == ChannelBinding::Tcp => ("M-013", first),
        (None, None) => ("M-012", first),
    };
    let protector = protector.name();
    if cx.is_bootstrap() {
        let label = cx.binding_label(first);
        cx.emit(
            "M-101",
            At::Bindings,
            format!("the bootstrap description holds {label} but no `{protector}` binding of its own; the outer description's transport binding is not inherited"),
            format!("add the channel's `{protector}` binding to the bootstrap description"),
        );
        return;
    }
    let label = cx.binding_label(at);
    let side = cx.side();
    let message = match id {
        "M-014" => format!("{label} is never allowed without transport protection, and the description holds no `{protector}` binding"),
        "M-010" => format!("{label} does not protect message bindings on this `{}` channel; only the `{protector}` binding does, and the description has none", channel.name()),
        "M-013" => format!("{label} on a TCP channel needs a `tcp_sspi_transport` binding; TCP has no unprotected mode on either side"),
        _ => format!("{label} on a {side} needs an `ssl_transport` binding; clients have no unprotected mode, even with `transport_protection_level = \"none\"`"),
    };
    cx.emit(
        id,
        At::Binding(at),
        message,
        format!("add the channel's `{protector}` binding to the description"),
    );
}

/// Channel properties that act on the WS-Security header, i.e. only with a message binding.
const MIXED_MODE: [SecurityPropertyId; 8] = [
    SecurityPropertyId::AlgorithmSuite,
    SecurityPropertyId::AlgorithmSuiteName,
    SecurityPropertyId::MaxAllowedLatency,
    SecurityPropertyId::TimestampValidityDuration,
    SecurityPropertyId::MaxAllowedClockSkew,
    SecurityPropertyId::TimestampUsage,
    SecurityPropertyId::SecurityHeaderLayout,
    SecurityPropertyId::SecurityHeaderVersion,
];

// M-018: mixed-mode channel properties have no effect without a message binding (warning).
pub(super) fn mixed_mode_properties(cx: &mut Ctx<'_>) {
    let description = cx.description();
    if description
        .bindings
        .iter()
        .any(|b| b.binding_type().is_message_binding())
    {
        return;
    }
    for p in description.properties.iter() {
        let id = p.id();
        if MIXED_MODE.contains(&id) {
            cx.emit(
                "M-018",
                At::Property(id),
                format!("channel property `{}` only affects the WS-Security header of message bindings, and this description has none", id.name()),
                "remove the property, or add the message binding it was meant for",
            );
        }
    }
}
