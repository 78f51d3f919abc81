//! The official example endpoints (`examples/endpoints/*.toml`, one per WWSAPI sample
//! configuration) are configurations Microsoft shipped as working: each must load and
//! validate without a single error. Warnings are allowed.

use std::path::{Path, PathBuf};
use wws_security_model::Endpoint;

fn example_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/endpoints");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_official_example_validates_without_errors() {
    let files = example_files();
    assert!(
        files.len() >= 34,
        "expected at least 34 example endpoints, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let endpoint = match Endpoint::from_toml_str(&text) {
            Ok(endpoint) => endpoint,
            Err(errors) => {
                failures.push(format!("{name}: does not load\n{errors}"));
                continue;
            }
        };
        let report = wws_security_policy::validate(&endpoint);
        if report.has_errors() {
            // The whole report, warnings included, to show the context of the errors.
            failures.push(format!("{name}:\n{report}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} official examples are rejected:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
