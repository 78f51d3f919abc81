// Callbacks written as closures that capture their state, and the declaration lowered to the
// WS_SECURITY_DESCRIPTION that WWSAPI takes. A closure with several parameters goes in
// parentheses: the declaration separates its entries at top-level commas.
use std::collections::BTreeMap;
use std::sync::Arc;
use wws_security::model::SecretString;
use wws_security::security_binding;
use wws_security::values::{Certificate, CertificateRequest, PasswordValidator};

fn main() {
    let users: Arc<BTreeMap<String, SecretString>> =
        Arc::new([("usr1".to_owned(), SecretString::new("pwd1"))].into_iter().collect());
    let known = users.clone();
    let server = security_binding! {
        side: server,
        channel_binding: http,
        channel_type: reply,
        bindings [
            ssl_transport {},
            username_message {
                binding_usage: supporting,
                password_validator: (move |user, password| known.get(user) == Some(password)),
            },
        ]
    };
    let validator = server
        .runtime()
        .get::<PasswordValidator>("rust:bindings[1].password_validator")
        .unwrap();
    assert_eq!(validator.validate("usr1", &SecretString::new("pwd1")), Ok(true));
    assert_eq!(validator.validate("usr1", &SecretString::new("nope")), Ok(false));
    let lowered = server.lower().unwrap();
    let description = unsafe { &*lowered.as_ptr() };
    assert_eq!(description.securityBindingCount, 2);

    let client = security_binding! {
        side: client,
        channel_binding: http,
        channel_type: request,
        bindings [
            ssl_transport {
                local_cert_credential: custom {
                    get_cert_callback: |request: &CertificateRequest<'_>| -> Option<Certificate> {
                        let _ = request.target_url();
                        None
                    },
                },
            },
        ]
    };
    let layout = client.lower().unwrap().layout();
    assert_eq!(layout.bindings[0].struct_name, "WS_SSL_TRANSPORT_SECURITY_BINDING");
}
