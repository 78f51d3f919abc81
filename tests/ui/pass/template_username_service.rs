// The template form of a service: `WsCreateServiceEndpointFromTemplate` with the HTTP SSL
// username template, a Rust password validator and a policy description. The program gets the
// template (for the template call) and the description the template builds, checked by every
// rule at compile time.
use wws_security::model::{BindingTemplateType, SecretString, SecurityBindingType, Side};
use wws_security::security_binding;
use wws_security::values::PasswordValidator;

fn validate(username: &str, password: &SecretString) -> bool {
    username == "usr1" && password.expose_secret() == "pwd1"
}

fn main() {
    let endpoint = security_binding! {
        side: server,
        template: http_ssl_username,
        security_properties { max_allowed_clock_skew: "5m" }
        username_message_security_binding {
            password_validator: validate,
        }
        policy {
            security_properties { timestamp_usage: always }
        }
    };
    let template = endpoint.template().expect("the template form keeps its template");
    assert_eq!(template.template_type(), BindingTemplateType::HttpSslUsername);
    assert_eq!(template.side, Side::Server);
    // The checked endpoint is the expansion: SSL, then the username binding (supporting).
    assert_eq!(**endpoint.endpoint(), template.expand());
    let types: Vec<_> = endpoint
        .description
        .bindings
        .iter()
        .map(|b| b.binding_type())
        .collect();
    assert_eq!(
        types,
        [SecurityBindingType::SslTransport, SecurityBindingType::UsernameMessage]
    );
    assert_eq!(endpoint.description.properties.len(), 2);
    // The validator is registered under the member's place in the template.
    let slot = "rust:username_message_security_binding.password_validator";
    let validator = endpoint.runtime().get::<PasswordValidator>(slot).unwrap();
    assert_eq!(validator.validate("usr1", &SecretString::new("pwd1")), Ok(true));
    // The template call's structures, with the validator as a trampoline.
    let lowered = endpoint.lower_template().expect("a template declaration").unwrap();
    assert_eq!(lowered.template_type(), 4);
    let layout = lowered.layout();
    assert_eq!(layout.value.struct_name, "WS_HTTP_SSL_USERNAME_BINDING_TEMPLATE");
    assert_eq!(lowered.template_size(), layout.value.size);
    assert!(layout
        .value
        .members
        .iter()
        .any(|m| m.member == "usernameMessageSecurityBinding.passwordValidator"));
    // A plain declaration has no template.
    let plain = security_binding! {
        side: client,
        channel_binding: http,
        bindings [ssl_transport {}]
    };
    assert!(plain.template().is_none());
    assert!(plain.lower_template().is_none());
}
