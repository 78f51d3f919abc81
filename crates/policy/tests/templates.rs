//! Template endpoints through the policy: every template type on both sides is valid with just
//! the members its side requires, diagnostics of the expansion point into the template file,
//! and the official samples written as templates expand to their plain example files.

use std::path::Path as FsPath;
use wws_security_model::{
    BindingTemplateType, CEnum, ChannelBinding, Endpoint, EndpointFile, Side, Template,
};
use wws_security_policy::{check_text, load_toml, validate, Format, Policy, Runtime};

/// The members `side` must set in a template of `template_type`, as TOML.
fn required_members(template_type: BindingTemplateType, side: Side) -> String {
    let mut text = format!(
        "template = \"{}\"\nside = \"{}\"\n",
        template_type.name(),
        side.name()
    );
    if template_type.channel_binding() == ChannelBinding::Tcp {
        text.push_str("channel_type = \"duplex_session\"\n");
    }
    let name = template_type.name();
    if side == Side::Client {
        if name.contains("sspi") {
            text.push_str(
                "[sspi_transport_security_binding.client_credential]\ntype = \"default\"\n",
            );
        }
        if name.contains("header_auth") {
            text.push_str(
                "[http_header_auth_security_binding.client_credential]\ntype = \"default\"\n",
            );
        }
        if name.contains("kerberos") {
            text.push_str(
                "[kerberos_apreq_message_security_binding.client_credential]\ntype = \"default\"\n",
            );
        }
        if name.contains("username") {
            text.push_str(
                "[username_message_security_binding.client_credential]\n\
                 type = \"string\"\nusername = \"svc\"\npassword = { env = \"SVC_PASSWORD\" }\n",
            );
        }
    } else if name.contains("username") {
        text.push_str(
            "[username_message_security_binding]\npassword_validator = { runtime = \"check\" }\n",
        );
    } else if template_type == BindingTemplateType::HttpHeaderAuth {
        // Header auth without SSL on a server needs its SPNs (P-132), as in the plain form.
        text.push_str("[security_properties]\nservice_identities = [\"HTTP/host.example.com\"]\n");
    }
    text
}

fn template(text: &str) -> Template {
    match EndpointFile::from_toml_str(text) {
        Ok(EndpointFile::Template(t)) => *t,
        other => panic!("not a template: {other:?}"),
    }
}

#[test]
fn every_template_is_valid_with_the_members_its_side_requires() {
    let mut problems = Vec::new();
    for template_type in BindingTemplateType::ALL {
        for side in Side::ALL {
            let text = required_members(*template_type, side);
            let report = Policy::new().validate_template(&template(&text));
            if report.has_errors() {
                problems.push(format!("{template_type} on a {side}:\n{report}"));
            }
            // The warnings are the ones the plain form gives the same set-up: header auth
            // without SSL, and the protection level `none` policy gives it.
            let warnings: Vec<&str> = report.warnings().map(|d| d.id()).collect();
            let expected: &[&str] = if *template_type == BindingTemplateType::HttpHeaderAuth {
                &["T-061", "P-087"]
            } else {
                &[]
            };
            if warnings != expected {
                problems.push(format!(
                    "{template_type} on a {side}: warnings {warnings:?}, expected {expected:?}\n{report}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_zeroed_template_misses_exactly_the_required_members() {
    // With nothing written, each side's required members are reported once, under S- ids, at
    // the template member; nothing points into the expansion.
    /// (template type, side, the errors expected: rule id and place).
    type Case = (
        BindingTemplateType,
        Side,
        &'static [(&'static str, &'static str)],
    );
    let cases: &[Case] = &[
        (
            BindingTemplateType::TcpSspiKerberosApreqSecurityContext,
            Side::Client,
            &[
                ("S-011", "channel_type"),
                ("S-033", "sspi_transport_security_binding.client_credential"),
                (
                    "S-037",
                    "kerberos_apreq_message_security_binding.client_credential",
                ),
            ],
        ),
        (
            BindingTemplateType::HttpSslUsernameSecurityContext,
            Side::Server,
            &[(
                "S-040",
                "username_message_security_binding.password_validator",
            )],
        ),
        (
            BindingTemplateType::HttpSslHeaderAuth,
            Side::Client,
            &[(
                "S-035",
                "http_header_auth_security_binding.client_credential",
            )],
        ),
    ];
    for (template_type, side, expected) in cases {
        let report = Policy::new().validate_template(&Template::new(*side, *template_type));
        let found: Vec<(&str, String)> = report
            .errors()
            .map(|d| (d.id(), d.path.to_string()))
            .collect();
        let expected: Vec<(&str, String)> = expected
            .iter()
            .map(|(id, p)| (*id, (*p).to_owned()))
            .collect();
        assert_eq!(found, expected, "{template_type} on a {side}:\n{report}");
    }
}

#[test]
fn expansion_diagnostics_point_into_the_template_file() {
    // A client-only property on a server's SSPI binding, and a username credential on a server
    // (unused there): both are rules of the plain form, found on the expansion.
    let text = "template = \"tcp_sspi_username_security_context\"\n\
side = \"server\"\n\
channel_type = \"duplex_session\"\n\
[sspi_transport_security_binding.security_binding_properties]\n\
require_server_auth = true\n\
[username_message_security_binding]\n\
password_validator = { runtime = \"check\" }\n\
[username_message_security_binding.client_credential]\n\
type = \"string\"\nusername = \"u\"\npassword = { env = \"P\" }\n";
    let diagnostics = check_text(text, Format::Toml, &Policy::new());
    let found: Vec<(&str, String, Option<usize>)> = diagnostics
        .iter()
        .map(|d| (d.id(), d.path.to_string(), d.line))
        .collect();
    assert_eq!(
        found,
        [
            (
                "P-021",
                "sspi_transport_security_binding.security_binding_properties.require_server_auth"
                    .to_owned(),
                Some(5)
            ),
            (
                "M-024",
                "username_message_security_binding.client_credential".to_owned(),
                Some(8)
            ),
        ],
        "{diagnostics:#?}"
    );
    // The transport binding is on both channels of the expansion, but reported once.
    assert_eq!(diagnostics.iter().filter(|d| d.id() == "P-021").count(), 1);
}

#[test]
fn a_missing_member_is_shown_at_the_template_key() {
    let text = "side = \"client\"\ntemplate = \"http_ssl_username\"\n";
    let diagnostics = check_text(text, Format::Toml, &Policy::new());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0].id(), "S-039");
    assert_eq!(diagnostics[0].line, Some(2));
    assert!(diagnostics[0]
        .message
        .contains("username_message_security_binding.client_credential"));
}

#[test]
fn loading_a_template_gives_its_expansion_and_names_missing_values_in_the_template() {
    let text = "template = \"http_ssl_username\"\nside = \"client\"\n\
[username_message_security_binding.client_credential]\n\
type = \"string\"\nusername = \"svc\"\npassword = { env = \"SVC_PASSWORD\" }\n";
    let runtime = Runtime::new().with_env(|v| (v == "SVC_PASSWORD").then(|| "pw".to_owned()));
    let loaded = load_toml(text, &Policy::new(), &runtime).expect("valid");
    let template = loaded.template().expect("a template file");
    assert_eq!(loaded.endpoint().get(), &template.expand());
    assert_eq!(loaded.endpoint().description.bindings.len(), 2);

    let errors = load_toml(text, &Policy::new(), &Runtime::new().with_env(|_| None)).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].id(), "R-002");
    assert_eq!(
        errors[0].path.to_string(),
        "username_message_security_binding.client_credential.password"
    );
    assert_eq!(errors[0].line, Some(6));
}

#[test]
fn format_errors_of_templates_carry_their_template_rule() {
    let unknown = check_text(
        "template = \"https\"\nside = \"client\"\n",
        Format::Toml,
        &Policy::new(),
    );
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].id(), "S-001");
    let bindings = check_text(
        "template = \"http_ssl\"\nside = \"client\"\n[[bindings]]\ntype = \"ssl_transport\"\n",
        Format::Toml,
        &Policy::new(),
    );
    assert_eq!(bindings.len(), 1);
    assert_eq!(bindings[0].id(), "S-010");
    assert_eq!(bindings[0].line, Some(3));
}

/// `examples/templates/<name>` and the plain example it must expand to.
const SAMPLES: &[(&str, &str)] = &[
    ("policytemplateexample.toml", "policytemplateexample.toml"),
    (
        "httpcalculatorwithsslpolicyclientexample.toml",
        "httpcalculatorwithsslpolicyclientexample.toml",
    ),
    (
        "httpcalculatorwithsslpolicyserviceexample.toml",
        "httpcalculatorwithsslpolicyserviceexample.toml",
    ),
];

fn examples() -> std::path::PathBuf {
    FsPath::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

#[test]
fn official_template_samples_expand_to_their_plain_examples() {
    let templates: Vec<_> = std::fs::read_dir(examples().join("templates"))
        .expect("examples/templates")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    assert_eq!(templates.len(), SAMPLES.len(), "{templates:?}");
    for (template_file, plain_file) in SAMPLES {
        let text =
            std::fs::read_to_string(examples().join("templates").join(template_file)).unwrap();
        let template = template(&text);
        let plain = std::fs::read_to_string(examples().join("endpoints").join(plain_file)).unwrap();
        let plain = Endpoint::from_toml_str(&plain).unwrap();
        assert_eq!(template.expand(), plain, "{template_file}");
        let report = Policy::new().validate_template(&template);
        assert!(!report.has_errors(), "{template_file}:\n{report}");
        // The expansion is judged like the plain file: the same diagnostics, by id.
        assert_eq!(report.ids(), validate(&plain).ids(), "{template_file}");
    }
}

#[test]
fn fixes_are_edits_of_the_template_file() {
    use wws_security_policy::{Applicability, Edit, Syntax};
    // A fix of the expansion (remove a client-only property) becomes an edit of the template
    // member it came from.
    let text = "template = \"tcp_sspi\"\nside = \"server\"\nchannel_type = \"duplex_session\"\n\
[sspi_transport_security_binding.security_binding_properties]\nrequire_server_auth = true\n";
    let diagnostics = check_text(text, Format::Toml, &Policy::new());
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let fix = diagnostics[0].suggestion.as_ref().expect("a fix");
    let paths: Vec<String> = fix.edits.iter().map(|e| e.path().to_string()).collect();
    assert_eq!(
        paths,
        ["sspi_transport_security_binding.security_binding_properties.require_server_auth"]
    );
    // A template rule's own fix: propose the default Windows credential at the member.
    let report = Policy::new().validate_template(&template(
        "template = \"tcp_sspi\"\nside = \"client\"\nchannel_type = \"duplex_session\"\n",
    ));
    let fix = report.diagnostics[0].suggestion.as_ref().expect("a fix");
    assert_eq!(report.diagnostics[0].id(), "S-033");
    assert_eq!(fix.applicability, Applicability::MaybeIncorrect);
    assert!(matches!(
        &fix.edits[..],
        [Edit::Set { path, .. }] if path.to_string() == "sspi_transport_security_binding.client_credential"
    ));
    assert_eq!(
        fix.render(Syntax::Toml),
        "set `client_credential = { type = \"default\" }`"
    );
}

#[test]
fn compatibility_of_a_template_file_points_into_the_template() {
    use wws_security_policy::compat;
    let client_text = "template = \"http_ssl_username\"\nside = \"client\"\n\
[username_message_security_binding.client_credential]\n\
type = \"string\"\nusername = \"svc\"\npassword = { env = \"SVC_PASSWORD\" }\n";
    let server_text = "side = \"server\"\nchannel_binding = \"http\"\nchannel_type = \"reply\"\n\
[[bindings]]\ntype = \"ssl_transport\"\n";
    let client = compat::read_endpoint(client_text, Format::Toml).expect("a valid template");
    assert_eq!(client.description.bindings.len(), 2);
    let server = compat::read_endpoint(server_text, Format::Toml).expect("a valid server");
    let report = compat::compat(&client, &server);
    assert!(report.errors().count() > 0, "{report:?}");
    let placed = compat::locate(
        report,
        compat::PairFile {
            text: client_text,
            format: Format::Toml,
        },
        compat::PairFile {
            text: server_text,
            format: Format::Toml,
        },
    );
    let d = placed.iter().find(|d| d.is_error()).unwrap();
    assert_eq!(d.id(), "C-017");
    assert_eq!(
        d.client_path.to_string(),
        "username_message_security_binding.client_credential",
        "{d}"
    );
    assert_eq!(d.client.line, Some(3), "{d}");
}
