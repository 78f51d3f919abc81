//! Importing the largest corpus file (`apache__cxf__wcf.wsdl`, 157 KB: a WS-MetadataExchange
//! response with 14 ports) against a bare `roxmltree` parse of the same bytes, in the same run.
//! The goal is an import at most twice the parse. The corpus is kept outside the repository; the
//! benchmark says so and measures nothing when it is absent (`WWS_CORPUS` names another folder).
//!
//! ```text
//! cargo bench -p wws-security-wsdl -- --warm-up-time 1 --measurement-time 5
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::PathBuf;

const LARGEST: &str = "apache__cxf__wcf.wsdl";

fn corpus_file() -> Option<Vec<u8>> {
    let dir = std::env::var_os("WWS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/wsdl")
        });
    std::fs::read(dir.join(LARGEST)).ok()
}

fn import_vs_parse(c: &mut Criterion) {
    let Some(bytes) = corpus_file() else {
        eprintln!("skipped: {LARGEST} is not in the corpus folder (set WWS_CORPUS)");
        return;
    };
    // What is measured must be the real work: the file imports, with matching ports.
    let import = wws_security_wsdl::import(&bytes).expect("the corpus file imports");
    assert!(import.ports.iter().any(|p| p.matched()), "ports match");
    let mut g = c.benchmark_group(format!("{LARGEST} ({} bytes)", bytes.len()));
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("roxmltree::Document::parse", |b| {
        b.iter(|| {
            let text = std::str::from_utf8(black_box(&bytes)).expect("UTF-8");
            black_box(
                roxmltree::Document::parse(text)
                    .expect("well-formed")
                    .root()
                    .id(),
            )
        })
    });
    g.bench_function("wws_security_wsdl::import", |b| {
        b.iter(|| black_box(wws_security_wsdl::import(black_box(&bytes)).expect("imports")))
    });
    g.finish();
}

criterion_group!(benches, import_vs_parse);
criterion_main!(benches);
