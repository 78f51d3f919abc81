//! Format errors (`F-001`...): each names its rule, its exact place and, where one exists, the
//! nearest valid name; every problem of a file is reported at once; no input makes the decoder panic.

use wws_security_model::{DecodeError, DecodeErrorKind, Endpoint, TimespanError};
use wws_security_policy::Diagnostic;

/// The rule a decoder error is reported under.
fn rule_id(e: &DecodeError) -> &'static str {
    Diagnostic::from_decode(e).id()
}

/// The errors of a TOML text that must not load.
fn toml_errors(text: &str) -> Vec<DecodeError> {
    match Endpoint::from_toml_str(text) {
        Ok(endpoint) => panic!("expected errors, but it loaded:\n{endpoint:#?}\n---\n{text}"),
        Err(errors) => errors.0,
    }
}

/// The errors of a JSON text that must not load.
fn json_errors(text: &str) -> Vec<DecodeError> {
    match Endpoint::from_json_str(text) {
        Ok(endpoint) => panic!("expected errors, but it loaded:\n{endpoint:#?}\n---\n{text}"),
        Err(errors) => errors.0,
    }
}

/// The single error of a text.
fn only(errors: Vec<DecodeError>) -> DecodeError {
    assert_eq!(
        errors.len(),
        1,
        "expected exactly one error, got:\n{}",
        render(&errors)
    );
    errors.into_iter().next().unwrap()
}

fn render(errors: &[DecodeError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts the rule id and the path of an error.
fn assert_at(e: &DecodeError, rule: &str, path: &str) {
    assert_eq!(rule_id(e), rule, "wrong rule for: {e}");
    assert_eq!(e.path.to_string(), path, "wrong path for: {e}");
}

/// Asserts the "did you mean" part of the help line.
fn assert_suggests(e: &DecodeError, name: &str) {
    let expected = format!("did you mean `{name}`");
    assert!(
        e.help().contains(&expected),
        "help should contain {expected:?}: {e}"
    );
}

// Every input of this file, so that `no_input_panics` can run them all (and their truncations).
const UNKNOWN_CHANNEL_PROPERTY: &str = r#"
side = "client"
channel_binding = "http"
[properties]
timestamp_usag = "always"
[[bindings]]
type = "ssl_transport"
"#;

const UNKNOWN_BINDING_PROPERTY: &str = r#"
side = "server"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "http_header_auth"
[bindings.properties]
http_header_auth_schem = ["basic"]
"#;

const UNKNOWN_BINDING_KEY: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "kerberos_apreq_message"
binding_usag = "supporting"
"#;

const UNKNOWN_ENDPOINT_KEY: &str = r#"
side = "client"
channel_binding = "http"
chanel_type = "request"
"#;

const MISSPELLED_BINDING_TYPE: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transprot"
"#;

const UNKNOWN_CHANNEL_BINDING: &str = r#"
side = "client"
channel_binding = "htp"
"#;

const UNKNOWN_SIDE: &str = r#"
side = "clent"
channel_binding = "http"
"#;

const UNKNOWN_ENUM_VALUE: &str = r#"
side = "client"
channel_binding = "tcp"
[[bindings]]
type = "tcp_sspi_transport"
[bindings.properties]
allowed_impersonation_level = "impersonaton"
"#;

const UNKNOWN_FLAG: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "http_header_auth"
[bindings.properties]
http_header_auth_scheme = ["basic", "ntml"]
"#;

const WRONG_TYPE_BOOL: &str = r#"
side = "client"
channel_binding = "namedpipe"
[[bindings]]
type = "namedpipe_sspi_transport"
[bindings.properties]
require_server_auth = "no"
"#;

const WRONG_TYPE_BINDINGS: &str = r#"
side = "client"
channel_binding = "http"
bindings = "ssl_transport"
"#;

const WRONG_TYPE_ULONG: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
[bindings.properties]
security_context_key_size = "256"
"#;

const NEGATIVE_DURATION: &str = r#"
side = "server"
channel_binding = "http"
[properties]
max_allowed_latency = "-5m"
"#;

const DURATION_BAD_UNIT: &str = r#"
side = "server"
channel_binding = "http"
[properties]
max_allowed_clock_skew = "5min"
"#;

const DURATION_OVERFLOW: &str = r#"
side = "server"
channel_binding = "http"
[properties]
timestamp_validity_duration = "99999999999999999999d"
"#;

const DURATION_OVERFLOW_MULTIPLY: &str = r#"
side = "server"
channel_binding = "http"
[properties]
timestamp_validity_duration = "9999999999999d"
"#;

const NEGATIVE_NUMBER: &str = r#"
side = "server"
channel_binding = "http"
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
[bindings.properties]
security_context_max_pending_contexts = -1
"#;

const NUMBER_TOO_LARGE: &str = r#"
side = "server"
channel_binding = "http"
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
[bindings.properties]
security_context_key_size = 4294967296
"#;

const DUPLICATE_KEY_JSON: &str = r#"{
  "side": "client",
  "channel_binding": "http",
  "side": "server"
}"#;

const DUPLICATE_KEY_IN_BINDING_JSON: &str = r#"{
  "side": "client",
  "channel_binding": "tcp",
  "bindings": [
    { "type": "tcp_sspi_transport",
      "client_credential": { "type": "default" },
      "client_credential": { "type": "default" } }
  ]
}"#;

const MISSING_SIDE: &str = r#"
channel_binding = "http"
"#;

const MISSING_BINDING_TYPE: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
binding_usage = "supporting"
"#;

const MISSING_USERNAME: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "username_message"
binding_usage = "supporting"
[bindings.client_credential]
type = "string"
password = { env = "USR1_PASSWORD" }
"#;

const EMPTY_SLOT: &str = r#"
side = "server"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "username_message"
binding_usage = "supporting"
password_validator = { runtime = "" }
"#;

const BLANK_SLOT_IN_XML_TOKEN: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "xml_token_message"
binding_usage = "supporting"
xml_token = { runtime = "   " }
"#;

const EMPTY_ENV_VAR: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "username_message"
binding_usage = "supporting"
[bindings.client_credential]
type = "string"
username = "usr1"
password = { env = "" }
"#;

const SEVERAL_ERRORS: &str = r#"
side = "client"
channel_binding = "http"
channel_type = "requst"
[properties]
timestamp_usag = "always"
max_allowed_latency = "-1s"
[[bindings]]
type = "ssl_transport"
[bindings.properties]
require_ssl_client_cert = 1
[[bindings]]
type = "username_message"
binding_usage = "supporting"
password_validator = { runtime = "" }
[bindings.properties]
security_context_key_size = 4294967296
"#;

const SYNTAX_ERROR: &str = r#"
side = "client
channel_binding = "http"
"#;

const UNKNOWN_ALGORITHM: &str = r#"
side = "client"
channel_binding = "http"
[properties.algorithm_suite]
digest_algorithm = "sha256"
"#;

const TOML_INPUTS: &[&str] = &[
    UNKNOWN_ALGORITHM,
    UNKNOWN_CHANNEL_PROPERTY,
    UNKNOWN_BINDING_PROPERTY,
    UNKNOWN_BINDING_KEY,
    UNKNOWN_ENDPOINT_KEY,
    MISSPELLED_BINDING_TYPE,
    UNKNOWN_CHANNEL_BINDING,
    UNKNOWN_SIDE,
    UNKNOWN_ENUM_VALUE,
    UNKNOWN_FLAG,
    WRONG_TYPE_BOOL,
    WRONG_TYPE_BINDINGS,
    WRONG_TYPE_ULONG,
    NEGATIVE_DURATION,
    DURATION_BAD_UNIT,
    DURATION_OVERFLOW,
    DURATION_OVERFLOW_MULTIPLY,
    NEGATIVE_NUMBER,
    NUMBER_TOO_LARGE,
    MISSING_SIDE,
    MISSING_BINDING_TYPE,
    MISSING_USERNAME,
    EMPTY_SLOT,
    BLANK_SLOT_IN_XML_TOKEN,
    EMPTY_ENV_VAR,
    SEVERAL_ERRORS,
    SYNTAX_ERROR,
];

const JSON_INPUTS: &[&str] = &[DUPLICATE_KEY_JSON, DUPLICATE_KEY_IN_BINDING_JSON];

// F-002: unknown keys

#[test]
fn unknown_channel_property_is_named_with_a_suggestion() {
    let e = only(toml_errors(UNKNOWN_CHANNEL_PROPERTY));
    assert_at(&e, "F-002", "properties.timestamp_usag");
    assert_suggests(&e, "timestamp_usage");
    assert!(matches!(
        &e.kind,
        DecodeErrorKind::UnknownKey { key, suggestion: Some("timestamp_usage"), .. } if key == "timestamp_usag"
    ));
}

#[test]
fn unknown_binding_property_is_named_with_a_suggestion() {
    let e = only(toml_errors(UNKNOWN_BINDING_PROPERTY));
    assert_at(&e, "F-002", "bindings[1].properties.http_header_auth_schem");
    assert_suggests(&e, "http_header_auth_scheme");
}

#[test]
fn unknown_binding_field_is_named_with_a_suggestion() {
    let e = only(toml_errors(UNKNOWN_BINDING_KEY));
    assert_at(&e, "F-002", "bindings[1].binding_usag");
    assert_suggests(&e, "binding_usage");
}

#[test]
fn unknown_endpoint_key_is_named_with_a_suggestion() {
    let e = only(toml_errors(UNKNOWN_ENDPOINT_KEY));
    assert_at(&e, "F-002", "chanel_type");
    assert_suggests(&e, "channel_type");
}

// F-003: unknown value names

#[test]
fn misspelled_binding_type_suggests_the_right_one() {
    let e = only(toml_errors(MISSPELLED_BINDING_TYPE));
    assert_at(&e, "F-003", "bindings[0].type");
    assert_suggests(&e, "ssl_transport");
    assert!(matches!(
        &e.kind,
        DecodeErrorKind::UnknownName(n) if n.found == "ssl_transprot" && n.suggestion == Some("ssl_transport")
    ));
}

#[test]
fn unknown_channel_binding_suggests_the_right_one() {
    let e = only(toml_errors(UNKNOWN_CHANNEL_BINDING));
    assert_at(&e, "F-003", "channel_binding");
    assert_suggests(&e, "http");
}

#[test]
fn unknown_side_suggests_the_right_one() {
    let e = only(toml_errors(UNKNOWN_SIDE));
    assert_at(&e, "F-003", "side");
    assert_suggests(&e, "client");
}

#[test]
fn unknown_enumeration_value_suggests_the_right_one() {
    let e = only(toml_errors(UNKNOWN_ENUM_VALUE));
    assert_at(
        &e,
        "F-003",
        "bindings[0].properties.allowed_impersonation_level",
    );
    assert_suggests(&e, "impersonation");
}

#[test]
fn unknown_flag_is_located_by_its_index() {
    let e = only(toml_errors(UNKNOWN_FLAG));
    assert_at(
        &e,
        "F-003",
        "bindings[0].properties.http_header_auth_scheme[1]",
    );
    assert_suggests(&e, "ntlm");
}

#[test]
fn unknown_name_of_a_long_enumeration_still_has_help() {
    let e = only(toml_errors(UNKNOWN_ALGORITHM));
    assert_at(&e, "F-003", "properties.algorithm_suite.digest_algorithm");
    assert!(!e.help().is_empty(), "empty help: {e}");
    assert!(!e.to_string().ends_with("; "), "dangling separator: {e}");
}

// F-004: wrong value types

#[test]
fn string_where_a_boolean_is_expected() {
    let e = only(toml_errors(WRONG_TYPE_BOOL));
    assert_at(&e, "F-004", "bindings[0].properties.require_server_auth");
    assert!(matches!(
        e.kind,
        DecodeErrorKind::WrongType {
            found: "a string",
            ..
        }
    ));
}

#[test]
fn string_where_the_binding_list_is_expected() {
    let e = only(toml_errors(WRONG_TYPE_BINDINGS));
    assert_at(&e, "F-004", "bindings");
}

#[test]
fn string_where_a_number_is_expected() {
    let e = only(toml_errors(WRONG_TYPE_ULONG));
    assert_at(
        &e,
        "F-004",
        "bindings[0].properties.security_context_key_size",
    );
}

// F-006: durations

#[test]
fn negative_duration() {
    let e = only(toml_errors(NEGATIVE_DURATION));
    assert_at(&e, "F-006", "properties.max_allowed_latency");
    assert!(matches!(
        e.kind,
        DecodeErrorKind::BadDuration(TimespanError::Negative(_))
    ));
}

#[test]
fn duration_with_an_unknown_unit() {
    let e = only(toml_errors(DURATION_BAD_UNIT));
    assert_at(&e, "F-006", "properties.max_allowed_clock_skew");
    assert!(matches!(
        &e.kind,
        DecodeErrorKind::BadDuration(TimespanError::Unit { unit, .. }) if unit == "min"
    ));
}

#[test]
fn duration_too_long_to_count() {
    let e = only(toml_errors(DURATION_OVERFLOW));
    assert_at(&e, "F-006", "properties.timestamp_validity_duration");
    assert!(matches!(
        e.kind,
        DecodeErrorKind::BadDuration(TimespanError::Overflow(_))
    ));
}

#[test]
fn duration_too_long_in_ticks() {
    let e = only(toml_errors(DURATION_OVERFLOW_MULTIPLY));
    assert_at(&e, "F-006", "properties.timestamp_validity_duration");
    assert!(matches!(
        e.kind,
        DecodeErrorKind::BadDuration(TimespanError::Overflow(_))
    ));
}

// F-007: numbers out of range

#[test]
fn negative_number_for_a_ulong() {
    let e = only(toml_errors(NEGATIVE_NUMBER));
    assert_at(
        &e,
        "F-007",
        "bindings[0].properties.security_context_max_pending_contexts",
    );
    assert!(matches!(
        e.kind,
        DecodeErrorKind::OutOfRange {
            value: -1,
            c_type: "ULONG",
            min: 0,
            max: 4_294_967_295,
        }
    ));
}

#[test]
fn number_above_u32_max_for_a_ulong() {
    let e = only(toml_errors(NUMBER_TOO_LARGE));
    assert_at(
        &e,
        "F-007",
        "bindings[0].properties.security_context_key_size",
    );
    assert!(matches!(
        e.kind,
        DecodeErrorKind::OutOfRange {
            value: 4_294_967_296,
            ..
        }
    ));
}

// F-008: duplicate keys (JSON; TOML refuses them as a syntax error)

#[test]
fn duplicate_key_in_json() {
    let e = only(json_errors(DUPLICATE_KEY_JSON));
    assert_at(&e, "F-008", "side");
    assert!(matches!(&e.kind, DecodeErrorKind::DuplicateKey { key } if key == "side"));
}

#[test]
fn duplicate_key_in_a_json_binding() {
    let e = only(json_errors(DUPLICATE_KEY_IN_BINDING_JSON));
    assert_at(&e, "F-008", "bindings[0].client_credential");
}

#[test]
fn duplicate_key_in_toml_is_a_syntax_error() {
    let e = only(toml_errors(
        "side = \"client\"\nside = \"server\"\nchannel_binding = \"http\"\n",
    ));
    assert_at(&e, "F-001", "");
}

// F-005: required keys

#[test]
fn missing_side() {
    let e = only(toml_errors(MISSING_SIDE));
    assert_at(&e, "F-005", "");
    assert!(matches!(
        e.kind,
        DecodeErrorKind::MissingKey { key: "side" }
    ));
}

#[test]
fn missing_binding_type() {
    let e = only(toml_errors(MISSING_BINDING_TYPE));
    assert_at(&e, "F-005", "bindings[0]");
    assert!(matches!(
        e.kind,
        DecodeErrorKind::MissingKey { key: "type" }
    ));
}

#[test]
fn missing_credential_username() {
    let e = only(toml_errors(MISSING_USERNAME));
    assert_at(&e, "F-005", "bindings[1].client_credential");
    assert!(matches!(
        e.kind,
        DecodeErrorKind::MissingKey { key: "username" }
    ));
}

// F-009: empty names

#[test]
fn runtime_slot_with_an_empty_name() {
    let e = only(toml_errors(EMPTY_SLOT));
    assert_at(&e, "F-009", "bindings[1].password_validator.runtime");
}

#[test]
fn runtime_slot_with_a_blank_name() {
    let e = only(toml_errors(BLANK_SLOT_IN_XML_TOKEN));
    assert_at(&e, "F-009", "bindings[0].xml_token.runtime");
}

#[test]
fn environment_variable_with_an_empty_name() {
    let e = only(toml_errors(EMPTY_ENV_VAR));
    assert_at(&e, "F-009", "bindings[0].client_credential.password.env");
}

// F-001: syntax

#[test]
fn syntax_error_has_a_span() {
    let e = only(toml_errors(SYNTAX_ERROR));
    assert_at(&e, "F-001", "");
    assert!(matches!(
        e.kind,
        DecodeErrorKind::Syntax { span: Some(_), .. }
    ));
}

// All at once

#[test]
fn every_error_of_a_file_is_reported_at_once() {
    let errors = toml_errors(SEVERAL_ERRORS);
    let found: Vec<(&str, String)> = errors
        .iter()
        .map(|e| (rule_id(e), e.path.to_string()))
        .collect();
    let expected = [
        ("F-003", "channel_type"),
        ("F-002", "properties.timestamp_usag"),
        ("F-006", "properties.max_allowed_latency"),
        ("F-004", "bindings[0].properties.require_ssl_client_cert"),
        ("F-007", "bindings[1].properties.security_context_key_size"),
        ("F-009", "bindings[1].password_validator.runtime"),
    ];
    for (rule, path) in expected {
        assert!(
            found.iter().any(|(r, p)| *r == rule && p == path),
            "missing {rule} at {path}; reported:\n{}",
            render(&errors)
        );
    }
    assert_eq!(
        errors.len(),
        expected.len(),
        "unexpected extra errors:\n{}",
        render(&errors)
    );
}

// Robustness

/// Every prefix of a text that ends on a character boundary.
fn prefixes(text: &str) -> impl Iterator<Item = &str> {
    (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .map(|i| &text[..i])
}

#[test]
fn no_input_panics() {
    let odd = [
        "",
        "[]",
        "{}",
        "null",
        "side = 1\nchannel_binding = []\nbindings = [1, \"x\", {}]",
        "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = 9",
        "side = \"client\"\nchannel_binding = \"http\"\nproperties = []",
        "side = \"client\"\nchannel_binding = \"http\"\n[properties]\nmax_allowed_latency = 1979-05-27T07:32:00Z",
        "side = \"client\"\nchannel_binding = \"http\"\n[properties]\nmax_allowed_latency = \"\"",
        "side = \"client\"\nchannel_binding = \"http\"\n[properties]\nmax_allowed_latency = \"9223372036854775807ticks\"",
        "side = \"client\"\nchannel_binding = \"http\"\n[properties]\nmax_allowed_latency = \"1_000_000_000_000_000_000_000ms\"",
        "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"security_context_message\"\n[bindings.bootstrap_security_description]\nbindings = [{ type = \"security_context_message\", bootstrap_security_description = { bindings = [{}] } }]",
    ];
    for text in TOML_INPUTS.iter().chain(odd.iter()) {
        for prefix in prefixes(text) {
            let _ = Endpoint::from_toml_str(prefix);
            let _ = Endpoint::from_json_str(prefix);
        }
    }
    let odd_json = [
        r#"{"side": "client", "channel_binding": "http", "bindings": [{"type": "ssl_transport", "properties": {"require_ssl_client_cert": true, "require_ssl_client_cert": 1}}]}"#,
        r#"{"side": "client", "channel_binding": "http", "bindings": [{"type": "username_message", "client_credential": {"type": "string", "username": "u", "password": {"env": "A", "runtime": "b"}}}]}"#,
        r#"{"side": "client", "channel_binding": "http", "bindings": [{"type": "ssl_transport", "properties": {"security_context_key_size": 1e300}}]}"#,
        r#"{"side": "client", "channel_binding": "http", "bindings": [{"type": "ssl_transport", "properties": {"security_context_key_size": 340282366920938463463374607431768211456}}]}"#,
        r#"{"side": null, "channel_binding": "http", "bindings": null}"#,
    ];
    for text in JSON_INPUTS.iter().chain(odd_json.iter()) {
        for prefix in prefixes(text) {
            let _ = Endpoint::from_json_str(prefix);
            let _ = Endpoint::from_toml_str(prefix);
        }
    }
}

#[test]
fn a_misspelt_required_key_is_one_error_with_its_suggestion() {
    let errors = toml_errors("side = \"client\"\nchannel_bindng = \"http\"\n");
    let e = only(errors);
    assert_at(&e, "F-002", "channel_bindng");
    assert_suggests(&e, "channel_binding");
    // Inside a credential too, and in JSON.
    let errors = json_errors(
        r#"{"side": "client", "channel_binding": "tcp", "bindings": [{"type": "tcp_sspi_transport",
            "client_credential": {"type": "string", "usernme": "svc", "password": {"env": "P"}}}]}"#,
    );
    let e = only(errors);
    assert_at(&e, "F-002", "bindings[0].client_credential.usernme");
    assert_suggests(&e, "username");
    // A key that is merely missing is still reported as missing.
    let e = only(toml_errors("side = \"client\"\n"));
    assert_at(&e, "F-005", "");
}
