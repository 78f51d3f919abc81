// side (S-030): an HTTP service's certificate is registered with HTTP.sys, never given in the
// template value.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: server,
        template: http_ssl,
        ssl_transport_security_binding {
            local_cert_credential: thumbprint {
                store_location: local_machine,
                store_name: "My",
                thumbprint: "c0f89c8d4e4e80f250b58c3fae944a0edee02804",
            },
        }
    };
}
