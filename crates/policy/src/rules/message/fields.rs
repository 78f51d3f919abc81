//! Fields and instance counts of the message bindings.

use crate::facts::{self, Need};
use crate::{At, Ctx};
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
    &'static str,
    &'static str,
    &'static str,
);

static FIELD_RULES: &[FieldRule] = {
    use Need::*;
    use SecurityBindingType as T;
    &[
        (None, "binding_usage", Required, "M-005",
            "a message binding has no default usage",
            "add `binding_usage = \"supporting\"`"),
        (Some(T::UsernameMessage), "client_credential", Required, "M-022",
            "a client username binding needs the user name and password it sends",
            "add a `client_credential` table (`type = \"string\"`, `username`, `password = { env = \"...\" }`)"),
        (Some(T::UsernameMessage), "password_validator", Required, "M-023",
            "a server username binding needs a callback that checks received passwords",
            "add `password_validator = { runtime = \"...\" }`"),
        (Some(T::UsernameMessage), "client_credential", Undocumented, "M-024",
            "only clients send a username credential; a server never uses it",
            "remove `client_credential` from the server binding"),
        (Some(T::UsernameMessage), "password_validator", Undocumented, "M-024",
            "the password validator only runs on the server; a client never calls it",
            "remove `password_validator` from the client binding"),
        (Some(T::UsernameMessage), "password_validator_callback_state", Undocumented, "M-024",
            "the validator state only reaches the server's validator; a client never uses it",
            "remove `password_validator_callback_state` from the client binding"),
        (Some(T::KerberosApreqMessage), "client_credential", Required, "M-041",
            "a client Kerberos binding needs a Windows credential to obtain its ticket",
            "add a `client_credential` table, e.g. `type = \"default\"`"),
        (Some(T::KerberosApreqMessage), "client_credential", Forbidden, "M-042",
            "a server Kerberos binding only accepts tickets and must not carry a credential",
            "remove `client_credential` from the server binding"),
        (Some(T::XmlTokenMessage), "xml_token", Required, "M-054",
            "the binding has no token to present and there is no default",
            "add `xml_token = { runtime = \"...\" }`"),
        (Some(T::SamlMessage), "authenticator", Required, "M-060",
            "the server cannot decide which SAML assertions to accept",
            "add an `authenticator` table with `type = \"cert_signed\"` and `trusted_issuer_certs`"),
        (Some(T::SecurityContextMessage), "bootstrap_security_description", Required, "M-094",
            "the context token is obtained with the bootstrap description's credentials",
            "add a `bootstrap_security_description` table with the bindings that obtain the context"),
    ]
};

// M-005, M-022..M-024, M-041, M-042, M-054, M-060, M-094: each field as `facts::FIELDS` needs it on this side.
pub(super) fn required_fields(cx: &mut Ctx<'_>) {
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

// M-006 (also M-008): at most one username, Kerberos, SAML and security context binding per description.
pub(super) fn instance_count(cx: &mut Ctx<'_>) {
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
                "M-006",
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

// M-007: more than one XML token binding in a description is undocumented (warning).
pub(super) fn xml_token_count(cx: &mut Ctx<'_>) {
    let mut seen = false;
    for (i, b) in cx.bindings().iter().enumerate() {
        if b.binding_type() != SecurityBindingType::XmlTokenMessage {
            continue;
        }
        if seen {
            let label = cx.binding_label(i);
            cx.emit(
                "M-007",
                At::Binding(i),
                format!("{label} is a second `xml_token_message` binding; the documentation never says a description may hold several"),
                "present one token per description unless you have tested the combination",
            );
        }
        seen = true;
    }
}

// M-065 (also M-066): a certificate-signed SAML authenticator lists at least one trusted issuer;
// M-072: a SAML validator state without a validator is never used (warning).
pub(super) fn saml_authenticator(cx: &mut Ctx<'_>) {
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
                "M-065",
                At::BindingField(i, "authenticator"),
                format!("the authenticator of {label} lists no `trusted_issuer_certs`, so no SAML assertion could ever be accepted"),
                "add `trusted_issuer_certs = [{ runtime = \"...\" }]` naming the issuer certificates",
            );
        }
        if saml_validator.is_none() && saml_validator_callback_state.is_some() {
            let label = cx.binding_label(i);
            cx.emit(
                "M-072",
                At::BindingField(i, "authenticator"),
                format!("the authenticator of {label} sets `saml_validator_callback_state` without a `saml_validator`, so the state is never passed to anything"),
                "add the `saml_validator` callback, or remove the state",
            );
        }
    }
}
