// Format errors do not hide the policy's: a misspelt binding type is reported, and the rest of
// the declaration is still checked (P-014 on the SSL binding). Nothing is said that only comes
// from the binding that could not be read: the bootstrap, whose only binding is misspelt, is not
// said to hold no binding (M-094), since the misspelt binding may have been meant as any type.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [
            ssl_transport { properties { require_ssl_client_cert: true } },
            security_context_message {
                binding_usage: supporting,
                bootstrap_security_description {
                    bindings [
                        username_mesage {
                            binding_usage: supporting,
                            client_credential: string { username: "u", password: env("P") },
                        },
                    ]
                }
            },
        ]
    };
}
