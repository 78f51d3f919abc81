//! The scheme of the address's URL against the description: the transport it names and whether
//! it asks for TLS.

use crate::context::{At, Ctx, Help};
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::Value;
use wws_security_model::{CEnum, ChannelBinding, SecurityBindingType};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[&L_005, &L_006],
    &[scheme_of_the_channel_binding, tls_scheme_and_ssl_binding],
);

/// The URL schemes each channel binding opens, as the samples and `WS_URL_SCHEME_TYPE` pair them;
/// `None` for a custom channel, whose schemes are its own.
fn schemes_of(binding: ChannelBinding) -> Option<&'static [&'static str]> {
    match binding {
        ChannelBinding::Http => Some(&["http", "https"]),
        ChannelBinding::Tcp => Some(&["net.tcp"]),
        ChannelBinding::Udp => Some(&["soap.udp"]),
        ChannelBinding::Namedpipe => Some(&["net.pipe"]),
        ChannelBinding::Custom => None,
    }
}

/// The channel binding whose URLs have `scheme`.
fn binding_of(scheme: &str) -> Option<ChannelBinding> {
    ChannelBinding::ALL
        .iter()
        .copied()
        .find(|&b| schemes_of(b).is_some_and(|s| s.contains(&scheme)))
}

fn listed(schemes: &[&str]) -> String {
    schemes
        .iter()
        .map(|s| format!("`{s}://`"))
        .collect::<Vec<_>>()
        .join(" or ")
}

pub(crate) static L_005: Rule = Rule::warning("L-005", Kind::Lint, Status::Implemented)
    .title("the address's scheme belongs to another transport")
    .rationale("Each channel binding opens the URLs of its own scheme: `http://` and `https://` for HTTP, `net.tcp://` for TCP, `soap.udp://` for UDP, `net.pipe://` for named pipes (the scheme types of `WS_URL`, and every sample pairs them so). An address of another scheme cannot be opened by the channel; the file names two different transports and one of them is a mistake.")
    .source("api/ne-webservices-ws_channel_binding.md; samples/requestreplytcpclientwithwindowstransportsecurityexample.md § address.url; samples/requestreplynamedpipesclientwithwindowstransportsecurityexample.md § address.url");

// L-005: the URL's scheme is one the channel binding opens.
fn scheme_of_the_channel_binding(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() {
        return;
    }
    let Some(address) = cx.address().filter(|a| !a.url.is_empty()) else {
        return;
    };
    let channel = cx.channel_binding();
    let Some(expected) = schemes_of(channel) else {
        return;
    };
    let scheme = address.scheme();
    if scheme.as_deref().is_some_and(|s| expected.contains(&s)) {
        return;
    }
    let expected = listed(expected);
    let Some(scheme) = scheme else {
        cx.emit(
            &L_005,
            At::Url,
            format!(
                "the address `{}` has no scheme; the `{}` channel binding opens {expected} URLs",
                address.url,
                channel.name()
            ),
            format!("write the URL in full, starting with {expected}"),
        );
        return;
    };
    let (message, help) = match binding_of(&scheme) {
        Some(other) => (
            format!(
                "the address `{}` names the `{}` transport, but the channel binding is `{}`, which opens {expected} URLs",
                address.url,
                other.name(),
                channel.name()
            ),
            Help::text(format!(
                "write the URL with {expected}, or change the channel binding to `{}`",
                other.name()
            ))
            .propose_at(At::ChannelBinding, Value::Name(other.name().to_owned())),
        ),
        None => (
            format!(
                "the address `{}` has the scheme `{scheme}`, which no WWSAPI channel opens; the `{}` channel binding opens {expected} URLs",
                address.url,
                channel.name()
            ),
            Help::text(format!("write the URL with {expected}")),
        ),
    };
    cx.emit(&L_005, At::Url, message, help);
}

pub(crate) static L_006: Rule = Rule::warning("L-006", Kind::Lint, Status::Implemented)
    .title("the address's scheme and the SSL binding disagree about TLS")
    .rationale("On HTTP, `https://` is the scheme of a channel protected by TLS and the SSL transport binding is what configures that protection (the server's certificate, client certificates, the rules that let username or header credentials travel). An `https://` address without the binding leaves TLS outside the description, so none of its rules see it; an SSL binding over an `http://` address asks for protection the URL does not give. Every SSL sample pairs the binding with an `https://` URL.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md; samples/httpclientwithusernameoversslexample.md § serviceUrl");

// L-006: on HTTP, an `https` URL and an SSL transport binding come together.
fn tls_scheme_and_ssl_binding(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() || cx.channel_binding() != ChannelBinding::Http {
        return;
    }
    let Some(address) = cx.address() else {
        return;
    };
    let ssl = cx
        .bindings()
        .iter()
        .position(|b| b.binding_type() == SecurityBindingType::SslTransport);
    match (address.scheme().as_deref(), ssl) {
        (Some("https"), None) => cx.emit(
            &L_006,
            At::Url,
            format!(
                "the address `{}` asks for TLS, but the description has no `ssl_transport` binding",
                address.url
            ),
            "add an `ssl_transport` binding so the description configures the TLS the URL asks for",
        ),
        (Some("http"), Some(i)) => {
            let https = format!("https{}", &address.url["http".len()..]);
            cx.emit(
                &L_006,
                At::Url,
                format!(
                    "{} asks for TLS, but the address `{}` is a plain `http://` URL",
                    cx.binding_label(i),
                    address.url
                ),
                Help::text("write the URL with `https://` (its port is often another one too)")
                    .propose_at(At::Url, Value::Str(https)),
            );
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::{binding_of, schemes_of};
    use wws_security_model::{CEnum, ChannelBinding};

    #[test]
    fn every_scheme_leads_back_to_its_channel_binding() {
        for &binding in ChannelBinding::ALL {
            for scheme in schemes_of(binding).unwrap_or_default() {
                assert_eq!(binding_of(scheme), Some(binding), "{scheme}");
            }
        }
        assert_eq!(binding_of("ftp"), None);
    }
}
