// applicability (P-052): the context key size belongs to the security context binding only.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        bindings [ssl_transport { properties { security_context_key_size: 256 } }]
    };
}
