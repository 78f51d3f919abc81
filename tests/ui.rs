//! trybuild UI tests of `security_binding!` (cases in tests/ui/).
//!
//! - `pass/`: declarations that compile and run, among them official sample configurations.
//! - `fail/`: syntax, format and type errors, reported by the macro and rustc.
//! - `policy/<RULE>-<kind>.rs`: one case per kind of policy rule; a case runs once its rule is
//!   implemented in the registry, so the suite grows with the policy crate.
//!
//! rustc's rendering of diagnostics changes between releases, so the cases run only on the
//! toolchain their `.stderr` files were written with (rustc 1.95); on another the test is
//! compiled as `#[ignore]`d, and `cargo test` lists it as ignored rather than passed.
//! After an intended change: `TRYBUILD=overwrite cargo test --test ui`, then read every `.stderr`.

use wws_security::policy::{registry, Status};

#[rustversion::attr(
    not(stable(1.95)),
    ignore = "the .stderr files are rustc 1.95's rendering of the diagnostics"
)]
#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
    for case in policy_cases() {
        t.compile_fail(case);
    }
}

/// The `policy/` cases whose rule (the file name's first two dash-separated parts) is implemented.
fn policy_cases() -> Vec<std::path::PathBuf> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui/policy");
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/ui/policy exists") {
        let path = entry.expect("readable directory").path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let name = path.file_stem().unwrap_or_default().to_string_lossy();
        let id: String = name.splitn(3, '-').take(2).collect::<Vec<_>>().join("-");
        match registry::find(&id) {
            Some(rule) if rule.status == Status::Implemented => cases.push(
                path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
                    .unwrap()
                    .to_owned(),
            ),
            _ => eprintln!("not yet run: {} ({id} is not implemented)", path.display()),
        }
    }
    cases.sort();
    cases
}
