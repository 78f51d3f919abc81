// Unknown names, each with the nearest valid name and, when the list is short, every valid one.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: clinet,
        channel_binding: http,
        bindings [
            ssl_transprt {},
            kerberos_apreq_message {
                binding_usage: suporting,
                properties { allowed_impersonation_levl: impersonation }
            },
        ]
    };
}
