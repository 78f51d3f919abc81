// C13 httpclientwithkerberosoversslexample: SSL plus a Kerberos AP-REQ token of the caller's
// own logon.
use wws_security::model::{SecurityBinding, WindowsIntegratedAuthCredential};
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: http,
        channel_type: request,
        bindings [
            ssl_transport {},
            kerberos_apreq_message {
                binding_usage: supporting,
                client_credential: default,
            },
        ]
    };
    let SecurityBinding::KerberosApreqMessage(b) = &endpoint.description.bindings[1] else {
        panic!("binding 1 is the Kerberos binding");
    };
    assert_eq!(b.client_credential, Some(WindowsIntegratedAuthCredential::Default));
}
