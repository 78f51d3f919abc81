//! The fields of every binding that a side must set or must leave out, from the model's field
//! table (`SecurityBindingType::fields`): one check, and one row per rule saying which field,
//! which need on which side, and why.

use crate::context::{At, Ctx, Help};
use crate::facts;
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::Value;
use wws_security_model::{CEnum, MessageSecurityUsage, Need, SecurityBindingType};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[
        &T_029, &T_042, &T_043, &T_052, &T_053, &T_062, &T_063, &M_005, &M_022, &M_023, &M_024,
        &M_041, &M_042, &M_054, &M_060,
    ],
    &[fields_per_side],
);

pub(crate) static T_029: Rule = Rule::error("T-029", Kind::Forbidden, Status::Implemented)
    .title("a server SSL binding carries no certificate")
    .rationale("On HTTP the server certificate is bound to the port outside the program; WWSAPI rejects one given in the description.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § localCertCredential");

pub(crate) static T_042: Rule = Rule::error("T-042", Kind::Required, Status::Implemented)
    .title("a TCP SSPI client needs a Windows credential")
    .rationale("The client authenticates with the Windows credential in client_credential; without it creation fails.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding.md § clientCredential");

pub(crate) static T_043: Rule = Rule::error("T-043", Kind::Forbidden, Status::Implemented)
    .title("a TCP SSPI server takes no credential")
    .rationale("The server authenticates with the process identity; client_credential is for clients only.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding.md § clientCredential");

pub(crate) static T_052: Rule = Rule::error("T-052", Kind::Required, Status::Implemented)
    .title("a named-pipe SSPI client needs a Windows credential")
    .rationale("The client authenticates with the Windows credential in client_credential; without it creation fails.")
    .source("api/ns-webservices-ws_namedpipe_sspi_transport_security_binding.md § clientCredential");

pub(crate) static T_053: Rule = Rule::error("T-053", Kind::Forbidden, Status::Implemented)
    .title("a named-pipe SSPI server takes no credential")
    .rationale("client_credential is for clients only; a listener must leave it out.")
    .source(
        "api/ns-webservices-ws_namedpipe_sspi_transport_security_binding.md § clientCredential",
    );

pub(crate) static T_062: Rule = Rule::error("T-062", Kind::Required, Status::Implemented)
    .title("a header-auth client needs a Windows credential")
    .rationale("The client's HTTP authentication uses the Windows credential in client_credential; without it creation fails.")
    .source("api/ns-webservices-ws_http_header_auth_security_binding.md § clientCredential");

pub(crate) static T_063: Rule = Rule::error("T-063", Kind::Forbidden, Status::Implemented)
    .title("a header-auth server takes no credential")
    .rationale("client_credential is for clients only; a server must leave it out.")
    .source("api/ns-webservices-ws_http_header_auth_security_binding.md § clientCredential");

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

/// The rule broken when a field's need on the endpoint's side is not met.
struct FieldRule {
    /// The binding, or `None` for every binding with the field.
    binding: Option<SecurityBindingType>,
    field: &'static str,
    /// The need that is broken: a required field missing, or a field set that is forbidden or
    /// undocumented on this side.
    need: Need,
    rule: &'static Rule,
    why: &'static str,
    help: &'static str,
    /// For a missing field, the value to write. A field set where it must not be is removed.
    missing: Missing,
}

/// What to write for a missing field.
#[derive(Clone, Copy)]
enum Missing {
    /// Nothing can be proposed.
    Nothing,
    /// The one possible value: `--fix` writes it.
    Write(fn() -> Value),
    /// A value to propose; the user chooses (a credential) or names the program's value.
    Propose(fn() -> Value),
}

fn windows_default() -> Value {
    Value::Typed {
        type_name: "default".to_owned(),
        members: Vec::new(),
    }
}

fn usage() -> Value {
    Value::Name(MessageSecurityUsage::Supporting.name().to_owned())
}

fn username_credential() -> Value {
    Value::Typed {
        type_name: "string".to_owned(),
        members: vec![
            (
                "username".to_owned(),
                Value::Placeholder("user name".to_owned()),
            ),
            (
                "password".to_owned(),
                Value::Env("<PASSWORD_VARIABLE>".to_owned()),
            ),
        ],
    }
}

fn slot(name: &str) -> Value {
    Value::Slot(name.to_owned())
}

fn authenticator() -> Value {
    Value::Typed {
        type_name: "cert_signed".to_owned(),
        members: vec![(
            "trusted_issuer_certs".to_owned(),
            Value::List(vec![slot("issuer-cert")]),
        )],
    }
}

static FIELD_RULES: &[FieldRule] = {
    use Need::*;
    use SecurityBindingType as T;
    const fn row(
        binding: Option<SecurityBindingType>,
        field: &'static str,
        need: Need,
        rule: &'static Rule,
        why: &'static str,
        help: &'static str,
        missing: Missing,
    ) -> FieldRule {
        FieldRule {
            binding,
            field,
            need,
            rule,
            why,
            help,
            missing,
        }
    }
    use Missing::{Nothing, Propose, Write};
    const ADD_WINDOWS: &str =
        "give the Windows credential the client authenticates with; the `default` credential is the identity the program runs as";
    const ONLY_CLIENTS: &str =
        "only a client supplies this credential; a server authenticates with its own identity";
    const REMOVE: &str = "remove it";
    &[
        row(Some(T::SslTransport), "local_cert_credential", Forbidden, &T_029,
            "only a client presents a certificate in the description; a server's certificate is registered for its HTTP port",
            "remove it; register the server certificate for the HTTP port instead", Nothing),
        row(Some(T::TcpSspiTransport), "client_credential", Required, &T_042,
            "the client authenticates with it", ADD_WINDOWS, Propose(windows_default)),
        row(Some(T::TcpSspiTransport), "client_credential", Forbidden, &T_043,
            ONLY_CLIENTS, REMOVE, Nothing),
        row(Some(T::NamedpipeSspiTransport), "client_credential", Required, &T_052,
            "the client authenticates with it", ADD_WINDOWS, Propose(windows_default)),
        row(Some(T::NamedpipeSspiTransport), "client_credential", Forbidden, &T_053,
            ONLY_CLIENTS, REMOVE, Nothing),
        row(Some(T::HttpHeaderAuth), "client_credential", Required, &T_062,
            "the client authenticates with it", ADD_WINDOWS, Propose(windows_default)),
        row(Some(T::HttpHeaderAuth), "client_credential", Forbidden, &T_063,
            ONLY_CLIENTS, REMOVE, Nothing),
        row(None, "binding_usage", Required, &M_005,
            "a message binding has no default usage",
            "the usage of a message binding is always `supporting`", Write(usage)),
        row(Some(T::UsernameMessage), "client_credential", Required, &M_022,
            "a client username binding needs the user name and password it sends",
            "add a `client_credential` of type `string` with a `username` and a `password`",
            Propose(username_credential)),
        row(Some(T::UsernameMessage), "password_validator", Required, &M_023,
            "a server username binding needs a callback that checks received passwords",
            "add the `password_validator` callback that checks each user name and password",
            Propose(|| slot("password-validator"))),
        row(Some(T::UsernameMessage), "client_credential", Undocumented, &M_024,
            "only clients send a username credential; a server never uses it", REMOVE, Nothing),
        row(Some(T::UsernameMessage), "password_validator", Undocumented, &M_024,
            "the password validator only runs on the server; a client never calls it",
            REMOVE, Nothing),
        row(Some(T::UsernameMessage), "password_validator_callback_state", Undocumented, &M_024,
            "the validator state only reaches the server's validator; a client never uses it",
            REMOVE, Nothing),
        row(Some(T::KerberosApreqMessage), "client_credential", Required, &M_041,
            "a client Kerberos binding needs a Windows credential to obtain its ticket",
            ADD_WINDOWS, Propose(windows_default)),
        row(Some(T::KerberosApreqMessage), "client_credential", Forbidden, &M_042,
            "a server Kerberos binding only accepts tickets and must not carry a credential",
            REMOVE, Nothing),
        row(Some(T::XmlTokenMessage), "xml_token", Required, &M_054,
            "the binding has no token to present and there is no default",
            "add the `xml_token` the program supplies", Propose(|| slot("xml-token"))),
        row(Some(T::SamlMessage), "authenticator", Required, &M_060,
            "the server cannot decide which SAML assertions to accept",
            "add an `authenticator` of type `cert_signed` with the `trusted_issuer_certs`",
            Propose(authenticator)),
    ]
};

// T-029, T-042, T-043, T-052, T-053, T-062, T-063, M-005, M-022..M-024, M-041, M-042, M-054,
// M-060: each field as the model's table needs it on this side.
fn fields_per_side(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, b) in cx.bindings().iter().enumerate() {
        let bt = b.binding_type();
        // A binding that may not be here at all is reported once, by its side (M-052, M-058) or
        // nesting (M-098) rule; listing its missing fields too would only add noise.
        let misplaced = !facts::binding(bt).sides.contains(&side)
            || (cx.is_bootstrap() && bt == SecurityBindingType::SecurityContextMessage);
        if misplaced {
            continue;
        }
        b.visit_fields(|field, value| {
            let present = value.is_some();
            let need = field.need(side);
            let broken = match need {
                Need::Required => !present,
                Need::Forbidden | Need::Undocumented => present,
                Need::Optional => false,
            };
            if !broken {
                return;
            }
            let Some(row) = FIELD_RULES.iter().find(|r| {
                r.binding.is_none_or(|t| t == bt) && r.field == field.key && r.need == need
            }) else {
                return;
            };
            let label = cx.binding_label(i);
            let message = if present {
                format!("{label} on a {side} sets `{}`: {}", field.key, row.why)
            } else {
                format!("{label} on a {side} has no `{}`: {}", field.key, row.why)
            };
            let at = At::BindingField(i, field.key);
            let help = Help::text(row.help);
            let help = match (present, row.missing) {
                (true, _) => help.remove(),
                (false, Missing::Write(value)) => help.set_at(at, value()),
                (false, Missing::Propose(value)) => help.propose_at(at, value()),
                (false, Missing::Nothing) => help,
            };
            cx.emit(row.rule, at, message, help);
        });
    }
}
