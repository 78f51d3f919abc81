// C01 httpclientwithsslexample: an HTTP client channel protected by SSL.
use wws_security::model::{ChannelBinding, ChannelType, SecurityBindingType, Side};
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: http,
        channel_type: request,
        bindings [ssl_transport {}]
    };
    assert_eq!(endpoint.side, Side::Client);
    assert_eq!(endpoint.channel_binding, ChannelBinding::Http);
    assert_eq!(endpoint.channel_type, Some(ChannelType::Request));
    assert_eq!(
        endpoint.description.bindings[0].binding_type(),
        SecurityBindingType::SslTransport
    );
}
