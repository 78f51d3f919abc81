// value (P-033): `none` cannot be combined with another header authentication scheme.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: server,
        channel_binding: http,
        bindings [
            ssl_transport {},
            http_header_auth { properties { http_header_auth_scheme: [none, basic] } },
        ]
    };
}
