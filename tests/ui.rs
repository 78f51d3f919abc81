//! trybuild UI tests of `security_binding!` (cases in tests/ui/).
//!
//! rustc's rendering of diagnostics changes between releases, so the cases run only on the
//! toolchain their `.stderr` files were written with (rustc 1.95); elsewhere the test is skipped.
//! Regenerate after an intended change with `TRYBUILD=overwrite cargo test --test ui`, and read
//! every changed `.stderr`.

#[test]
fn ui() {
    let version = rustc_version();
    if !version.starts_with("rustc 1.95.") {
        eprintln!("skipping UI tests: they are pinned to rustc 1.95, this is {version}");
        return;
    }
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}

fn rustc_version() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}
