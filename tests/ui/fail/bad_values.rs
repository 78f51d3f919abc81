// Durations, numbers and flag lists are checked by the macro.
use wws_security::security_binding;

fn main() {
    let _endpoint = security_binding! {
        side: client,
        channel_binding: http,
        properties { timestamp_validity_duration: "-5m", max_allowed_latency: "5y" }
        bindings [
            ssl_transport { properties { cert_failures_to_ignore: cn_mismatch } },
            security_context_message { properties { security_context_key_size: -1 } },
        ]
    };
}
