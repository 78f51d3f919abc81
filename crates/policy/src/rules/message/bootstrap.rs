//! Bootstrap descriptions of the security context binding.

use crate::context::{At, Ctx};
use crate::registry::{Kind, Rule, RuleSet, Status};
use wws_security_model::{SecurityBinding, SecurityBindingType};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[&M_094, &M_096, &M_098],
    &[bootstrap_not_empty, bootstrap_credential, no_nested_context],
);

pub(crate) static M_094: Rule = Rule::error("M-094", Kind::Required, Status::Implemented)
    .title("bootstrap description is required")
    .rationale("The context token is obtained with the bootstrap credentials, so a security context binding needs a bootstrap description that holds at least one binding.")
    .source("api/ns-webservices-ws_security_context_message_security_binding.md § description and bootstrapSecurityDescription");

// M-094: a security context binding has a bootstrap description with at least one binding.
fn bootstrap_not_empty(cx: &mut Ctx<'_>) {
    // A context inside a bootstrap is misplaced altogether (M-098); its fields are not checked.
    if cx.is_bootstrap() {
        return;
    }
    let side = cx.side();
    for (i, b) in cx.bindings().iter().enumerate() {
        let SecurityBinding::SecurityContextMessage(sc) = b else {
            continue;
        };
        let message = match &sc.bootstrap_security_description {
            None => format!("{} on a {side} has no `bootstrap_security_description`: the context token is obtained with the bootstrap description's credentials", cx.binding_label(i)),
            Some(d) if d.bindings.is_empty() => format!("the bootstrap description of {} holds no binding, so there is no credential to obtain the context with", cx.binding_label(i)),
            Some(_) => continue,
        };
        cx.emit(
            &M_094,
            At::BindingField(i, "bootstrap_security_description"),
            message,
            "add a `bootstrap_security_description` with the bindings that obtain the context, e.g. `ssl_transport` and `username_message`",
        );
    }
}

pub(crate) static M_096: Rule = Rule::error("M-096", Kind::Combination, Status::Implemented)
    .title("message bindings allowed in the bootstrap")
    .rationale("The bootstrap must present a credential the context can be built on: a username, Kerberos or XML token binding (or SAML on a server).")
    .source("concepts/security-context.md § Security Context");

// M-096: a bootstrap presents a username, Kerberos, XML token or SAML credential.
fn bootstrap_credential(cx: &mut Ctx<'_>) {
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
            &M_096,
            At::Bindings,
            "the bootstrap description holds no username, Kerberos, XML token or SAML binding, so it has no credential to build the context on",
            "add a `username_message`, `kerberos_apreq_message` or `xml_token_message` binding (or `saml_message` on a server)",
        );
    }
}

pub(crate) static M_098: Rule = Rule::error("M-098", Kind::Forbidden, Status::Implemented)
    .title("no security context inside its own bootstrap")
    .rationale("A context cannot be bootstrapped from another context; this also keeps the nesting to one level and rules out cycles.")
    .source("concepts/security-context.md § Security Context");

// M-098: a bootstrap description never holds a security context binding.
fn no_nested_context(cx: &mut Ctx<'_>) {
    if !cx.is_bootstrap() {
        return;
    }
    for (i, b) in cx.bindings().iter().enumerate() {
        if b.binding_type() == SecurityBindingType::SecurityContextMessage {
            let label = cx.binding_label(i);
            cx.emit(
                &M_098,
                At::Binding(i),
                format!("{label} is a security context inside a bootstrap description; a context cannot be bootstrapped from another context"),
                "bootstrap with a `username_message`, `kerberos_apreq_message` or `xml_token_message` binding instead",
            );
        }
    }
}
