//! The endpoint schema agrees with the decoder: same keys at every level, and the same verdict
//! on example files. A small validator covers exactly the keywords the schema uses (any other
//! keyword fails the test, so the validator cannot silently ignore a constraint).

use crate::gen::schema::schema;
use serde_json::Value;
use wws_security_model::decode::{binding_keys, DESCRIPTION_KEYS, ENDPOINT_KEYS};
use wws_security_model::{CEnum, Endpoint, SecurityBindingType};

/// Keywords that only annotate.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$comment",
    "$defs",
    "generated_by",
    "title",
    "description",
    "format",
];

fn resolve<'a>(root: &'a Value, reference: &str) -> &'a Value {
    let name = reference
        .strip_prefix("#/$defs/")
        .unwrap_or_else(|| panic!("unexpected reference {reference}"));
    &root["$defs"][name]
}

/// Errors of `value` against `schema` (empty: valid).
pub(super) fn validate(
    root: &Value,
    schema: &Value,
    value: &Value,
    path: &str,
    errors: &mut Vec<String>,
) {
    let map = match schema {
        Value::Bool(true) => return,
        Value::Bool(false) => return errors.push(format!("{path}: nothing is allowed here")),
        Value::Object(map) => map,
        other => panic!("not a schema: {other}"),
    };
    for (key, arg) in map {
        match key.as_str() {
            k if ANNOTATIONS.contains(&k) => {}
            "$ref" => validate(
                root,
                resolve(root, arg.as_str().unwrap()),
                value,
                path,
                errors,
            ),
            "type" => {
                let types: Vec<&str> = match arg {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(ts) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
                    _ => panic!("bad type {arg}"),
                };
                let ok = types.iter().any(|t| match *t {
                    "object" => value.is_object(),
                    "array" => value.is_array(),
                    "string" => value.is_string(),
                    "boolean" => value.is_boolean(),
                    "integer" => value.is_i64() || value.is_u64(),
                    "number" => value.is_number(),
                    "null" => value.is_null(),
                    other => panic!("unknown type {other}"),
                });
                if !ok {
                    errors.push(format!("{path}: {value} is not of type {types:?}"));
                }
            }
            "enum" => {
                if !arg.as_array().unwrap().contains(value) {
                    errors.push(format!("{path}: {value} is not one of {arg}"));
                }
            }
            "const" => {
                if arg != value {
                    errors.push(format!("{path}: {value} is not {arg}"));
                }
            }
            "pattern" => {
                if let Value::String(s) = value {
                    let re = regex_lite::Regex::new(arg.as_str().unwrap()).unwrap();
                    if !re.is_match(s) {
                        errors.push(format!("{path}: {s:?} does not match {arg}"));
                    }
                }
            }
            "minimum" | "maximum" => {
                if let Some(n) = value.as_f64() {
                    let bound = arg.as_f64().unwrap();
                    if (key == "minimum" && n < bound) || (key == "maximum" && n > bound) {
                        errors.push(format!("{path}: {n} is out of range ({key} {bound})"));
                    }
                }
            }
            "required" => {
                if let Value::Object(obj) = value {
                    for k in arg.as_array().unwrap() {
                        if !obj.contains_key(k.as_str().unwrap()) {
                            errors.push(format!("{path}: missing key {k}"));
                        }
                    }
                }
            }
            "properties" => {
                if let Value::Object(obj) = value {
                    for (k, v) in obj {
                        if let Some(s) = arg.get(k) {
                            validate(root, s, v, &format!("{path}.{k}"), errors);
                        }
                    }
                }
            }
            "additionalProperties" => {
                if let Value::Object(obj) = value {
                    let known = map.get("properties");
                    for (k, v) in obj {
                        if known.and_then(|p| p.get(k)).is_none() {
                            validate(root, arg, v, &format!("{path}.{k}"), errors);
                        }
                    }
                }
            }
            "items" => {
                if let Value::Array(items) = value {
                    for (i, v) in items.iter().enumerate() {
                        validate(root, arg, v, &format!("{path}[{i}]"), errors);
                    }
                }
            }
            "oneOf" | "anyOf" => {
                let passing = arg
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|s| {
                        let mut e = Vec::new();
                        validate(root, s, value, path, &mut e);
                        e.is_empty()
                    })
                    .count();
                let ok = if key == "oneOf" {
                    passing == 1
                } else {
                    passing >= 1
                };
                if !ok {
                    errors.push(format!("{path}: {passing} alternatives of {key} match"));
                }
            }
            other => panic!("the test validator does not know the keyword `{other}`"),
        }
    }
}

fn schema_errors(doc: &Value) -> Vec<String> {
    let root = schema();
    let mut errors = Vec::new();
    validate(&root, &root, doc, "$", &mut errors);
    errors
}

pub(super) fn toml_value(text: &str) -> Value {
    toml::from_str(text).expect("test documents are TOML")
}

fn keys(schema: &Value) -> Vec<String> {
    let mut keys: Vec<String> = schema["properties"]
        .as_object()
        .expect("a table schema")
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

fn sorted(names: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = names.iter().map(|s| (*s).to_owned()).collect();
    v.sort();
    v
}

#[test]
fn schema_keys_are_the_decoder_keys() {
    let root = schema();
    assert_eq!(keys(&root), sorted(ENDPOINT_KEYS));
    assert_eq!(root["additionalProperties"], false);
    assert_eq!(
        keys(&root["$defs"]["SecurityDescription"]),
        sorted(DESCRIPTION_KEYS)
    );
    let variants = root["$defs"]["SecurityBinding"]["oneOf"]
        .as_array()
        .unwrap();
    assert_eq!(variants.len(), SecurityBindingType::ALL.len());
    for t in SecurityBindingType::ALL {
        let variant = variants
            .iter()
            .find(|v| v["properties"]["type"]["const"] == t.name())
            .unwrap_or_else(|| panic!("no schema variant for {t}"));
        assert_eq!(keys(variant), sorted(&binding_keys(*t)), "{t}");
        assert_eq!(variant["additionalProperties"], false, "{t}");
    }
    let bag = &root["$defs"]["BindingPropertyBag"];
    assert_eq!(
        keys(bag),
        sorted(wws_security_model::SecurityBindingPropertyId::NAMES)
    );
    let bag = &root["$defs"]["ChannelPropertyBag"];
    assert_eq!(
        keys(bag),
        sorted(wws_security_model::SecurityPropertyId::NAMES)
    );
}

/// Documents the decoder accepts; the schema must accept them too.
const VALID: &[&str] = &[
    r#"
side = "client"
channel_binding = "http"
channel_type = "request"
[properties]
timestamp_usage = "always"
max_allowed_latency = "5m"
algorithm_suite = { digest_algorithm = "digest_sha_256", min_symmetric_key_length = 128 }
[[bindings]]
type = "ssl_transport"
[bindings.properties]
cert_failures_to_ignore = ["revocation_offline", "cn_mismatch"]
certificate_validation_callback_context = { callback = { runtime = "check" } }
[bindings.local_cert_credential]
type = "thumbprint"
store_location = "local_machine"
store_name = "My"
thumbprint = "00ff"
[[bindings]]
type = "username_message"
binding_usage = "supporting"
[bindings.client_credential]
type = "string"
username = "svc"
password = { env = "PASSWORD" }
"#,
    r#"
side = "server"
channel_binding = "tcp"
[[bindings]]
type = "tcp_sspi_transport"
properties = { allow_anonymous_clients = false, windows_integrated_auth_package = "kerberos" }
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
[bindings.properties]
security_context_key_size = 256
security_context_renewal_interval = "10h"
message_properties = { heap = { runtime = "heap" } }
[bindings.bootstrap_security_description]
properties = { algorithm_suite_name = "basic128" }
[[bindings.bootstrap_security_description.bindings]]
type = "kerberos_apreq_message"
binding_usage = "supporting"
"#,
    r#"
side = "client"
channel_binding = "namedpipe"
[[bindings]]
type = "namedpipe_sspi_transport"
client_credential = { type = "default" }
properties = { require_server_auth = false, allowed_impersonation_level = "impersonation" }
"#,
    r#"
side = "server"
channel_binding = "http"
[[bindings]]
type = "saml_message"
binding_usage = "supporting"
authenticator = { type = "cert_signed", trusted_issuer_certs = [{ runtime = "issuer" }] }
"#,
];

/// Documents the decoder rejects; the schema must reject them too.
const INVALID: &[&str] = &[
    // unknown top-level key
    "side = \"client\"\nchannel_binding = \"http\"\ncolour = 1\n",
    // missing side
    "channel_binding = \"http\"\n",
    // unknown value name
    "side = \"client\"\nchannel_binding = \"htp\"\n",
    // a key of another binding type
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\nclient_credential = { type = \"default\" }\n",
    // unknown binding property
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\nproperties = { require_client_cert = true }\n",
    // wrong value kind
    "side = \"client\"\nchannel_binding = \"tcp\"\n[[bindings]]\ntype = \"tcp_sspi_transport\"\nproperties = { require_server_auth = \"no\" }\n",
    // a duration without unit
    "side = \"client\"\nchannel_binding = \"http\"\n[properties]\nmax_allowed_latency = \"300\"\n",
    // a negative duration
    "side = \"client\"\nchannel_binding = \"http\"\n[properties]\nmax_allowed_latency = \"-5m\"\n",
    // a ULONG out of range
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"security_context_message\"\nproperties = { security_context_key_size = 4294967296 }\n",
    // a runtime slot with an extra key
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"xml_token_message\"\nxml_token = { runtime = \"t\", extra = 1 }\n",
    // a blank runtime slot name
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"xml_token_message\"\nxml_token = { runtime = \" \" }\n",
    // a password with both env and runtime
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"username_message\"\nclient_credential = { type = \"string\", username = \"u\", password = { env = \"A\", runtime = \"b\" } }\n",
    // an unknown flag
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"http_header_auth\"\nproperties = { http_header_auth_scheme = [\"basic\", \"kerberos\"] }\n",
    // an unknown message property
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"security_context_message\"\nproperties = { message_properties = { colour = { runtime = \"x\" } } }\n",
    // a bootstrap description with an endpoint key
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"security_context_message\"\nbootstrap_security_description = { side = \"client\" }\n",
];

#[test]
fn schema_accepts_what_the_decoder_accepts() {
    for doc in VALID {
        Endpoint::from_toml_str(doc).unwrap_or_else(|e| panic!("decoder rejects {doc}: {e:?}"));
        let errors = schema_errors(&toml_value(doc));
        assert!(errors.is_empty(), "schema rejects {doc}: {errors:#?}");
    }
}

#[test]
fn schema_rejects_what_the_decoder_rejects() {
    for doc in INVALID {
        assert!(
            Endpoint::from_toml_str(doc).is_err(),
            "decoder accepts {doc}"
        );
        assert!(
            !schema_errors(&toml_value(doc)).is_empty(),
            "schema accepts {doc}"
        );
    }
}

/// Serializing a decoded endpoint gives a document the schema accepts.
#[test]
fn serialized_endpoints_match_the_schema() {
    for doc in VALID {
        let endpoint = Endpoint::from_toml_str(doc).unwrap();
        let json: Value = serde_json::from_str(&endpoint.to_json_string().unwrap()).unwrap();
        let errors = schema_errors(&json);
        assert!(errors.is_empty(), "{errors:#?}");
    }
}

/// Every example endpoint file validates against the schema (and decodes).
#[test]
fn example_endpoints_match_the_schema() {
    let dir = crate::ensure::project_root().join("examples/endpoints");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return; // no examples yet
    };
    let mut paths: Vec<_> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let errors = schema_errors(&toml_value(&text));
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        Endpoint::from_toml_str(&text)
            .unwrap_or_else(|e| panic!("{}: decoder rejects it: {e:?}", path.display()));
    }
}
