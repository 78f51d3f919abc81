//! Where a message binding may be used: channel binding and side.

use crate::facts;
use crate::{At, Ctx};
use wws_security_model::{CEnum, ChannelBinding, SecurityBindingType};

// M-002, M-003, M-004: message bindings run on HTTP and TCP only (not UDP, custom, named pipe).
pub(super) fn message_binding_channel(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() {
        return; // same channel as the outer description, already reported there
    }
    let channel = cx.channel_binding();
    let (id, why) = match channel {
        ChannelBinding::Udp => ("M-002", "UDP channels support no security"),
        ChannelBinding::Custom => (
            "M-003",
            "a custom channel takes its security from the custom parameters, not a description",
        ),
        ChannelBinding::Namedpipe => (
            "M-004",
            "named pipes accept only the `namedpipe_sspi_transport` binding",
        ),
        ChannelBinding::Http | ChannelBinding::Tcp => return,
    };
    for (i, b) in cx.bindings().iter().enumerate() {
        let bt = b.binding_type();
        if bt.is_message_binding() && !facts::binding(bt).channels.contains(&channel) {
            let label = cx.binding_label(i);
            cx.emit(
                id,
                At::Binding(i),
                format!(
                    "{label} cannot be used on a `{}` channel: {why}",
                    channel.name()
                ),
                "use an `http` or `tcp` channel binding, or remove the message binding",
            );
        }
    }
}

// M-052, M-058: the XML token binding is client-only, the SAML binding server-only.
pub(super) fn message_binding_side(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, b) in cx.bindings().iter().enumerate() {
        let bt = b.binding_type();
        let (id, help) = match bt {
            SecurityBindingType::XmlTokenMessage => (
                "M-052",
                "a server accepts issued tokens with a `saml_message` binding",
            ),
            SecurityBindingType::SamlMessage => (
                "M-058",
                "a client presents an issued token with an `xml_token_message` binding",
            ),
            _ => continue,
        };
        if !facts::binding(bt).sides.contains(&side) {
            let label = cx.binding_label(i);
            cx.emit(
                id,
                At::Binding(i),
                format!(
                    "{label} is {}-only, but this endpoint is a {side}",
                    side.opposite()
                ),
                help,
            );
        }
    }
}
