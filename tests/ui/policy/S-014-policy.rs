// policy (S-014): a policy description carries only what a policy assertion can state; the
// clock skew belongs to the template value.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: http_ssl,
        policy {
            security_properties { timestamp_usage: always, max_allowed_clock_skew: "5m" }
        }
    };
}
