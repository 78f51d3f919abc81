// A callback is type-checked by rustc against its documented type
// (`wws_security::values::PasswordValidator`), at the expression.
use wws_security::security_binding;

fn validate(username: &str) -> bool {
    username == "usr1"
}

fn main() {
    let _endpoint = security_binding! {
        side: server,
        channel_binding: http,
        bindings [
            ssl_transport {},
            username_message { binding_usage: supporting, password_validator: validate },
        ]
    };
}
