// value (S-054): policy for the header-auth-only template always gives protection level `none`.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        template: http_header_auth,
        channel_type: request,
        http_header_auth_security_binding { client_credential: default }
        policy {
            security_properties { transport_protection_level: sign_and_encrypt }
        }
    };
}
