// C31 policytemplateexample: NTLM header authentication without SSL, so the description says
// explicitly that the transport gives no protection.
use wws_security::model::{ChannelProperty, ProtectionLevel};
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: http,
        channel_type: request,
        properties { transport_protection_level: none }
        bindings [
            http_header_auth {
                properties { http_header_auth_scheme: [ntlm] }
                client_credential: string {
                    username: ".\\userName",
                    password: env("CALCULATOR_PASSWORD"),
                },
            },
        ]
    };
    assert_eq!(
        endpoint.description.properties.entries(),
        &[ChannelProperty::TransportProtectionLevel(ProtectionLevel::None)]
    );
}
