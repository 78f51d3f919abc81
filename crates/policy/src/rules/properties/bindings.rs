//! Checks of the binding-settings bags (`WS_SECURITY_BINDING_PROPERTY`).

use crate::context::{At, Ctx, Help};
use crate::facts::properties::{accepted_sides, binding_property, BINDING_PROPERTIES};
use crate::registry::{Claim, Kind, Rule, RuleSet, Status};
use crate::Value;
use wws_security_model::decode::{DecodeError, DecodeErrorKind};
use wws_security_model::defaults::{binding_property_default, effective_binding_property};
use wws_security_model::Segment;
use wws_security_model::{
    BindingProperty as P, CEnum, CertFailure, HttpHeaderAuthScheme as Scheme,
    HttpHeaderAuthSchemes, HttpHeaderAuthTarget, SecurityBinding, SecurityBindingPropertyId as Id,
    SecurityBindingType, SecurityImpersonationLevel, Side, WindowsIntegratedAuthPackage,
};

pub(crate) static SET: RuleSet = RuleSet {
    decode_checks: &[callback_context_without_callback],
    ..RuleSet::checked(
        &[
            &P_009, &P_010, &P_013, &P_014, &P_016, &P_017, &P_018, &P_020, &P_021, &P_022, &P_024,
            &P_025, &P_026, &P_029, &P_030, &P_032, &P_033, &P_034, &P_035, &P_036, &P_037, &P_038,
            &P_039, &P_040, &P_048, &P_050, &P_051, &P_052, &P_053, &P_054, &P_055, &P_057, &P_058,
            &P_059, &P_060, &P_061, &P_063, &P_064, &P_065, &P_066, &P_068, &P_069, &P_072, &P_073,
            &P_074, &P_076, &P_077, &P_145,
        ],
        &[
            repeated_keys,
            placement,
            ntlm_needs_server_auth_off,
            security_lowering_values,
            header_auth_scheme,
            realm_without_scheme,
            security_context_values,
        ],
    )
};

pub(crate) static P_077: Rule = Rule::error("P-077", Kind::Required, Status::Implemented)
    .title("the validation callback must be present")
    .rationale("The context exists only to deliver its callback; a context without one checks nothing. The model cannot hold one without it, so the decoder finds the missing key and this rule explains it.")
    .source("api/ns-webservices-ws_certificate_validation_callback_context.md § callback");

// P-077: a certificate validation callback context without its callback.
fn callback_context_without_callback(e: &DecodeError) -> Option<Claim> {
    let DecodeErrorKind::MissingKey { key: "callback" } = e.kind else {
        return None;
    };
    let context = Id::CertificateValidationCallbackContext.name();
    let in_context = matches!(e.path.segments().last(), Some(Segment::Key(k)) if k == context);
    in_context.then(|| Claim {
        rule: &P_077,
        message: Some(format!(
            "`{context}` has no `callback`, and the context exists only to deliver it"
        )),
        help: Some("add `callback` (the program's callback), or remove the context".to_owned()),
    })
}

pub(crate) static P_013: Rule = Rule::error("P-013", Kind::Applicability, Status::Implemented)
    .title("require_ssl_client_cert only on ssl_transport")
    .rationale("Asking for a client certificate is part of the SSL handshake; no other binding has one.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT");

pub(crate) static P_014: Rule = Rule::error("P-014", Kind::Side, Status::Implemented)
    .also(&[
        "T-028", // require_ssl_client_cert is server-only: one property, owned by P
    ])
    .title("require_ssl_client_cert is server-only")
    .rationale("Only the listener decides whether the peer must present a certificate; on a client the setting has no meaning and is refused.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § Description");

pub(crate) static P_016: Rule = Rule::error("P-016", Kind::Applicability, Status::Implemented)
    .title("windows_integrated_auth_package only on the SSPI transport bindings")
    .rationale("The package selects the SSP of TCP and named-pipe SSPI; header auth selects its protocol through its scheme and Kerberos AP-REQ is fixed.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_WINDOWS_INTEGRATED_AUTH_PACKAGE");

pub(crate) static P_020: Rule = Rule::error("P-020", Kind::Applicability, Status::Implemented)
    .title("require_server_auth only on the SSPI transport bindings")
    .rationale("The switch governs Windows integrated authentication of the transport, which only the TCP and named-pipe SSPI bindings perform.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_REQUIRE_SERVER_AUTH");

pub(crate) static P_021: Rule = Rule::error("P-021", Kind::Side, Status::Implemented)
    .also(&[
        "T-038", // sides of the SSPI properties (P-021, P-026, P-030) are single-property rules
    ])
    .title("require_server_auth is client-only")
    .rationale("Only the client authenticates the server; a listener has nothing to require.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_REQUIRE_SERVER_AUTH");

pub(crate) static P_025: Rule = Rule::error("P-025", Kind::Applicability, Status::Implemented)
    .title("allow_anonymous_clients only on SSPI transports and Kerberos AP-REQ")
    .rationale("Anonymous logons exist only where Windows authentication runs; the Kerberos binding page lists the property too (see P-027).")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_ALLOW_ANONYMOUS_CLIENTS");

pub(crate) static P_026: Rule = Rule::error("P-026", Kind::Side, Status::Implemented)
    .also(&[
        "M-038", // allow_anonymous_clients is server-only
    ])
    .title("allow_anonymous_clients is server-only")
    .rationale("It is the server that accepts or refuses an anonymous caller.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_ALLOW_ANONYMOUS_CLIENTS");

pub(crate) static P_029: Rule = Rule::error("P-029", Kind::Applicability, Status::Implemented)
    .title("allowed_impersonation_level only on SSPI transports and Kerberos AP-REQ")
    .rationale("Only these bindings hand a Windows token to the service; header auth has no such setting.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_ALLOWED_IMPERSONATION_LEVEL");

pub(crate) static P_030: Rule = Rule::error("P-030", Kind::Side, Status::Implemented)
    .also(&[
        "M-036", // allowed_impersonation_level is client-only
    ])
    .title("allowed_impersonation_level is client-only")
    .rationale("The client decides how far the service may act in its name; the service cannot grant itself more.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding.md § Description");

pub(crate) static P_032: Rule = Rule::error("P-032", Kind::Applicability, Status::Implemented)
    .title("http_header_auth_scheme only on http_header_auth")
    .rationale("HTTP authentication schemes only mean something to the header authentication binding.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_048: Rule = Rule::error("P-048", Kind::Side, Status::Implemented)
    .also(&[
        "T-058", // sides of the header-auth properties (P-048, P-050, P-038, P-039)
    ])
    .title("http_header_auth_target only on a client http_header_auth binding")
    .rationale("Choosing between the service and a proxy is something only the sending client does.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_TARGET");

pub(crate) static P_050: Rule = Rule::error("P-050", Kind::Side, Status::Implemented)
    .title("realm and domain only on a server http_header_auth binding")
    .rationale("The realm and digest domain are announced by the server in its challenge; a client has nothing to announce.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM");

pub(crate) static P_052: Rule = Rule::error("P-052", Kind::Applicability, Status::Implemented)
    .also(&[
        "M-079", // security_context_key_size value and default
    ])
    .title("security_context_key_size only on security_context_message")
    .rationale("The size is requested for the security context token; no other binding obtains one.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_SIZE");

pub(crate) static P_054: Rule = Rule::error("P-054", Kind::Value, Status::Implemented)
    .also(&[
        "M-080", // security_context_key_entropy_mode values and default
    ])
    .title("security_context_key_entropy_mode only on security_context_message")
    .rationale("Key entropy is negotiated for the context token only. Its values are the three of `SecurityKeyEntropyMode` (by construction); the check reports misplacement.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_ENTROPY_MODE");

pub(crate) static P_055: Rule = Rule::error("P-055", Kind::Applicability, Status::Implemented)
    .also(&[
        "M-081", // message_properties of the context negotiation
    ])
    .title("message_properties only on security_context_message")
    .rationale("These properties shape the token-exchange messages, which only the security context binding sends.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_MESSAGE_PROPERTIES");

pub(crate) static P_057: Rule = Rule::error("P-057", Kind::Default, Status::Implemented)
    .also(&[
        "M-086", // context quotas max_pending_contexts (P-057) and max_active_contexts (P-058)
    ])
    .title("security_context_max_pending_contexts only on security_context_message")
    .rationale("The pending-context quota belongs to the security context binding (default 100, from `binding_property_default`); elsewhere it is refused.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_MAX_PENDING_CONTEXTS");

pub(crate) static P_058: Rule = Rule::error("P-058", Kind::Default, Status::Implemented)
    .title("security_context_max_active_contexts only on security_context_message")
    .rationale("The active-context quota belongs to the security context binding (default 1000); elsewhere it is refused.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_MAX_ACTIVE_CONTEXTS");

pub(crate) static P_061: Rule = Rule::error("P-061", Kind::Value, Status::Implemented)
    .also(&[
        "M-082", // secure_conversation_version values and default
    ])
    .title("secure_conversation_version only on security_context_message")
    .rationale("The WS-SecureConversation version matters only to the binding that runs it; its two values are those of `SecureConversationVersion` (by construction).")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURE_CONVERSATION_VERSION");

pub(crate) static P_063: Rule = Rule::error("P-063", Kind::Default, Status::Implemented)
    .also(&[
        "M-083", // security_context_support_renew default and meaning per side
    ])
    .title("security_context_support_renew only on security_context_message")
    .rationale("Renewal exists only for security contexts (default true, from `binding_property_default`).")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_SUPPORT_RENEW");

pub(crate) static P_064: Rule = Rule::error("P-064", Kind::Default, Status::Implemented)
    .also(&[
        "M-084", // security_context_renewal_interval defaults per side
    ])
    .title("security_context_renewal_interval only on security_context_message")
    .rationale("The interval governs context renewal (defaults 10 h on the client, 15 h on the server, in `binding_property_default`).")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_RENEWAL_INTERVAL");

pub(crate) static P_066: Rule = Rule::error("P-066", Kind::Default, Status::Implemented)
    .also(&[
        "M-085", // security_context_rollover_interval default
    ])
    .title("security_context_rollover_interval only on security_context_message")
    .rationale("The grace period for the previous context token exists only for security contexts (default 5 min).")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_ROLLOVER_INTERVAL");

pub(crate) static P_068: Rule = Rule::error("P-068", Kind::Side, Status::Implemented)
    .also(&[
        "T-027", // cert_failures_to_ignore and disable_cert_revocation_check are client-only (P-068, P-072); their warnings are P-069, P-073
    ])
    .title("cert_failures_to_ignore only on a client ssl_transport binding")
    .rationale("It relaxes how the client checks the server's certificate; a server does not check one.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_CERT_FAILURES_TO_IGNORE");

pub(crate) static P_072: Rule = Rule::error("P-072", Kind::Side, Status::Implemented)
    .title("disable_cert_revocation_check only on a client ssl_transport binding")
    .rationale("Revocation of the server certificate is checked by the client over SSL only.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_DISABLE_CERT_REVOCATION_CHECK");

pub(crate) static P_074: Rule = Rule::error("P-074", Kind::Note, Status::Implemented)
    .title("disallowed_secure_protocols only on ssl_transport")
    .rationale("Undocumented property. Decision: read as a set of SSL/TLS versions (`FlagSet<SecureProtocol>`), accepted on ssl_transport on either side and refused elsewhere.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_DISALLOWED_SECURE_PROTOCOLS");

pub(crate) static P_076: Rule = Rule::error("P-076", Kind::Note, Status::Implemented)
    .title("certificate_validation_callback_context only on a client ssl_transport binding")
    .rationale("No page names a binding; every description speaks of a client checking the server certificate of its connection. Decision: accepted on a client SSL binding only.")
    .source("api/nc-webservices-ws_certificate_validation_callback.md § Description");

/// The rule reporting a property on a binding that does not take it, and the rule reporting it
/// on the wrong side, indexed by property id - 1. Properties allowed on both sides of every
/// binding that takes them repeat the first id (the side rule never fires for them).
const PLACEMENT_RULES: [(&Rule, &Rule); 23] = [
    (&P_013, &P_014), // require_ssl_client_cert
    (&P_016, &P_016), // windows_integrated_auth_package
    (&P_020, &P_021), // require_server_auth
    (&P_025, &P_026), // allow_anonymous_clients
    (&P_029, &P_030), // allowed_impersonation_level
    (&P_032, &P_032), // http_header_auth_scheme (bits: P-038, P-039)
    (&P_048, &P_048), // http_header_auth_target
    (&P_050, &P_050), // http_header_auth_basic_realm
    (&P_050, &P_050), // http_header_auth_digest_realm
    (&P_050, &P_050), // http_header_auth_digest_domain
    (&P_052, &P_052), // security_context_key_size
    (&P_054, &P_054), // security_context_key_entropy_mode
    (&P_055, &P_055), // message_properties
    (&P_057, &P_057), // security_context_max_pending_contexts
    (&P_058, &P_058), // security_context_max_active_contexts
    (&P_061, &P_061), // secure_conversation_version
    (&P_063, &P_063), // security_context_support_renew
    (&P_064, &P_064), // security_context_renewal_interval
    (&P_066, &P_066), // security_context_rollover_interval
    (&P_068, &P_068), // cert_failures_to_ignore
    (&P_072, &P_072), // disable_cert_revocation_check
    (&P_074, &P_074), // disallowed_secure_protocols
    (&P_076, &P_076), // certificate_validation_callback_context
];

fn placement_rules(id: Id) -> (&'static Rule, &'static Rule) {
    PLACEMENT_RULES[(id.to_raw() - 1) as usize]
}

/// True when the matrix lets `binding` take `id` on `side`.
fn placed(id: Id, binding: SecurityBindingType, side: Side) -> bool {
    accepted_sides(id, binding).is_some_and(|s| s.allows(side))
}

/// True when no binding property at all applies to `binding`.
fn takes_no_property(binding: SecurityBindingType) -> bool {
    !BINDING_PROPERTIES
        .iter()
        .any(|f| f.bindings.iter().any(|(b, _)| *b == binding))
}

/// Where `id` is accepted, for help texts: "ssl_transport (server)".
fn accepted_on(id: Id) -> String {
    binding_property(id)
        .bindings
        .iter()
        .map(|(b, s)| format!("{} ({})", b.name(), s.names().join(" or ")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Help that removes `flag` from the scheme set at `at`: mechanical while a scheme remains
/// (the flag was refused anyway), proposed otherwise.
fn without(schemes: &HttpHeaderAuthSchemes, flag: Scheme, text: &str, at: At) -> Help {
    let rest: Vec<Value> = schemes
        .iter()
        .filter(|s| *s != flag)
        .map(|s| Value::Name(s.name().to_owned()))
        .collect();
    if rest.is_empty() {
        Help::text(text)
    } else {
        Help::text(text).set_at(at, Value::List(rest))
    }
}

/// The bindings of the description with their index, for loops that emit.
fn indexed<'a>(cx: &Ctx<'a>) -> impl Iterator<Item = (usize, &'a SecurityBinding)> {
    cx.bindings().iter().enumerate()
}

pub(crate) static P_010: Rule = Rule::error("P-010", Kind::Note, Status::Implemented)
    .title("a key appears at most once per bag")
    .rationale("No page says which of two entries with the same key wins, so we refuse to guess and reject the repetition (decision in docs/decisions.md).")
    .source("api/ns-webservices-ws_security_binding_properties.md § properties");

// P-010: a key appears at most once per bag (each binding bag and the channel bag).
fn repeated_keys(cx: &mut Ctx<'_>) {
    for (i, binding) in indexed(cx) {
        let bag = binding.properties();
        for (k, p) in bag.iter().enumerate() {
            let id = p.id();
            if bag.iter().take(k).any(|q| q.id() == id) {
                let label = cx.binding_label(i);
                cx.emit(
                    &P_010,
                    At::BindingProperty(i, id),
                    format!("property `{}` appears more than once on {label}; which value wins is undocumented", id.name()),
                    "keep a single entry for the property",
                );
            }
        }
    }
    let bag = &cx.description().properties;
    for (k, p) in bag.iter().enumerate() {
        let id = p.id();
        if bag.iter().take(k).any(|q| q.id() == id) {
            cx.emit(
                &P_010,
                At::Property(id),
                format!("channel property `{}` appears more than once; which value wins is undocumented", id.name()),
                "keep a single entry for the property",
            );
        }
    }
}

pub(crate) static P_009: Rule = Rule::error("P-009", Kind::Applicability, Status::Implemented)
    .also(&[
        "M-021", // username binding accepts no binding property: property applicability table
        "M-035", // Kerberos binding accepts only properties 4 and 5: property applicability table
        "M-053", // XML token binding accepts no binding property: property applicability table
        "M-059", // SAML binding accepts no binding property: property applicability table
        "M-077", // properties accepted by the security context binding: property applicability table
        "T-011", // which binding accepts which property on which side is a single-property rule owned by P
        "T-026", // the SSL binding's property list is the applicability table of P
        "T-037", // the TCP SSPI binding's property list is the applicability table of P
        "T-049", // the named-pipe SSPI binding's property list is the applicability table of P
        "T-057", // the header-auth binding's property list is the applicability table of P
    ])
    .title("binding properties are binding-specific (some bindings take none)")
    .rationale("Username, XML-token and SAML bindings take no binding property at all; a setting there would be refused when the channel or listener is created. Properties misplaced on other bindings are reported under their own rule.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § Description");

// P-009 and each property's own rule: a binding property only on the bindings and sides the
// matrix (`facts::properties::BINDING_PROPERTIES`) lists.
fn placement(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, binding) in indexed(cx) {
        let kind = binding.binding_type();
        for p in binding.properties() {
            let id = p.id();
            let (binding_rule, side_rule) = placement_rules(id);
            match accepted_sides(id, kind) {
                None if takes_no_property(kind) => {
                    let label = cx.binding_label(i);
                    cx.emit(
                        &P_009,
                        At::BindingProperty(i, id),
                        format!(
                            "{label} takes no binding property, but `{}` is set",
                            id.name()
                        ),
                        Help::text(format!(
                            "remove the property; `{}` applies to: {}",
                            id.name(),
                            accepted_on(id)
                        ))
                        .remove(),
                    );
                }
                None => {
                    let label = cx.binding_label(i);
                    cx.emit(
                        binding_rule,
                        At::BindingProperty(i, id),
                        format!("property `{}` does not apply to {label}", id.name()),
                        Help::text(format!(
                            "remove it; `{}` applies to: {}",
                            id.name(),
                            accepted_on(id)
                        ))
                        .remove(),
                    );
                }
                Some(sides) if !sides.allows(side) => {
                    let label = cx.binding_label(i);
                    cx.emit(
                        side_rule,
                        At::BindingProperty(i, id),
                        format!(
                            "property `{}` on {label} is {}-only, but this endpoint is a {}",
                            id.name(),
                            sides.names().join("/"),
                            side.name()
                        ),
                        Help::text(format!(
                            "remove `{}` from the {} declaration",
                            id.name(),
                            side.name()
                        ))
                        .remove(),
                    );
                }
                Some(_) => {}
            }
        }
    }
}

/// True when `binding` authenticates the server unless told otherwise (TCP yes, named pipe no).
fn server_auth_on_by_default(binding: SecurityBindingType, side: Side) -> bool {
    matches!(
        binding_property_default(Id::RequireServerAuth, binding, side),
        Some(P::RequireServerAuth(true))
    )
}

/// The explicit value of `id` on `binding`, when it is there.
fn explicit(binding: &SecurityBinding, id: Id) -> Option<&P> {
    binding.properties().get(id)
}

pub(crate) static P_017: Rule = Rule::error("P-017", Kind::Combination, Status::Implemented)
    .also(&[
        "T-040", // P-017 checks NTLM against require_server_auth on both SSPI bindings; T-040 is its TCP half
        "T-051", // P-017 checks NTLM against require_server_auth on both SSPI bindings; T-051 is its named-pipe half
    ])
    .title("NTLM on a client needs require_server_auth false")
    .rationale("NTLM cannot prove the server's identity, so a client that demands server authentication (the TCP default) cannot complete an NTLM handshake.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding.md § Description");

// P-017: a client SSPI binding that chooses NTLM must not require server authentication
// (explicitly, or through the TCP default of true).
fn ntlm_needs_server_auth_off(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, binding) in indexed(cx) {
        let kind = binding.binding_type();
        if !placed(Id::RequireServerAuth, kind, side) {
            continue;
        }
        let Some(P::WindowsIntegratedAuthPackage(WindowsIntegratedAuthPackage::Ntlm)) =
            explicit(binding, Id::WindowsIntegratedAuthPackage)
        else {
            continue;
        };
        let auth = effective_binding_property(binding, side, Id::RequireServerAuth);
        if let Some(P::RequireServerAuth(true)) = auth.value() {
            let label = cx.binding_label(i);
            let how = if auth.is_explicit() {
                "is set to true"
            } else {
                "defaults to true"
            };
            cx.emit(
                &P_017,
                At::BindingProperty(i, Id::WindowsIntegratedAuthPackage),
                format!("{label} chooses NTLM, which cannot authenticate the server, but `require_server_auth` {how}"),
                Help::text("write `require_server_auth` as `false`, or choose `kerberos` or `spnego`")
                    .propose_at(
                        At::BindingProperty(i, Id::RequireServerAuth),
                        Value::Bool(false),
                    ),
            );
        }
    }
}

pub(crate) static P_018: Rule = Rule::warning("P-018", Kind::Value, Status::Implemented)
    .also(&[
        "T-041", // NTLM advisory is P-018; require_server_auth = false advisory is P-022
    ])
    .title("NTLM is strongly discouraged")
    .rationale("With NTLM the client never learns whether it talks to the real server; prefer Kerberos or SPNEGO.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding.md § Description");

pub(crate) static P_022: Rule = Rule::warning("P-022", Kind::Value, Status::Implemented)
    .title("turning server authentication off is strongly discouraged")
    .rationale("Without server authentication an impostor can pose as the service. Not reported when NTLM was chosen explicitly, where P-017 demands it (P-018 warns instead), nor on a named pipe, whose default is already false.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_REQUIRE_SERVER_AUTH");

pub(crate) static P_024: Rule = Rule::warning("P-024", Kind::Default, Status::Implemented)
    .also(&[
        "M-039", // allow_anonymous_clients value, default and advisory
    ])
    .title("allow_anonymous_clients true lowers security")
    .rationale("Accepting anonymous Windows logons lets unidentified callers in; the default (false) refuses them, so an explicit true deserves review.")
    .source("concepts/security-overview.md § Security");

pub(crate) static P_069: Rule = Rule::warning("P-069", Kind::Value, Status::Implemented)
    .title("ignoring certificate failures opens the door to impostors")
    .rationale("Each tolerated failure beyond the default revocation_offline lets a man in the middle present a bad certificate.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_CERT_FAILURES_TO_IGNORE");

pub(crate) static P_073: Rule = Rule::warning("P-073", Kind::Combination, Status::Implemented)
    .title("disabling revocation checks accepts revoked certificates")
    .rationale("A revoked server certificate would go unnoticed. Setting revocation_offline as well is merely redundant and not reported.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_DISABLE_CERT_REVOCATION_CHECK");

pub(crate) static P_145: Rule = Rule::warning("P-145", Kind::Note, Status::Implemented)
    .title("allowing delegation gives the service your identity everywhere")
    .rationale("With delegation the service can act as the client on other machines; grant it only to services trusted that far.")
    .source("api/ne-winnt-security_impersonation_level.md");

// P-018, P-022, P-024, P-069, P-073, P-145: lints on values that lower security.
fn security_lowering_values(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, binding) in indexed(cx) {
        let kind = binding.binding_type();
        let ntlm = matches!(
            explicit(binding, Id::WindowsIntegratedAuthPackage),
            Some(P::WindowsIntegratedAuthPackage(
                WindowsIntegratedAuthPackage::Ntlm
            ))
        );
        for p in binding.properties() {
            let id = p.id();
            if !placed(id, kind, side) {
                continue;
            }
            let (rule, message, help) = match p {
                P::WindowsIntegratedAuthPackage(WindowsIntegratedAuthPackage::Ntlm) => (
                    &P_018,
                    "chooses NTLM, which never authenticates the server".to_owned(),
                    "prefer kerberos or spnego",
                ),
                P::RequireServerAuth(false) if !ntlm && server_auth_on_by_default(kind, side) => (
                    &P_022,
                    "turns server authentication off, so an impostor could pose as the service".to_owned(),
                    "leave server authentication on (the default) unless the server truly cannot be authenticated",
                ),
                P::AllowAnonymousClients(true) => (
                    &P_024,
                    "accepts anonymous Windows clients".to_owned(),
                    "leave anonymous clients out (the default) unless anonymous callers are intended",
                ),
                P::CertFailuresToIgnore(set) => {
                    let risky: Vec<&str> = set
                        .iter()
                        .filter(|f| *f != CertFailure::RevocationOffline)
                        .map(|f| f.name())
                        .collect();
                    if risky.is_empty() {
                        continue;
                    }
                    (
                        &P_069,
                        format!("ignores server certificate failures ({}), which lets a man in the middle through", risky.join(", ")),
                        "fix the server certificate instead of ignoring its failures",
                    )
                }
                P::DisableCertRevocationCheck(true) => (
                    &P_073,
                    "turns certificate revocation checking off, so a revoked server certificate is accepted".to_owned(),
                    "leave revocation checking on (the default)",
                ),
                P::AllowedImpersonationLevel(SecurityImpersonationLevel::Delegation) => (
                    &P_145,
                    "lets the service act as this client on other machines (delegation)".to_owned(),
                    "use `impersonation` or `identification` unless the service must reach other machines as you",
                ),
                _ => continue,
            };
            let label = cx.binding_label(i);
            let at = At::BindingProperty(i, id);
            let help = Help::text(help).propose_removal_at(at);
            cx.emit(rule, at, format!("{label} {message}"), help);
        }
    }
}

pub(crate) static P_033: Rule = Rule::error("P-033", Kind::Value, Status::Implemented)
    .title("http_header_auth_scheme is never empty")
    .rationale("Unknown bits are unrepresentable (`FlagSet` rejects them); an empty set names no scheme at all and is refused.")
    .source("api/ne-webservices-__unnamed_enum_6.md");

pub(crate) static P_034: Rule = Rule::error("P-034", Kind::Combination, Status::Implemented)
    .title("passport stands alone")
    .rationale("Passport cannot be negotiated alongside the other schemes; it must be the only bit.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_038: Rule = Rule::error("P-038", Kind::Side, Status::Implemented)
    .title("the none scheme is client-only")
    .rationale("Only a client can fall back to no header authentication; a server offering none would authenticate nobody.")
    .source("api/ne-webservices-__unnamed_enum_6.md § WS_HTTP_HEADER_AUTH_SCHEME_NONE");

pub(crate) static P_039: Rule = Rule::error("P-039", Kind::Side, Status::Implemented)
    .title("the passport scheme is client-only")
    .rationale("WWSAPI implements Passport only as a client (legacy).")
    .source("api/ne-webservices-__unnamed_enum_6.md § WS_HTTP_HEADER_AUTH_SCHEME_PASSPORT");

pub(crate) static P_040: Rule = Rule::warning("P-040", Kind::Value, Status::Implemented)
    .title("passport is unavailable on Windows Server 2008 R2 and later")
    .rationale("Passport works only with the down-level runtime; on current Windows it fails, so every use is flagged.")
    .source("api/ne-webservices-__unnamed_enum_6.md § WS_HTTP_HEADER_AUTH_SCHEME_PASSPORT");

pub(crate) static P_036: Rule = Rule::error("P-036", Kind::Forbidden, Status::Implemented)
    .title("proxy authentication cannot use none")
    .rationale("A binding aimed at the proxy exists to authenticate to it; the none scheme is refused there.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_037: Rule = Rule::error("P-037", Kind::Forbidden, Status::Implemented)
    .title("passport cannot authenticate to a proxy")
    .rationale("Passport is a service-level scheme; it is refused when the target is the proxy.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_035: Rule = Rule::warning("P-035", Kind::Combination, Status::Implemented)
    .title("proxy authentication should use a single scheme")
    .rationale("What the runtime does with several schemes toward a proxy is not specified; one scheme keeps the behaviour predictable.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

// P-033, P-034, P-035..P-040: the scheme set of a header-auth binding.
fn header_auth_scheme(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, binding) in indexed(cx) {
        if !placed(Id::HttpHeaderAuthScheme, binding.binding_type(), side) {
            continue;
        }
        let Some(P::HttpHeaderAuthScheme(schemes)) = explicit(binding, Id::HttpHeaderAuthScheme)
        else {
            continue;
        };
        let at = At::BindingProperty(i, Id::HttpHeaderAuthScheme);
        let label = cx.binding_label(i);
        // P-033: the set names at least one scheme.
        if schemes.is_empty() {
            cx.emit(
                &P_033,
                at,
                format!("`http_header_auth_scheme` on {label} is empty"),
                Help::text("name at least one scheme, e.g. `negotiate`").propose_at(
                    at,
                    Value::List(vec![Value::Name(Scheme::Negotiate.name().to_owned())]),
                ),
            );
            continue;
        }
        let passport = schemes.contains(Scheme::Passport);
        // P-034: passport is the only bit when present.
        if passport && schemes.len() > 1 {
            cx.emit(&P_034, at, format!("`http_header_auth_scheme` on {label} combines passport with other schemes ({schemes})"), "use `passport` alone, or drop it");
        }
        // P-038 / P-039: none and passport are client-only bits.
        if side == Side::Server {
            if schemes.contains(Scheme::None) {
                cx.emit(&P_038, at, format!("`http_header_auth_scheme` on {label} contains `none`, which only a client may use"), without(schemes, Scheme::None, "remove `none` from the server's schemes", at));
            }
            if passport {
                cx.emit(&P_039, at, format!("`http_header_auth_scheme` on {label} contains `passport`, which only a client may use"), "choose basic, digest, ntlm or negotiate on a server");
            }
        }
        // P-040: passport does not exist on current Windows.
        if passport {
            cx.emit(&P_040, at, format!("`http_header_auth_scheme` on {label} uses passport, which Windows Server 2008 R2 and later no longer support"), "choose negotiate, ntlm, digest or basic");
        }
        // P-035..P-037: restrictions when authenticating to a proxy.
        let proxy = matches!(
            effective_binding_property(binding, side, Id::HttpHeaderAuthTarget).value(),
            Some(P::HttpHeaderAuthTarget(HttpHeaderAuthTarget::Proxy))
        );
        if proxy {
            if schemes.contains(Scheme::None) {
                cx.emit(
                    &P_036,
                    at,
                    format!("{label} authenticates to the proxy but its schemes include `none`"),
                    without(
                        schemes,
                        Scheme::None,
                        "remove `none`; a proxy binding must authenticate",
                        at,
                    ),
                );
            }
            if passport {
                cx.emit(&P_037, at, format!("{label} authenticates to the proxy with passport, which proxies do not accept"), "choose basic, digest, ntlm or negotiate for the proxy");
            }
            if schemes.len() > 1 {
                cx.emit(
                    &P_035,
                    at,
                    format!("{label} authenticates to the proxy with several schemes ({schemes})"),
                    "give the proxy binding exactly one scheme",
                );
            }
        }
    }
}

pub(crate) static P_051: Rule = Rule::warning("P-051", Kind::Note, Status::Implemented)
    .title("a realm without its scheme has no effect")
    .rationale("The basic realm only feeds the basic scheme and the digest realm/domain the digest scheme; set without them they are dead settings, likely a mistake.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM");

// P-051: a realm or digest domain only matters when its scheme is offered.
fn realm_without_scheme(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, binding) in indexed(cx) {
        let kind = binding.binding_type();
        let schemes =
            match effective_binding_property(binding, side, Id::HttpHeaderAuthScheme).value() {
                Some(P::HttpHeaderAuthScheme(s)) => *s,
                _ => continue,
            };
        for p in binding.properties() {
            let id = p.id();
            let needed = match id {
                Id::HttpHeaderAuthBasicRealm => Scheme::Basic,
                Id::HttpHeaderAuthDigestRealm | Id::HttpHeaderAuthDigestDomain => Scheme::Digest,
                _ => continue,
            };
            if placed(id, kind, side) && !schemes.contains(needed) {
                let label = cx.binding_label(i);
                cx.emit(
                    &P_051,
                    At::BindingProperty(i, id),
                    format!("`{}` on {label} has no effect: the schemes ({schemes}) do not include `{}`", id.name(), needed.name()),
                    format!("add `{}` to `http_header_auth_scheme`, or remove `{}`", needed.name(), id.name()),
                );
            }
        }
    }
}

pub(crate) static P_053: Rule = Rule::warning("P-053", Kind::Note, Status::Implemented)
    .title("security_context_key_size should be a positive whole number of bytes")
    .rationale("No range is documented; a size of 0 or one that is not a multiple of 8 bits cannot describe a usable symmetric key, so we warn.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_SIZE");

pub(crate) static P_059: Rule = Rule::warning("P-059", Kind::Note, Status::Implemented)
    .also(&[
        "M-078", // same disagreement about max pending/active contexts on the security context binding
    ])
    .title("context quotas on a client have no effect")
    .rationale("Decision: the two quotas are accepted on the security context binding (the property page lists them), but they limit server resources, so a client-side use is flagged.")
    .source("api/ns-webservices-ws_security_context_message_security_binding.md § Description");

pub(crate) static P_060: Rule = Rule::warning("P-060", Kind::Note, Status::Implemented)
    .title("a context quota of 0 refuses every client")
    .rationale("Small quotas save memory but turn legitimate clients away; zero is undocumented and would admit no context, so we warn.")
    .source("concepts/security-overview.md § Security");

pub(crate) static P_065: Rule = Rule::error("P-065", Kind::Value, Status::Implemented)
    .title("security_context_renewal_interval must be positive")
    .rationale("Negative spans are unrepresentable (`Timespan`); a zero interval would renew or expire the context immediately. The client-versus-server comparison needs both processes and is not checked.")
    .source("api/ns-webservices-ws_timespan.md § ticks");

// P-053, P-059, P-060, P-065: values of the security context settings.
fn security_context_values(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, binding) in indexed(cx) {
        let kind = binding.binding_type();
        for p in binding.properties() {
            let id = p.id();
            if !placed(id, kind, side) {
                continue;
            }
            let (rule, message, help) = match p {
                P::SecurityContextKeySize(bits) if *bits == 0 || bits % 8 != 0 => (
                    &P_053,
                    format!("`security_context_key_size` is {bits} bits, not a positive whole number of bytes"),
                    "use a key size such as 128 or 256, or leave it out to let the issuer choose",
                ),
                P::SecurityContextMaxPendingContexts(_) | P::SecurityContextMaxActiveContexts(_)
                    if side == Side::Client =>
                {
                    (
                        &P_059,
                        format!("`{}` limits server resources and has no effect on a client", id.name()),
                        "set the quota on the server's declaration instead",
                    )
                }
                P::SecurityContextMaxPendingContexts(0) | P::SecurityContextMaxActiveContexts(0) => (
                    &P_060,
                    format!("`{}` is 0, so no client could ever hold a security context", id.name()),
                    "use a positive quota or leave the default",
                ),
                P::SecurityContextRenewalInterval(span) if span.ticks() == 0 => (
                    &P_065,
                    "`security_context_renewal_interval` is zero, so contexts would renew or expire at once".to_owned(),
                    "give a positive duration, e.g. `10h`, or leave the default",
                ),
                _ => continue,
            };
            let label = cx.binding_label(i);
            cx.emit(
                rule,
                At::BindingProperty(i, id),
                format!("{message} ({label})"),
                help,
            );
        }
    }
}
