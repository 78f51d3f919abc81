// A key the table does not have, with a suggestion and the keys it takes.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_bindng: http,
        bindings [ssl_transport { local_cert_credentail: thumbprint {} }]
    };
}
