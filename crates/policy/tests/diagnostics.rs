//! Rendered reports of endpoints with several mistakes at once (reviewed snapshots), and lint
//! levels: a caller can allow a lint, raise it to an error, or deny every warning.

use wws_security_model::Endpoint;
use wws_security_policy::{validate, Level, LintError, LintSetting, Policy, Severity};

fn load(text: &str) -> Endpoint {
    Endpoint::from_toml_str(text).unwrap_or_else(|e| panic!("{e}"))
}

/// A client that makes five unrelated mistakes; all are reported in one pass.
const MANY_CLIENT_MISTAKES: &str = r#"
side = "client"
channel_binding = "http"
channel_type = "reply"

[[bindings]]
type = "ssl_transport"
properties = { require_ssl_client_cert = true, disable_cert_revocation_check = true }

[[bindings]]
type = "username_message"

[[bindings]]
type = "saml_message"
binding_usage = "supporting"
"#;

/// A server on TCP with a credential it must not carry and NTLM where it is not allowed.
const TCP_SERVER_MISTAKES: &str = r#"
side = "server"
channel_binding = "tcp"
channel_type = "duplex_session"

[[bindings]]
type = "tcp_sspi_transport"
client_credential = { type = "default" }
properties = { require_server_auth = false, allow_anonymous_clients = true }
"#;

/// The same mistakes inside a bootstrap description are located inside it.
const BOOTSTRAP_MISTAKES: &str = r#"
side = "client"
channel_binding = "http"
channel_type = "request"

[[bindings]]
type = "ssl_transport"

[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
[bindings.bootstrap_security_description]
[[bindings.bootstrap_security_description.bindings]]
type = "kerberos_apreq_message"
binding_usage = "supporting"
[[bindings.bootstrap_security_description.bindings]]
type = "security_context_message"
binding_usage = "supporting"
"#;

/// Header auth on HTTP without SSL, on the service, with the protection level left out.
const HEADER_AUTH_WITHOUT_SSL: &str = r#"
side = "client"
channel_binding = "http"
channel_type = "request"

[[bindings]]
type = "http_header_auth"
client_credential = { type = "string", username = "svc", password = "hunter2" }
properties = { http_header_auth_scheme = ["basic"] }
"#;

#[test]
fn reports_with_several_mistakes() {
    for (name, text) in [
        ("many_client_mistakes", MANY_CLIENT_MISTAKES),
        ("tcp_server_mistakes", TCP_SERVER_MISTAKES),
        ("bootstrap_mistakes", BOOTSTRAP_MISTAKES),
        ("header_auth_without_ssl", HEADER_AUTH_WITHOUT_SSL),
    ] {
        let report = validate(&load(text));
        assert!(report.has_errors(), "{name} has errors");
        insta::assert_snapshot!(name, report.to_string());
    }
}

#[test]
fn secrets_never_reach_a_report() {
    let report = validate(&load(HEADER_AUTH_WITHOUT_SSL));
    assert!(!report.to_string().contains("hunter2"));
    assert!(!format!("{report:?}").contains("hunter2"));
}

#[test]
fn lints_can_be_allowed_denied_or_all_denied() {
    let endpoint = load(TCP_SERVER_MISTAKES);
    let default = validate(&endpoint);
    let anonymous = |r: &wws_security_policy::Report| {
        r.diagnostics
            .iter()
            .find(|d| d.id() == "P-024")
            .map(|d| d.severity)
    };
    assert_eq!(anonymous(&default), Some(Severity::Warning));

    let allowed = Policy::new().allow("P-024").unwrap().validate(&endpoint);
    assert_eq!(anonymous(&allowed), None);

    let denied = Policy::new().deny("P-024").unwrap().validate(&endpoint);
    assert_eq!(anonymous(&denied), Some(Severity::Error));

    let all = Policy::new().deny_warnings().validate(&endpoint);
    assert!(all
        .diagnostics
        .iter()
        .all(|d| d.severity == Severity::Error));
    assert_eq!(all.diagnostics.len(), default.diagnostics.len());

    // An explicit level wins over deny-warnings, like rustc's -D warnings -A lint.
    let mixed = Policy::new()
        .deny_warnings()
        .allow("P-024")
        .unwrap()
        .validate(&endpoint);
    assert_eq!(anonymous(&mixed), None);
}

#[test]
fn levels_are_only_for_lints_and_known_ids() {
    assert!(matches!(
        Policy::new().allow("T-029"),
        Err(LintError::NotALint(_))
    ));
    assert!(matches!(
        Policy::new().deny("X-999"),
        Err(LintError::NoSuchRule {
            suggestion: None,
            ..
        })
    ));
    assert!(matches!(
        Policy::new().deny("P-0244"),
        Err(LintError::NoSuchRule {
            suggestion: Some("P-024"),
            ..
        })
    ));
    // Lower-case ids are read like the upper-case ones.
    assert!(Policy::new().allow("p-024").is_ok());
    // An also-id names its rule.
    assert!(
        Policy::new().allow("T-041").is_ok(),
        "T-041 is an also-id of the NTLM lint P-018"
    );
}

#[test]
fn policy_check_yields_a_validated_endpoint_or_the_report() {
    let ok = load(
        "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n",
    );
    let (validated, warnings) = Policy::new().check(ok.clone()).expect("valid");
    assert_eq!(validated.get(), &ok);
    assert!(warnings.is_clean());
    let report = Policy::new().check(load(MANY_CLIENT_MISTAKES)).unwrap_err();
    assert!(report.has_errors());
}

#[test]
fn warnings_can_be_denied_and_warned_again_but_never_allowed() {
    let endpoint = load(TCP_SERVER_MISTAKES);
    let lint_severities = |policy: &Policy| -> Vec<Severity> {
        policy
            .validate(&endpoint)
            .diagnostics
            .iter()
            .filter(|d| d.rule.severity == Severity::Warning)
            .map(|d| d.severity)
            .collect()
    };
    let parse = |level, id| LintSetting::parse(level, id).unwrap();
    let denied = Policy::new().apply(parse(Level::Deny, "warnings"));
    assert!(!lint_severities(&denied).is_empty());
    assert!(lint_severities(&denied)
        .iter()
        .all(|s| *s == Severity::Error));
    let warned_again = denied.apply(parse(Level::Warn, "warnings"));
    assert!(lint_severities(&warned_again)
        .iter()
        .all(|s| *s == Severity::Warning));
    assert_eq!(
        LintSetting::parse(Level::Allow, "warnings"),
        Err(LintError::AllowWarnings)
    );
}

/// A file with a format error still gets the policy's verdict on every part that could be read
/// (`check_text` and the loaders), in the order of the text; nothing about the unreadable part.
#[test]
fn files_with_format_errors_also_get_the_policy_diagnostics_of_what_was_read() {
    use wws_security_policy::{check_text, load, Format, Runtime};
    let text = r#"side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
properties = { require_ssl_client_cert = true }
[[bindings]]
type = "username_mesage"
"#;
    let policy = Policy::new();
    let ids = |d: &[wws_security_policy::FileDiagnostic]| {
        d.iter().map(|d| (d.id(), d.line)).collect::<Vec<_>>()
    };
    let checked = check_text(text, Format::Toml, &policy);
    assert_eq!(ids(&checked), [("P-014", Some(5)), ("F-003", Some(7))]);
    let loaded = load(text, Format::Toml, &policy, &Runtime::new())
        .map(|_| ())
        .unwrap_err();
    assert_eq!(ids(&loaded), ids(&checked));
}

/// The decoder's help shows values in the syntax of the file it is about.
#[test]
fn format_errors_speak_the_syntax_of_their_file() {
    use wws_security_policy::{check_text, Format};
    let toml =
        "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n\
                [[bindings]]\ntype = \"username_message\"\nbinding_usage = \"supporting\"\n\
                client_credential = { type = \"string\", username = \"u\", password = 5 }\n";
    let json = r#"{"side": "client", "channel_binding": "http", "bindings": [{"type": "ssl_transport"},
        {"type": "username_message", "binding_usage": "supporting",
         "client_credential": {"type": "string", "username": "u", "password": 5}}]}"#;
    let policy = Policy::new();
    let [from_toml] = check_text(toml, Format::Toml, &policy).try_into().unwrap();
    let [from_json] = check_text(json, Format::Json, &policy).try_into().unwrap();
    assert_eq!(from_toml.id(), "F-004");
    assert!(
        from_toml.help.contains(r#"`{ env = "VAR" }`"#),
        "{}",
        from_toml.help
    );
    assert!(
        from_json.help.contains(r#"`{"env": "VAR"}`"#),
        "{}",
        from_json.help
    );
    assert!(!from_json.help.contains("env ="), "{}", from_json.help);
}
