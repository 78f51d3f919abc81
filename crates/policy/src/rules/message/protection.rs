//! Transport protection of the message bindings, and the settings that only mixed mode uses.

use crate::context::{At, Ctx};
use crate::facts;
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::{
    CEnum, ChannelBinding, ChannelProperty, ProtectionLevel, SecurityBindingType,
    SecurityPropertyId, Side,
};

pub(crate) static SET: RuleSet = RuleSet::checked(&[&M_101], &[bootstrap_needs_protection]);

pub(crate) static M_101: Rule = Rule::error("M-101", Kind::Combination, Status::Implemented)
    .title("bootstrap needs its own protection")
    .rationale("The bootstrap's bindings are supporting tokens too, so the bootstrap needs its own transport binding; the outer one is not inherited.")
    .source("api/ns-webservices-ws_http_ssl_username_security_context_binding_template.md § sslTransportSecurityBinding and securityProperties");

// M-101: a bootstrap description needs its own transport binding; only an HTTP server may go
// without, and then only with its own `transport_protection_level = "none"` written out. (The
// endpoint's own description is T-018/T-019's.)
fn bootstrap_needs_protection(cx: &mut Ctx<'_>) {
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
        &M_101,
        At::Bindings,
        format!("the bootstrap description holds {label} but no `{protector}` binding of its own; the outer description's transport binding is not inherited"),
        format!("add the channel's `{protector}` binding to the bootstrap description"),
    );
}
