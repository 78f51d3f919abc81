// The template form reads what it can too: a misspelt member is reported (with the name it
// was meant to be), the template rules still run on the rest (S-030 on the certificate), and
// the member that could not be read is not also reported as missing (S-040).
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: server,
        template: http_ssl_username,
        ssl_transport_security_binding {
            local_cert_credential: subject_name {
                store_location: local_machine,
                store_name: "My",
                subject_name: "CN=orders",
            },
        }
        username_mesage_security_binding {
            password_validator: runtime("validator"),
        }
    };
}
