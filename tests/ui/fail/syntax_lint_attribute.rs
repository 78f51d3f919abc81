// Lint levels are inner attributes naming rule ids.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        #![forbid(P-022)]
        side: client,
        channel_binding: http,
    };
}
