//! The transport security of the connection: the same transport binding on both ends, the SSL
//! client certificate, and the SSPI settings both ends negotiate with.

use super::pair::{At, Pair, Text};
use crate::registry::{Kind, Rule, Status};
use wws_security_model::{
    BindingProperty, ChannelBinding, ChannelProperty, ExtendedProtectionScenario, ProtectionLevel,
    SecurityBinding, SecurityBindingPropertyId as B, SecurityBindingType, SecurityPropertyId as P,
    Side, WindowsIntegratedAuthPackage,
};

pub(crate) static C_004: Rule = Rule::error("C-004", Kind::Combination, Status::Implemented)
    .title("both ends use the same transport security binding, or neither does")
    .rationale("SSL, TCP SSPI and named-pipe SSPI change the connection itself: an SSL client opens an https connection, an SSPI client starts the NegotiateStream upgrade. Both ends must set up the same one, or both none. Compared in the endpoints' descriptions and in each pair of bootstrap descriptions. At run time the connection fails before the first message: a TLS handshake meets a plain listener, or the framing preamble is refused.")
    .source("concepts/security-bindings.md; api/ns-webservices-ws_ssl_transport_security_binding.md; api/ns-webservices-ws_tcp_sspi_transport_security_binding.md; api/ns-webservices-ws_namedpipe_sspi_transport_security_binding.md");

pub(crate) static C_021: Rule = Rule::warning("C-021", Kind::Combination, Status::Implemented)
    .title("a client's SSL reaches a server without SSL only through an SSL-ending intermediary")
    .rationale("An HTTP server may run its message or header-auth bindings without SSL when its description sets `transport_protection_level = \"none\"`; that mode exists for servers behind an intermediary that ends the client's SSL connection (the `terminated_ssl` scenario of extended protection). The pair works only with such an intermediary in between, which the two files cannot show. Not reported when the server declares `extended_protection_scenario = \"terminated_ssl\"`.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § bindingUsage; api/ne-webservices-ws_extended_protection_scenario.md");

pub(crate) static C_008: Rule = Rule::error("C-008", Kind::Required, Status::Implemented)
    .title("a server that demands an SSL client certificate gets one")
    .rationale("A server SSL binding with `require_ssl_client_cert = true` demands a certificate in the TLS handshake; the client presents one only when its SSL binding names a `local_cert_credential`. At run time the handshake, or the request, is refused for want of a client certificate.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT; api/ns-webservices-ws_ssl_transport_security_binding.md § localCertCredential");

pub(crate) static C_009: Rule = Rule::error("C-009", Kind::Value, Status::Implemented)
    .title("both ends of an SSPI connection use the same protection level")
    .rationale("Over TCP SSPI and named-pipe SSPI the protection level decides how each end frames the stream: unprotected, signed, or signed and encrypted. The effective levels (`sign_and_encrypt` by default beside a transport binding) must be equal. At run time the receiving end rejects what it reads; WCF peers report that the message was not signed or not encrypted as required by the effective protection level. SSL is not compared: the pages do not say how the level changes an SSL connection.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL; api/ne-webservices-ws_protection_level.md");

pub(crate) static C_010: Rule = Rule::error("C-010", Kind::Value, Status::Implemented)
    .title("the Windows authentication packages of the two ends can agree")
    .rationale("The SSPI bindings authenticate with Kerberos, NTLM, or SPNEGO, which negotiates one of the two (the default). A package is acceptable to both ends when what one names is among what the other can use: SPNEGO with anything, Kerberos with Kerberos, NTLM with NTLM. Kerberos on one end and NTLM on the other never meet. At run time the SSPI handshake fails and the connection closes before the first message.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_WINDOWS_INTEGRATED_AUTH_PACKAGE; api/ne-webservices-ws_windows_integrated_auth_package.md");

/// The transport binding of `side`'s description, with its index.
fn transport(cx: &Pair<'_>, side: Side) -> Option<(usize, SecurityBindingType)> {
    cx.bindings(side)
        .iter()
        .enumerate()
        .map(|(i, b)| (i, b.binding_type()))
        .find(|(_, t)| t.is_transport_binding())
}

/// What a user sees when the two ends set up the connection differently.
fn connection_symptom(kinds: [Option<SecurityBindingType>; 2]) -> String {
    use SecurityBindingType as T;
    if kinds.contains(&Some(T::SslTransport)) {
        "the connection fails before the first message: a TLS handshake (https) meets a listener that speaks plain HTTP, or the reverse".into()
    } else {
        "the connection fails before the first message: one end starts the NegotiateStream upgrade the other does not expect, so the framing preamble is refused and the channel is aborted".into()
    }
}

/// C-004 and C-021: the transport binding of each end.
pub(crate) fn transport_binding(cx: &mut Pair<'_>) {
    let (client, server) = (transport(cx, Side::Client), transport(cx, Side::Server));
    let name = |t: Option<(usize, SecurityBindingType)>| match t {
        Some((_, t)) => format!("`{t}`"),
        None => "no transport binding".to_owned(),
    };
    let at = |t: Option<(usize, SecurityBindingType)>| match t {
        Some((i, _)) => At::Binding(i),
        None => At::Bindings,
    };
    match (client, server) {
        (Some((_, c)), Some((_, s))) if c == s => {}
        (None, None) => {}
        (Some((_, SecurityBindingType::SslTransport)), None) if ends_ssl_upstream(cx) => {
            if terminated_ssl_declared(cx) {
                return;
            }
            let (client_desc, server_desc) = cx.description_labels();
            cx.emit(&C_021, at(client), At::Property(P::TransportProtectionLevel), Text {
                message: format!("{client_desc} protects the connection with `ssl_transport`, {server_desc} has no transport binding and `transport_protection_level = \"none\"`"),
                symptom: "without an intermediary that ends SSL in front of the server, the client's TLS handshake meets a plain HTTP listener and the connection fails".into(),
                help: "keep an SSL-ending intermediary (reverse proxy, load balancer) between the two, and say so on the server with `extended_protection_scenario = \"terminated_ssl\"` where it applies; otherwise give the server its own `ssl_transport` binding".into(),
            });
        }
        _ => {
            let (client_desc, server_desc) = cx.description_labels();
            let kinds = [client.map(|c| c.1), server.map(|s| s.1)];
            let fix = match server {
                Some((_, s)) => format!("give the client the server's `{s}` binding"),
                None => format!(
                    "remove {} from the client, or add it to the server",
                    name(client)
                ),
            };
            cx.emit(
                &C_004,
                at(client),
                at(server),
                Text {
                    message: format!(
                        "{client_desc} has {}, {server_desc} has {}",
                        name(client),
                        name(server)
                    ),
                    symptom: connection_symptom(kinds),
                    help: fix,
                },
            );
        }
    }
}

/// True when the server is an HTTP server running without SSL on purpose: an explicit
/// `transport_protection_level = "none"`.
fn ends_ssl_upstream(cx: &Pair<'_>) -> bool {
    cx.server().channel_binding == ChannelBinding::Http
        && cx
            .description(Side::Server)
            .properties
            .get(P::TransportProtectionLevel)
            == Some(&ChannelProperty::TransportProtectionLevel(
                ProtectionLevel::None,
            ))
}

fn terminated_ssl_declared(cx: &Pair<'_>) -> bool {
    cx.channel(Side::Server, P::ExtendedProtectionScenario, |p| match p {
        ChannelProperty::ExtendedProtectionScenario(s) => Some(*s),
        _ => None,
    })
    .is_some_and(|s| s.value == ExtendedProtectionScenario::TerminatedSsl)
}

/// C-008: the server demands a client certificate the client does not present.
pub(crate) fn ssl_client_certificate(cx: &mut Pair<'_>) {
    let (Some((ci, client)), Some((si, _))) = (
        cx.find(Side::Client, SecurityBindingType::SslTransport),
        cx.find(Side::Server, SecurityBindingType::SslTransport),
    ) else {
        return;
    };
    let required = cx.binding_property(Side::Server, si, B::RequireSslClientCert, |p| match p {
        BindingProperty::RequireSslClientCert(b) => Some(*b),
        _ => None,
    });
    let supplied =
        matches!(client, SecurityBinding::SslTransport(b) if b.local_cert_credential.is_some());
    if required.is_some_and(|r| r.value) && !supplied {
        let (client_label, server_label) = (cx.label(Side::Client, ci), cx.label(Side::Server, si));
        cx.emit(&C_008, At::BindingField(ci, "local_cert_credential"), At::BindingProperty(si, B::RequireSslClientCert), Text {
            message: format!("{server_label} requires an SSL client certificate (`require_ssl_client_cert = true`), but {client_label} has no `local_cert_credential`"),
            symptom: "the server refuses the TLS handshake or the request for want of a client certificate, and the client's first call fails".into(),
            help: "give the client's SSL binding a `local_cert_credential` (subject name, thumbprint or custom), or stop requiring one on the server".into(),
        });
    }
}

/// The SSPI binding both ends use, with its index on each side.
fn shared_sspi(cx: &Pair<'_>) -> Option<(usize, usize)> {
    let (Some((ci, c)), Some((si, s))) = (transport(cx, Side::Client), transport(cx, Side::Server))
    else {
        return None;
    };
    (c == s && c != SecurityBindingType::SslTransport).then_some((ci, si))
}

/// C-009: the effective protection levels of an SSPI connection.
pub(crate) fn sspi_protection_level(cx: &mut Pair<'_>) {
    if shared_sspi(cx).is_none() {
        return;
    }
    let Some((client, server)) = cx.channel_mismatch(P::TransportProtectionLevel, |p| match p {
        ChannelProperty::TransportProtectionLevel(l) => Some(*l),
        _ => None,
    }) else {
        return;
    };
    let (client_desc, server_desc) = cx.description_labels();
    let at = At::Property(P::TransportProtectionLevel);
    cx.emit(&C_009, at, at, Text {
        message: format!("{client_desc} protects the SSPI stream at {client}, {server_desc} at {server}"),
        symptom: "the two ends frame the stream at different levels, so each rejects what the other writes and the connection is closed (WCF peers report that the message was not signed or not encrypted as required by the effective protection level)".into(),
        help: format!("write the same `transport_protection_level` on both ends (`{}` is the server's)", server.value),
    });
}

/// The packages an SSPI package setting can end up using.
fn packages(p: WindowsIntegratedAuthPackage) -> &'static [WindowsIntegratedAuthPackage] {
    use WindowsIntegratedAuthPackage as W;
    match p {
        W::Kerberos => &[W::Kerberos],
        W::Ntlm => &[W::Ntlm],
        W::Spnego => &[W::Kerberos, W::Ntlm],
    }
}

/// C-010: the Windows authentication packages of an SSPI connection.
pub(crate) fn windows_auth_package(cx: &mut Pair<'_>) {
    let Some((ci, si)) = shared_sspi(cx) else {
        return;
    };
    let package = |cx: &Pair<'_>, side, index| {
        cx.binding_property(side, index, B::WindowsIntegratedAuthPackage, |p| match p {
            BindingProperty::WindowsIntegratedAuthPackage(w) => Some(*w),
            _ => None,
        })
    };
    let (Some(client), Some(server)) =
        (package(cx, Side::Client, ci), package(cx, Side::Server, si))
    else {
        return;
    };
    if packages(client.value)
        .iter()
        .any(|p| packages(server.value).contains(p))
    {
        return;
    }
    let (client_label, server_label) = (cx.label(Side::Client, ci), cx.label(Side::Server, si));
    let at = |i| At::BindingProperty(i, B::WindowsIntegratedAuthPackage);
    cx.emit(&C_010, at(ci), at(si), Text {
        message: format!("{client_label} authenticates with the {client} package, {server_label} with {server}; the two never agree on one"),
        symptom: "the SSPI handshake fails on the first exchange and the connection is closed before any message".into(),
        help: "use the same `windows_integrated_auth_package` on both ends, or `spnego` (the default) on one of them".into(),
    });
}
