//! Unit tests on token streams, without a compiler: parsing, the path-to-span mapping,
//! snapshots of expansions, and a property test that no input makes the macro panic.

use crate::ast::{SpanRange, Value};
use crate::check::{decode_span, path_span};
use crate::lower::{span_map, SpanMap};
use proc_macro2::{LineColumn, Span, TokenStream};
use std::str::FromStr;
use wws_security_model::{compact, Path};
use wws_security_policy::Kind;

fn tokens(text: &str) -> TokenStream {
    TokenStream::from_str(text).expect("balanced test input")
}

fn expand_str(text: &str) -> String {
    crate::pipeline::security_binding(tokens(text)).to_string()
}

/// The expansion as formatted Rust, then the endpoint its data holds, for snapshots.
fn pretty(text: &str) -> String {
    let expansion = crate::pipeline::security_binding(tokens(text));
    let file: syn::File =
        syn::parse2(quote::quote!(fn declaration() { let endpoint = #expansion; }))
            .expect("the expansion is valid Rust");
    let template = expansion.to_string().contains("__from_macro_template");
    let endpoint = match declared_data(&expansion) {
        Some(data) if template => format!(
            "{:#?}",
            compact::decode_template(&data).expect("the data reads back")
        ),
        Some(data) => format!(
            "{:#?}",
            compact::decode(&data).expect("the data reads back")
        ),
        None => "no endpoint data".to_owned(),
    };
    format!(
        "{}\n// The endpoint of the data:\n{endpoint}\n",
        prettyplease::unparse(&file)
    )
}

/// The bytes of the byte string literal in an expansion (the endpoint's compact form).
fn declared_data(expansion: &TokenStream) -> Option<Vec<u8>> {
    expansion.clone().into_iter().find_map(|tree| match tree {
        proc_macro2::TokenTree::Group(g) => declared_data(&g.stream()),
        proc_macro2::TokenTree::Literal(l) => syn::parse_str::<syn::LitByteStr>(&l.to_string())
            .ok()
            .map(|b| b.value()),
        _ => None,
    })
}

fn at(span: Span) -> (usize, usize) {
    let LineColumn { line, column } = span.start();
    (line, column)
}

const ISSUE_EXAMPLE: &str = r#"
side: client,
channel_binding: http,
channel_type: request,
properties { timestamp_usage: always }
bindings [
    ssl_transport {},
    username_message {
        binding_usage: supporting,
        client_credential: string { username: "svc-orders", password: env("ORDERS_PASSWORD") },
    },
    security_context_message {
        binding_usage: supporting,
        properties { security_context_key_size: 256 }
        bootstrap_security_description {
            bindings [ ssl_transport {}, kerberos_apreq_message { binding_usage: supporting, client_credential: default } ]
        }
    },
]
"#;

#[test]
fn parses_the_issue_example() {
    let d = crate::parse::parse(tokens(ISSUE_EXAMPLE)).unwrap();
    let keys: Vec<&str> = d.body.entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "side",
            "channel_binding",
            "channel_type",
            "properties",
            "bindings"
        ]
    );
    let Value::List(bindings, _) = &d.body.entries[4].value else {
        panic!("bindings is a list");
    };
    assert_eq!(bindings.len(), 3);
    assert!(matches!(&bindings[0], Value::Typed { name, .. } if name == "ssl_transport"));
}

#[test]
fn parses_lint_attributes() {
    let d = crate::parse::parse(tokens(
        "#![allow(P-022, L-001)] #![deny(warnings)] side: client",
    ))
    .unwrap();
    let ids: Vec<&str> = d.lints.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["P-022", "L-001", "warnings"]);
}

#[test]
fn rust_values_are_kept_as_tokens() {
    let d = crate::parse::parse(tokens(
        "a: my::validator, c: secret(cfg.password()), d: runtime(\"x\"), e: (|u, p| true)",
    ));
    let d = d.unwrap_or_else(|e| panic!("{e}"));
    let kinds: Vec<&str> = d
        .body
        .entries
        .iter()
        .map(|e| match &e.value {
            Value::Expr(..) => "expr",
            Value::Secret(..) => "secret",
            Value::Runtime(..) => "runtime",
            Value::Name(..) => "name",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, ["expr", "secret", "runtime", "expr"]);
    // A closure with a top-level comma must be wrapped: unwrapped, it is cut at the comma.
    assert!(crate::parse::parse(tokens("b: |u, p| true")).is_err());
}

#[test]
fn literals_are_values_and_anything_more_is_an_expression() {
    let d = crate::parse::parse(tokens(
        r#"a: "x", b: 7, c: -1, d: -1.5, e: "x".len(), f: 1 + 2, g: -"x", h: 2.5"#,
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let kinds: Vec<String> = d
        .body
        .entries
        .iter()
        .map(|e| match &e.value {
            Value::Str(s, _) => format!("str {s}"),
            Value::Int(n, _) => format!("int {n}"),
            Value::Expr(..) => "expr".to_owned(),
            _ => "other".to_owned(),
        })
        .collect();
    assert_eq!(
        kinds,
        ["str x", "int 7", "int -1", "expr", "expr", "expr", "expr", "expr"]
    );
    let e = crate::parse::parse(tokens("a: 5u32")).err().unwrap();
    assert!(e.to_string().contains("type suffix"), "{e}");
}

#[test]
fn syntax_errors_say_what_was_expected() {
    let e = crate::parse::parse(tokens("side client")).err().unwrap();
    assert!(e.to_string().contains("expected one of"), "{e}");
    let e = crate::parse::parse(tokens("side: env(VAR)")).err().unwrap();
    assert!(e.to_string().contains("string literal"), "{e}");
}

/// A span map as `lower` builds it, from a declaration written on known lines.
fn spans_of(text: &str) -> SpanMap {
    let d = crate::parse::parse(tokens(text)).unwrap();
    span_map(&d.body)
}

const MAPPED: &str = "side: client,
channel_binding: http,
bindings [
    ssl_transport { properties { require_ssl_client_cert: true } },
    security_context_message {
        bootstrap_security_description {
            bindings [ kerberos_apreq_message {} ]
            properties { timestamp_usage: never }
        }
    },
]";

#[test]
fn a_path_maps_to_its_key_or_its_value() {
    let spans = spans_of(MAPPED);
    let property = Path::parse("bindings[0].properties.require_ssl_client_cert").unwrap();
    // A side or applicability rule points at the property name ...
    assert_eq!(at(path_span(&property, Kind::Side, &spans).start), (4, 33));
    // ... a value rule at its value.
    assert_eq!(at(path_span(&property, Kind::Value, &spans).start), (4, 58));
    // A binding is shown by its type name.
    let binding = Path::parse("bindings[1]").unwrap();
    assert_eq!(
        at(path_span(&binding, Kind::Cardinality, &spans).start),
        (5, 4)
    );
    // Paths inside a bootstrap description.
    let inner = Path::parse("bindings[1].bootstrap_security_description.bindings[0]").unwrap();
    assert_eq!(at(path_span(&inner, Kind::Side, &spans).start), (7, 23));
    let inner_property =
        Path::parse("bindings[1].bootstrap_security_description.properties.timestamp_usage")
            .unwrap();
    assert_eq!(
        at(path_span(&inner_property, Kind::Value, &spans).start),
        (8, 42)
    );
    // Endpoint-level places.
    let side = Path::parse("side").unwrap();
    assert_eq!(at(path_span(&side, Kind::Side, &spans).start), (1, 0));
    assert_eq!(at(path_span(&side, Kind::Value, &spans).start), (1, 6));
}

#[test]
fn an_element_that_was_not_written_is_shown_at_the_nearest_one_that_was() {
    let spans = spans_of(MAPPED);
    // `binding_usage` was left out of the security context binding: its type name is shown,
    // whatever the rule's kind.
    let usage = Path::parse("bindings[1].binding_usage").unwrap();
    assert_eq!(at(path_span(&usage, Kind::Required, &spans).start), (5, 4));
    assert_eq!(at(path_span(&usage, Kind::Value, &spans).start), (5, 4));
    // A property of the bootstrap that is not written: the bootstrap's `properties` key.
    let missing =
        Path::parse("bindings[1].bootstrap_security_description.properties.security_header_layout")
            .unwrap();
    assert_eq!(at(path_span(&missing, Kind::Value, &spans).start), (8, 12));
    // An index past the end, and the root, fall back to what exists.
    let beyond = Path::parse("bindings[7].properties").unwrap();
    assert_eq!(at(path_span(&beyond, Kind::Side, &spans).start), (3, 0));
    assert!(
        path_span(&Path::root(), Kind::Combination, &spans)
            .start
            .start()
            .line
            <= 1
    );
}

#[test]
fn a_fabricated_place_is_used_as_recorded() {
    let mut spans = SpanMap::default();
    let key = SpanRange::single(Span::call_site());
    spans.record(&Path::parse("bindings[0]").unwrap(), Some(key), key);
    assert_eq!(spans.len(), 1);
    let deep = Path::parse("bindings[0].properties.cert_failures_to_ignore[2]").unwrap();
    let (places, exact) = spans.lookup(&deep).unwrap();
    assert_eq!(places.len(), 1);
    assert!(!exact);
}

#[test]
fn decoder_errors_point_at_keys_for_key_problems() {
    let text = "side: client,\nchannel_binding: http,\nbindings [ ssl_transport { local_cert_credentail: default } ]";
    let d = crate::parse::parse(tokens(text)).unwrap();
    let lowered = crate::lower::lower(&d.body);
    let errors = wws_security_model::decode::decode_endpoint(&lowered.node).unwrap_err();
    let e = errors.iter().next().unwrap();
    assert_eq!(
        wws_security_policy::Diagnostic::from_decode(e).id(),
        "F-002"
    );
    assert_eq!(at(decode_span(e, &span_map(&d.body)).start), (3, 27));
}

#[test]
fn every_format_error_is_reported_at_once() {
    let out = expand_str(
        "side: clinet, channel_binding: htp, bindings [ssl_transprt {}], properties { timestamp_usage: 3 }",
    );
    for id in ["F-003", "F-004"] {
        assert!(out.contains(id), "{id} missing in {out}");
    }
    assert_eq!(out.matches("compile_error").count(), 4, "{out}");
    assert!(out.contains("__fallback"));
}

#[test]
fn program_values_get_slots_named_by_their_path() {
    let out = expand_str(
        "side: server, channel_binding: http, bindings [ssl_transport {}, username_message { binding_usage: supporting, password_validator: check }]",
    );
    assert!(
        out.contains("\"rust:bindings[1].password_validator\""),
        "{out}"
    );
    assert!(out.contains("PasswordValidator"), "{out}");
}

#[test]
fn a_warning_becomes_a_deprecated_use_at_its_tokens() {
    let w = crate::check::Warning {
        span: SpanRange::single(Span::call_site()),
        text: "[P-022] server authentication is off; = help: turn it on".to_owned(),
    };
    let shim = crate::expand::warning(&w).to_string();
    assert!(shim.contains("deprecated"), "{shim}");
    assert!(shim.contains("[P-022]"), "{shim}");
}

#[test]
fn roles_come_from_the_model_field_tables() {
    use crate::lower::{Role, Roles, ValueKind};
    use wws_security_model::Callback;
    let roles = Roles::get();
    let context = Some("certificate_validation_callback_context");
    let program = |kind| Some(Role::Program(kind));
    // What the macro knew by hand before the tables existed, all derived now.
    for key in [
        "client_credential",
        "local_cert_credential",
        "authenticator",
    ] {
        assert_eq!(roles.of(key, None), Some(Role::TypedTable), "{key}");
    }
    for (key, callback) in [
        ("password_validator", Callback::ValidatePassword),
        ("saml_validator", Callback::ValidateSaml),
        ("get_cert_callback", Callback::GetCert),
        (
            "cert_issuer_list_notification_callback",
            Callback::CertIssuerListNotification,
        ),
    ] {
        assert_eq!(roles.of(key, None), program(ValueKind::Callback(callback)));
    }
    assert_eq!(
        roles.of("callback", context),
        program(ValueKind::Callback(Callback::CertificateValidation))
    );
    assert_eq!(roles.of("state", context), program(ValueKind::Opaque));
    for key in [
        "password_validator_callback_state",
        "saml_validator_callback_state",
        "get_cert_callback_state",
        "cert_issuer_list_notification_callback_state",
        "xml_token",
        "opaque_auth_identity",
        "decryption_cert",
        "trusted_issuer_certs",
    ] {
        assert_eq!(roles.of(key, None), program(ValueKind::Opaque), "{key}");
    }
    assert_eq!(roles.of("password", None), program(ValueKind::Secret));
    assert_eq!(
        roles.of("any_property", Some("message_properties")),
        program(ValueKind::Opaque)
    );
    // A property structure's keys mean nothing elsewhere; ordinary values have no role.
    assert_eq!(roles.of("callback", None), None);
    assert_eq!(roles.of("state", Some("properties")), None);
    for key in [
        "side",
        "binding_usage",
        "username",
        "store_location",
        "type",
    ] {
        assert_eq!(roles.of(key, None), None, "{key}");
    }
}

/// A key looked up without its table must mean one thing in every table that has it.
#[test]
fn a_key_has_one_role_in_every_table() {
    let entries = crate::lower::Roles::get().entries();
    for (parent, key, role) in &entries {
        for (other_parent, other_key, other_role) in &entries {
            if parent == other_parent && key == other_key {
                assert_eq!(role, other_role, "{key} under {parent:?}");
            }
        }
    }
    assert!(entries.len() >= 18, "{entries:?}");
}

#[test]
fn a_declaration_without_diagnostics_builds_no_span_map() {
    let d = crate::parse::parse(tokens(ISSUE_EXAMPLE)).unwrap();
    let lowered = crate::lower::lower(&d.body);
    let mut spans = crate::lower::LazySpans::new(&d.body);
    let checked = crate::check::check(lowered, &d.lints, &mut spans);
    assert!(checked.file.is_some() && checked.warnings.is_empty());
    assert!(!spans.is_built());
}

#[test]
fn snapshot_issue_example() {
    insta::assert_snapshot!(pretty(ISSUE_EXAMPLE));
}

#[test]
fn snapshot_program_values() {
    insta::assert_snapshot!(pretty(
        r#"
        side: server,
        channel_binding: http,
        channel_type: reply,
        bindings [
            ssl_transport {},
            username_message {
                binding_usage: supporting,
                password_validator: check_password,
                password_validator_callback_state: std::sync::Arc::new(AccountStore::default()),
            },
        ]
        "#
    ));
}

#[test]
fn snapshot_properties_of_every_value_kind() {
    insta::assert_snapshot!(pretty(
        r#"
        side: client,
        channel_binding: http,
        properties {
            algorithm_suite_name: basic256_sha256,
            max_allowed_clock_skew: "5m",
            timestamp_validity_duration: "300ms",
        }
        bindings [
            ssl_transport {
                properties {
                    cert_failures_to_ignore: [cn_mismatch, invalid_date],
                    disallowed_secure_protocols: [ssl2, ssl3],
                }
                local_cert_credential: thumbprint {
                    store_location: current_user,
                    store_name: "My",
                    thumbprint: "00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff",
                },
            },
            http_header_auth {
                properties { http_header_auth_scheme: [basic, digest], http_header_auth_target: service }
                client_credential: string { username: "svc", password: secret(load_password()), domain: "CORP" },
            },
        ]
        "#
    ));
}

#[test]
fn snapshot_template() {
    insta::assert_snapshot!(pretty(
        r#"
        side: server,
        template: tcp_sspi_kerberos_apreq_security_context,
        channel_type: duplex_session,
        security_properties { timestamp_usage: always }
        security_context_security_binding {
            security_context_message_security_binding {
                security_binding_properties { security_context_key_size: 256 }
            }
            security_properties { max_allowed_clock_skew: "5m" }
        }
        policy {
            channel_properties { encoding: xml_binary_session_1 }
            kerberos_apreq_message_security_binding { binding_usage: supporting }
        }
        "#
    ));
}

#[test]
fn snapshot_errors() {
    insta::assert_snapshot!(expand_str(
        "side: client, channel_binding: http, bindings [ssl_transport { properties { cert_failures_to_ignore: cn_mismatch } }]"
    ));
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "side",
        "client",
        "server",
        "channel_binding",
        "http",
        "tcp",
        "channel_type",
        "request",
        "properties",
        "bindings",
        "ssl_transport",
        "username_message",
        "security_context_message",
        "bootstrap_security_description",
        "binding_usage",
        "supporting",
        "client_credential",
        "string",
        "default",
        "password",
        "username",
        "env",
        "runtime",
        "secret",
        "type",
        "password_validator",
        "trusted_issuer_certs",
        "message_properties",
        "http_header_auth_scheme",
        "basic",
        "max_allowed_clock_skew",
        "security_context_key_size",
        "true",
        "false",
        "allow",
        "deny",
        "warnings",
        "P",
        "\"5m\"",
        "\"x\"",
        "256",
        "-1",
        "022",
        "4294967296",
        ":",
        ",",
        "{",
        "}",
        "[",
        "]",
        "(",
        ")",
        "#",
        "!",
        "-",
        ".",
        "::",
        "|",
        "&",
        "=>",
        "template",
        "policy",
        "http_ssl_username",
        "tcp_sspi",
        "username_message_security_binding",
        "security_properties",
        "security_binding_properties",
        "username_mesage",
        "clinet",
    ];

    /// Balanced token strings: unbalanced ones are not token streams at all.
    fn balanced(words: &[usize]) -> String {
        let mut out = String::new();
        let mut stack = Vec::new();
        for &w in words {
            let word = WORDS[w % WORDS.len()];
            match word {
                "{" | "[" | "(" => stack.push(word),
                "}" | "]" | ")" => {
                    let open = match word {
                        "}" => "{",
                        "]" => "[",
                        _ => "(",
                    };
                    if stack.last() != Some(&open) {
                        continue;
                    }
                    stack.pop();
                }
                _ => {}
            }
            out.push_str(word);
            out.push(' ');
        }
        while let Some(open) = stack.pop() {
            out.push_str(match open {
                "{" => "}",
                "[" => "]",
                _ => ")",
            });
            out.push(' ');
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn random_streams(words in proptest::collection::vec(0usize..1000, 0..60)) {
            let text = balanced(&words);
            if let Ok(ts) = TokenStream::from_str(&text) {
                let _ = crate::pipeline::security_binding(ts);
            }
        }

        #[test]
        fn mutated_declarations(
            edits in proptest::collection::vec((0usize..400, 0usize..1000, 0u8..3), 1..6),
            template in proptest::bool::ANY,
        ) {
            let base = if template { USERNAME_TEMPLATE } else { ISSUE_EXAMPLE };
            let mut words: Vec<String> =
                base.split_whitespace().map(str::to_owned).collect();
            for (at, w, op) in edits {
                let at = at % (words.len() + 1);
                let word = WORDS[w % WORDS.len()].to_owned();
                match op {
                    0 if at < words.len() => { words.remove(at); }
                    1 => words.insert(at, word),
                    _ if at < words.len() => words[at] = word,
                    _ => {}
                }
            }
            if let Ok(ts) = TokenStream::from_str(&words.join(" ")) {
                let _ = crate::pipeline::security_binding(ts);
            }
        }
    }
}

/// The rule ids of an expansion's `compile_error!`s and warnings, in the order emitted.
fn ids_in_order(expansion: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = expansion;
    while let Some(start) = rest.find("[") {
        rest = &rest[start + 1..];
        let Some(end) = rest.find(']') else { break };
        let id = &rest[..end];
        let looks_like_id = id.len() == 5
            && id.as_bytes()[1] == b'-'
            && id[2..].bytes().all(|b| b.is_ascii_digit());
        if looks_like_id {
            ids.push(id.to_owned());
        }
    }
    ids
}

#[test]
fn diagnostics_come_in_the_order_of_the_declaration() {
    // Written so that each rule area comes out of its usual order: a lint id, a policy error in
    // the first binding, a format error in a property of the second, a wrong kind of value and
    // a policy error in the bootstrap, and a format error in a later top-level property.
    let out = expand_str(
        r#"
        #![deny(P-999)]
        side: client,
        channel_binding: http,
        bindings [
            ssl_transport { properties { require_ssl_client_cert: true } },
            security_context_message {
                binding_usage: supporting,
                properties { security_context_key_size: -1 }
                bootstrap_security_description {
                    bindings [
                        ssl_transport {},
                        username_message { binding_usage: a + b, client_credential: default },
                    ]
                }
            },
        ]
        properties { timestamp_usage: sometimes }
        "#,
    );
    assert_eq!(
        ids_in_order(&out),
        ["P-014", "F-007", "F-004", "T-106", "F-003"],
        "{out}"
    );
    // The lint attribute comes before every entry.
    let lint = out.find("P-999").expect("the unknown lint id is reported");
    assert!(lint < out.find("[P-014]").unwrap(), "{out}");
}

#[test]
fn warnings_come_in_the_order_of_the_declaration() {
    let out = expand_str(
        r#"
        side: client,
        channel_binding: tcp,
        channel_type: duplex_session,
        bindings [
            tcp_sspi_transport {
                properties { require_server_auth: false }
                client_credential: default,
            },
        ]
        properties { transport_protection_level: none }
        "#,
    );
    let ids = ids_in_order(&out);
    let server_auth = ids.iter().position(|i| i == "P-022");
    let protection = ids.iter().position(|i| i == "P-087");
    assert!(server_auth.is_some() && protection.is_some(), "{out}");
    assert!(server_auth < protection, "{out}");
}

const USERNAME_TEMPLATE: &str = r#"
side: client,
template: http_ssl_username,
security_properties { max_allowed_clock_skew: "5m" }
username_message_security_binding {
    client_credential: string { username: "svc-orders", password: env("ORDERS_PASSWORD") },
}
policy {
    channel_properties { envelope_version: soap_1_2 }
    security_properties { timestamp_usage: always }
    username_message_security_binding { binding_usage: supporting }
}
"#;

const USERNAME_TEMPLATE_FILE: &str = r#"
side = "client"
template = "http_ssl_username"
[security_properties]
max_allowed_clock_skew = "5m"
[username_message_security_binding.client_credential]
type = "string"
username = "svc-orders"
password = { env = "ORDERS_PASSWORD" }
[policy.channel_properties]
envelope_version = "soap_1_2"
[policy.security_properties]
timestamp_usage = "always"
[policy.username_message_security_binding]
binding_usage = "supporting"
"#;

#[test]
fn the_template_form_expands_to_the_template_of_its_file() {
    let expansion = crate::pipeline::security_binding(tokens(USERNAME_TEMPLATE));
    let text = expansion.to_string();
    assert!(text.contains("__from_macro_template"), "{text}");
    let data = declared_data(&expansion).expect("the template as data");
    let declared = compact::decode_template(&data).expect("the data reads back");
    let file = wws_security_model::EndpointFile::from_toml_str(USERNAME_TEMPLATE_FILE).unwrap();
    assert_eq!(Some(&declared), file.template());
}

#[test]
fn template_diagnostics_point_at_the_members_written() {
    let text = "side: client,\ntemplate: http_ssl_username,\nsecurity_properties { timestamp_usage: never }\npolicy { security_properties { timestamp_usage: always } }";
    let d = crate::parse::parse(tokens(text)).unwrap();
    let lowered = crate::lower::lower(&d.body);
    let mut spans = crate::lower::LazySpans::new(&d.body);
    let checked = crate::check::check(lowered, &d.lints, &mut spans);
    let found: Vec<(String, (usize, usize))> = checked
        .errors
        .iter()
        .map(|e| (e.to_string()[..7].to_owned(), at(e.span())))
        .collect();
    // S-039: the username member was not written, so the `template` key is shown; E-001: the
    // template's entry that repeats the policy's.
    assert_eq!(
        found,
        [
            ("[S-039]".to_owned(), (2, 0)),
            ("[E-001]".to_owned(), (3, 22)),
        ]
    );
}

#[test]
fn template_members_take_program_values_by_the_field_tables() {
    let out = expand_str(
        "side: server, template: http_ssl_username, username_message_security_binding { password_validator: check, password_validator_callback_state: AccountStore::default() }",
    );
    assert!(out.contains("__from_macro_template"), "{out}");
    assert!(
        out.contains("\"rust:username_message_security_binding.password_validator\""),
        "{out}"
    );
    assert!(out.contains("PasswordValidator"), "{out}");
}

#[test]
fn a_misspelt_binding_does_not_cascade() {
    // The bootstrap's only binding is misspelt: the bootstrap is not said to hold no binding
    // (M-094), but the error of the first binding is still reported.
    let out = expand_str(
        r#"side: client, channel_binding: http, bindings [
            ssl_transport { properties { require_ssl_client_cert: true } },
            security_context_message { binding_usage: supporting, bootstrap_security_description {
                bindings [ username_mesage { binding_usage: supporting } ]
            } },
        ]"#,
    );
    assert_eq!(ids_in_order(&out), ["P-014", "F-003"], "{out}");
    // Dropped rather than read in every way, the binding would leave the bootstrap empty.
    let dropped = expand_str(
        r#"side: client, channel_binding: http, bindings [
            ssl_transport { properties { require_ssl_client_cert: true } },
            security_context_message { binding_usage: supporting, bootstrap_security_description {
                bindings [ ]
            } },
        ]"#,
    );
    let ids = ids_in_order(&dropped);
    assert!(ids.contains(&"M-094".to_owned()), "{dropped}");
}

#[test]
fn a_misspelt_key_is_not_also_missing() {
    // `client_credentail` is meant as `client_credential`: M-022 (no credential) is not said.
    let out = expand_str(
        r#"side: client, channel_binding: http, bindings [
            ssl_transport {},
            username_message { binding_usage: supporting, client_credentail: string { username: "u", password: env("P") } },
        ]"#,
    );
    assert_eq!(ids_in_order(&out), ["F-002"], "{out}");
}

/// Every document of the policy's rule fixtures (format errors included), checked as the macro
/// checks a declaration: no message or help shows the syntax of files.
#[test]
fn no_diagnostic_speaks_file_syntax() {
    use wws_security_model::decode::{parse_node, Format, Node};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../policy/tests/fixtures");
    let file_forms = [
        "= \"",
        "{ env",
        "{ runtime",
        "(string)",
        "[[",
        "type = ",
        "` table",
        " file",
    ];
    let mut checked = 0;
    let mut seen = std::collections::BTreeSet::new();
    for area in std::fs::read_dir(&root).unwrap() {
        let area = area.unwrap().path();
        if area.ends_with("constraints") || area.ends_with("compat") {
            continue;
        }
        for fixture in std::fs::read_dir(&area).unwrap() {
            let fixture = fixture.unwrap().path();
            let text = std::fs::read_to_string(&fixture).unwrap();
            let Ok(Node::Table(doc)) = parse_node(&text, Format::Toml) else {
                continue;
            };
            for (key, value) in &doc {
                let node = match (key.as_str(), value) {
                    ("fail" | "pass", node) => node.clone(),
                    ("fail_toml" | "pass_toml", Node::String(t)) => {
                        match parse_node(t, Format::Toml) {
                            Ok(n) => n,
                            Err(_) => continue,
                        }
                    }
                    ("fail_json" | "pass_json", Node::String(t)) => {
                        match parse_node(t, Format::Json) {
                            Ok(n) => n,
                            Err(_) => continue,
                        }
                    }
                    _ => continue,
                };
                let lowered = crate::lower::Lowered {
                    node,
                    values: Vec::new(),
                    errors: Vec::new(),
                };
                let body = crate::ast::Table {
                    entries: Vec::new(),
                    span: SpanRange::single(Span::call_site()),
                };
                let mut spans = crate::lower::LazySpans::new(&body);
                let out = crate::check::check(lowered, &[], &mut spans);
                let texts = out
                    .errors
                    .iter()
                    .map(|e| e.to_string())
                    .chain(out.warnings.into_iter().map(|w| w.text));
                for text in texts {
                    for form in file_forms {
                        assert!(
                            !text.contains(form),
                            "{}: `{form}` in {text}",
                            fixture.display()
                        );
                    }
                    seen.insert(text[1..6].to_owned());
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 200, "{checked} diagnostics");
    assert!(seen.len() > 120, "{} rules: {seen:?}", seen.len());
}

#[test]
fn values_of_the_wrong_kind_are_worded_for_the_macro() {
    let out = expand_str(
        r#"side: server, channel_binding: http, bindings [ssl_transport {}, username_message {
            binding_usage: supporting, password_validator: "check", password_validator_callback_state: 5 }]"#,
    );
    assert!(
        out.contains(r#"a Rust expression, or a runtime slot `runtime(\"<slot name>\")`"#),
        "{out}"
    );
    assert!(!out.contains("{ runtime"), "{out}");
    let out = expand_str(
        r#"side: client, channel_binding: http, bindings [ssl_transport {}, username_message {
            binding_usage: supporting, client_credential: string { username: "u", password: 5 } }]"#,
    );
    assert!(
        out.contains(r#"`env(\"VAR\")`, `runtime(\"<slot>\")` or `secret(<expression>)`"#),
        "{out}"
    );
    let out = expand_str(r#"side: 5, channel_binding: http"#);
    assert!(
        out.contains("expected a value name, found an integer"),
        "{out}"
    );
    let out = expand_str(
        r#"side: client, channel_binding: http, bindings [{ binding_usage: supporting }]"#,
    );
    assert!(out.contains("write its type before the braces"), "{out}");
}

#[test]
fn an_ssl_binding_over_an_http_url_is_a_warning_with_the_https_url_in_macro_syntax() {
    let out = expand_str(
        r#"
        side: client,
        channel_binding: http,
        address { url: "http://orders.contoso.com/svc" }
        bindings [ ssl_transport {} ]
        "#,
    );
    assert_eq!(ids_in_order(&out), ["L-006"], "{out}");
    assert!(out.contains("deprecated"), "{out}");
    assert!(
        out.contains(r#"url: \"https://orders.contoso.com/svc\""#),
        "{out}"
    );
}
