//! Fields and instance counts of the message bindings.

use crate::context::{At, Ctx};
use crate::facts::{self, Need};
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::{CEnum, SamlAuthenticator, SecurityBinding, SecurityBindingType, Side};

/// Whether `field` of a message binding is set; `None` for a field the binding does not have.
fn field_present(binding: &SecurityBinding, field: &str) -> Option<bool> {
    use SecurityBinding as B;
    Some(match (binding, field) {
        (_, "binding_usage") => binding.binding_usage().is_some(),
        (B::UsernameMessage(b), "client_credential") => b.client_credential.is_some(),
        (B::UsernameMessage(b), "password_validator") => b.password_validator.is_some(),
        (B::UsernameMessage(b), "password_validator_callback_state") => {
            b.password_validator_callback_state.is_some()
        }
        (B::KerberosApreqMessage(b), "client_credential") => b.client_credential.is_some(),
        (B::XmlTokenMessage(b), "xml_token") => b.xml_token.is_some(),
        (B::SamlMessage(b), "authenticator") => b.authenticator.is_some(),
        (B::SecurityContextMessage(b), "bootstrap_security_description") => {
            b.bootstrap_security_description.is_some()
        }
        _ => return None,
    })
}

/// The rule broken when a field's [`Need`] on this side (from `facts::FIELDS`) is not met:
/// (binding, or `None` for every message binding; field; need; rule; reason; help).
type FieldRule = (
    Option<SecurityBindingType>,
    &'static str,
    Need,
    &'static Rule,
    &'static str,
    &'static str,
);

pub(crate) static M_005: Rule = Rule::error("M-005", Kind::Value, Status::Implemented)
    .title("bindingUsage must be the supporting usage")
    .rationale("The usage field has no default: a zeroed structure is rejected. `MessageSecurityUsage` has only `supporting`, so a wrong value cannot be written, but an omitted one can and is reported.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § bindingUsage");

pub(crate) static M_022: Rule = Rule::error("M-022", Kind::Required, Status::Implemented)
    .title("client needs a username credential")
    .rationale("A client username binding exists to send a user name and password, so it needs the credential to send.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § clientCredential");

pub(crate) static M_023: Rule = Rule::error("M-023", Kind::Required, Status::Implemented)
    .title("server needs a password validator")
    .rationale("A server username binding must check the received password; without a validator nothing would authenticate the client.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § passwordValidator");

pub(crate) static M_024: Rule = Rule::warning("M-024", Kind::Note, Status::Implemented)
    .also(&["M-029"])
    .title("opposite-side username fields are not specified")
    .rationale("Decision: the pages do not forbid the other side's field, so a server-side client_credential or a client-side password validator is reported as unused (warning); the validator only ever runs on the server.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § clientCredential and passwordValidator");

pub(crate) static M_041: Rule = Rule::error("M-041", Kind::Required, Status::Implemented)
    .title("client needs a Windows credential")
    .rationale("A client Kerberos binding obtains its ticket with a Windows credential, so the credential must be given.")
    .source("api/ns-webservices-ws_kerberos_apreq_message_security_binding.md § clientCredential");

pub(crate) static M_042: Rule = Rule::error("M-042", Kind::Forbidden, Status::Implemented)
    .title("server must not carry a credential")
    .rationale("A server Kerberos binding only accepts tickets; a credential in a listener description is rejected.")
    .source("api/ns-webservices-ws_kerberos_apreq_message_security_binding.md § clientCredential");

pub(crate) static M_054: Rule = Rule::error("M-054", Kind::Required, Status::Implemented)
    .title("the XML token must be supplied")
    .rationale("The binding has nothing to send without its token; there is no default token.")
    .source(
        "api/ns-webservices-ws_xml_token_message_security_binding.md § xmlToken and description",
    );

pub(crate) static M_060: Rule = Rule::error("M-060", Kind::Required, Status::Implemented)
    .title("SAML binding needs an authenticator")
    .rationale(
        "Without an authenticator the server has no way to decide which SAML assertions to accept.",
    )
    .source("api/ns-webservices-ws_saml_message_security_binding.md § authenticator");

static FIELD_RULES: &[FieldRule] = {
    use Need::*;
    use SecurityBindingType as T;
    &[
        (None, "binding_usage", Required, &M_005,
            "a message binding has no default usage",
            "add `binding_usage = \"supporting\"`"),
        (Some(T::UsernameMessage), "client_credential", Required, &M_022,
            "a client username binding needs the user name and password it sends",
            "add a `client_credential` table (`type = \"string\"`, `username`, `password = { env = \"...\" }`)"),
        (Some(T::UsernameMessage), "password_validator", Required, &M_023,
            "a server username binding needs a callback that checks received passwords",
            "add `password_validator = { runtime = \"...\" }`"),
        (Some(T::UsernameMessage), "client_credential", Undocumented, &M_024,
            "only clients send a username credential; a server never uses it",
            "remove `client_credential` from the server binding"),
        (Some(T::UsernameMessage), "password_validator", Undocumented, &M_024,
            "the password validator only runs on the server; a client never calls it",
            "remove `password_validator` from the client binding"),
        (Some(T::UsernameMessage), "password_validator_callback_state", Undocumented, &M_024,
            "the validator state only reaches the server's validator; a client never uses it",
            "remove `password_validator_callback_state` from the client binding"),
        (Some(T::KerberosApreqMessage), "client_credential", Required, &M_041,
            "a client Kerberos binding needs a Windows credential to obtain its ticket",
            "add a `client_credential` table, e.g. `type = \"default\"`"),
        (Some(T::KerberosApreqMessage), "client_credential", Forbidden, &M_042,
            "a server Kerberos binding only accepts tickets and must not carry a credential",
            "remove `client_credential` from the server binding"),
        (Some(T::XmlTokenMessage), "xml_token", Required, &M_054,
            "the binding has no token to present and there is no default",
            "add `xml_token = { runtime = \"...\" }`"),
        (Some(T::SamlMessage), "authenticator", Required, &M_060,
            "the server cannot decide which SAML assertions to accept",
            "add an `authenticator` table with `type = \"cert_signed\"` and `trusted_issuer_certs`"),
    ]
};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[
        &M_005, &M_006, &M_007, &M_022, &M_023, &M_024, &M_041, &M_042, &M_054, &M_060, &M_065,
        &M_072,
    ],
    &[
        required_fields,
        instance_count,
        xml_token_count,
        saml_authenticator,
    ],
);

// M-005, M-022..M-024, M-041, M-042, M-054, M-060, M-094: each field as `facts::FIELDS` needs it on this side.
fn required_fields(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, b) in cx.bindings().iter().enumerate() {
        let bt = b.binding_type();
        if !bt.is_message_binding() {
            continue;
        }
        // A binding that may not be here at all is reported once, by its side (M-052, M-058) or
        // nesting (M-098) rule; listing its missing fields too would only add noise.
        let misplaced = !facts::binding(bt).sides.contains(&side)
            || (cx.is_bootstrap() && bt == SecurityBindingType::SecurityContextMessage);
        if misplaced {
            continue;
        }
        for f in facts::fields(bt) {
            let Some(present) = field_present(b, f.field) else {
                continue;
            };
            let need = match side {
                Side::Client => f.client,
                Side::Server => f.server,
            };
            let broken = match need {
                Need::Required => !present,
                Need::Forbidden | Need::Undocumented => present,
                Need::Optional => false,
            };
            if !broken {
                continue;
            }
            let Some(&(_, _, _, id, why, help)) = FIELD_RULES
                .iter()
                .find(|r| r.0.is_none_or(|t| t == bt) && r.1 == f.field && r.2 == need)
            else {
                continue;
            };
            let label = cx.binding_label(i);
            let message = if present {
                format!("{label} on a {side} sets `{}`: {why}", f.field)
            } else {
                format!("{label} on a {side} has no `{}`: {why}", f.field)
            };
            cx.emit(id, At::BindingField(i, f.field), message, help);
        }
    }
}

pub(crate) static M_006: Rule = Rule::error("M-006", Kind::Cardinality, Status::Implemented)
    .also(&["M-008"])
    .title("at most one instance per security description")
    .rationale("Each of these bindings supplies one token of its kind; two of the same kind in one description are not supported. The count is per description, so a bootstrap description has its own count.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § description");

// M-006 (also M-008): at most one username, Kerberos, SAML and security context binding per description.
fn instance_count(cx: &mut Ctx<'_>) {
    let bindings = cx.bindings();
    for (i, b) in bindings.iter().enumerate() {
        let bt = b.binding_type();
        if !bt.is_message_binding() {
            continue;
        }
        let Some(max) = facts::binding(bt).max_per_description else {
            continue;
        };
        let before = bindings[..i]
            .iter()
            .filter(|o| o.binding_type() == bt)
            .count();
        if before >= max {
            let label = cx.binding_label(i);
            cx.emit(
                &M_006,
                At::Binding(i),
                format!(
                    "{label} repeats a `{}` binding; one description may hold at most {max}",
                    bt.name()
                ),
                "keep a single binding of this kind (a bootstrap description counts on its own)",
            );
        }
    }
}

pub(crate) static M_007: Rule = Rule::warning("M-007", Kind::Note, Status::Implemented)
    .title("XML token binding: no documented instance limit")
    .rationale("Decision: the pages neither allow nor forbid several XML token bindings, so more than one is reported as a warning, not an error.")
    .source("api/ns-webservices-ws_xml_token_message_security_binding.md § description");

// M-007: more than one XML token binding in a description is undocumented (warning).
fn xml_token_count(cx: &mut Ctx<'_>) {
    let mut seen = false;
    for (i, b) in cx.bindings().iter().enumerate() {
        if b.binding_type() != SecurityBindingType::XmlTokenMessage {
            continue;
        }
        if seen {
            let label = cx.binding_label(i);
            cx.emit(
                &M_007,
                At::Binding(i),
                format!("{label} is a second `xml_token_message` binding; the documentation never says a description may hold several"),
                "present one token per description unless you have tested the combination",
            );
        }
        seen = true;
    }
}

pub(crate) static M_065: Rule = Rule::error("M-065", Kind::Required, Status::Implemented)
    .also(&["M-066"])
    .title("trusted issuer certificates are required")
    .rationale("The issuer certificates are the allow-list of trusted SAML issuers; an empty list could never accept a token. The list is a `Vec`, so its count always matches.")
    .source("api/ns-webservices-ws_cert_signed_saml_authenticator.md § trustedIssuerCerts");

pub(crate) static M_072: Rule = Rule::warning("M-072", Kind::Note, Status::Implemented)
    .title("SAML validator state is passed back")
    .rationale("Decision: a validator state without a validator is never passed to anyone, which points to a forgotten validator; reported as a warning.")
    .source("api/ns-webservices-ws_cert_signed_saml_authenticator.md § samlValidatorCallbackState");

// M-065 (also M-066): a certificate-signed SAML authenticator lists at least one trusted issuer;
// M-072: a SAML validator state without a validator is never used (warning).
fn saml_authenticator(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        let SecurityBinding::SamlMessage(saml) = b else {
            continue;
        };
        let Some(SamlAuthenticator::CertSigned {
            trusted_issuer_certs,
            saml_validator,
            saml_validator_callback_state,
            ..
        }) = &saml.authenticator
        else {
            continue;
        };
        if trusted_issuer_certs.is_empty() {
            let label = cx.binding_label(i);
            cx.emit(
                &M_065,
                At::BindingField(i, "authenticator"),
                format!("the authenticator of {label} lists no `trusted_issuer_certs`, so no SAML assertion could ever be accepted"),
                "add `trusted_issuer_certs = [{ runtime = \"...\" }]` naming the issuer certificates",
            );
        }
        if saml_validator.is_none() && saml_validator_callback_state.is_some() {
            let label = cx.binding_label(i);
            cx.emit(
                &M_072,
                At::BindingField(i, "authenticator"),
                format!("the authenticator of {label} sets `saml_validator_callback_state` without a `saml_validator`, so the state is never passed to anything"),
                "add the `saml_validator` callback, or remove the state",
            );
        }
    }
}
