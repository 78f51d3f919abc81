//! The message bindings: every token one end sends the other end expects, and every token one
//! end demands the other sends. Security context bindings pair up too; their bootstrap
//! descriptions are then compared like the endpoints' own.

use super::pair::{At, Pair, Text};
use crate::registry::{Kind, Rule, Status};
use wws_security_model::{SecurityBindingType as T, Side};

pub(crate) static C_005: Rule = Rule::error("C-005", Kind::Combination, Status::Implemented)
    .title("each message token one end sends, the other end expects")
    .rationale("Message bindings put a token in the WS-Security header: Kerberos, a security context, an XML token (client) or a SAML assertion (server). A server rejects a header that lacks a token it demands or holds one it has no binding for. Kerberos pairs with Kerberos and a security context with a security context (their bootstrap descriptions are compared in turn); a client's XML token can carry whatever token the server expects (a SAML assertion, a username or Kerberos token), since its kind is not in the file. Username tokens are C-017. At run time the server rejects the security header and the client's call fails.")
    .source("concepts/security-description.md; api/ns-webservices-ws_xml_token_message_security_binding.md; api/ns-webservices-ws_saml_message_security_binding.md; api/ns-webservices-ws_security_context_message_security_binding.md");

pub(crate) static C_017: Rule = Rule::error("C-017", Kind::Combination, Status::Implemented)
    .title("a client's username token meets a server's password validator")
    .rationale("A client's username binding sends its `client_credential` as a username token; only a server username binding, with its `password_validator`, accepts one. A client XML token built from a username token counts too. At run time a server without a validator rejects the token (WCF reports that it cannot find a token authenticator for the 'UserNameSecurityToken' token type), and a server that validates passwords rejects a request that carries no username token.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § clientCredential, passwordValidator; api/nc-webservices-ws_validate_password_callback.md");

/// The message bindings of both ends, paired.
pub(crate) struct Tokens {
    /// (client index, server index) of bindings that meet.
    pub(crate) pairs: Vec<(usize, usize)>,
    client_only: Vec<usize>,
    server_only: Vec<usize>,
}

impl Tokens {
    /// The security context bindings that meet, whose bootstrap descriptions pair up.
    pub(crate) fn security_contexts<'p>(
        &'p self,
        cx: &'p Pair<'_>,
    ) -> impl Iterator<Item = (usize, usize)> + 'p {
        self.pairs.iter().copied().filter(move |(c, _)| {
            cx.bindings(Side::Client)[*c].binding_type() == T::SecurityContextMessage
        })
    }
}

/// Server bindings a client XML token can stand for, most likely first.
const XML_TOKEN_STANDS_FOR: [T; 3] = [T::SamlMessage, T::UsernameMessage, T::KerberosApreqMessage];

/// Pairs each client message binding with the server binding that takes its token.
pub(crate) fn pair_tokens(cx: &Pair<'_>) -> Tokens {
    let message = |side| -> Vec<(usize, T)> {
        cx.bindings(side)
            .iter()
            .enumerate()
            .map(|(i, b)| (i, b.binding_type()))
            .filter(|(_, t)| t.is_message_binding())
            .collect()
    };
    let (client, server) = (message(Side::Client), message(Side::Server));
    let mut taken = vec![false; server.len()];
    let mut pairs = Vec::new();
    let mut client_only = Vec::new();
    let take = |kinds: &[T], taken: &mut Vec<bool>| {
        kinds.iter().find_map(|kind| {
            let found = server
                .iter()
                .enumerate()
                .find(|(j, (_, t))| !taken[*j] && t == kind)
                .map(|(j, (i, _))| (j, *i));
            if let Some((j, _)) = found {
                taken[j] = true;
            }
            found.map(|(_, i)| i)
        })
    };
    let mut xml_tokens = Vec::new();
    for &(ci, kind) in &client {
        if kind == T::XmlTokenMessage {
            xml_tokens.push(ci);
            continue;
        }
        match take(&[kind], &mut taken) {
            Some(si) => pairs.push((ci, si)),
            None => client_only.push(ci),
        }
    }
    // XML tokens last, so that a binding of the same type takes its own counterpart first.
    for ci in xml_tokens {
        match take(&XML_TOKEN_STANDS_FOR, &mut taken) {
            Some(si) => pairs.push((ci, si)),
            None => client_only.push(ci),
        }
    }
    let server_only = server
        .iter()
        .zip(&taken)
        .filter(|(_, t)| !**t)
        .map(|((i, _), _)| *i)
        .collect();
    Tokens {
        pairs,
        client_only,
        server_only,
    }
}

/// C-005 and C-017: tokens without a counterpart.
pub(crate) fn message_tokens(cx: &mut Pair<'_>) {
    let tokens = pair_tokens(cx);
    for ci in tokens.client_only {
        let kind = cx.bindings(Side::Client)[ci].binding_type();
        let client_label = cx.label(Side::Client, ci);
        let server_desc = cx.description_label(Side::Server);
        if kind == T::UsernameMessage {
            cx.emit(&C_017, At::BindingField(ci, "client_credential"), At::Bindings, Text {
                message: format!("{client_label} sends a username token, but {server_desc} has no `username_message` binding with a password validator"),
                symptom: "the server cannot check the token and rejects the request; WCF reports that it cannot find a token authenticator for the 'UserNameSecurityToken' token type".into(),
                help: "give the server a `username_message` binding with a `password_validator`, or remove the client's username binding".into(),
            });
        } else {
            let expected = if kind == T::XmlTokenMessage {
                "`saml_message`, `username_message` or `kerberos_apreq_message`".to_owned()
            } else {
                format!("`{kind}`")
            };
            cx.emit(&C_005, At::Binding(ci), At::Bindings, Text {
                message: format!("{client_label} sends a token that {server_desc} has no binding for (it would need {expected})"),
                symptom: "the server meets a token in the security header it does not expect and rejects the message; the client's call fails".into(),
                help: format!("add the matching binding ({expected}) to the server, or remove the client's"),
            });
        }
    }
    for si in tokens.server_only {
        let kind = cx.bindings(Side::Server)[si].binding_type();
        let server_label = cx.label(Side::Server, si);
        let client_desc = cx.description_label(Side::Client);
        if kind == T::UsernameMessage {
            cx.emit(&C_017, At::Bindings, At::BindingField(si, "password_validator"), Text {
                message: format!("{server_label} validates a username token with its `password_validator`, but {client_desc} sends none (no `username_message` binding and no XML token)"),
                symptom: "the server finds no username token in the security header and rejects every request".into(),
                help: "give the client a `username_message` binding with a `client_credential`, or remove the server's username binding".into(),
            });
        } else {
            let sent_by = if kind == T::SamlMessage {
                "an `xml_token_message` binding carrying the assertion".to_owned()
            } else {
                format!("a `{kind}` binding")
            };
            cx.emit(&C_005, At::Bindings, At::Binding(si), Text {
                message: format!("{server_label} demands a token that {client_desc} does not send (it would need {sent_by})"),
                symptom: "the server finds the token it demands missing from the security header and rejects every request".into(),
                help: format!("give the client {sent_by}, or remove the server's binding"),
            });
        }
    }
}
