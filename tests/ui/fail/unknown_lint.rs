// Lint levels name lints: an unknown id, or an error rule, cannot be allowed.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        #![allow(Q-999, F-002)]
        #![allow(warnings)]
        side: client,
        channel_binding: http,
    };
}
