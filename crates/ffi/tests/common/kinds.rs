//! Endpoints that together hold every kind of value lowering handles.

pub const CLIENT_CUSTOM_CERT_RUST_CALLBACKS: &str = r#"
side = "client"
channel_binding = "http"
channel_type = "request"
[properties]
algorithm_suite = { digest_algorithm = "digest_sha_256", min_symmetric_key_length = 128 }
max_allowed_latency = "5m"
timestamp_validity_duration = "300ms"
max_allowed_clock_skew = "12345ticks"
timestamp_usage = "always"
security_header_layout = "lax"
security_header_version = "v1_1"
[[bindings]]
type = "ssl_transport"
[bindings.properties]
cert_failures_to_ignore = ["cn_mismatch", "revocation_offline"]
disable_cert_revocation_check = true
disallowed_secure_protocols = ["ssl2", "ssl3"]
certificate_validation_callback_context = { callback = { runtime = "check_server" } }
[bindings.local_cert_credential]
type = "custom"
get_cert_callback = { runtime = "get_cert" }
cert_issuer_list_notification_callback = { runtime = "issuers" }
[[bindings]]
type = "username_message"
binding_usage = "supporting"
client_credential = { type = "string", username = "ü-user", password = { runtime = "pw" } }
"#;

pub const SERVER_HEADER_AUTH_SAML: &str = r#"
side = "server"
channel_binding = "http"
channel_type = "reply"
[properties]
extended_protection_policy = "always"
extended_protection_scenario = "terminated_ssl"
service_identities = ["HTTP/orders.example", "HTTP/orders"]
[[bindings]]
type = "ssl_transport"
properties = { require_ssl_client_cert = true }
[[bindings]]
type = "http_header_auth"
[bindings.properties]
http_header_auth_scheme = ["basic", "digest"]
http_header_auth_basic_realm = "orders"
http_header_auth_digest_realm = "orders-digest"
http_header_auth_digest_domain = ""
[[bindings]]
type = "saml_message"
binding_usage = "supporting"
[bindings.authenticator]
type = "cert_signed"
trusted_issuer_certs = [{ runtime = "issuer1" }, { runtime = "issuer2" }]
decryption_cert = { runtime = "decrypt" }
saml_validator = { runtime = "saml" }
"#;

pub const TCP_CLIENT_SECURITY_CONTEXT: &str = r#"
side = "client"
channel_binding = "tcp"
channel_type = "duplex_session"
[properties]
transport_protection_level = "sign"
algorithm_suite_name = "basic128_sha256"
[[bindings]]
type = "tcp_sspi_transport"
[bindings.properties]
windows_integrated_auth_package = "ntlm"
require_server_auth = false
allowed_impersonation_level = "impersonation"
[bindings.client_credential]
type = "string"
username = "svc"
password = { env = "TCP_PW" }
domain = "CORP"
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
[bindings.properties]
security_context_key_size = 256
security_context_key_entropy_mode = "combined"
message_properties = { heap_properties = { runtime = "heap_props" }, max_processed_headers = { runtime = "max_headers" } }
secure_conversation_version = "v1_3"
security_context_support_renew = false
security_context_renewal_interval = "10h"
security_context_rollover_interval = "5m"
[bindings.bootstrap_security_description]
[[bindings.bootstrap_security_description.bindings]]
type = "tcp_sspi_transport"
client_credential = { type = "opaque", opaque_auth_identity = { runtime = "identity" } }
[[bindings.bootstrap_security_description.bindings]]
type = "kerberos_apreq_message"
binding_usage = "supporting"
client_credential = { type = "default" }
"#;

pub const TCP_SERVER_C_PASSWORD_VALIDATOR: &str = r#"
side = "server"
channel_binding = "tcp"
channel_type = "duplex_session"
[[bindings]]
type = "tcp_sspi_transport"
properties = { allow_anonymous_clients = true, windows_integrated_auth_package = "kerberos" }
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
properties = { security_context_max_pending_contexts = 10, security_context_max_active_contexts = 100 }
[bindings.bootstrap_security_description]
[[bindings.bootstrap_security_description.bindings]]
type = "tcp_sspi_transport"
[[bindings.bootstrap_security_description.bindings]]
type = "username_message"
binding_usage = "supporting"
password_validator = { runtime = "pv" }
password_validator_callback_state = { runtime = "pv_state" }
"#;

pub const NAMEDPIPE_LITERAL_PASSWORD: &str = r#"
side = "client"
channel_binding = "namedpipe"
channel_type = "duplex_session"
[[bindings]]
type = "namedpipe_sspi_transport"
client_credential = { type = "string", username = "u", password = "literal-pw" }
"#;

pub const CLIENT_C_CALLBACKS_WITH_STATES: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[bindings.properties]
certificate_validation_callback_context = { callback = { runtime = "c_check" }, state = { runtime = "c_check_state" } }
[bindings.local_cert_credential]
type = "custom"
get_cert_callback = { runtime = "c_get" }
get_cert_callback_state = { runtime = "c_get_state" }
cert_issuer_list_notification_callback = { runtime = "c_iss" }
cert_issuer_list_notification_callback_state = { runtime = "c_iss_state" }
[[bindings]]
type = "http_header_auth"
properties = { http_header_auth_target = "proxy", http_header_auth_scheme = ["ntlm"] }
client_credential = { type = "string", username = "u", password = "p", domain = "" }
"#;

pub const CLIENT_SUBJECT_NAME_XML_TOKEN: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
local_cert_credential = { type = "subject_name", store_location = "current_user", store_name = "My", subject_name = "CN=client" }
[[bindings]]
type = "xml_token_message"
binding_usage = "supporting"
xml_token = { runtime = "token" }
"#;

pub const CLIENT_THUMBPRINT: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
local_cert_credential = { type = "thumbprint", store_location = "local_machine_wcos", store_name = "My", thumbprint = "0123456789abcdef0123456789ABCDEF01234567" }
"#;

pub const SERVER_SAML_C_VALIDATOR: &str = r#"
side = "server"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "saml_message"
binding_usage = "supporting"
[bindings.authenticator]
type = "cert_signed"
trusted_issuer_certs = [{ runtime = "issuer" }]
saml_validator = { runtime = "c_saml" }
saml_validator_callback_state = { runtime = "c_saml_state" }
[[bindings]]
type = "username_message"
binding_usage = "supporting"
password_validator = { runtime = "pv" }
"#;

pub const ALL: [(&str, &str); 9] = [
    (
        "client_custom_cert_rust_callbacks",
        CLIENT_CUSTOM_CERT_RUST_CALLBACKS,
    ),
    ("server_header_auth_saml", SERVER_HEADER_AUTH_SAML),
    ("tcp_client_security_context", TCP_CLIENT_SECURITY_CONTEXT),
    (
        "tcp_server_c_password_validator",
        TCP_SERVER_C_PASSWORD_VALIDATOR,
    ),
    ("namedpipe_literal_password", NAMEDPIPE_LITERAL_PASSWORD),
    (
        "client_c_callbacks_with_states",
        CLIENT_C_CALLBACKS_WITH_STATES,
    ),
    (
        "client_subject_name_xml_token",
        CLIENT_SUBJECT_NAME_XML_TOKEN,
    ),
    ("client_thumbprint", CLIENT_THUMBPRINT),
    ("server_saml_c_validator", SERVER_SAML_C_VALIDATOR),
];
