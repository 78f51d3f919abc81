// Values are separated by commas.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client
        channel_binding: http,
    };
}
