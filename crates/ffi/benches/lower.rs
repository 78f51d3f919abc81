//! `lower` of the security-context description and `read_description` of its raw form, each
//! against a baseline measured in the same run: a clone of the same endpoint (a deep copy of the
//! same data, the familiar unit of cost the policy benchmark uses too). Goal: both within 3x.
//! The endpoint address, with an RSA identity, is measured the same way.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use wws_security_ffi::{lower, read_address, read_description};
use wws_security_model::Endpoint;
use wws_security_policy::{Policy, Runtime};

include!("../../policy/tests/common_endpoints.rs.inc");

fn bench(c: &mut Criterion) {
    let runtime = Runtime::new().with_env(|_| Some("bench-password".to_owned()));
    for (name, text) in [
        ("ssl_context_kerberos", SSL_CONTEXT_KERBEROS),
        ("ssl_username", SSL_USERNAME),
    ] {
        let endpoint = Endpoint::from_toml_str(text).unwrap();
        let (checked, _) = Policy::new().check(endpoint.clone()).unwrap();
        let lowered = lower(&checked, &runtime).unwrap();
        let raw = lowered.as_ptr();
        let mut group = c.benchmark_group(name);
        group.bench_function("lower", |b| {
            b.iter(|| lower(black_box(&checked), &runtime).unwrap())
        });
        group.bench_function("read_description", |b| {
            b.iter(|| unsafe {
                read_description(
                    black_box(raw),
                    endpoint.side,
                    endpoint.channel_binding,
                    endpoint.channel_type,
                )
                .unwrap()
            })
        });
        group.bench_function("baseline_clone", |b| {
            b.iter(|| black_box(&endpoint).clone())
        });
        group.finish();
    }
    address(c, &runtime);
}

/// A named-pipe client whose address has an RSA identity (a 1024-bit modulus): `lower` (the description and the
/// address) and `read_address`, against a clone of the endpoint.
fn address(c: &mut Criterion, runtime: &Runtime) {
    let endpoint = Endpoint::from_toml_str(
        r#"
        side = "client"
        channel_binding = "namedpipe"
        address = { url = "net.pipe://localhost/orders", identity = { type = "rsa", modulus = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4A=", exponent = "AQAB" } }
        [[bindings]]
        type = "namedpipe_sspi_transport"
        client_credential = { type = "default" }
        "#,
    )
    .unwrap();
    let (checked, _) = Policy::new().check(endpoint.clone()).unwrap();
    let lowered = lower(&checked, runtime).unwrap();
    let raw = lowered.address().unwrap().as_ptr();
    let mut group = c.benchmark_group("pipe_rsa_address");
    group.bench_function("lower", |b| {
        b.iter(|| lower(black_box(&checked), runtime).unwrap())
    });
    group.bench_function("read_address", |b| {
        b.iter(|| unsafe { read_address(black_box(raw)).unwrap() })
    });
    group.bench_function("baseline_clone", |b| {
        b.iter(|| black_box(&endpoint).clone())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
