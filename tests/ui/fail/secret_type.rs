// `secret(..)` takes anything that converts into a String.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [
            ssl_transport {},
            username_message {
                binding_usage: supporting,
                client_credential: string { username: "u", password: secret(42) },
            },
        ]
    };
}
