// Every error of a declaration is reported at once, each at its own tokens.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: htp,
        channel_type: request,
        properties { max_allowed_clock_skew: "5 minutes", timestamp_usage: 3 }
        bindings [
            ssl_transport {},
            http_header_auth {
                properties { http_header_auth_scheme: [basic, digst] }
                client_credential: string { username: "u" },
            },
            security_context_message {
                properties { security_context_key_size: 4294967296 }
            },
        ]
    };
}
