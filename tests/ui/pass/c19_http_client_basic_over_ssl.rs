// C19 httpcalculatorwithbasicoversslclientexample: SSL plus HTTP basic authentication; the
// password comes from the program here instead of the sample's literal.
use wws_security::model::{BindingProperty, HttpHeaderAuthScheme, SecretString};
use wws_security::security_binding;

fn main() {
    let password = String::from("for illustration only");
    let endpoint = security_binding! {
        side: client,
        channel_binding: http,
        channel_type: request,
        bindings [
            ssl_transport {},
            http_header_auth {
                properties { http_header_auth_scheme: [basic] }
                client_credential: string {
                    username: ".\\TestUserForBasicAuth",
                    password: secret(password.clone()),
                },
            },
        ]
    };
    let properties = endpoint.description.bindings[1].properties();
    let Some(BindingProperty::HttpHeaderAuthScheme(schemes)) = properties.iter().next() else {
        panic!("the scheme property");
    };
    assert!(schemes.contains(HttpHeaderAuthScheme::Basic));
    let slot = "rust:bindings[1].client_credential.password";
    let stored = endpoint.runtime().get::<SecretString>(slot).unwrap();
    assert_eq!(stored.expose_secret(), password);
}
