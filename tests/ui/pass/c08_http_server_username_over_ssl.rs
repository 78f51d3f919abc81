// C08 httpserverwithusernameoversslexample: the server checks user names and passwords with
// an application callback.
use wws_security::model::SecretString;
use wws_security::values::PasswordValidator;
use wws_security::security_binding;

fn validate(username: &str, password: &SecretString) -> bool {
    username == "usr1" && password.expose_secret() == "pwd1"
}

fn main() {
    let endpoint = security_binding! {
        side: server,
        channel_binding: http,
        channel_type: reply,
        bindings [
            ssl_transport {},
            username_message {
                binding_usage: supporting,
                password_validator: validate,
            },
        ]
    };
    let slot = "rust:bindings[1].password_validator";
    let validator = endpoint.runtime().get::<PasswordValidator>(slot).unwrap();
    assert_eq!(validator.validate("usr1", &SecretString::new("pwd1")), Ok(true));
    assert_eq!(validator.validate("usr2", &SecretString::new("pwd1")), Ok(false));
}
