// Every official sample configuration (examples/endpoints/*.toml, 34 files) declared with the
// macro. Each declaration must compile, and must describe exactly the endpoint its file describes.
// Generated once from the files by a converter; regenerate it when an example changes.
use wws_security::model::Endpoint;
use wws_security::security_binding;

fn same(declared: &Endpoint, file: &str) {
    let from_file = Endpoint::from_toml_str(file).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(declared, &from_file);
}

fn main() {
    let mut checked = 0;
    // asmxterraservicesamplewithcustomproxy.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                http_header_auth {
                    properties { http_header_auth_scheme: [negotiate], http_header_auth_target: proxy }
                    client_credential: string { username: "domain\\user", password: env("PROXY_PASSWORD") },
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/asmxterraservicesamplewithcustomproxy.toml"));
    checked += 1;
    // filerepserviceexample-client.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/filerepserviceexample-client.toml"));
    checked += 1;
    // filerepserviceexample-server.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/filerepserviceexample-server.toml"));
    checked += 1;
    // httpcalculatorwithbasicoversslclientexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
                http_header_auth {
                    properties { http_header_auth_scheme: [basic] }
                    client_credential: string { username: ".\\TestUserForBasicAuth", password: env("BASIC_AUTH_PASSWORD") },
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithbasicoversslclientexample.toml"));
    checked += 1;
    // httpcalculatorwithbasicoversslserviceexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
                http_header_auth {
                    properties { http_header_auth_scheme: [basic] }
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithbasicoversslserviceexample.toml"));
    checked += 1;
    // httpcalculatorwithkerberosoversslclientexample.toml
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
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithkerberosoversslclientexample.toml"));
    checked += 1;
    // httpcalculatorwithkerberosoversslserviceexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
                kerberos_apreq_message {
                    binding_usage: supporting,
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithkerberosoversslserviceexample.toml"));
    checked += 1;
    // httpcalculatorwithsslclientexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithsslclientexample.toml"));
    checked += 1;
    // httpcalculatorwithsslpolicyclientexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithsslpolicyclientexample.toml"));
    checked += 1;
    // httpcalculatorwithsslpolicyserviceexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithsslpolicyserviceexample.toml"));
    checked += 1;
    // httpcalculatorwithsslserviceexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithsslserviceexample.toml"));
    checked += 1;
    // httpcalculatorwithusernameoversslclientexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
                username_message {
                    binding_usage: supporting,
                    client_credential: string { username: "usr1", password: env("USR1_PASSWORD") },
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithusernameoversslclientexample.toml"));
    checked += 1;
    // httpcalculatorwithusernameoversslserviceexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
                username_message {
                    binding_usage: supporting,
                    password_validator: runtime("password_validator"),
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithusernameoversslserviceexample.toml"));
    checked += 1;
    // httpcalculatorwithusernamexmltokenoversslclientexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
                xml_token_message {
                    binding_usage: supporting,
                    xml_token: runtime("username_token"),
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpcalculatorwithusernamexmltokenoversslclientexample.toml"));
    checked += 1;
    // httpclientwithkerberosoversslexample.toml
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
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpclientwithkerberosoversslexample.toml"));
    checked += 1;
    // httpclientwithsslexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpclientwithsslexample.toml"));
    checked += 1;
    // httpclientwithusernameoversslexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
                username_message {
                    binding_usage: supporting,
                    client_credential: string { username: "usr1", password: env("USR1_PASSWORD") },
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpclientwithusernameoversslexample.toml"));
    checked += 1;
    // httppurchaseorderwithkerberosoversslclientexample.toml
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
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httppurchaseorderwithkerberosoversslclientexample.toml"));
    checked += 1;
    // httppurchaseorderwithkerberosoversslserviceexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
                kerberos_apreq_message {
                    binding_usage: supporting,
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httppurchaseorderwithkerberosoversslserviceexample.toml"));
    checked += 1;
    // httppurchaseorderwithsslclientexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httppurchaseorderwithsslclientexample.toml"));
    checked += 1;
    // httppurchaseorderwithsslserviceexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httppurchaseorderwithsslserviceexample.toml"));
    checked += 1;
    // httppurchaseorderwithusernameoversslclientexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            bindings [
                ssl_transport {},
                username_message {
                    binding_usage: supporting,
                    client_credential: string { username: "usr1", password: env("USR1_PASSWORD") },
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httppurchaseorderwithusernameoversslclientexample.toml"));
    checked += 1;
    // httppurchaseorderwithusernameoversslserviceexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
                username_message {
                    binding_usage: supporting,
                    password_validator: runtime("password_validator"),
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httppurchaseorderwithusernameoversslserviceexample.toml"));
    checked += 1;
    // httpserverwithkerberosoversslexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
                kerberos_apreq_message {
                    binding_usage: supporting,
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpserverwithkerberosoversslexample.toml"));
    checked += 1;
    // httpserverwithsslexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpserverwithsslexample.toml"));
    checked += 1;
    // httpserverwithusernameoversslexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: http,
            channel_type: reply,
            bindings [
                ssl_transport {},
                username_message {
                    binding_usage: supporting,
                    password_validator: runtime("password_validator"),
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/httpserverwithusernameoversslexample.toml"));
    checked += 1;
    // metadataimportwithissuedtokenoversslexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            properties { timestamp_usage: always }
            bindings [
                ssl_transport {},
                xml_token_message {
                    binding_usage: supporting,
                    xml_token: runtime("issued_token"),
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/metadataimportwithissuedtokenoversslexample.toml"));
    checked += 1;
    // metadataimportwithusernameoversslexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            properties { timestamp_usage: always }
            bindings [
                ssl_transport {},
                username_message {
                    binding_usage: supporting,
                    client_credential: string { username: "usr1", password: env("USR1_PASSWORD") },
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/metadataimportwithusernameoversslexample.toml"));
    checked += 1;
    // metadataimportwithx509oversslexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            properties { timestamp_usage: always }
            bindings [
                ssl_transport {},
                xml_token_message {
                    binding_usage: supporting,
                    xml_token: runtime("x509_token"),
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/metadataimportwithx509oversslexample.toml"));
    checked += 1;
    // policytemplateexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: http,
            channel_type: request,
            properties { transport_protection_level: none }
            bindings [
                http_header_auth {
                    properties { http_header_auth_scheme: [ntlm] }
                    client_credential: string { username: ".\\userName", password: env("NTLM_USER_PASSWORD") },
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/policytemplateexample.toml"));
    checked += 1;
    // requestreplynamedpipesclientwithwindowstransportsecurityexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: namedpipe,
            channel_type: duplex_session,
            bindings [
                namedpipe_sspi_transport {
                    client_credential: default,
                    properties { allowed_impersonation_level: impersonation, require_server_auth: false }
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/requestreplynamedpipesclientwithwindowstransportsecurityexample.toml"));
    checked += 1;
    // requestreplynamedpipesserverwithwindowstransportsecurityexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: namedpipe,
            channel_type: duplex_session,
            bindings [
                namedpipe_sspi_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/requestreplynamedpipesserverwithwindowstransportsecurityexample.toml"));
    checked += 1;
    // requestreplytcpclientwithwindowstransportsecurityexample.toml
    let endpoint = security_binding! {
            side: client,
            channel_binding: tcp,
            channel_type: duplex_session,
            bindings [
                tcp_sspi_transport {
                    client_credential: default,
                    properties { allowed_impersonation_level: impersonation }
                },
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/requestreplytcpclientwithwindowstransportsecurityexample.toml"));
    checked += 1;
    // requestreplytcpserverwithwindowstransportsecurityexample.toml
    let endpoint = security_binding! {
            side: server,
            channel_binding: tcp,
            channel_type: duplex_session,
            bindings [
                tcp_sspi_transport {},
            ]
    };
    same(endpoint.endpoint(), include_str!("../../../examples/endpoints/requestreplytcpserverwithwindowstransportsecurityexample.toml"));
    checked += 1;
    assert_eq!(checked, 34);
}
