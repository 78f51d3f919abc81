// `side` and `channel_binding` must be given.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        bindings [ssl_transport {}]
    };
}
