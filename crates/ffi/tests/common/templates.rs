//! Template endpoints for the template tests: one rich template per type and side, the example
//! template files and the passing halves of the template rule fixtures.

use super::workspace;
use serde::Deserialize;
use wws_security_model::*;
use wws_security_policy::{Policy, Validated};

/// The variable the generated username credentials read their password from.
pub const PASSWORD_VARIABLE: &str = "TEMPLATE_TEST_PASSWORD";

/// A template file of `ty` on `side` with something in every kind of member the type has: the
/// credentials a client needs (string username, default Windows logon), the validator a username
/// service needs, binding properties, security properties, binding usages in the policy
/// description and its channel properties.
pub fn rich_template_text(ty: BindingTemplateType, side: Side) -> String {
    let name = ty.name();
    let client = side == Side::Client;
    let mut text = format!(
        "template = \"{name}\"\nside = \"{}\"\n",
        if client { "client" } else { "server" }
    );
    if ty.channel_binding() == ChannelBinding::Tcp {
        text.push_str("channel_type = \"duplex_session\"\n");
    }
    let has = |part: &str| name.contains(part);
    let secured = ty != BindingTemplateType::Http && ty != BindingTemplateType::Tcp;
    if has("ssl") && client {
        text.push_str(
            "[ssl_transport_security_binding.security_binding_properties]\n\
             cert_failures_to_ignore = [\"revocation_offline\"]\n",
        );
    }
    if has("sspi") && client {
        text.push_str("[sspi_transport_security_binding.client_credential]\ntype = \"default\"\n");
    }
    if has("header_auth") && client {
        text.push_str(
            "[http_header_auth_security_binding.client_credential]\ntype = \"default\"\n",
        );
    }
    if has("username") {
        if client {
            text.push_str(&format!(
                "[username_message_security_binding.client_credential]\ntype = \"string\"\n\
                 username = \"svc\"\npassword = {{ env = \"{PASSWORD_VARIABLE}\" }}\n"
            ));
        } else {
            text.push_str(
                "[username_message_security_binding]\n\
                 password_validator = { runtime = \"check-password\" }\n",
            );
        }
    }
    if has("kerberos") && client {
        text.push_str(
            "[kerberos_apreq_message_security_binding.client_credential]\ntype = \"default\"\n",
        );
    }
    if ty.has_security_context() {
        text.push_str(
            "[security_context_security_binding.security_context_message_security_binding.security_binding_properties]\n\
             security_context_key_size = 256\n",
        );
    }
    if has("header_auth") && !has("ssl") && !client {
        // P-132: a header-auth service without SSL names itself; policy cannot say it (S-014).
        text.push_str("[security_properties]\nservice_identities = [\"HTTP/host.example.com\"]\n");
    }
    text.push_str("[policy.channel_properties]\nenvelope_version = \"soap_1_2\"\n");
    if secured {
        text.push_str("[policy.security_properties]\ntimestamp_usage = \"always\"\n");
    }
    if has("header_auth") {
        text.push_str(
            "[policy.http_header_auth_security_binding.security_binding_properties]\n\
             http_header_auth_scheme = [\"negotiate\"]\n",
        );
    }
    for member in [
        "username_message_security_binding",
        "kerberos_apreq_message_security_binding",
    ] {
        let part = member.split('_').next().unwrap_or_default();
        if has(part) {
            text.push_str(&format!(
                "[policy.{member}]\nbinding_usage = \"supporting\"\n"
            ));
        }
    }
    if ty.has_security_context() {
        text.push_str(
            "[policy.security_context_security_binding.security_context_message_security_binding]\n\
             binding_usage = \"supporting\"\n",
        );
    }
    text
}

/// A template file read.
pub fn parse_template(text: &str) -> Template {
    match EndpointFile::from_toml_str(text) {
        Ok(EndpointFile::Template(template)) => *template,
        other => panic!("not a template file: {other:?}\n{text}"),
    }
}

/// The template checked by the policy, which must accept it (under Miri the policy is skipped,
/// as for plain endpoints: it is safe code the native run checks).
pub fn check_template(name: &str, template: Template) -> Validated<Template> {
    if cfg!(miri) {
        return Validated::__checked_at_compile_time(template);
    }
    match Policy::new().check_template_value(&template) {
        Ok((checked, _)) => checked,
        Err(report) => panic!("{name}: the template is rejected:\n{report}"),
    }
}

/// `(name, checked template)`: the rich template of every type on both sides.
pub fn rich_templates() -> Vec<(String, Validated<Template>)> {
    let mut out = Vec::new();
    for &ty in BindingTemplateType::ALL {
        for side in [Side::Client, Side::Server] {
            let name = format!("{}:{side:?}", ty.name());
            let template = parse_template(&rich_template_text(ty, side));
            out.push((name.clone(), check_template(&name, template)));
        }
    }
    out
}

/// `(name, checked template)`: the example template files and the passing halves of the
/// template rule fixtures (files are not read under Miri's isolation).
pub fn file_templates() -> Vec<(String, Validated<Template>)> {
    let mut out = Vec::new();
    if cfg!(miri) {
        return out;
    }
    let examples = workspace().join("examples/templates");
    let fixtures = workspace().join("crates/policy/tests/fixtures/templates");
    let mut paths: Vec<_> = [examples, fixtures]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let doc: toml::Table = text.parse().unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let template = match doc.get("pass") {
            Some(pass) => match Template::deserialize(pass.clone()) {
                Ok(template) => template,
                Err(_) => continue,
            },
            None if doc.contains_key("template") => parse_template(&text),
            None => continue,
        };
        if let Ok((checked, _)) = Policy::new().check_template_value(&template) {
            out.push((name, checked));
        }
    }
    out
}
