// channel (T-025): SSL transport security exists only on HTTP.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: tcp,
        channel_type: duplex_session,
        bindings [ssl_transport {}]
    };
}
