//! Checking a template file against checking its expansion, measured in the same run: the
//! template rules, the expansion and the mapping of places are the cost of the template form.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use wws_security_model::{EndpointFile, Template};

const HTTP_SSL_USERNAME: &str = r#"
template = "http_ssl_username"
side = "client"
[security_properties]
max_allowed_clock_skew = "5m"
[username_message_security_binding.client_credential]
type = "string"
username = "svc-orders"
password = { env = "ORDERS_PASSWORD" }
[policy.security_properties]
timestamp_usage = "always"
"#;

const TCP_SSPI_KERBEROS_CONTEXT: &str = r#"
template = "tcp_sspi_kerberos_apreq_security_context"
side = "client"
channel_type = "duplex_session"
[sspi_transport_security_binding.client_credential]
type = "default"
[kerberos_apreq_message_security_binding.client_credential]
type = "default"
[security_context_security_binding.security_context_message_security_binding.security_binding_properties]
security_context_key_size = 256
[policy.security_properties]
timestamp_usage = "always"
[policy.security_context_security_binding.security_properties]
timestamp_usage = "always"
"#;

fn template(text: &str) -> Template {
    match EndpointFile::from_toml_str(text).unwrap() {
        EndpointFile::Template(t) => *t,
        EndpointFile::Endpoint(_) => unreachable!("a template file"),
    }
}

fn bench(c: &mut Criterion) {
    for (name, text) in [
        ("http_ssl_username", HTTP_SSL_USERNAME),
        ("tcp_sspi_kerberos_context", TCP_SSPI_KERBEROS_CONTEXT),
    ] {
        let template = template(text);
        let policy = wws_security_policy::Policy::new();
        assert!(!policy.validate_template(&template).has_errors());
        let expanded = template.expand();
        let mut group = c.benchmark_group(name);
        group.bench_function("validate_template", |b| {
            b.iter(|| policy.validate_template(black_box(&template)))
        });
        group.bench_function("expand", |b| b.iter(|| black_box(&template).expand()));
        group.bench_function("baseline_validate_expansion", |b| {
            b.iter(|| policy.validate(black_box(&expanded)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
