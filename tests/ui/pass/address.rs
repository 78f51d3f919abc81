// An endpoint address with its identity, declared like any other table; equal to the file form.
use wws_security::model::{Endpoint, EndpointIdentity};
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: tcp,
        channel_type: duplex_session,
        address {
            url: "net.tcp://orders.contoso.com:808/svc",
            identity: spn { spn: "host/orders.contoso.com" },
        }
        bindings [
            tcp_sspi_transport { client_credential: default },
        ]
    };
    let file = Endpoint::from_toml_str(
        r#"
        side = "client"
        channel_binding = "tcp"
        channel_type = "duplex_session"
        address = { url = "net.tcp://orders.contoso.com:808/svc", identity = { type = "spn", spn = "host/orders.contoso.com" } }
        [[bindings]]
        type = "tcp_sspi_transport"
        client_credential = { type = "default" }
        "#,
    )
    .unwrap();
    assert_eq!(endpoint.endpoint().get(), &file);
    let address = endpoint.address.as_ref().unwrap();
    assert!(matches!(address.identity, Some(EndpointIdentity::Spn { .. })));
    assert_eq!(address.sspi_target_name().as_deref(), Some("host/orders.contoso.com"));

    // From the declaration to the WS_ENDPOINT_ADDRESS for WsOpenChannel, without `unsafe`.
    let lowered = endpoint.lower().unwrap();
    let layout = lowered.address().unwrap().layout();
    assert_eq!(layout.url, "net.tcp://orders.contoso.com:808/svc");
    assert_eq!(layout.identity, Some((3, "WS_SPN_ENDPOINT_IDENTITY")));
}
