// C24 requestreplynamedpipesclientwithwindowstransportsecurityexample: named pipes with SSPI
// and server authentication turned off, as the sample does on a single machine (a security
// lint once the property rules are in: turning server authentication off is discouraged).
use wws_security::model::BindingProperty;
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: namedpipe,
        channel_type: duplex_session,
        bindings [
            namedpipe_sspi_transport {
                properties {
                    allowed_impersonation_level: impersonation,
                    require_server_auth: false,
                }
                client_credential: default,
            },
        ]
    };
    let properties = endpoint.description.bindings[0].properties();
    assert_eq!(properties.entries()[1], BindingProperty::RequireServerAuth(false));
}
