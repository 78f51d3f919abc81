// bootstrap recursion (M-098): a bootstrap description cannot itself use a security context.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [
            ssl_transport {},
            security_context_message {
                binding_usage: supporting,
                bootstrap_security_description {
                    bindings [
                        ssl_transport {},
                        kerberos_apreq_message { binding_usage: supporting, client_credential: default },
                        security_context_message {
                            binding_usage: supporting,
                            bootstrap_security_description {
                                bindings [
                                    ssl_transport {},
                                    kerberos_apreq_message { binding_usage: supporting, client_credential: default },
                                ]
                            }
                        },
                    ]
                }
            },
        ]
    };
}
