//! `lower` of the security-context description and `read_description` of its raw form, each
//! against a baseline measured in the same run: a clone of the same endpoint (a deep copy of the
//! same data, the familiar unit of cost the policy benchmark uses too). Goal: both within 3x.
//! The endpoint address, with an RSA identity, is measured the same way, and `lower_template` of
//! the richest template (HTTP SSL username security context, client, with something in every kind
//! of member) against a clone of the same `Template`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use wws_security_ffi::{lower, lower_template, read_address, read_description};
use wws_security_model::{Endpoint, EndpointFile};
use wws_security_policy::{Policy, Runtime};

include!("../../policy/tests/common_endpoints.rs.inc");

/// The security-context template with a credential, binding and security properties in the
/// template value, and properties and usages in the policy description.
const SSL_USERNAME_CONTEXT_TEMPLATE: &str = r#"
template = "http_ssl_username_security_context"
side = "client"
[security_properties]
max_allowed_clock_skew = "5m"
[ssl_transport_security_binding.security_binding_properties]
cert_failures_to_ignore = ["revocation_offline"]
[username_message_security_binding.client_credential]
type = "string"
username = "svc"
password = { env = "BENCH_PASSWORD" }
[security_context_security_binding.security_context_message_security_binding.security_binding_properties]
security_context_key_size = 256
[policy.channel_properties]
envelope_version = "soap_1_2"
encoding = "xml_utf8"
[policy.security_properties]
timestamp_usage = "always"
[policy.username_message_security_binding]
binding_usage = "supporting"
[policy.security_context_security_binding.security_context_message_security_binding]
binding_usage = "supporting"
"#;

fn bench_template(c: &mut Criterion, runtime: &Runtime) {
    let Ok(EndpointFile::Template(template)) =
        EndpointFile::from_toml_str(SSL_USERNAME_CONTEXT_TEMPLATE)
    else {
        panic!("the benchmark template is a template file");
    };
    let (checked, _) = Policy::new().check_template_value(&template).unwrap();
    let mut group = c.benchmark_group("http_ssl_username_security_context_template");
    group.bench_function("lower_template", |b| {
        b.iter(|| lower_template(black_box(&checked), runtime).unwrap())
    });
    group.bench_function("baseline_clone", |b| {
        b.iter(|| black_box(&*template).clone())
    });
    group.finish();
}

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
    bench_template(c, &runtime);
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
