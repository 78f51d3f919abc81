// a lint left at warning level (P-022) is a compiler warning: the use of a deprecated item at
// the property. `deny(deprecated)` makes it visible to this compile-fail test.
#![deny(deprecated)]
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: tcp,
        bindings [
            tcp_sspi_transport {
                properties { require_server_auth: false }
                client_credential: default,
            },
        ]
    };
}
