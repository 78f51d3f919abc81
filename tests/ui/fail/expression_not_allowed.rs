// Only program values (callbacks, states, tokens, certificates, passwords) are Rust expressions.
use wws_security::security_binding;

fn main() {
    let side = "client";
    let _endpoint = security_binding! {
        side: side.to_owned(),
        channel_binding: http,
        bindings [
            username_message {
                binding_usage: supporting,
                client_credential: string { username: "u", password: side },
            },
        ]
    };
}
