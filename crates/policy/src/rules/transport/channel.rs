//! Which channel bindings and channel types a description fits.

use crate::facts;
use crate::{At, Ctx};
use wws_security_model::{CEnum, ChannelBinding, ChannelType, SecurityBindingType, Side};

/// True for bindings whose channel rules belong to catalogue M (the five message bindings).
fn is_message(t: SecurityBindingType) -> bool {
    t.is_message_binding()
}

// T-004: a description that sets channel properties must also hold a binding.
pub(super) fn empty_description(cx: &mut Ctx<'_>) {
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
        "T-004",
        At::Properties,
        "the description sets channel properties but holds no security binding; WWSAPI documents no meaning for an empty binding list",
        "add the bindings the endpoint needs, or remove `properties` too to declare an endpoint without security",
    );
}

// T-015: a UDP channel or listener takes no security description.
pub(super) fn udp_has_no_security(cx: &mut Ctx<'_>) {
    no_description(
        cx,
        ChannelBinding::Udp,
        "T-015",
        "UDP channels support no security",
    );
}

// T-119: a custom channel or listener takes no security description.
pub(super) fn custom_has_no_description(cx: &mut Ctx<'_>) {
    no_description(
        cx,
        ChannelBinding::Custom,
        "T-119",
        "custom channels take their security through the custom channel parameters, never a description",
    );
}

fn no_description(cx: &mut Ctx<'_>, channel: ChannelBinding, id: &'static str, why: &str) {
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
                id,
                At::Binding(i),
                message,
                "remove the binding (declare no security for this endpoint)",
            );
        }
    }
    if bindings.is_empty() && !cx.description().properties.is_empty() {
        let message = format!(
            "a `{}` endpoint sets security properties: {why}",
            channel.name()
        );
        cx.emit(
            id,
            At::Properties,
            message,
            "remove `properties`; the endpoint must have no security description",
        );
    }
}

// T-048: a named-pipe description holds named-pipe SSPI and nothing else.
pub(super) fn namedpipe_holds_only_np_sspi(cx: &mut Ctx<'_>) {
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
                "T-048",
                At::Binding(i),
                message,
                "replace it with a `namedpipe_sspi_transport` binding",
            );
        }
    }
}

// T-014: SSL and header auth need HTTP, TCP SSPI needs TCP, named-pipe SSPI needs named pipes.
pub(super) fn binding_supported_by_channel(cx: &mut Ctx<'_>) {
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
        cx.emit("T-014", At::Binding(i), message, help);
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

// T-127, T-128, T-129: the channel type must exist for the channel binding and side.
pub(super) fn channel_type_supported(cx: &mut Ctx<'_>) {
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
        cx.emit("T-128", At::ChannelType, message, help);
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
    let id = if overview_only { "T-129" } else { "T-127" };
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
    let help = format!("use `channel_type = \"{}\"`", allowed[0].name());
    cx.emit(id, At::ChannelType, message, help);
}
