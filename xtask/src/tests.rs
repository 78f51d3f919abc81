//! Snapshots of each renderer over a small fixed input, the freshness check over the real
//! output, and the endpoint schema against the decoder.

mod schema;
mod template_schema;

use crate::ensure;
use crate::gen::tables::{
    self, BindingPropertyRow, BindingRow, ChannelPropertyRow, FieldRow, RuleRow,
};
use crate::gen::{self, catalogue, Data, DefaultInfo, DefaultValue};
use serde_json::json;
use wws_security_model::{EnumInfo, ValueInfo};

fn enums() -> Vec<EnumInfo> {
    vec![
        EnumInfo {
            name: "color",
            c_name: "WS_COLOR",
            doc: "A test enumeration | with a pipe.",
            flags: false,
            values: vec![
                ValueInfo {
                    name: "red",
                    c_name: "WS_COLOR_RED",
                    value: 1,
                },
                ValueInfo {
                    name: "green",
                    c_name: "WS_COLOR_GREEN",
                    value: 2,
                },
            ],
        },
        EnumInfo {
            name: "mark",
            c_name: "WS_MARK",
            doc: "Test flags.",
            flags: true,
            values: vec![
                ValueInfo {
                    name: "dot",
                    c_name: "WS_MARK_DOT",
                    value: 0x1,
                },
                ValueInfo {
                    name: "dash",
                    c_name: "WS_MARK_DASH",
                    value: 0x10,
                },
            ],
        },
        EnumInfo {
            name: "empty",
            c_name: "WS_EMPTY",
            doc: "No values.",
            flags: false,
            values: vec![],
        },
    ]
}

const BINDINGS: [&str; 2] = ["alpha_transport", "beta_message"];

fn binding_property_rows() -> Vec<BindingPropertyRow> {
    vec![
        BindingPropertyRow {
            name: "strict",
            c_name: "WS_PROP_STRICT",
            id: 1,
            value_type: "BOOL",
            bindings: vec![
                ("alpha_transport", &["client"]),
                ("beta_message", &["client"]),
            ],
            default: DefaultInfo {
                value: DefaultValue::Depends(vec![
                    (vec!["alpha_transport".to_owned()], Some(json!(true))),
                    (vec!["beta_message".to_owned()], Some(json!(false))),
                ]),
                note: None,
            },
            allowed: "true or false",
        },
        BindingPropertyRow {
            name: "interval",
            c_name: "WS_PROP_INTERVAL",
            id: 2,
            value_type: "WS_TIMESPAN",
            bindings: vec![("beta_message", &["client", "server"])],
            default: DefaultInfo {
                value: DefaultValue::Depends(vec![
                    (vec!["client".to_owned()], Some(json!("10h"))),
                    (vec!["server".to_owned()], Some(json!("15h"))),
                ]),
                note: None,
            },
            allowed: "a duration",
        },
        BindingPropertyRow {
            name: "realm",
            c_name: "WS_PROP_REALM",
            id: 3,
            value_type: "WS_STRING",
            bindings: vec![("alpha_transport", &["server"])],
            default: DefaultInfo {
                value: DefaultValue::Unset,
                note: Some("unset: the runtime picks one"),
            },
            allowed: "any string",
        },
    ]
}

fn channel_property_rows() -> Vec<ChannelPropertyRow> {
    vec![
        ChannelPropertyRow {
            name: "level",
            c_name: "WS_SECURITY_PROPERTY_LEVEL",
            id: 1,
            value_type: "WS_LEVEL",
            sides: &["client", "server"],
            channels: vec![],
            default: DefaultInfo {
                value: DefaultValue::Depends(vec![
                    (vec!["alpha_transport".to_owned()], Some(json!("high"))),
                    (vec!["otherwise".to_owned()], None),
                ]),
                note: Some("high with a transport binding"),
            },
            allowed: "low or high",
            conditions: "none",
        },
        ChannelPropertyRow {
            name: "names",
            c_name: "WS_SECURITY_PROPERTY_NAMES",
            id: 2,
            value_type: "WS_NAMES",
            sides: &["server"],
            channels: vec!["http"],
            default: DefaultInfo {
                value: DefaultValue::Value(json!(["a", "b"])),
                note: None,
            },
            allowed: "names",
            conditions: "only with beta_message",
        },
    ]
}

fn binding_rows() -> Vec<BindingRow> {
    vec![
        BindingRow {
            name: "alpha_transport",
            c_name: "WS_ALPHA_TRANSPORT_SECURITY_BINDING",
            type_c_name: "WS_ALPHA_TRANSPORT_SECURITY_BINDING_TYPE",
            value: 1,
            channels: vec!["http"],
            sides: vec!["client", "server"],
            max_per_description: None,
            fields: vec![FieldRow {
                name: "local_cert",
                c_name: "localCert",
                c_type: "WS_CERT*",
                client: "optional",
                server: "forbidden",
            }],
            properties: vec![("strict", &["client"]), ("realm", &["server"])],
            companions: "nothing",
        },
        BindingRow {
            name: "beta_message",
            c_name: "WS_BETA_MESSAGE_SECURITY_BINDING",
            type_c_name: "WS_BETA_MESSAGE_SECURITY_BINDING_TYPE",
            value: 2,
            channels: vec!["http", "tcp"],
            sides: vec!["client"],
            max_per_description: Some(1),
            fields: vec![],
            properties: vec![],
            companions: "alpha_transport",
        },
    ]
}

fn rule_rows() -> Vec<RuleRow> {
    let rule = |id, also: Vec<&'static str>, area, kind, severity, status| RuleRow {
        id,
        also,
        area,
        kind,
        severity,
        status,
        title: "a test rule",
        source: "api/page.md § Remarks",
    };
    vec![
        rule(
            "T-001",
            vec!["P-002", "M-003"],
            "transport",
            "side",
            "error",
            "implemented",
        ),
        rule(
            "T-002",
            vec![],
            "transport",
            "combination",
            "warning",
            "implemented",
        ),
        rule("T-010", vec![], "transport", "side", "error", "runtime"),
        rule("F-001", vec![], "format", "format", "error", "implemented"),
    ]
}

fn statuses() -> Vec<&'static str> {
    vec!["implemented", "by-construction", "runtime", "note"]
}

#[test]
fn security_binding_settings_snapshot() {
    insta::assert_snapshot!(tables::render_security_binding_settings(&enums()));
}

#[test]
fn binding_properties_snapshot() {
    insta::assert_snapshot!(tables::render_binding_properties(
        &BINDINGS,
        &binding_property_rows()
    ));
}

#[test]
fn channel_properties_snapshot() {
    insta::assert_snapshot!(tables::render_channel_properties(&channel_property_rows()));
}

#[test]
fn bindings_snapshot() {
    insta::assert_snapshot!(tables::render_bindings(&binding_rows()));
}

#[test]
fn rules_snapshot() {
    insta::assert_snapshot!(tables::render_rules(&statuses(), &rule_rows()));
}

#[test]
fn catalogue_snapshot() {
    let data = Data {
        enums: enums()[..1].to_vec(),
        binding_names: BINDINGS.to_vec(),
        binding_properties: binding_property_rows()[..2].to_vec(),
        channel_properties: channel_property_rows()[..1].to_vec(),
        bindings: binding_rows()[..1].to_vec(),
        statuses: statuses(),
        rules: rule_rows()[..1].to_vec(),
    };
    insta::assert_snapshot!(catalogue::render(&data));
}

#[test]
fn normalize_uses_lf_and_one_final_newline() {
    assert_eq!(gen::normalize("a \r\nb\n\n\n"), "a\nb\n");
    assert_eq!(gen::normalize("a"), "a\n");
}

/// The committed files are what `cargo xtask gen` writes now. Updates nothing.
#[test]
fn generated_files_are_fresh() {
    let root = ensure::project_root();
    if let Some(message) = ensure::check_message(&root, &gen::all()) {
        panic!("{message}");
    }
}

/// Rendering twice gives the same text, and writing then checking finds nothing stale.
#[test]
fn generation_is_idempotent() {
    let first = gen::all();
    assert_eq!(first, gen::all());
    let dir = std::env::temp_dir().join(format!("xtask-gen-test-{}", std::process::id()));
    let written = ensure::write(&dir, &first).unwrap();
    assert_eq!(written.len(), first.len());
    assert!(ensure::stale(&dir, &first).is_empty());
    assert!(ensure::write(&dir, &first).unwrap().is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every generated file says so on its first line (Markdown) or in `generated_by` (JSON).
#[test]
fn generated_files_are_marked() {
    for o in gen::all() {
        if o.path.ends_with(".md") {
            assert_eq!(
                o.contents.lines().next(),
                Some(gen::MARKDOWN_HEADER),
                "{}",
                o.path
            );
        } else if o.path.ends_with(".rs") {
            assert_eq!(
                o.contents.lines().next(),
                Some(gen::examples::RUST_HEADER),
                "{}",
                o.path
            );
        } else {
            let v: serde_json::Value = serde_json::from_str(&o.contents).unwrap();
            assert_eq!(v["generated_by"], gen::GENERATED_BY, "{}", o.path);
        }
    }
}

/// The real tables have every property and binding of the model.
#[test]
fn real_data_is_complete() {
    let data = Data::collect();
    assert_eq!(data.binding_properties.len(), 23);
    assert_eq!(data.channel_properties.len(), 12);
    assert_eq!(data.bindings.len(), 9);
    assert_eq!(
        data.rules.len(),
        wws_security_policy::registry::rules().len()
    );
    let renewal = &data.binding_properties[17];
    assert_eq!(renewal.name, "security_context_renewal_interval");
    assert_eq!(
        renewal.default.json(),
        json!({"client": "10h", "server": "15h"})
    );
    let server_auth = &data.binding_properties[2];
    assert_eq!(
        server_auth.default.json(),
        json!({"tcp_sspi_transport": true, "namedpipe_sspi_transport": false})
    );
}

/// An endpoint file becomes the declaration that reads like it: names bare, text quoted,
/// `{ env = .. }` as `env(..)`, a credential holding only its type as its bare name.
#[test]
fn example_files_become_declarations() {
    let file = r#"
side = "client"
channel_binding = "tcp"
[properties]
max_allowed_clock_skew = "5m"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
[bindings.bootstrap_security_description]
[[bindings.bootstrap_security_description.bindings]]
type = "tcp_sspi_transport"
client_credential = { type = "default" }
[[bindings.bootstrap_security_description.bindings]]
type = "username_message"
binding_usage = "supporting"
client_credential = { type = "string", username = "default", password = { env = "PW" } }
"#;
    let text = gen::examples::render_files(&[("one.toml".to_owned(), file.to_owned())]);
    insta::assert_snapshot!(text);
}
