//! Time of the whole macro (parse, lower, decode, policy, expansion) per declaration, without rustc.
//! Goal: at most 0.5 ms per declaration. Run: `cargo bench -p wws-security-macros --bench expand`.
//!
//! A proc-macro crate exports only its macros, so the phases are compiled into this benchmark
//! from their source files.
#![allow(dead_code)]

#[path = "../src/ast.rs"]
mod ast;
#[path = "../src/check.rs"]
mod check;
#[path = "../src/expand.rs"]
mod expand;
#[path = "../src/fallback.rs"]
mod fallback;
#[path = "../src/lower.rs"]
mod lower;
#[path = "../src/parse.rs"]
mod parse;
#[path = "../src/pipeline.rs"]
mod pipeline;
#[path = "../src/runtime.rs"]
mod runtime;

use criterion::{criterion_group, criterion_main, Criterion};
use proc_macro2::TokenStream;
use std::hint::black_box;
use std::str::FromStr;

const SMALL: &str =
    "side: client, channel_binding: http, channel_type: request, bindings [ssl_transport {}]";

const LARGE: &str = r#"
side: client,
channel_binding: http,
channel_type: request,
properties { timestamp_usage: always, max_allowed_clock_skew: "5m" }
bindings [
    ssl_transport { properties { cert_failures_to_ignore: [revocation_offline] } },
    username_message {
        binding_usage: supporting,
        client_credential: string { username: "svc-orders", password: secret(load()) },
    },
    security_context_message {
        binding_usage: supporting,
        properties { security_context_key_size: 256, security_context_renewal_interval: "10h" }
        bootstrap_security_description {
            bindings [ ssl_transport {}, kerberos_apreq_message { binding_usage: supporting, client_credential: default } ]
        }
    },
]
"#;

const ERRORS: &str = "side: clinet, channel_binding: htp, bindings [ssl_transprt {}]";

fn bench(c: &mut Criterion) {
    for (name, text) in [("small", SMALL), ("large", LARGE), ("errors", ERRORS)] {
        let input = TokenStream::from_str(text).unwrap();
        c.bench_function(&format!("expand/{name}"), |b| {
            b.iter(|| pipeline::security_binding(black_box(input.clone())))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
