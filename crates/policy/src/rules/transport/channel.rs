//! Which channel bindings and channel types a description fits.

use crate::context::{At, Ctx, Help};
use crate::facts;
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::Value;
use wws_security_model::{CEnum, ChannelBinding, ChannelType, SecurityBindingType, Side};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[
        &T_004, &T_014, &T_015, &T_048, &T_119, &T_127, &T_128, &T_129,
    ],
    &[
        empty_description,
        udp_has_no_security,
        custom_has_no_description,
        namedpipe_holds_only_np_sspi,
        binding_supported_by_channel,
        channel_type_supported,
    ],
);

/// True for bindings whose channel rules belong to catalogue M (the five message bindings).
fn is_message(t: SecurityBindingType) -> bool {
    t.is_message_binding()
}

pub(crate) static T_004: Rule = Rule::error("T-004", Kind::Note, Status::Implemented)
    .title("a description with properties but no bindings")
    .rationale("An endpoint without bindings and properties stands for a NULL description (no security). Channel properties with no binding at all describe nothing the runtime documents, so they are reported; drop the properties for no security.")
    .source("api/ns-webservices-ws_security_binding.md § description");

// T-004: a description that sets channel properties must also hold a binding.
fn empty_description(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap()
        || !cx.bindings().is_empty()
        || cx.description().properties.is_empty()
        || matches!(
            cx.channel_binding(),
            ChannelBinding::Udp | ChannelBinding::Custom
        )
    {
        return;
    }
    cx.emit(
        &T_004,
        At::Properties,
        "the description sets channel properties but holds no security binding; WWSAPI documents no meaning for an empty binding list",
        Help::text("add the bindings the endpoint needs, or remove `properties` too to declare an endpoint without security")
            .propose_removal_at(At::Properties),
    );
}

pub(crate) static T_015: Rule = Rule::error("T-015", Kind::Channel, Status::Implemented)
    .title("the UDP channel binding has no security")
    .rationale(
        "UDP channels and listeners offer no security at all, so their description must be absent.",
    )
    .source("concepts/channel-layer-overview.md § UDP");

// T-015: a UDP channel or listener takes no security description.
fn udp_has_no_security(cx: &mut Ctx<'_>) {
    no_description(
        cx,
        ChannelBinding::Udp,
        &T_015,
        "UDP channels support no security",
    );
}

pub(crate) static T_119: Rule = Rule::error("T-119", Kind::Channel, Status::Implemented)
    .title("a custom channel takes no security description")
    .rationale("Custom transports carry their own security in the custom parameters; WWSAPI refuses a description for them.")
    .source("api/nf-webservices-wscreatechannel.md § remarks");

// T-119: a custom channel or listener takes no security description.
fn custom_has_no_description(cx: &mut Ctx<'_>) {
    no_description(
        cx,
        ChannelBinding::Custom,
        &T_119,
        "custom channels take their security through the custom channel parameters, never a description",
    );
}

fn no_description(cx: &mut Ctx<'_>, channel: ChannelBinding, rule: &'static Rule, why: &str) {
    if cx.is_bootstrap() || cx.channel_binding() != channel {
        return;
    }
    let bindings = cx.bindings();
    // Message bindings on these channels are reported by catalogue M (M-002, M-003).
    for (i, b) in bindings.iter().enumerate() {
        if !is_message(b.binding_type()) {
            let message = format!(
                "{} is not allowed on a `{}` channel: {why}",
                cx.binding_label(i),
                channel.name()
            );
            cx.emit(
                rule,
                At::Binding(i),
                message,
                Help::text("remove the binding: this channel has no security")
                    .propose_removal_at(At::Binding(i)),
            );
        }
    }
    if bindings.is_empty() && !cx.description().properties.is_empty() {
        let message = format!(
            "a `{}` endpoint sets security properties: {why}",
            channel.name()
        );
        cx.emit(
            rule,
            At::Properties,
            message,
            Help::text("remove `properties`: this channel has no security description")
                .propose_removal_at(At::Properties),
        );
    }
}

pub(crate) static T_048: Rule = Rule::error("T-048", Kind::Combination, Status::Implemented)
    .title("a named-pipe description holds named-pipe SSPI only")
    .rationale(
        "The named-pipe channel supports one transport binding and no other security binding.",
    )
    .source("api/ns-webservices-ws_namedpipe_sspi_transport_security_binding.md § description");

// T-048: a named-pipe description holds named-pipe SSPI and nothing else.
fn namedpipe_holds_only_np_sspi(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() || cx.channel_binding() != ChannelBinding::Namedpipe {
        return;
    }
    for (i, b) in cx.bindings().iter().enumerate() {
        let t = b.binding_type();
        // Message bindings on named pipes: M-004.
        if t != SecurityBindingType::NamedpipeSspiTransport && !is_message(t) {
            let message = format!(
                "{} cannot be used on a `namedpipe` channel, which supports `namedpipe_sspi_transport` only",
                cx.binding_label(i)
            );
            cx.emit(
                &T_048,
                At::Binding(i),
                message,
                "replace it with a `namedpipe_sspi_transport` binding",
            );
        }
    }
}

pub(crate) static T_014: Rule = Rule::error("T-014", Kind::Channel, Status::Implemented)
    .also(&["T-013", "T-025", "T-036", "T-047", "T-056"])
    .title("each binding must be supported by the channel binding")
    .rationale("SSL and header authentication exist only on HTTP, TCP SSPI only on TCP, named-pipe SSPI only on named pipes (Windows 8 or later); creation fails for any other pairing. A description mixing them fits no channel at all.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § description");

// T-014: SSL and header auth need HTTP, TCP SSPI needs TCP, named-pipe SSPI needs named pipes.
fn binding_supported_by_channel(cx: &mut Ctx<'_>) {
    let channel = cx.channel_binding();
    if !matches!(channel, ChannelBinding::Http | ChannelBinding::Tcp) {
        return; // T-015, T-119, T-048 speak for the other channels.
    }
    for (i, b) in cx.bindings().iter().enumerate() {
        let t = b.binding_type();
        let facts = facts::binding(t);
        if is_message(t) || facts.channels.contains(&channel) {
            continue;
        }
        let supported = facts.channels.first().map(|c| c.name()).unwrap_or("?");
        let message = format!(
            "{} works only on `{supported}` channels, but this endpoint's channel binding is `{}`",
            cx.binding_label(i),
            channel.name()
        );
        let help = match facts::protecting_binding(channel) {
            Some(p) if t.is_transport_binding() => {
                format!(
                    "use `{}` to protect a `{}` channel",
                    p.name(),
                    channel.name()
                )
            }
            _ => "remove the binding or change `channel_binding`".to_owned(),
        };
        cx.emit(&T_014, At::Binding(i), message, help);
    }
}

/// The channel types a channel binding supports on a side (T-127); `None` for custom channels,
/// whose implementation decides.
fn supported_types(channel: ChannelBinding, side: Side) -> Option<&'static [ChannelType]> {
    use ChannelType as C;
    Some(match (channel, side) {
        (ChannelBinding::Http, Side::Client) => &[C::Request],
        (ChannelBinding::Http, Side::Server) => &[C::Reply],
        (ChannelBinding::Tcp, _) => &[C::DuplexSession],
        (ChannelBinding::Udp, Side::Client) => &[C::Duplex],
        (ChannelBinding::Udp, Side::Server) => &[C::Input],
        (ChannelBinding::Namedpipe, _) => &[C::DuplexSession],
        (ChannelBinding::Custom, _) => return None,
    })
}

pub(crate) static T_128: Rule = Rule::error("T-128", Kind::Value, Status::Implemented)
    .title("channel types no binding supports")
    .rationale("output, input_session and output_session exist in the header but no channel binding supports them; session is only a flag for composing types.")
    .source("api/ne-webservices-ws_channel_type.md § enum-fields");

pub(crate) static T_129: Rule = Rule::warning("T-129", Kind::Note, Status::Implemented)
    .title("named-pipe channel types are documented inconsistently")
    .rationale("Decision: duplex_session is accepted; duplex on a client and input on a server, which only the overview names, are warned about as unverified.")
    .source("concepts/channel-layer-overview.md § Message Exchange Patterns");

pub(crate) static T_127: Rule = Rule::error("T-127", Kind::Channel, Status::Implemented)
    .title("the channel type must suit the channel binding and side")
    .rationale("HTTP clients send requests and servers reply, TCP and named pipes use duplex sessions, UDP clients are duplex and servers input; a security description can only sit on a pairing that exists.")
    .source("concepts/channel-layer-overview.md § Message Exchange Patterns");

// T-127, T-128, T-129: the channel type must exist for the channel binding and side.
fn channel_type_supported(cx: &mut Ctx<'_>) {
    use ChannelType as C;
    let Some(ty) = cx.channel_type() else { return };
    if cx.is_bootstrap() {
        return;
    }
    if matches!(
        ty,
        C::Output | C::InputSession | C::OutputSession | C::Session
    ) {
        let message = format!(
            "channel type `{}` is supported by no channel binding",
            ty.name()
        );
        let help = if ty == C::Session {
            "`session` is only a flag; use a composed type such as `duplex_session`"
        } else {
            "use the type the channel binding supports (request/reply on HTTP, duplex_session on TCP and named pipes)"
        };
        cx.emit(&T_128, At::ChannelType, message, help);
        return;
    }
    let (channel, side) = (cx.channel_binding(), cx.side());
    let Some(allowed) = supported_types(channel, side) else {
        return;
    };
    if allowed.contains(&ty) {
        return;
    }
    let overview_only = channel == ChannelBinding::Namedpipe
        && matches!(
            (side, ty),
            (Side::Client, C::Duplex) | (Side::Server, C::Input)
        );
    let id = if overview_only { &T_129 } else { &T_127 };
    let message = if overview_only {
        format!(
            "channel type `{}` on a named-pipe {} is named only by the channel-layer overview and is unverified",
            ty.name(),
            side.name()
        )
    } else {
        format!(
            "channel type `{}` is not supported on a `{}` {}",
            ty.name(),
            channel.name(),
            side.name()
        )
    };
    let value = Value::Name(allowed[0].name().to_owned());
    let help = Help::text(format!(
        "on `{}`, a {} uses `{}`",
        channel.name(),
        side.name(),
        allowed[0].name()
    ));
    let help = if overview_only {
        help.propose_at(At::ChannelType, value)
    } else {
        help.set_at(At::ChannelType, value)
    };
    cx.emit(id, At::ChannelType, message, help);
}
