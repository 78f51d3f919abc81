//! `validate` on two typical valid descriptions, against a baseline measured in the same run:
//! cloning the same endpoint (a deep copy of the same data, a familiar unit of cost).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use wws_security_model::Endpoint;

include!("../tests/common_endpoints.rs.inc");

fn bench(c: &mut Criterion) {
    for (name, text) in [
        ("ssl_username", SSL_USERNAME),
        ("ssl_context_kerberos", SSL_CONTEXT_KERBEROS),
    ] {
        let endpoint = Endpoint::from_toml_str(text).unwrap();
        let mut group = c.benchmark_group(name);
        group.bench_function("validate", |b| {
            b.iter(|| wws_security_policy::validate(black_box(&endpoint)))
        });
        group.bench_function("baseline_clone", |b| {
            b.iter(|| black_box(&endpoint).clone())
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
