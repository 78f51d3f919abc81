//! Instance counts and authenticators of the message bindings.

use crate::context::{At, Ctx};
use crate::facts;
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::{CEnum, SamlAuthenticator, SecurityBinding, SecurityBindingType};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[&M_006, &M_007, &M_065, &M_072],
    &[instance_count, xml_token_count, saml_authenticator],
);

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
                "list the issuer certificates whose assertions the server trusts in `trusted_issuer_certs`",
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
