//! Loading cost against the bare TOML parse, and `check` over many files.
//!
//! ```text
//! cargo bench -p wws-security-cli -- --warm-up-time 1 --measurement-time 3
//! ```

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::PathBuf;
use wws_security_policy::{check_text, load_toml, Format, Policy, Runtime};

/// The endpoint file shown in docs/format.md (its first TOML block), a valid endpoint.
fn example() -> &'static str {
    let doc = include_str!("../../../docs/format.md");
    let start = doc
        .find("```toml\n")
        .expect("docs/format.md shows a TOML endpoint")
        + 8;
    let end = start + doc[start..].find("```").expect("the TOML block ends");
    &doc[start..end]
}

fn load_vs_parse(c: &mut Criterion) {
    let policy = Policy::new();
    let runtime = Runtime::new().with_env(|_| Some("pw".to_owned()));
    // The valid path is what is measured; a rule change that made the example invalid would
    // silently time the error path instead.
    if let Err(errors) = load_toml(example(), &policy, &runtime) {
        panic!("the benchmark endpoint must be valid: {errors:?}");
    }
    let mut g = c.benchmark_group("endpoint file");
    g.bench_function("toml::from_str::<toml::Table>", |b| {
        b.iter(|| toml::from_str::<toml::Table>(black_box(example())).unwrap())
    });
    g.bench_function("load_toml (parse, decode, validate, resolve)", |b| {
        b.iter(|| {
            let _ = black_box(load_toml(black_box(example()), &policy, &runtime));
        })
    });
    g.bench_function("check_text", |b| {
        b.iter(|| black_box(check_text(black_box(example()), Format::Toml, &policy)))
    });
    g.finish();
}

fn check_many(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let files: Vec<PathBuf> = (0..10_000)
        .map(|i| {
            let path = dir.path().join(format!("endpoint-{i:05}.toml"));
            let text = example().replace("svc-orders", &format!("svc-{i}"));
            std::fs::write(&path, text).expect("writable");
            path
        })
        .collect();
    let policy = Policy::new();
    let mut g = c.benchmark_group("check files");
    g.sample_size(10);
    for n in [100, 1_000, 10_000] {
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &files[..n], |b, files| {
            b.iter(|| black_box(wws_security_cli::check_files(files, &policy)))
        });
    }
    g.finish();
}

criterion_group!(benches, load_vs_parse, check_many);
criterion_main!(benches);
