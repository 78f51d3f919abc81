//! `wws-security lower`: the JSON shape, files with errors reported as `check` reports them,
//! placeholders for runtime slots, and passwords from the environment never printed.

mod common;

use common::{command, output, root};
use serde_json::{json, Value};
use std::process::Output;

/// The passwords the example files read from the environment, each set to a marker.
const EXAMPLE_VARIABLES: [&str; 4] = [
    "PROXY_PASSWORD",
    "BASIC_AUTH_PASSWORD",
    "USR1_PASSWORD",
    "NTLM_USER_PASSWORD",
];
const MARKER: &str = "do-not-print-me-4711";

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = command(args);
    for var in EXAMPLE_VARIABLES {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    output(&mut command)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn examples() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("examples/endpoints"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            format!(
                "examples/endpoints/{}",
                p.file_name().unwrap().to_string_lossy()
            )
        })
        .collect();
    files.sort();
    files
}

const CONTEXT: &str = r#"
side = "client"
channel_binding = "http"
channel_type = "request"
[properties]
timestamp_usage = "always"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
properties = { security_context_key_size = 256, security_context_renewal_interval = "10h" }
[bindings.bootstrap_security_description]
[[bindings.bootstrap_security_description.bindings]]
type = "ssl_transport"
[[bindings.bootstrap_security_description.bindings]]
type = "username_message"
binding_usage = "supporting"
client_credential = { type = "string", username = "svc", password = { env = "CONTEXT_PASSWORD" } }
"#;

#[test]
fn the_json_shape_shows_types_ids_sizes_and_bootstraps() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("context.toml");
    std::fs::write(&file, CONTEXT).unwrap();
    let path = file.display().to_string();
    let o = run(
        &["lower", "--format", "json", &path],
        &[("CONTEXT_PASSWORD", MARKER)],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let document: Value = serde_json::from_slice(&o.stdout).unwrap();
    let ssl = json!({"binding_type": 1, "struct": "WS_SSL_TRANSPORT_SECURITY_BINDING", "properties": [], "bootstrap": null});
    assert_eq!(
        document,
        json!({"files": [{
            "path": path,
            "description": {
                "properties": [
                    {"id": 7, "name": "WS_SECURITY_PROPERTY_TIMESTAMP_USAGE", "value_size": 4}
                ],
                "bindings": [
                    ssl,
                    {
                        "binding_type": 8,
                        "struct": "WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING",
                        "properties": [
                            {"id": 11, "name": "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_SIZE", "value_size": 4},
                            {"id": 18, "name": "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_RENEWAL_INTERVAL", "value_size": 8}
                        ],
                        "bootstrap": {
                            "properties": [],
                            "bindings": [
                                ssl,
                                {"binding_type": 4, "struct": "WS_USERNAME_MESSAGE_SECURITY_BINDING", "properties": [], "bootstrap": null}
                            ]
                        }
                    }
                ]
            }
        }]})
    );
    assert!(!text(&o.stdout).contains(MARKER));
    assert!(!text(&o.stderr).contains(MARKER));
}

#[test]
fn every_example_lowers_and_no_password_is_printed() {
    let env: Vec<(&str, &str)> = EXAMPLE_VARIABLES.iter().map(|v| (*v, MARKER)).collect();
    let files = examples();
    let mut args = vec!["lower", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let o = run(&args, &env);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let document: Value = serde_json::from_slice(&o.stdout).unwrap();
    let lowered = document["files"].as_array().unwrap();
    assert_eq!(lowered.len(), files.len());
    for entry in lowered {
        assert!(
            entry["description"]["bindings"]
                .as_array()
                .is_some_and(|b| !b.is_empty()),
            "{entry}"
        );
    }
    let mut human = vec!["lower"];
    human.extend(files.iter().map(String::as_str));
    let o = run(&human, &env);
    assert_eq!(o.status.code(), Some(0));
    for output in [text(&o.stdout), text(&o.stderr)] {
        assert!(!output.contains(MARKER), "{output}");
    }
}

#[test]
fn a_file_with_errors_is_reported_as_check_does_and_not_lowered() {
    let broken = "examples/mistakes/misspelled-binding-type.toml";
    let valid = "examples/endpoints/httpserverwithsslexample.toml";
    let o = run(&["lower", "--format", "json", broken, valid], &[]);
    assert_eq!(o.status.code(), Some(1));
    let lowered: Value = serde_json::from_slice(&o.stdout).unwrap();
    let checked: Value =
        serde_json::from_slice(&run(&["check", "--format", "json", broken], &[]).stdout).unwrap();
    assert_eq!(lowered["files"][0], checked["files"][0]);
    assert!(lowered["files"][0].get("description").is_none());
    assert_eq!(
        lowered["files"][1]["description"]["bindings"][0]["binding_type"],
        1
    );

    let o = run(&["lower", broken], &[]);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(
        out.contains("error[F-003]: unknown security binding type `ssl_transprot`"),
        "{out}"
    );
    assert!(out.contains("1 file checked: 1 error, 0 warnings"), "{out}");
}

#[test]
fn slots_become_named_placeholders() {
    let o = run(
        &[
            "lower",
            "examples/endpoints/httpserverwithusernameoversslexample.toml",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    insta::assert_snapshot!(text(&o.stdout), @r"
    examples/endpoints/httpserverwithusernameoversslexample.toml: WS_SECURITY_DESCRIPTION
      securityBindings[0]: WS_SSL_TRANSPORT_SECURITY_BINDING (bindingType 1)
      securityBindings[1]: WS_USERNAME_MESSAGE_SECURITY_BINDING (bindingType 4)
      placeholders (the program fills these slots):
        bindings[1].password_validator <- `password_validator` (a `PasswordValidator` (Rust closure) or a `RawPasswordValidator` (C function))
    ");
}

#[test]
fn an_unset_variable_is_an_error_that_names_it() {
    let o = run(
        &["lower", "examples/endpoints/policytemplateexample.toml"],
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains("environment variable `NTLM_USER_PASSWORD` for this password is not set"),
        "{err}"
    );
    let o = run(&["lower", "no-such-file.toml"], &[]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn the_address_shows_its_identity_structure_and_xml_buffer_placeholders() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pipe.toml");
    std::fs::write(
        &file,
        r#"
side = "client"
channel_binding = "namedpipe"
[address]
url = "net.pipe://localhost/svc"
headers = { runtime = "reference-parameters" }
identity = { type = "rsa", modulus = "wT0Bgo0=", exponent = "AQAB" }
[[bindings]]
type = "namedpipe_sspi_transport"
client_credential = { type = "default" }
"#,
    )
    .unwrap();
    let path = file.display().to_string();
    let o = run(&["lower", "--format", "json", &path], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let document: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        document["files"][0]["address"],
        json!({
            "url": "net.pipe://localhost/svc",
            "headers": true,
            "extensions": false,
            "identity": {"identity_type": 4, "struct": "WS_RSA_ENDPOINT_IDENTITY"}
        })
    );
    let o = run(&["lower", &path], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let human = text(&o.stdout);
    for line in [
        "  endpoint address: WS_ENDPOINT_ADDRESS, url \"net.pipe://localhost/svc\"",
        "    headers: WS_XML_BUFFER*",
        "    identity: WS_RSA_ENDPOINT_IDENTITY (identityType 4)",
        "    address.headers <- `reference-parameters` (an `XmlBuffer` (a `WS_XML_BUFFER` handle))",
    ] {
        assert!(
            human.lines().any(|l| l == line),
            "no line {line:?} in:\n{human}"
        );
    }
}

#[test]
fn a_template_file_shows_the_structures_of_its_template_call() {
    let file = "examples/templates/policytemplateexample.toml";
    let env = [("NTLM_USER_PASSWORD", MARKER)];
    let o = run(&["lower", file], &env);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    insta::assert_snapshot!(text(&o.stdout), @r"
    examples/templates/policytemplateexample.toml: WS_SECURITY_DESCRIPTION
      properties[0]: WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL (id 1): WS_PROTECTION_LEVEL, valueSize 4
      securityBindings[0]: WS_HTTP_HEADER_AUTH_SECURITY_BINDING (bindingType 3)
        properties[0]: WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME (id 6): ULONG, valueSize 4
      template `http_header_auth` (WS_BINDING_TEMPLATE_TYPE 2):
        templateValue: WS_HTTP_HEADER_AUTH_BINDING_TEMPLATE (56 bytes)
          httpHeaderAuthSecurityBinding.clientCredential: WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL
        templateDescription: WS_HTTP_HEADER_AUTH_POLICY_DESCRIPTION (48 bytes)
          channelProperties: WS_CHANNEL_PROPERTIES
            properties[0]: WS_CHANNEL_PROPERTY_ENCODING (id 4): WS_ENCODING, valueSize 4
          securityProperties: WS_SECURITY_PROPERTIES
            properties[0]: WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL (id 1): WS_PROTECTION_LEVEL, valueSize 4
          httpHeaderAuthSecurityBinding.securityBindingProperties: WS_SECURITY_BINDING_PROPERTIES
            properties[0]: WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME (id 6): ULONG, valueSize 4
    ");
    let o = run(&["lower", "--format", "json", file], &env);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let document: Value = serde_json::from_slice(&o.stdout).unwrap();
    let template = &document["files"][0]["template"];
    let bag = |member: &str, container: &str, id: i32, name: &str| {
        json!({"member": member, "container": container,
               "properties": [{"id": id, "name": name, "value_size": 4}]})
    };
    let empty = |member: &str, container: &str| json!({"member": member, "container": container, "properties": []});
    assert_eq!(
        template,
        &json!({
            "type": 2,
            "name": "http_header_auth",
            "value_struct": "WS_HTTP_HEADER_AUTH_BINDING_TEMPLATE",
            "value_size": 56,
            "policy_struct": "WS_HTTP_HEADER_AUTH_POLICY_DESCRIPTION",
            "policy_size": 48,
            "value": {
                "bags": [
                    empty("channelProperties", "WS_CHANNEL_PROPERTIES"),
                    empty("securityProperties", "WS_SECURITY_PROPERTIES"),
                    empty("httpHeaderAuthSecurityBinding.securityBindingProperties",
                          "WS_SECURITY_BINDING_PROPERTIES"),
                ],
                "members": [{
                    "member": "httpHeaderAuthSecurityBinding.clientCredential",
                    "value": "WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL"
                }]
            },
            "policy": {
                "bags": [
                    bag("channelProperties", "WS_CHANNEL_PROPERTIES", 4, "WS_CHANNEL_PROPERTY_ENCODING"),
                    bag("securityProperties", "WS_SECURITY_PROPERTIES", 1,
                        "WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL"),
                    bag("httpHeaderAuthSecurityBinding.securityBindingProperties",
                        "WS_SECURITY_BINDING_PROPERTIES", 6,
                        "WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME"),
                ],
                "members": []
            }
        })
    );
    for output in [text(&o.stdout), text(&o.stderr)] {
        assert!(!output.contains(MARKER), "{output}");
    }
}

#[test]
fn only_template_files_have_a_template_object() {
    let o = run(
        &[
            "lower",
            "--format",
            "json",
            "examples/templates/httpcalculatorwithsslpolicyclientexample.toml",
            "examples/templates/httpcalculatorwithsslpolicyserviceexample.toml",
            "examples/endpoints/httpserverwithsslexample.toml",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let document: Value = serde_json::from_slice(&o.stdout).unwrap();
    let files = document["files"].as_array().unwrap();
    for template in &files[..2] {
        assert_eq!(
            template["template"]["value_struct"],
            "WS_HTTP_SSL_BINDING_TEMPLATE"
        );
        assert_eq!(
            template["template"]["policy_struct"],
            "WS_HTTP_SSL_POLICY_DESCRIPTION"
        );
    }
    assert_eq!(files[2].get("template"), None);
}
