// applicability (S-010): a template fixes its bindings; the template form has no binding list.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: http_ssl,
        bindings [ssl_transport {}]
    };
}
