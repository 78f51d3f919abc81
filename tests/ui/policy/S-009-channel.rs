// channel (S-009): an HTTP template builds an HTTP channel; a conflicting channel binding is
// refused at its value.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: http_ssl,
        channel_binding: tcp,
    };
}
