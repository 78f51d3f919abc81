//! The endpoint address (`WS_ENDPOINT_ADDRESS`) a client opens, and the identity it expects the
//! service to prove: which identities each binding can use, and the shape of each identity.

use crate::context::{At, Ctx, Help};
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::{
    EndpointIdentity, EndpointIdentityType, SecurityBinding, SecurityBindingType, Side,
};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[
        &T_044, &T_045, &T_046, &T_109, &T_110, &T_111, &T_112, &T_113, &T_114, &T_115, &T_116,
        &T_117, &L_003,
    ],
    &[
        identity_usable_by_tcp_sspi,
        identity_consulted,
        identity_shape,
        identity_on_a_listener,
    ],
);

pub(crate) static T_044: Rule = Rule::error("T-044", Kind::Value, Status::ByConstruction)
    .title("the expected server identity comes from the endpoint address")
    .rationale("The description holds no server identity: the client's expectation is `Endpoint::address` (type `Option<EndpointAddress>`, its `identity` an `Option<EndpointIdentity>`), which is lowered into the address given to WsOpenChannel; `EndpointAddress::sspi_target_name` passes an SPN or UPN on unchanged.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding.md § description");

pub(crate) static T_045: Rule = Rule::error("T-045", Kind::Default, Status::ByConstruction)
    .title("a DNS identity, or none, gives the SPN host/<name>")
    .rationale("`EndpointAddress::sspi_target_name` computes the documented target: `host/<dns>` for a DNS identity, `host/<host of the URL>` without an identity; the model's tests pin both.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding.md § description");

pub(crate) static T_109: Rule = Rule::error("T-109", Kind::Value, Status::ByConstruction)
    .title("the identity selector matches the structure")
    .rationale("`EndpointIdentity` is an enum with one variant per structure; `identity_type()` derives the selector from the variant, so the two cannot disagree.")
    .source("api/ns-webservices-ws_endpoint_identity.md § identityType");

pub(crate) static T_110: Rule = Rule::error("T-110", Kind::Default, Status::ByConstruction)
    .title("the identity travels in the endpoint address")
    .rationale("`EndpointAddress::url` is required and `identity` is an `Option<EndpointIdentity>`: an address without an identity is valid and nothing else can carry one.")
    .source("api/ns-webservices-ws_endpoint_address.md § identity");

pub(crate) static T_117: Rule = Rule::warning("T-117", Kind::Forbidden, Status::Runtime)
    .title("the identity goes in its field, not in the extensions")
    .rationale("`EndpointAddress::extensions` is an XML buffer the program builds (a runtime slot): what elements it holds is seen only when the program fills it.")
    .source("api/ns-webservices-ws_endpoint_address.md § extensions");

pub(crate) static T_046: Rule = Rule::error("T-046", Kind::Forbidden, Status::Implemented)
    .title("RSA, certificate and unknown identities fail with TCP SSPI")
    .rationale("TCP SSPI turns the expected identity into the target name of its SSP: an SPN or UPN as written, a DNS name as host/<name>. An RSA key, a certificate or an unknown element names no principal, so opening the channel fails.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding.md § description");

fn identity_label(identity: &EndpointIdentity) -> &'static str {
    use wws_security_model::CEnum;
    identity.identity_type().name()
}

fn has(bindings: &[SecurityBinding], t: SecurityBindingType) -> bool {
    bindings.iter().any(|b| b.binding_type() == t)
}

// T-046: a TCP SSPI client's identity is one the SSP can name.
fn identity_usable_by_tcp_sspi(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() || cx.side() != Side::Client {
        return;
    }
    let Some(identity) = cx.address().and_then(|a| a.identity.as_ref()) else {
        return;
    };
    if !has(cx.bindings(), SecurityBindingType::TcpSspiTransport) {
        return;
    }
    if matches!(
        identity.identity_type(),
        EndpointIdentityType::Rsa | EndpointIdentityType::Cert | EndpointIdentityType::Unknown
    ) {
        cx.emit(
            &T_046,
            At::Identity(None),
            format!(
                "the address's identity is `{}`, which TCP SSPI cannot turn into a target name, so opening the channel fails",
                identity_label(identity)
            ),
            "give the service's `spn` or `upn` identity, a `dns` identity, or none (the SPN is then host/<host of the URL>)",
        );
    }
}

pub(crate) static T_111: Rule = Rule::warning("T-111", Kind::Applicability, Status::Implemented)
    .title("which bindings consult the identity")
    .rationale("Only the SSPI transports take the expected identity from the address; header auth with Negotiate derives its SPN from the server's name, and no page says SSL uses it. An identity with neither SSPI binding pins nothing, so a client relying on it is warned.")
    .source("concepts/endpoint-identity.md § Endpoint Identity");

// T-111: an identity on a client whose bindings never consult it.
fn identity_consulted(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() || cx.side() != Side::Client {
        return;
    }
    let Some(identity) = cx.address().and_then(|a| a.identity.as_ref()) else {
        return;
    };
    let bindings = cx.bindings();
    if has(bindings, SecurityBindingType::TcpSspiTransport)
        || has(bindings, SecurityBindingType::NamedpipeSspiTransport)
    {
        return;
    }
    cx.emit(
        &T_111,
        At::Identity(None),
        format!(
            "the address's `{}` identity has no documented effect: only the TCP and named-pipe SSPI bindings check the service against it",
            identity_label(identity)
        ),
        Help::text("remove the identity, or rely on what the bindings authenticate (the SSL certificate, the Kerberos service name)")
            .propose_removal_at(At::Identity(None)),
    );
}

pub(crate) static T_112: Rule = Rule::error("T-112", Kind::Value, Status::Implemented)
    .title("a DNS identity is an RFC 1035 name")
    .rationale("A DNS identity names a host: a machine name or a fully qualified domain name, with no scheme, port or path. Anything else never matches the host/<name> SPN it becomes.")
    .source("api/ns-webservices-ws_dns_endpoint_identity.md § dns");

pub(crate) static T_113: Rule = Rule::error("T-113", Kind::Value, Status::Implemented)
    .title("UPN and SPN identities are non-empty names")
    .rationale("The name is handed to the SSP as the target; an empty string names no principal.")
    .source("api/ns-webservices-ws_spn_endpoint_identity.md § spn");

pub(crate) static T_114: Rule = Rule::error("T-114", Kind::Value, Status::Implemented)
    .title("an RSA identity has modulus and exponent")
    .rationale(
        "An RSA key is its modulus and exponent; with either empty there is no key to compare.",
    )
    .source("api/ns-webservices-ws_rsa_endpoint_identity.md § modulus");

pub(crate) static T_115: Rule = Rule::error("T-115", Kind::Value, Status::Implemented)
    .title("a certificate identity has certificate bytes")
    .rationale(
        "The identity is the certificate itself; without its bytes there is nothing to compare.",
    )
    .source("api/ns-webservices-ws_cert_endpoint_identity.md § rawCertificateData");

pub(crate) static T_116: Rule = Rule::warning("T-116", Kind::Forbidden, Status::Implemented)
    .title("the unknown identity is for received data only")
    .rationale("The unknown kind stands for an identity element that was read but not understood; a client that declares the service it expects names it with a known kind.")
    .source("api/ns-webservices-ws_unknown_endpoint_identity.md § description");

/// Why `dns` is not an RFC 1035 name, if it is not.
fn dns_problem(dns: &str) -> Option<&'static str> {
    if dns.trim().is_empty() {
        return Some("is empty");
    }
    if dns.contains("://") {
        return Some("is a URL, not a host name");
    }
    if dns.contains(['/', ':', '?', '#', '@']) {
        return Some("holds a port, a path or other URL parts");
    }
    let name = dns.strip_suffix('.').unwrap_or(dns);
    if name.len() > 253 {
        return Some("is longer than 253 characters");
    }
    for label in name.split('.') {
        if label.is_empty() || label.len() > 63 {
            return Some("has an empty label or one longer than 63 characters");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            || label.starts_with('-')
            || label.ends_with('-')
        {
            return Some("has a label that is not letters, digits and inner hyphens");
        }
    }
    None
}

// T-112..T-116: each identity has the shape its kind needs.
fn identity_shape(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() {
        return;
    }
    let Some(identity) = cx.address().and_then(|a| a.identity.as_ref()) else {
        return;
    };
    match identity {
        EndpointIdentity::Dns { dns } => {
            if let Some(problem) = dns_problem(dns) {
                cx.emit(
                    &T_112,
                    At::Identity(Some("dns")),
                    format!("the DNS identity `{dns}` {problem}"),
                    "write the host name alone, e.g. `svc.contoso.com`",
                );
            }
        }
        EndpointIdentity::Upn { upn: name } | EndpointIdentity::Spn { spn: name } => {
            if name.trim().is_empty() {
                let member = if matches!(identity, EndpointIdentity::Upn { .. }) {
                    "upn"
                } else {
                    "spn"
                };
                cx.emit(
                    &T_113,
                    At::Identity(Some(member)),
                    format!("the `{member}` identity is empty, so it names no principal"),
                    "give the service's principal name, e.g. `HTTP/svc.contoso.com` or `svc@contoso.com`",
                );
            }
        }
        EndpointIdentity::Rsa { modulus, exponent } => {
            for (member, bytes) in [("modulus", modulus), ("exponent", exponent)] {
                if bytes.is_empty() {
                    cx.emit(
                        &T_114,
                        At::Identity(Some(member)),
                        format!("the RSA identity's `{member}` is empty"),
                        "give the service key's modulus and exponent, in base64",
                    );
                }
            }
        }
        EndpointIdentity::Cert {
            raw_certificate_data,
        } => {
            if raw_certificate_data.is_empty() {
                cx.emit(
                    &T_115,
                    At::Identity(Some("raw_certificate_data")),
                    "the certificate identity's `raw_certificate_data` is empty",
                    "give the service certificate's bytes (DER), in base64",
                );
            }
        }
        EndpointIdentity::Unknown { .. } => cx.emit(
            &T_116,
            At::Identity(None),
            "the address declares an `unknown` identity, which stands for an element read but not understood",
            "name the service with a `dns`, `upn` or `spn` identity",
        ),
    }
}

pub(crate) static L_003: Rule = Rule::warning("L-003", Kind::Lint, Status::Implemented)
    .title("a listener's address carries an identity")
    .rationale("A listener opens a URL; the identity of an address is what a client expects the service to prove, and a server's own description never presents it. An identity in a server's file is a setting that does nothing.")
    .source("api/ns-webservices-ws_endpoint_address.md § identity; api/nf-webservices-wscreatelistener.md");

// L-003: an identity on a server's address does nothing.
fn identity_on_a_listener(cx: &mut Ctx<'_>) {
    if cx.is_bootstrap() || cx.side() != Side::Server {
        return;
    }
    let Some(identity) = cx.address().and_then(|a| a.identity.as_ref()) else {
        return;
    };
    cx.emit(
        &L_003,
        At::Identity(None),
        format!(
            "the server's address carries a `{}` identity, which a listener never presents",
            identity_label(identity)
        ),
        Help::text("remove the identity; give it in the clients' addresses")
            .propose_removal_at(At::Identity(None)),
    );
}

#[cfg(test)]
mod tests {
    use super::dns_problem;

    #[test]
    fn dns_names_follow_rfc_1035() {
        for ok in ["server1", "svc.contoso.com", "svc.contoso.com.", "a-b.c1"] {
            assert_eq!(dns_problem(ok), None, "{ok}");
        }
        for bad in [
            "",
            "net.tcp://server1:808/svc",
            "server1:808",
            "-a.b",
            "a..b",
            "a_b.c",
        ] {
            assert!(dns_problem(bad).is_some(), "{bad}");
        }
        assert!(dns_problem(&"a".repeat(64)).is_some());
    }
}
