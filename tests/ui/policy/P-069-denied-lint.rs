// a denied lint (P-069): ignoring certificate failures is a warning, made an error here.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        #![deny(P-069)]
        side: client,
        channel_binding: http,
        bindings [ssl_transport { properties { cert_failures_to_ignore: [cn_mismatch] } }]
    };
}
