//! The template schema agrees with the template decoder: one alternative per template type with
//! exactly the keys the decoder takes, every embedded structure closed with its own keys, and the
//! same verdict on sample documents and on `examples/templates/`.

use super::schema::{toml_value, validate};
use crate::gen::schema::template_schema;
use serde_json::Value;
use wws_security_model::decode::template_keys;
use wws_security_model::{
    BindingTemplate, BindingTemplateType, CEnum, EndpointFile, Field, FieldKind,
};

fn errors(doc: &Value) -> Vec<String> {
    let root = template_schema();
    let mut errors = Vec::new();
    validate(&root, &root, doc, "$", &mut errors);
    errors
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

fn sorted(names: impl IntoIterator<Item = &'static str>) -> Vec<String> {
    let mut v: Vec<String> = names.into_iter().map(str::to_owned).collect();
    v.sort();
    v
}

/// Every embedded structure of `fields` has a closed table with exactly its members' keys.
fn check_structures(schema: &Value, fields: &[Field], at: &str) {
    assert_eq!(keys(schema), sorted(fields.iter().map(|f| f.key)), "{at}");
    assert_eq!(schema["additionalProperties"], false, "{at}");
    for f in fields {
        if let FieldKind::Structure(inner) = f.kind {
            check_structures(
                &schema["properties"][f.key],
                inner,
                &format!("{at}.{}", f.key),
            );
        }
    }
}

#[test]
fn each_template_type_has_the_decoder_keys() {
    let root = template_schema();
    let alternatives = root["oneOf"].as_array().unwrap();
    assert_eq!(alternatives.len(), BindingTemplateType::ALL.len());
    for t in BindingTemplateType::ALL {
        let alternative = alternatives
            .iter()
            .find(|a| a["properties"]["template"]["const"] == t.name())
            .unwrap_or_else(|| panic!("no alternative for {t}"));
        assert_eq!(keys(alternative), sorted(template_keys(*t)), "{t}");
        assert_eq!(alternative["additionalProperties"], false, "{t}");
        for f in BindingTemplate::value_fields(*t) {
            if let FieldKind::Structure(inner) = f.kind {
                check_structures(&alternative["properties"][f.key], inner, f.key);
            }
        }
        check_structures(
            &alternative["properties"]["policy"],
            BindingTemplate::policy_fields(*t),
            "policy",
        );
    }
}

const VALID: &[&str] = &[
    "template = \"http\"\nside = \"client\"\n[channel_properties]\nencoding = \"xml_utf8\"\n",
    r#"
template = "tcp_sspi_kerberos_apreq_security_context"
side = "client"
channel_type = "duplex_session"
[security_properties]
timestamp_usage = "always"
[sspi_transport_security_binding.client_credential]
type = "default"
[kerberos_apreq_message_security_binding.client_credential]
type = "string"
username = "u"
password = { env = "P" }
[security_context_security_binding.security_context_message_security_binding.security_binding_properties]
security_context_key_size = 256
[policy.security_context_security_binding.security_context_message_security_binding]
binding_usage = "supporting"
"#,
];

const INVALID: &[&str] = &[
    // an unknown template
    "template = \"https\"\nside = \"client\"\n",
    // bindings in a template
    "template = \"http_ssl\"\nside = \"client\"\nbindings = []\n",
    // a member of another template type
    "template = \"http_ssl\"\nside = \"client\"\n[username_message_security_binding]\n",
    // a channel property the model does not know
    "template = \"http\"\nside = \"client\"\n[channel_properties]\nreceive_timeout = 5\n",
    // a template member in the policy description
    "template = \"http_ssl_username\"\nside = \"client\"\n[policy.username_message_security_binding]\nclient_credential = { type = \"default\" }\n",
    // no side
    "template = \"tcp\"\n",
];

#[test]
fn the_schema_accepts_and_rejects_what_the_decoder_does() {
    for doc in VALID {
        EndpointFile::from_toml_str(doc).unwrap_or_else(|e| panic!("decoder rejects {doc}: {e}"));
        let e = errors(&toml_value(doc));
        assert!(e.is_empty(), "schema rejects {doc}: {e:#?}");
    }
    for doc in INVALID {
        assert!(
            EndpointFile::from_toml_str(doc).is_err(),
            "decoder accepts {doc}"
        );
        assert!(!errors(&toml_value(doc)).is_empty(), "schema accepts {doc}");
    }
}

#[test]
fn example_templates_and_their_serialized_form_match_the_schema() {
    let dir = crate::ensure::project_root().join("examples/templates");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut seen = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        seen += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let e = errors(&toml_value(&text));
        assert!(e.is_empty(), "{}: {e:#?}", path.display());
        let file = EndpointFile::from_toml_str(&text).unwrap();
        let json: Value = serde_json::from_str(&file.to_json_string().unwrap()).unwrap();
        let e = errors(&json);
        assert!(e.is_empty(), "{} serialized: {e:#?}", path.display());
    }
    assert!(seen > 0, "no example templates");
}
