//! HTTP header authentication between client and server (bindings aimed at an HTTP proxy are
//! the client's business with its proxy and are left aside), and extended protection.

use super::pair::{At, Pair, Shown, Text};
use crate::registry::{Kind, Rule, Status};
use wws_security_model::{
    BindingProperty, CEnum, ChannelProperty, ExtendedProtectionPolicy, HttpHeaderAuthScheme,
    HttpHeaderAuthSchemes, HttpHeaderAuthTarget, SecurityBindingPropertyId as B,
    SecurityBindingType, SecurityPropertyId as P, Side,
};

pub(crate) static C_006: Rule = Rule::error("C-006", Kind::Combination, Status::Implemented)
    .title("header authentication to the service is set up on both ends")
    .rationale("A server with an `http_header_auth` binding answers every request without an Authorization header with 401 and its schemes; a client authenticates only with a header-auth binding aimed at the service (a binding with `http_header_auth_target = \"proxy\"` talks to its proxy, not to the server). A client that offers several schemes without `none` to a server that asks for none fails too: it first probes for the server's schemes, and the pages say the request fails when the server requires no authentication. At run time the call fails with HTTP 401; WCF reports the request as unauthorized with client authentication scheme 'Anonymous'.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME; api/ns-webservices-ws_http_header_auth_security_binding.md");

pub(crate) static C_007: Rule = Rule::error("C-007", Kind::Value, Status::Implemented)
    .title("the client's header-auth scheme is one the server accepts")
    .rationale("With one scheme, the client sends its request with that scheme; with several, it probes the server and picks the first scheme both support (Negotiate, NTLM, Digest, Basic). The client's schemes (besides `none`) and the server's accepted set (both `negotiate` by default) must share one. At run time the server answers 401: WCF reports that the HTTP request is unauthorized with client authentication scheme 'Ntlm' when the client offers NTLM where the server wants Negotiate.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static C_019: Rule = Rule::warning("C-019", Kind::Combination, Status::Implemented)
    .title("a server that always demands extended protection has a client that can send it")
    .rationale("A server with `extended_protection_policy = \"always\"` rejects every client that does not bind its Windows authentication (header auth, Kerberos) to the channel. Basic and Digest never carry that binding; whether Negotiate, NTLM or Kerberos do depends on the client's Windows version and updates (built in from Windows 7; Kerberos over SSL only from Vista), which a file does not say. At run time such clients cannot authenticate and every call is refused.")
    .source("concepts/extended-protection.md § Interoperability; api/ne-webservices-ws_extended_protection_policy.md § WS_EXTENDED_PROTECTION_POLICY_ALWAYS");

/// A header-auth binding aimed at the service, with its effective schemes.
struct HeaderAuth {
    index: usize,
    schemes: Shown<HttpHeaderAuthSchemes>,
}

impl HeaderAuth {
    /// The schemes the binding authenticates with (`none` only allows doing without).
    fn active(&self) -> HttpHeaderAuthSchemes {
        self.schemes
            .value
            .iter()
            .filter(|s| *s != HttpHeaderAuthScheme::None)
            .collect()
    }
}

fn service_header_auth(cx: &Pair<'_>, side: Side) -> Option<HeaderAuth> {
    cx.bindings(side).iter().enumerate().find_map(|(index, b)| {
        if b.binding_type() != SecurityBindingType::HttpHeaderAuth {
            return None;
        }
        let target = cx.binding_property(side, index, B::HttpHeaderAuthTarget, |p| match p {
            BindingProperty::HttpHeaderAuthTarget(t) => Some(*t),
            _ => None,
        })?;
        if target.value != HttpHeaderAuthTarget::Service {
            return None;
        }
        let schemes = cx.binding_property(side, index, B::HttpHeaderAuthScheme, |p| match p {
            BindingProperty::HttpHeaderAuthScheme(s) => Some(*s),
            _ => None,
        })?;
        Some(HeaderAuth { index, schemes })
    })
}

/// `ntlm`, `negotiate`.
fn names(schemes: HttpHeaderAuthSchemes) -> String {
    let names: Vec<String> = schemes.iter().map(|s| format!("`{}`", s.name())).collect();
    names.join(", ")
}

/// How the scheme appears in HTTP headers and in WCF's messages: `Ntlm`, `Negotiate`.
fn http_name(scheme: HttpHeaderAuthScheme) -> &'static str {
    match scheme {
        HttpHeaderAuthScheme::None => "Anonymous",
        HttpHeaderAuthScheme::Basic => "Basic",
        HttpHeaderAuthScheme::Digest => "Digest",
        HttpHeaderAuthScheme::Ntlm => "Ntlm",
        HttpHeaderAuthScheme::Negotiate => "Negotiate",
        HttpHeaderAuthScheme::Passport => "Passport",
    }
}

fn shown(schemes: &Shown<HttpHeaderAuthSchemes>) -> String {
    let mut text = names(schemes.value);
    if !schemes.explicit {
        text.push_str(" (the default)");
    }
    text
}

/// C-006 and C-007: header authentication to the service.
pub(crate) fn header_auth(cx: &mut Pair<'_>) {
    let client = service_header_auth(cx, Side::Client);
    let server = service_header_auth(cx, Side::Server);
    let scheme_at = |h: &HeaderAuth| At::BindingProperty(h.index, B::HttpHeaderAuthScheme);
    let client_active = client.as_ref().filter(|c| !c.active().is_empty());
    match (client_active, &server) {
        (None, None) => {}
        (None, Some(s)) => {
            let client_at = client.as_ref().map_or(At::Bindings, scheme_at);
            let how = match &client {
                Some(c) => format!(
                    "{} only offers {}, which turns header authentication off",
                    cx.label(Side::Client, c.index),
                    shown(&c.schemes)
                ),
                None => format!(
                    "{} has no header-auth binding aimed at the service",
                    cx.description_label(Side::Client)
                ),
            };
            let server_label = cx.label(Side::Server, s.index);
            cx.emit(&C_006, client_at, scheme_at(s), Text {
                message: format!("{server_label} demands header authentication with {}, but {how}", shown(&s.schemes)),
                symptom: "the server answers every request with 401 Unauthorized; WCF reports the request as unauthorized with client authentication scheme 'Anonymous'".into(),
                help: format!("give the client an `http_header_auth` binding with a scheme the server accepts ({}) and a Windows credential", names(s.schemes.value)),
            });
        }
        (Some(c), None) => {
            let offers_fallback = c.schemes.value.contains(HttpHeaderAuthScheme::None);
            if c.active().len() > 1 && !offers_fallback {
                let client_label = cx.label(Side::Client, c.index);
                let server_desc = cx.description_label(Side::Server);
                cx.emit(&C_006, scheme_at(c), At::Bindings, Text {
                    message: format!("{client_label} probes for one of {} without `none`, but {server_desc} asks for no header authentication", shown(&c.schemes)),
                    symptom: "the client's probe finds a server that requires no authentication, and the request fails".into(),
                    help: "add `none` to the client's schemes so it can do without, give it a single scheme, or remove the binding".into(),
                });
            }
        }
        (Some(c), Some(s)) => {
            let shared = c.active().iter().any(|x| s.schemes.value.contains(x));
            if shared {
                return;
            }
            let (client_label, server_label) = (
                cx.label(Side::Client, c.index),
                cx.label(Side::Server, s.index),
            );
            let first = c.active().iter().next().map_or("Anonymous", http_name);
            cx.emit(&C_007, scheme_at(c), scheme_at(s), Text {
                message: format!("{client_label} authenticates with {}, {server_label} accepts only {}", shown(&c.schemes), shown(&s.schemes)),
                symptom: format!("the server answers 401 Unauthorized; WCF reports that the HTTP request is unauthorized with client authentication scheme '{first}'"),
                help: format!("use one of the server's schemes ({}) on the client, or accept the client's on the server", names(s.schemes.value)),
            });
        }
    }
}

/// C-019: a server demanding extended protection from a client that may not send it.
pub(crate) fn extended_protection(cx: &mut Pair<'_>) {
    let Some(policy) = cx.channel(Side::Server, P::ExtendedProtectionPolicy, |p| match p {
        ChannelProperty::ExtendedProtectionPolicy(e) => Some(*e),
        _ => None,
    }) else {
        return;
    };
    if policy.value != ExtendedProtectionPolicy::Always {
        return;
    }
    let header = service_header_auth(cx, Side::Client).filter(|h| !h.active().is_empty());
    let kerberos = cx.find(Side::Client, SecurityBindingType::KerberosApreqMessage);
    let (index, why) = match (&header, kerberos) {
        (Some(h), _) if h.active().iter().all(|s| matches!(s, HttpHeaderAuthScheme::Basic | HttpHeaderAuthScheme::Digest)) => (
            h.index,
            format!("it authenticates with {}, which never carries extended protection data", names(h.active())),
        ),
        (Some(h), _) => (
            h.index,
            "whether its header authentication carries extended protection data depends on its Windows version and updates, which the file does not say".to_owned(),
        ),
        (None, Some((i, _))) => (
            i,
            "Kerberos over SSL carries extended protection data only from Windows Vista on, and without SSL only with operating system support; the file does not say which Windows the client runs".to_owned(),
        ),
        (None, None) => return,
    };
    let (client_label, server_desc) = (
        cx.label(Side::Client, index),
        cx.description_label(Side::Server),
    );
    cx.emit(&C_019, At::Binding(index), At::Property(P::ExtendedProtectionPolicy), Text {
        message: format!("{server_desc} always demands extended protection (`extended_protection_policy = \"always\"`), and {client_label} may not send it: {why}"),
        symptom: "a client that does not send extended protection data cannot authenticate, and every call is refused".into(),
        help: "keep the server at `when_supported` (the default) unless every client is known to send extended protection data, and use Negotiate or Kerberos rather than Basic or Digest".into(),
    });
}
