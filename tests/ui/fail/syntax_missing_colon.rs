// A key must be followed by `:`, `{` or `[`.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side client,
        channel_binding: http,
    };
}
