//! Passwords never appear in Debug output: not in a credential, not in a whole endpoint, and not
//! in the errors of a file that holds one.

use wws_security_model::{
    ChannelBinding, Endpoint, HttpHeaderAuthBinding, Secret, SecurityBinding, Side,
    UsernameCredential, UsernameMessageBinding, WindowsIntegratedAuthCredential, REDACTED,
};

const WINDOWS_PASSWORD: &str = "Wind0ws-Pa55-e7c1";
const USERNAME_PASSWORD: &str = "Us3rname-Pa55-40b9";

/// Both Debug forms of a value.
fn debug_forms<T: std::fmt::Debug>(value: &T) -> [String; 2] {
    [format!("{value:?}"), format!("{value:#?}")]
}

/// Asserts that neither Debug form shows a password and both show the redaction marker.
fn assert_redacted<T: std::fmt::Debug>(value: &T, passwords: &[&str]) {
    for text in debug_forms(value) {
        for password in passwords {
            assert!(
                !text.contains(password),
                "Debug output shows a password:\n{text}"
            );
        }
        assert!(
            text.contains(REDACTED),
            "Debug output lacks the redaction marker {REDACTED:?}:\n{text}"
        );
    }
}

fn windows_credential() -> WindowsIntegratedAuthCredential {
    WindowsIntegratedAuthCredential::String {
        username: r".\TestUser".to_owned(),
        password: Secret::literal(WINDOWS_PASSWORD),
        domain: Some("CONTOSO".to_owned()),
    }
}

fn username_credential() -> UsernameCredential {
    UsernameCredential::String {
        username: "usr1".to_owned(),
        password: Secret::literal(USERNAME_PASSWORD),
    }
}

#[test]
fn windows_string_credential_hides_its_password() {
    assert_redacted(&windows_credential(), &[WINDOWS_PASSWORD]);
}

#[test]
fn username_string_credential_hides_its_password() {
    assert_redacted(&username_credential(), &[USERNAME_PASSWORD]);
}

#[test]
fn secret_alone_hides_the_password() {
    assert_redacted(&Secret::literal(USERNAME_PASSWORD), &[USERNAME_PASSWORD]);
}

#[test]
fn endpoint_built_in_code_hides_every_password() {
    let mut endpoint = Endpoint::new(Side::Client, ChannelBinding::Http);
    endpoint
        .description
        .bindings
        .push(SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
            client_credential: Some(windows_credential()),
            ..Default::default()
        }));
    endpoint
        .description
        .bindings
        .push(SecurityBinding::UsernameMessage(UsernameMessageBinding {
            client_credential: Some(username_credential()),
            ..Default::default()
        }));
    assert_redacted(&endpoint, &[WINDOWS_PASSWORD, USERNAME_PASSWORD]);
}

#[test]
fn endpoint_loaded_from_a_file_hides_every_password() {
    let text = format!(
        r#"
side = "client"
channel_binding = "http"

[[bindings]]
type = "http_header_auth"
[bindings.client_credential]
type = "string"
username = '.\TestUser'
password = "{WINDOWS_PASSWORD}"

[[bindings]]
type = "username_message"
binding_usage = "supporting"
[bindings.client_credential]
type = "string"
username = "usr1"
password = "{USERNAME_PASSWORD}"
"#
    );
    let endpoint = Endpoint::from_toml_str(&text).expect("the endpoint loads");
    assert_redacted(&endpoint, &[WINDOWS_PASSWORD, USERNAME_PASSWORD]);
}

/// The errors of a file never quote a password written next to the mistake. They hold no
/// password at all, so there is nothing to redact: only the absence is checked.
#[test]
fn decode_errors_never_show_a_nearby_password() {
    let files = [
        // A wrong-typed username beside a literal password.
        format!(
            "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"username_message\"\n\
             binding_usage = \"supporting\"\n[bindings.client_credential]\ntype = \"string\"\n\
             username = 7\npassword = \"{USERNAME_PASSWORD}\"\n"
        ),
        // A wrong-typed domain beside a literal Windows password.
        format!(
            "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"http_header_auth\"\n\
             [bindings.client_credential]\ntype = \"string\"\nusername = \"u\"\n\
             password = \"{WINDOWS_PASSWORD}\"\ndomain = false\n"
        ),
        // An unknown key beside a literal password.
        format!(
            "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"username_message\"\n\
             [bindings.client_credential]\ntype = \"string\"\nusername = \"u\"\n\
             password = \"{USERNAME_PASSWORD}\"\npasword = \"{USERNAME_PASSWORD}\"\n"
        ),
        // The password itself of the wrong type.
        format!(
            "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"username_message\"\n\
             [bindings.client_credential]\ntype = \"string\"\nusername = \"u\"\n\
             password = [\"{USERNAME_PASSWORD}\"]\n"
        ),
        // A syntax error on the password's own line.
        format!(
            "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"username_message\"\n\
             [bindings.client_credential]\ntype = \"string\"\nusername = \"u\"\n\
             password = \"{USERNAME_PASSWORD}\" x\n"
        ),
    ];
    for text in &files {
        let errors = Endpoint::from_toml_str(text).expect_err("the file has an error");
        for shown in debug_forms(&errors).into_iter().chain([errors.to_string()]) {
            for password in [WINDOWS_PASSWORD, USERNAME_PASSWORD] {
                assert!(
                    !shown.contains(password),
                    "errors show a password:\n{shown}"
                );
            }
        }
    }
    // The same through JSON.
    let json = format!(
        r#"{{"side": "client", "channel_binding": "http", "bindings": [{{"type": "username_message",
            "client_credential": {{"type": "string", "username": 7, "password": "{USERNAME_PASSWORD}"}}}}]}}"#
    );
    let errors = Endpoint::from_json_str(&json).expect_err("the file has an error");
    for shown in debug_forms(&errors) {
        assert!(
            !shown.contains(USERNAME_PASSWORD),
            "errors show a password:\n{shown}"
        );
    }
}
