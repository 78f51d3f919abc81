// cardinality (M-006): a message binding type appears at most once per description.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [
            ssl_transport {},
            kerberos_apreq_message { binding_usage: supporting, client_credential: default },
            kerberos_apreq_message { binding_usage: supporting, client_credential: default },
        ]
    };
}
