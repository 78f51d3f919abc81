//! Checks of the binding-settings bags (`WS_SECURITY_BINDING_PROPERTY`).

use crate::facts::properties::{accepted_sides, binding_property, BINDING_PROPERTIES};
use crate::{At, Ctx};
use wws_security_model::defaults::{binding_property_default, effective_binding_property};
use wws_security_model::{
    BindingProperty as P, CEnum, CertFailure, HttpHeaderAuthScheme as Scheme, HttpHeaderAuthTarget,
    SecurityBinding, SecurityBindingPropertyId as Id, SecurityBindingType,
    SecurityImpersonationLevel, Side, WindowsIntegratedAuthPackage,
};

/// The rule reporting a property on a binding that does not take it, and the rule reporting it
/// on the wrong side, indexed by property id - 1. Properties allowed on both sides of every
/// binding that takes them repeat the first id (the side rule never fires for them).
const PLACEMENT_RULES: [(&str, &str); 23] = [
    ("P-013", "P-014"), // require_ssl_client_cert
    ("P-016", "P-016"), // windows_integrated_auth_package
    ("P-020", "P-021"), // require_server_auth
    ("P-025", "P-026"), // allow_anonymous_clients
    ("P-029", "P-030"), // allowed_impersonation_level
    ("P-032", "P-032"), // http_header_auth_scheme (bits: P-038, P-039)
    ("P-048", "P-048"), // http_header_auth_target
    ("P-050", "P-050"), // http_header_auth_basic_realm
    ("P-050", "P-050"), // http_header_auth_digest_realm
    ("P-050", "P-050"), // http_header_auth_digest_domain
    ("P-052", "P-052"), // security_context_key_size
    ("P-054", "P-054"), // security_context_key_entropy_mode
    ("P-055", "P-055"), // message_properties
    ("P-057", "P-057"), // security_context_max_pending_contexts
    ("P-058", "P-058"), // security_context_max_active_contexts
    ("P-061", "P-061"), // secure_conversation_version
    ("P-063", "P-063"), // security_context_support_renew
    ("P-064", "P-064"), // security_context_renewal_interval
    ("P-066", "P-066"), // security_context_rollover_interval
    ("P-068", "P-068"), // cert_failures_to_ignore
    ("P-072", "P-072"), // disable_cert_revocation_check
    ("P-074", "P-074"), // disallowed_secure_protocols
    ("P-076", "P-076"), // certificate_validation_callback_context
];

fn placement_rules(id: Id) -> (&'static str, &'static str) {
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

/// The bindings of the description with their index, for loops that emit.
fn indexed<'a>(cx: &Ctx<'a>) -> impl Iterator<Item = (usize, &'a SecurityBinding)> {
    cx.bindings().iter().enumerate()
}

// P-010: a key appears at most once per bag (each binding bag and the channel bag).
pub(super) fn repeated_keys(cx: &mut Ctx<'_>) {
    for (i, binding) in indexed(cx) {
        let bag = binding.properties();
        for (k, p) in bag.iter().enumerate() {
            let id = p.id();
            if bag.iter().take(k).any(|q| q.id() == id) {
                let label = cx.binding_label(i);
                cx.emit(
                    "P-010",
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
                "P-010",
                At::Property(id),
                format!("channel property `{}` appears more than once; which value wins is undocumented", id.name()),
                "keep a single entry for the property",
            );
        }
    }
}

// P-009 and each property's own rule: a binding property only on the bindings and sides the
// matrix (`facts::properties::BINDING_PROPERTIES`) lists.
pub(super) fn placement(cx: &mut Ctx<'_>) {
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
                        "P-009",
                        At::BindingProperty(i, id),
                        format!(
                            "{label} takes no binding property, but `{}` is set",
                            id.name()
                        ),
                        format!(
                            "remove the property; `{}` applies to: {}",
                            id.name(),
                            accepted_on(id)
                        ),
                    );
                }
                None => {
                    let label = cx.binding_label(i);
                    cx.emit(
                        binding_rule,
                        At::BindingProperty(i, id),
                        format!("property `{}` does not apply to {label}", id.name()),
                        format!("remove it; `{}` applies to: {}", id.name(), accepted_on(id)),
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
                        format!(
                            "remove `{}` from the {} declaration",
                            id.name(),
                            side.name()
                        ),
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

// P-017: a client SSPI binding that chooses NTLM must not require server authentication
// (explicitly, or through the TCP default of true).
pub(super) fn ntlm_needs_server_auth_off(cx: &mut Ctx<'_>) {
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
                "P-017",
                At::BindingProperty(i, Id::WindowsIntegratedAuthPackage),
                format!("{label} chooses NTLM, which cannot authenticate the server, but `require_server_auth` {how}"),
                "set `require_server_auth = false` explicitly, or choose kerberos or spnego",
            );
        }
    }
}

// P-018, P-022, P-024, P-069, P-073, P-145: lints on values that lower security.
pub(super) fn security_lowering_values(cx: &mut Ctx<'_>) {
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
                    "P-018",
                    "chooses NTLM, which never authenticates the server".to_owned(),
                    "prefer kerberos or spnego",
                ),
                P::RequireServerAuth(false) if !ntlm && server_auth_on_by_default(kind, side) => (
                    "P-022",
                    "turns server authentication off, so an impostor could pose as the service".to_owned(),
                    "remove `require_server_auth = false` unless the server truly cannot be authenticated",
                ),
                P::AllowAnonymousClients(true) => (
                    "P-024",
                    "accepts anonymous Windows clients".to_owned(),
                    "remove `allow_anonymous_clients = true` unless anonymous callers are intended",
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
                        "P-069",
                        format!("ignores server certificate failures ({}), which lets a man in the middle through", risky.join(", ")),
                        "fix the server certificate instead of ignoring its failures",
                    )
                }
                P::DisableCertRevocationCheck(true) => (
                    "P-073",
                    "turns certificate revocation checking off, so a revoked server certificate is accepted".to_owned(),
                    "remove `disable_cert_revocation_check = true`",
                ),
                P::AllowedImpersonationLevel(SecurityImpersonationLevel::Delegation) => (
                    "P-145",
                    "lets the service act as this client on other machines (delegation)".to_owned(),
                    "use `impersonation` or `identification` unless the service must reach other machines as you",
                ),
                _ => continue,
            };
            let label = cx.binding_label(i);
            cx.emit(
                rule,
                At::BindingProperty(i, id),
                format!("{label} {message}"),
                help,
            );
        }
    }
}

// P-033, P-034, P-035..P-040: the scheme set of a header-auth binding.
pub(super) fn header_auth_scheme(cx: &mut Ctx<'_>) {
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
                "P-033",
                at,
                format!("`http_header_auth_scheme` on {label} is empty"),
                "name at least one scheme, e.g. [\"negotiate\"]",
            );
            continue;
        }
        let passport = schemes.contains(Scheme::Passport);
        // P-034: passport is the only bit when present.
        if passport && schemes.len() > 1 {
            cx.emit("P-034", at, format!("`http_header_auth_scheme` on {label} combines passport with other schemes ({schemes})"), "use [\"passport\"] alone, or drop passport");
        }
        // P-038 / P-039: none and passport are client-only bits.
        if side == Side::Server {
            if schemes.contains(Scheme::None) {
                cx.emit("P-038", at, format!("`http_header_auth_scheme` on {label} contains `none`, which only a client may use"), "remove `none` from the server's schemes");
            }
            if passport {
                cx.emit("P-039", at, format!("`http_header_auth_scheme` on {label} contains `passport`, which only a client may use"), "choose basic, digest, ntlm or negotiate on a server");
            }
        }
        // P-040: passport does not exist on current Windows.
        if passport {
            cx.emit("P-040", at, format!("`http_header_auth_scheme` on {label} uses passport, which Windows Server 2008 R2 and later no longer support"), "choose negotiate, ntlm, digest or basic");
        }
        // P-035..P-037: restrictions when authenticating to a proxy.
        let proxy = matches!(
            effective_binding_property(binding, side, Id::HttpHeaderAuthTarget).value(),
            Some(P::HttpHeaderAuthTarget(HttpHeaderAuthTarget::Proxy))
        );
        if proxy {
            if schemes.contains(Scheme::None) {
                cx.emit(
                    "P-036",
                    at,
                    format!("{label} authenticates to the proxy but its schemes include `none`"),
                    "remove `none`; a proxy binding must authenticate",
                );
            }
            if passport {
                cx.emit("P-037", at, format!("{label} authenticates to the proxy with passport, which proxies do not accept"), "choose basic, digest, ntlm or negotiate for the proxy");
            }
            if schemes.len() > 1 {
                cx.emit(
                    "P-035",
                    at,
                    format!("{label} authenticates to the proxy with several schemes ({schemes})"),
                    "give the proxy binding exactly one scheme",
                );
            }
        }
    }
}

// P-051: a realm or digest domain only matters when its scheme is offered.
pub(super) fn realm_without_scheme(cx: &mut Ctx<'_>) {
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
                    "P-051",
                    At::BindingProperty(i, id),
                    format!("`{}` on {label} has no effect: the schemes ({schemes}) do not include `{}`", id.name(), needed.name()),
                    format!("add `{}` to `http_header_auth_scheme`, or remove `{}`", needed.name(), id.name()),
                );
            }
        }
    }
}

// P-053, P-059, P-060, P-065: values of the security context settings.
pub(super) fn security_context_values(cx: &mut Ctx<'_>) {
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
                    "P-053",
                    format!("`security_context_key_size` is {bits} bits, not a positive whole number of bytes"),
                    "use a key size such as 128 or 256, or leave it out to let the issuer choose",
                ),
                P::SecurityContextMaxPendingContexts(_) | P::SecurityContextMaxActiveContexts(_)
                    if side == Side::Client =>
                {
                    (
                        "P-059",
                        format!("`{}` limits server resources and has no effect on a client", id.name()),
                        "set the quota on the server's declaration instead",
                    )
                }
                P::SecurityContextMaxPendingContexts(0) | P::SecurityContextMaxActiveContexts(0) => (
                    "P-060",
                    format!("`{}` is 0, so no client could ever hold a security context", id.name()),
                    "use a positive quota or leave the default",
                ),
                P::SecurityContextRenewalInterval(span) if span.ticks() == 0 => (
                    "P-065",
                    "`security_context_renewal_interval` is zero, so contexts would renew or expire at once".to_owned(),
                    "give a positive duration, e.g. \"10h\", or leave the default",
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
