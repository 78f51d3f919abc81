// combination (M-009): a supporting token needs a binding that protects the messages
// (the transport rules about HTTP without SSL may be reported too).
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [
            kerberos_apreq_message { binding_usage: supporting, client_credential: default },
        ]
    };
}
