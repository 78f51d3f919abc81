//! Template endpoint files: the keys each template type takes (from the field tables), the
//! problems the decoder reports with their places, and the trip through TOML and JSON.

use wws_security_model::decode::{decode_file, parse_node, template_keys, Format};
use wws_security_model::*;

fn errors(text: &str) -> Vec<(String, String, String)> {
    match EndpointFile::from_toml_str(text) {
        Ok(file) => panic!("accepted: {file:?}"),
        Err(e) => e
            .iter()
            .map(|e| (e.path.to_string(), e.message(), e.help()))
            .collect(),
    }
}

#[test]
fn keys_come_from_the_field_tables() {
    assert_eq!(
        template_keys(BindingTemplateType::Http),
        [
            "template",
            "side",
            "channel_binding",
            "channel_type",
            "address",
            "channel_properties",
            "policy"
        ]
    );
    assert_eq!(
        template_keys(BindingTemplateType::TcpSspiKerberosApreqSecurityContext),
        [
            "template",
            "side",
            "channel_binding",
            "channel_type",
            "address",
            "channel_properties",
            "security_properties",
            "sspi_transport_security_binding",
            "kerberos_apreq_message_security_binding",
            "security_context_security_binding",
            "policy",
        ]
    );
    let username = &UsernameMessageSecurityBindingTemplate::FIELDS;
    let keys: Vec<&str> = username.iter().map(|f| f.key).collect();
    assert_eq!(
        keys,
        [
            "security_binding_properties",
            "client_credential",
            "password_validator",
            "password_validator_callback_state"
        ]
    );
    assert_eq!(username[1].c_member, "clientCredential");
    assert_eq!(username[1].need(Side::Client), Need::Required);
    assert_eq!(username[2].need(Side::Server), Need::Required);
}

#[test]
fn a_plain_file_and_a_template_file_are_told_apart_by_the_template_key() {
    let plain = "side = \"client\"\nchannel_binding = \"http\"\n";
    assert!(matches!(
        EndpointFile::from_toml_str(plain),
        Ok(EndpointFile::Endpoint(_))
    ));
    let template = "template = \"http\"\nside = \"client\"\n";
    assert!(matches!(
        EndpointFile::from_toml_str(template),
        Ok(EndpointFile::Template(_))
    ));
    let node = parse_node(r#"{"template": "tcp", "side": "server"}"#, Format::Json).unwrap();
    let Ok(EndpointFile::Template(t)) = decode_file(&node) else {
        panic!("JSON template not read")
    };
    assert_eq!(t.template_type(), BindingTemplateType::Tcp);
}

#[test]
fn an_unknown_template_name_suggests_the_nearest() {
    let e = errors("template = \"http_ssl_usrname\"\nside = \"client\"\ncolour = 1\n");
    // Only the template is reported: without it the valid keys are unknown.
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].0, "template");
    assert_eq!(e[0].1, "unknown binding template type `http_ssl_usrname`");
    assert!(
        e[0].2.contains("did you mean `http_ssl_username`?"),
        "{}",
        e[0].2
    );
}

#[test]
fn keys_a_template_does_not_have_are_named_with_the_keys_it_has() {
    let e = errors(
        "template = \"http_ssl\"\nside = \"client\"\n\
         [[bindings]]\ntype = \"ssl_transport\"\n\
         [properties]\ntimestamp_usage = \"always\"\n\
         [username_message_security_binding]\n",
    );
    let found: Vec<(&str, &str)> = e.iter().map(|(p, m, _)| (p.as_str(), m.as_str())).collect();
    assert_eq!(
        found,
        [
            ("properties", "unknown key `properties`"),
            ("bindings", "unknown key `bindings`"),
            (
                "username_message_security_binding",
                "unknown key `username_message_security_binding`"
            ),
        ]
    );
    assert!(e[0].2.starts_with("did you mean `security_properties`?"));
    assert!(
        e[1].2.contains("`ssl_transport_security_binding`"),
        "{}",
        e[1].2
    );
}

#[test]
fn members_are_checked_like_plain_bindings() {
    let e = errors(
        "template = \"http_ssl_username\"\nside = \"client\"\n\
         [channel_properties]\nreceive_timeout = 5\nencoding = \"utf8\"\n\
         [username_message_security_binding.client_credential]\ntype = \"string\"\nusername = \"u\"\n\
         [policy.username_message_security_binding]\nbinding_usage = \"primary\"\nclient_credential = { type = \"default\" }\n",
    );
    let found: Vec<(&str, &str)> = e.iter().map(|(p, m, _)| (p.as_str(), m.as_str())).collect();
    assert_eq!(
        found,
        [
            (
                "channel_properties.receive_timeout",
                "unknown key `receive_timeout`"
            ),
            ("channel_properties.encoding", "unknown encoding `utf8`"),
            (
                "username_message_security_binding.client_credential",
                "missing key `password`"
            ),
            (
                "policy.username_message_security_binding.binding_usage",
                "unknown message security usage `primary`"
            ),
            (
                "policy.username_message_security_binding.client_credential",
                "unknown key `client_credential`"
            ),
        ]
    );
    assert!(e[0]
        .2
        .contains("`encoding`, `envelope_version` or `addressing_version`"));
}

#[test]
fn a_template_file_survives_toml_and_json() {
    let text = r#"
template = "tcp_sspi_username_security_context"
side = "server"
channel_binding = "tcp"
channel_type = "duplex_session"
address = { url = "net.tcp://orders.contoso.com:808/svc" }

[channel_properties]
encoding = "xml_binary_session_1"

[security_properties]
timestamp_usage = "always"

[sspi_transport_security_binding.security_binding_properties]
allowed_impersonation_level = "identification"

[username_message_security_binding]
password_validator = { runtime = "check" }

[security_context_security_binding.security_properties]
max_allowed_latency = "10m"

[policy.security_context_security_binding.security_context_message_security_binding]
binding_usage = "supporting"
"#;
    let file = EndpointFile::from_toml_str(text).unwrap();
    let toml_text = file.to_toml_string().unwrap();
    assert_eq!(
        EndpointFile::from_toml_str(&toml_text).unwrap(),
        file,
        "{toml_text}"
    );
    let json_text = file.to_json_string().unwrap();
    assert_eq!(
        EndpointFile::from_json_str(&json_text).unwrap(),
        file,
        "{json_text}"
    );
    assert!(toml_text.starts_with("template = \"tcp_sspi_username_security_context\"\n"));
    // The address is the endpoint's, as in a plain file.
    let expanded = file.expand();
    assert_eq!(
        expanded.address.map(|a| a.url),
        Some("net.tcp://orders.contoso.com:808/svc".to_owned())
    );
    // Through serde from any format.
    let via_serde: EndpointFile = toml::from_str(text).unwrap();
    assert_eq!(via_serde, file);
}

#[test]
fn members_are_visited_with_their_places_and_owners() {
    let file = EndpointFile::from_toml_str(
        "template = \"http_ssl_kerberos_apreq\"\nside = \"client\"\n\
         [kerberos_apreq_message_security_binding.client_credential]\ntype = \"default\"\n",
    )
    .unwrap();
    let template = file.template().unwrap();
    let mut seen = Vec::new();
    template.visit_members(|m| {
        let value = match m.value {
            MemberValue::Unset => "unset".to_owned(),
            MemberValue::Set(_) => "set".to_owned(),
            MemberValue::Properties(p) => format!("{} entries", p.names().len()),
        };
        seen.push(format!("{} ({}) {value}", m.path, m.owner));
    });
    assert_eq!(
        seen,
        [
            "channel_properties (WS_HTTP_SSL_KERBEROS_APREQ_BINDING_TEMPLATE) 0 entries",
            "security_properties (WS_HTTP_SSL_KERBEROS_APREQ_BINDING_TEMPLATE) 0 entries",
            "ssl_transport_security_binding.security_binding_properties (WS_SSL_TRANSPORT_SECURITY_BINDING_TEMPLATE) 0 entries",
            "ssl_transport_security_binding.local_cert_credential (WS_SSL_TRANSPORT_SECURITY_BINDING_TEMPLATE) unset",
            "kerberos_apreq_message_security_binding.security_binding_properties (WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TEMPLATE) 0 entries",
            "kerberos_apreq_message_security_binding.client_credential (WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TEMPLATE) set",
            "policy.channel_properties (WS_HTTP_SSL_KERBEROS_APREQ_POLICY_DESCRIPTION) 0 entries",
            "policy.security_properties (WS_HTTP_SSL_KERBEROS_APREQ_POLICY_DESCRIPTION) 0 entries",
            "policy.ssl_transport_security_binding.security_binding_properties (WS_SSL_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION) 0 entries",
            "policy.kerberos_apreq_message_security_binding.security_binding_properties (WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION) 0 entries",
            "policy.kerberos_apreq_message_security_binding.binding_usage (WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION) unset",
        ]
    );
}

#[test]
fn secrets_in_templates_are_never_printed() {
    let file = EndpointFile::from_toml_str(
        "template = \"http_ssl_username\"\nside = \"client\"\n\
         [username_message_security_binding.client_credential]\n\
         type = \"string\"\nusername = \"u\"\npassword = \"hunter2\"\n",
    )
    .unwrap();
    assert!(!format!("{file:?}").contains("hunter2"));
    let expanded = file.expand();
    assert!(!format!("{expanded:?}").contains("hunter2"));
}
