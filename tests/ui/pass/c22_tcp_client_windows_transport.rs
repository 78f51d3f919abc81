// C22 requestreplytcpclientwithwindowstransportsecurityexample: TCP with Windows (SSPI)
// transport security, allowing the server to impersonate the client.
use wws_security::model::{BindingProperty, SecurityImpersonationLevel};
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: tcp,
        channel_type: duplex_session,
        bindings [
            tcp_sspi_transport {
                properties { allowed_impersonation_level: impersonation }
                client_credential: default,
            },
        ]
    };
    assert_eq!(
        endpoint.description.bindings[0].properties().entries(),
        &[BindingProperty::AllowedImpersonationLevel(
            SecurityImpersonationLevel::Impersonation
        )]
    );
}
