// required (M-094): a security context binding needs its bootstrap description.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [
            ssl_transport {},
            security_context_message { binding_usage: supporting },
        ]
    };
}
