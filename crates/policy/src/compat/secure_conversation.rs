//! The security context both ends establish with WS-SecureConversation: its version, who
//! contributes key entropy, and renewal.

use super::pair::{At, Pair, Shown, Text};
use super::tokens::pair_tokens;
use crate::registry::{Kind, Rule, Status};
use wws_security_model::{BindingProperty, SecurityBindingPropertyId as B, Side, Timespan};

pub(crate) static C_015: Rule = Rule::error("C-015", Kind::Value, Status::Implemented)
    .title("both ends of a security context speak the same WS-SecureConversation version")
    .rationale("The security context binding negotiates its token with WS-SecureConversation, February 2005 by default or 1.3; the two versions use different namespaces and actions. At run time the server does not understand the client's request for a context token and the channel never opens.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURE_CONVERSATION_VERSION; api/ne-webservices-ws_secure_conversation_version.md");

pub(crate) static C_016: Rule = Rule::error("C-016", Kind::Value, Status::Implemented)
    .title("both ends of a security context contribute key entropy the same way")
    .rationale("`security_context_key_entropy_mode` says who contributes randomness to the context key: the client only, the server only, or both (`combined`, the default). Both ends compute the key the same way only when they agree. At run time the context negotiation fails, or the two ends derive different keys and reject each other's messages.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_ENTROPY_MODE; api/ne-webservices-ws_security_key_entropy_mode.md");

pub(crate) static C_020: Rule = Rule::error("C-020", Kind::Value, Status::Implemented)
    .title("the client renews its security context before, and in a way, the server accepts")
    .rationale("A client renews its context after its `security_context_renewal_interval` (10 hours by default); on the server the same property is the context's lifetime (15 hours by default), before which it must be renewed. A server with `security_context_support_renew = false` rejects every renewal, so its client must not renew (with `false` it opens a new context instead). At run time, after the interval, the client's renewal is refused or its context has already expired, and calls on a long-lived channel start to fail.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_SUPPORT_RENEW, WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_RENEWAL_INTERVAL");

/// C-015, C-016 and C-020 on each pair of security context bindings.
pub(crate) fn security_contexts(cx: &mut Pair<'_>) {
    let tokens = pair_tokens(cx);
    let pairs: Vec<(usize, usize)> = tokens.security_contexts(cx).collect();
    for (ci, si) in pairs {
        version(cx, ci, si);
        entropy(cx, ci, si);
        renewal(cx, ci, si);
    }
}

fn labels(cx: &Pair<'_>, ci: usize, si: usize) -> (String, String) {
    (cx.label(Side::Client, ci), cx.label(Side::Server, si))
}

fn version(cx: &mut Pair<'_>, ci: usize, si: usize) {
    let id = B::SecureConversationVersion;
    let Some((client, server)) = cx.binding_mismatch((ci, si), id, |p| match p {
        BindingProperty::SecureConversationVersion(v) => Some(*v),
        _ => None,
    }) else {
        return;
    };
    let (client_label, server_label) = labels(cx, ci, si);
    cx.emit(&C_015, At::BindingProperty(ci, id), At::BindingProperty(si, id), Text {
        message: format!("{client_label} speaks WS-SecureConversation {client}, {server_label} {server}"),
        symptom: "the server does not understand the client's request for a security context token, and the channel never opens".into(),
        help: format!("write the same `secure_conversation_version` on both ends (`{}` is the server's)", server.value),
    });
}

fn entropy(cx: &mut Pair<'_>, ci: usize, si: usize) {
    let id = B::SecurityContextKeyEntropyMode;
    let Some((client, server)) = cx.binding_mismatch((ci, si), id, |p| match p {
        BindingProperty::SecurityContextKeyEntropyMode(m) => Some(*m),
        _ => None,
    }) else {
        return;
    };
    let (client_label, server_label) = labels(cx, ci, si);
    cx.emit(&C_016, At::BindingProperty(ci, id), At::BindingProperty(si, id), Text {
        message: format!("{client_label} uses key entropy {client}, {server_label} {server}"),
        symptom: "the context negotiation fails, or the two ends derive different keys and reject each other's messages".into(),
        help: format!("write the same `security_context_key_entropy_mode` on both ends (`{}` is the server's)", server.value),
    });
}

fn renewal(cx: &mut Pair<'_>, ci: usize, si: usize) {
    let renew = |p: &BindingProperty| match p {
        BindingProperty::SecurityContextSupportRenew(b) => Some(*b),
        _ => None,
    };
    let interval = |p: &BindingProperty| match p {
        BindingProperty::SecurityContextRenewalInterval(t) => Some(*t),
        _ => None,
    };
    let (renew_id, interval_id) = (
        B::SecurityContextSupportRenew,
        B::SecurityContextRenewalInterval,
    );
    let client_renews = cx.binding_property(Side::Client, ci, renew_id, renew);
    let server_renews = cx.binding_property(Side::Server, si, renew_id, renew);
    let client_interval: Option<Shown<Timespan>> =
        cx.binding_property(Side::Client, ci, interval_id, interval);
    let server_lifetime = cx.binding_property(Side::Server, si, interval_id, interval);
    let (client_label, server_label) = labels(cx, ci, si);
    if let (Some(c), Some(s)) = (client_renews, server_renews) {
        if c.value && !s.value {
            cx.emit(&C_020, At::BindingProperty(ci, renew_id), At::BindingProperty(si, renew_id), Text {
                message: format!("{client_label} renews its security context, since `security_context_support_renew` is {c}, but {server_label} rejects renewals with {s}"),
                symptom: "after the client's renewal interval, its renewal is refused and calls on the channel fail".into(),
                help: "set `security_context_support_renew = false` on the client too (it then opens a new context instead), or let the server accept renewals".into(),
            });
        }
    }
    if let (Some(c), Some(s)) = (client_interval, server_lifetime) {
        if c.value >= s.value {
            cx.emit(&C_020, At::BindingProperty(ci, interval_id), At::BindingProperty(si, interval_id), Text {
                message: format!("{client_label} renews its security context after {c}, but {server_label} lets a context live only {s}"),
                symptom: "the server's context expires before the client renews it, and the client's calls fail from then until a new context is set up".into(),
                help: format!("make the client's `security_context_renewal_interval` shorter than the server's ({})", s.value),
            });
        }
    }
}
