//! The credentials and validators of the per-binding templates that a side must set or leave
//! out (S-030, S-033..S-040), from the template structures' field tables: one check, one row
//! per rule.

use super::{propose, remove, TemplateCx};
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::Value;
use wws_security_model::{
    HttpHeaderAuthSecurityBindingTemplate as HeaderAuth,
    KerberosApreqMessageSecurityBindingTemplate as Kerberos, MemberValue, Need,
    SslTransportSecurityBindingTemplate as Ssl, TcpSspiTransportSecurityBindingTemplate as Sspi,
    UsernameMessageSecurityBindingTemplate as Username,
};

pub(crate) static SET: RuleSet = RuleSet::rules(&[
    &S_030, &S_033, &S_034, &S_035, &S_036, &S_037, &S_038, &S_039, &S_040,
]);

pub(crate) static S_030: Rule = Rule::error("S-030", Kind::Side, Status::Implemented)
    .title("an HTTP server's SSL template carries no certificate")
    .rationale("An HTTP service's SSL certificate is registered for its address with HTTP.sys, outside the program; the endpoint template's `local_cert_credential` must stay empty.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding_template.md § localCertCredential");

pub(crate) static S_033: Rule = Rule::error("S-033", Kind::Side, Status::Implemented)
    .title("a TCP SSPI proxy template needs a Windows credential")
    .rationale("The client authenticates with the Windows credential of `sspi_transport_security_binding.client_credential`; a zeroed template gives it none.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding_template.md § clientCredential");

pub(crate) static S_034: Rule = Rule::error("S-034", Kind::Side, Status::Implemented)
    .title("a TCP SSPI endpoint template takes no credential")
    .rationale("A service authenticates with its process identity; the client credential member is for proxies only.")
    .source("api/ns-webservices-ws_tcp_sspi_transport_security_binding_template.md § clientCredential");

pub(crate) static S_035: Rule = Rule::error("S-035", Kind::Side, Status::Implemented)
    .title("a header-auth proxy template needs a Windows credential")
    .rationale("HTTP header authentication on the client uses the Windows credential of `http_header_auth_security_binding.client_credential`; without it there is nothing to authenticate with.")
    .source("api/ns-webservices-ws_http_header_auth_security_binding_template.md § clientCredential");

pub(crate) static S_036: Rule = Rule::error("S-036", Kind::Side, Status::Implemented)
    .title("a header-auth endpoint template takes no credential")
    .rationale("The service checks the credentials clients send; its template's client credential member must stay empty.")
    .source("api/ns-webservices-ws_http_header_auth_security_binding_template.md § clientCredential");

pub(crate) static S_037: Rule = Rule::error("S-037", Kind::Side, Status::Implemented)
    .title("a Kerberos proxy template needs a Windows credential")
    .rationale("The client obtains its Kerberos ticket with the Windows credential of `kerberos_apreq_message_security_binding.client_credential`.")
    .source("api/ns-webservices-ws_kerberos_apreq_message_security_binding_template.md § clientCredential");

pub(crate) static S_038: Rule = Rule::error("S-038", Kind::Side, Status::Implemented)
    .title("a Kerberos endpoint template takes no credential")
    .rationale("A service only accepts tickets; a credential in its Kerberos template is not allowed.")
    .source("api/ns-webservices-ws_kerberos_apreq_message_security_binding_template.md § clientCredential");

pub(crate) static S_039: Rule = Rule::error("S-039", Kind::Side, Status::Implemented)
    .title("a username proxy template needs a username credential")
    .rationale("The username binding exists to send a user name and password; a proxy template without `username_message_security_binding.client_credential` has none to send.")
    .source("api/ns-webservices-ws_username_message_security_binding_template.md § clientCredential");

pub(crate) static S_040: Rule = Rule::error("S-040", Kind::Side, Status::Implemented)
    .title("a username endpoint template needs a password validator")
    .rationale("The service must check every received user name and password; without `username_message_security_binding.password_validator` nothing would.")
    .source("api/ns-webservices-ws_username_message_security_binding_template.md § passwordValidator");

/// The rule broken when a member's need on the template's side is not met.
struct MemberRule {
    /// The C type of the structure holding the member.
    owner: &'static str,
    member: &'static str,
    /// The need broken: a required member missing, or a forbidden one set.
    need: Need,
    rule: &'static Rule,
    why: &'static str,
    help: &'static str,
    /// What to propose for a missing member (the user chooses: a credential, a callback).
    missing: Option<fn() -> Value>,
}

fn windows_default() -> Value {
    Value::Typed {
        type_name: "default".to_owned(),
        members: Vec::new(),
    }
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

fn password_validator() -> Value {
    Value::Slot("password-validator".to_owned())
}

static MEMBER_RULES: &[MemberRule] = {
    use Need::*;
    #[allow(clippy::too_many_arguments)]
    const fn row(
        owner: &'static str,
        member: &'static str,
        need: Need,
        rule: &'static Rule,
        why: &'static str,
        help: &'static str,
        missing: Option<fn() -> Value>,
    ) -> MemberRule {
        MemberRule {
            owner,
            member,
            need,
            rule,
            why,
            help,
            missing,
        }
    }
    const ADD_WINDOWS: &str = "give the Windows credential the proxy authenticates with; the \
        `default` credential is the identity the program runs as";
    const ONLY_PROXIES: &str =
        "only a proxy supplies this credential; a service authenticates with its own identity";
    const REMOVE: &str = "remove it";
    const HTTP_SYS: &str =
        "an HTTP service's certificate is registered with HTTP.sys, not passed in the template";
    const ADD_USERNAME: &str =
        "add a `client_credential` of type `string` with a `username` and a `password`";
    &[
        row(
            Ssl::C_NAME,
            "local_cert_credential",
            Forbidden,
            &S_030,
            HTTP_SYS,
            "remove it; register the certificate for the service's address instead",
            None,
        ),
        row(
            Sspi::C_NAME,
            "client_credential",
            Required,
            &S_033,
            "the proxy authenticates with it",
            ADD_WINDOWS,
            Some(windows_default),
        ),
        row(
            Sspi::C_NAME,
            "client_credential",
            Forbidden,
            &S_034,
            ONLY_PROXIES,
            REMOVE,
            None,
        ),
        row(
            HeaderAuth::C_NAME,
            "client_credential",
            Required,
            &S_035,
            "the proxy authenticates with it",
            ADD_WINDOWS,
            Some(windows_default),
        ),
        row(
            HeaderAuth::C_NAME,
            "client_credential",
            Forbidden,
            &S_036,
            ONLY_PROXIES,
            REMOVE,
            None,
        ),
        row(
            Kerberos::C_NAME,
            "client_credential",
            Required,
            &S_037,
            "the proxy obtains its Kerberos ticket with it",
            ADD_WINDOWS,
            Some(windows_default),
        ),
        row(
            Kerberos::C_NAME,
            "client_credential",
            Forbidden,
            &S_038,
            "a service only accepts tickets",
            REMOVE,
            None,
        ),
        row(
            Username::C_NAME,
            "client_credential",
            Required,
            &S_039,
            "the proxy sends this user name and password",
            ADD_USERNAME,
            Some(username_credential),
        ),
        row(
            Username::C_NAME,
            "password_validator",
            Required,
            &S_040,
            "the service checks received passwords with it",
            "add a `password_validator`: the program's callback",
            Some(password_validator),
        ),
    ]
};

// S-030, S-033..S-040: each member as the template's field table needs it on this side.
pub(crate) fn fields_per_side(cx: &mut TemplateCx<'_>) {
    let template = cx.template();
    let side = template.side;
    let mut found = Vec::new();
    template.visit_members(|m| {
        let present = match m.value {
            MemberValue::Unset => false,
            MemberValue::Set(_) => true,
            MemberValue::Properties(_) => return,
        };
        let need = m.field.need(side);
        let broken = match need {
            Need::Required => !present,
            Need::Forbidden | Need::Undocumented => present,
            Need::Optional => false,
        };
        if !broken {
            return;
        }
        let row = MEMBER_RULES
            .iter()
            .find(|r| r.owner == m.owner && r.member == m.field.key && r.need == need);
        if let Some(row) = row {
            found.push((row, m.path.clone(), present));
        }
    });
    for (row, path, present) in found {
        let member = path.to_string();
        let message = if present {
            format!("a {side} template sets `{member}`: {}", row.why)
        } else {
            format!("a {side} template has no `{member}`: {}", row.why)
        };
        let fix = match (present, row.missing) {
            (true, _) => remove(&path),
            (false, Some(value)) => propose(&path, value()),
            (false, None) => None,
        };
        cx.emit(row.rule, path, message, row.help, fix);
    }
}
