// merge (E-001): the same property in the policy description and the template value; no page
// says which the runtime keeps, so it is refused at the template's entry.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: http_ssl,
        security_properties { timestamp_usage: never }
        policy {
            security_properties { timestamp_usage: always }
        }
    };
}
