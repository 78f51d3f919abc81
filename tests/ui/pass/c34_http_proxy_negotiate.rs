// C34 asmxterraservicesamplewithcustomproxy: Negotiate authentication to an HTTP proxy.
use wws_security::model::{BindingProperty, HttpHeaderAuthTarget};
use wws_security::security_binding;

fn main() {
    let endpoint = security_binding! {
        side: client,
        channel_binding: http,
        channel_type: request,
        bindings [
            http_header_auth {
                properties {
                    http_header_auth_scheme: [negotiate],
                    http_header_auth_target: proxy,
                }
                client_credential: string {
                    username: "domain\\user",
                    password: runtime("proxy-password"),
                },
            },
        ]
    };
    let properties = endpoint.description.bindings[0].properties();
    assert_eq!(
        properties.entries()[1],
        BindingProperty::HttpHeaderAuthTarget(HttpHeaderAuthTarget::Proxy)
    );
}
