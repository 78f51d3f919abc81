//! Where a message binding may be used: channel binding and side.

use crate::context::{At, Ctx};
use crate::facts;
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::{CEnum, ChannelBinding, SecurityBindingType};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[&M_002, &M_003, &M_004, &M_052, &M_058],
    &[message_binding_channel, message_binding_side],
);

pub(crate) static M_002: Rule = Rule::error("M-002", Kind::Channel, Status::Implemented)
    .title("no message binding over UDP")
    .rationale("UDP channels carry no security at all, so a message binding there would never be honoured.")
    .source("concepts/channel-layer-overview.md § UDP");

pub(crate) static M_003: Rule = Rule::error("M-003", Kind::Channel, Status::Implemented)
    .title("no message binding on custom channels or listeners")
    .rationale("A custom channel or listener takes its security from the custom parameters only; a security description given to it is rejected.")
    .source("api/nf-webservices-wscreatechannel.md § securityDescription");

pub(crate) static M_004: Rule = Rule::error("M-004", Kind::Channel, Status::Implemented)
    .title("no message binding on named pipes")
    .rationale("Named pipes accept only the named-pipe SSPI binding; none of the message bindings is supported there.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § description");

// M-002, M-003, M-004: message bindings run on HTTP and TCP only (not UDP, custom, named pipe).
fn message_binding_channel(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() {
        return; // same channel as the outer description, already reported there
    }
    let channel = cx.channel_binding();
    let (id, why) = match channel {
        ChannelBinding::Udp => (&M_002, "UDP channels support no security"),
        ChannelBinding::Custom => (
            &M_003,
            "a custom channel takes its security from the custom parameters, not a description",
        ),
        ChannelBinding::Namedpipe => (
            &M_004,
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

pub(crate) static M_052: Rule = Rule::error("M-052", Kind::Side, Status::Implemented)
    .title("XML-token binding is client-only")
    .rationale("The XML token binding presents an issued token and exists on clients only; servers accept such tokens with the SAML binding.")
    .source("api/ns-webservices-ws_xml_token_message_security_binding.md § description");

pub(crate) static M_058: Rule = Rule::error("M-058", Kind::Side, Status::Implemented)
    .also(&["M-063"])
    .title("SAML binding is server-only")
    .rationale("The SAML binding validates received assertions and exists on servers only; clients present such tokens with the XML token binding. Its authenticator therefore only appears on servers too.")
    .source("api/ns-webservices-ws_saml_message_security_binding.md § description");

// M-052, M-058: the XML token binding is client-only, the SAML binding server-only.
fn message_binding_side(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, b) in cx.bindings().iter().enumerate() {
        let bt = b.binding_type();
        let (id, help) = match bt {
            SecurityBindingType::XmlTokenMessage => (
                &M_052,
                "a server accepts issued tokens with a `saml_message` binding",
            ),
            SecurityBindingType::SamlMessage => (
                &M_058,
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
