// required (M-022): a client username binding needs its credential; the help and the
// suggestion are written in the macro's own syntax.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [
            ssl_transport {},
            username_message { binding_usage: supporting },
        ]
    };
}
