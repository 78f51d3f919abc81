// side (P-014): demanding a client certificate is a server setting.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [ssl_transport { properties { require_ssl_client_cert: true } }]
    };
}
