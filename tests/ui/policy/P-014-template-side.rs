// side (P-014) in the template form: a rule of the plain form, broken by the template's
// expansion, is shown at the template member that was written.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: http_ssl,
        ssl_transport_security_binding {
            security_binding_properties { require_ssl_client_cert: true }
        }
    };
}
