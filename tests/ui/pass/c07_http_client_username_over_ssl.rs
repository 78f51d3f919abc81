// C07 httpclientwithusernameoversslexample: SSL plus a supporting username token whose
// password is written in the code, as the sample does.
use wws_security::model::{Secret, SecurityBinding, UsernameCredential};
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: http,
        channel_type: request,
        bindings [
            ssl_transport {},
            username_message {
                binding_usage: supporting,
                client_credential: string { username: "usr1", password: "pwd1" },
            },
        ]
    };
    let SecurityBinding::UsernameMessage(b) = &endpoint.description.bindings[1] else {
        panic!("binding 1 is the username binding");
    };
    let Some(UsernameCredential::String { username, password }) = &b.client_credential else {
        panic!("a string credential");
    };
    assert_eq!(username, "usr1");
    assert!(matches!(password, Secret::Literal(_)));
}
