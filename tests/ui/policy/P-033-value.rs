// value (P-033): the scheme set may not be empty.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [
            ssl_transport {},
            http_header_auth {
                properties { http_header_auth_scheme: [] }
                client_credential: default,
            },
        ]
    };
}
