//! Bootstrap descriptions of the security context binding.

use crate::{At, Ctx};
use wws_security_model::{SecurityBinding, SecurityBindingType};

// M-094: a bootstrap description holds at least one binding (a missing one: see fields.rs).
pub(super) fn bootstrap_not_empty(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        let SecurityBinding::SecurityContextMessage(sc) = b else {
            continue;
        };
        if sc
            .bootstrap_security_description
            .as_ref()
            .is_some_and(|d| d.bindings.is_empty())
        {
            let label = cx.binding_label(i);
            cx.emit(
                "M-094",
                At::BindingField(i, "bootstrap_security_description"),
                format!("the bootstrap description of {label} holds no binding, so there is no credential to obtain the context with"),
                "add the bindings that obtain the context, e.g. `ssl_transport` and `username_message`",
            );
        }
    }
}

// M-096: a bootstrap presents a username, Kerberos, XML token or SAML credential.
pub(super) fn bootstrap_credential(cx: &mut Ctx<'_>) {
    if !cx.is_bootstrap() || cx.bindings().is_empty() {
        return;
    }
    let has_credential = cx.bindings().iter().any(|b| {
        matches!(
            b.binding_type(),
            SecurityBindingType::UsernameMessage
                | SecurityBindingType::KerberosApreqMessage
                | SecurityBindingType::XmlTokenMessage
                | SecurityBindingType::SamlMessage
        )
    });
    if !has_credential {
        cx.emit(
            "M-096",
            At::Bindings,
            "the bootstrap description holds no username, Kerberos, XML token or SAML binding, so it has no credential to build the context on",
            "add a `username_message`, `kerberos_apreq_message` or `xml_token_message` binding (or `saml_message` on a server)",
        );
    }
}

// M-098: a bootstrap description never holds a security context binding.
pub(super) fn no_nested_context(cx: &mut Ctx<'_>) {
    if !cx.is_bootstrap() {
        return;
    }
    for (i, b) in cx.bindings().iter().enumerate() {
        if b.binding_type() == SecurityBindingType::SecurityContextMessage {
            let label = cx.binding_label(i);
            cx.emit(
                "M-098",
                At::Binding(i),
                format!("{label} is a security context inside a bootstrap description; a context cannot be bootstrapped from another context"),
                "bootstrap with a `username_message`, `kerberos_apreq_message` or `xml_token_message` binding instead",
            );
        }
    }
}
