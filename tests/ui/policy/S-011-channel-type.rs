// channel type (S-011): a TCP template leaves the channel type to the caller, so it is required.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: tcp_sspi,
        sspi_transport_security_binding { client_credential: default }
    };
}
