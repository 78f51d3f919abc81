// A key may appear once per table; the second one is shown.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        side: server,
    };
}
