//! Transport protection of the message bindings, and the settings that only mixed mode uses.

use crate::facts;
use crate::{At, Ctx};
use wws_security_model::{
    CEnum, ChannelBinding, ChannelProperty, ProtectionLevel, SecurityBindingType,
    SecurityPropertyId, Side,
};

// M-101: a bootstrap description needs its own transport binding; only an HTTP server may go
// without, and then only with its own `transport_protection_level = "none"` written out. (The
// endpoint's own description is T-018/T-019's.)
pub(super) fn bootstrap_needs_protection(cx: &mut Ctx<'_>) {
    if !cx.is_bootstrap() {
        return;
    }
    let channel = cx.channel_binding();
    let Some(protector) = facts::protecting_binding(channel) else {
        return; // M-002..M-004 already reject message bindings there
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
    let explicit_none = matches!(
        cx.description()
            .properties
            .get(SecurityPropertyId::TransportProtectionLevel),
        Some(ChannelProperty::TransportProtectionLevel(
            ProtectionLevel::None
        ))
    );
    let xml = bindings
        .iter()
        .any(|b| b.binding_type() == SecurityBindingType::XmlTokenMessage);
    if cx.side() == Side::Server && channel == ChannelBinding::Http && explicit_none && !xml {
        return;
    }
    let label = cx.binding_label(first);
    let protector = protector.name();
    cx.emit(
        "M-101",
        At::Bindings,
        format!("the bootstrap description holds {label} but no `{protector}` binding of its own; the outer description's transport binding is not inherited"),
        format!("add the channel's `{protector}` binding to the bootstrap description"),
    );
}
