// The declaration of the issue: every kind of entry, a nested bootstrap description, and
// values from the environment.
use wws_security::model::{SecurityBinding, SecurityBindingType};
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: http,
        channel_type: request,
        properties { max_allowed_clock_skew: "5m", timestamp_usage: always }
        bindings [
            ssl_transport {},
            username_message {
                binding_usage: supporting,
                client_credential: string { username: "svc-orders", password: env("ORDERS_PASSWORD") },
            },
            security_context_message {
                binding_usage: supporting,
                properties { security_context_key_size: 256 }
                bootstrap_security_description {
                    bindings [
                        ssl_transport {},
                        kerberos_apreq_message { binding_usage: supporting, client_credential: default },
                    ]
                }
            },
        ]
    };
    let SecurityBinding::SecurityContextMessage(b) = &endpoint.description.bindings[2] else {
        panic!("binding 2 is the security context binding");
    };
    let bootstrap = b.bootstrap_security_description.as_ref().unwrap();
    assert_eq!(
        bootstrap.bindings[1].binding_type(),
        SecurityBindingType::KerberosApreqMessage
    );
    // The same endpoint, read from a file, is equal (property bags keep their order).
    let from_file = wws_security::model::Endpoint::from_toml_str(
        r#"
        side = "client"
        channel_binding = "http"
        channel_type = "request"
        [properties]
        max_allowed_clock_skew = "5m"
        timestamp_usage = "always"
        [[bindings]]
        type = "ssl_transport"
        [[bindings]]
        type = "username_message"
        binding_usage = "supporting"
        client_credential = { type = "string", username = "svc-orders", password = { env = "ORDERS_PASSWORD" } }
        [[bindings]]
        type = "security_context_message"
        binding_usage = "supporting"
        properties = { security_context_key_size = 256 }
        [bindings.bootstrap_security_description]
        bindings = [{ type = "ssl_transport" }, { type = "kerberos_apreq_message", binding_usage = "supporting", client_credential = { type = "default" } }]
        "#,
    )
    .unwrap();
    assert_eq!(*endpoint.get(), from_file);
}
