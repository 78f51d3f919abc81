//! Every official example endpoint (`examples/endpoints/*.toml`) loads, and survives a trip
//! through TOML and through JSON unchanged.

use std::path::{Path, PathBuf};
use wws_security_model::Endpoint;

/// The example files, sorted by name.
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

fn load(path: &Path) -> Endpoint {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Endpoint::from_toml_str(&text)
        .unwrap_or_else(|errors| panic!("{} does not load:\n{errors}", path.display()))
}

#[test]
fn there_is_one_file_per_official_configuration() {
    let files = example_files();
    assert!(
        files.len() >= 34,
        "expected at least 34 example endpoints, found {}",
        files.len()
    );
}

#[test]
fn every_example_round_trips_through_toml() {
    for path in example_files() {
        let endpoint = load(&path);
        let text = endpoint
            .to_toml_string()
            .unwrap_or_else(|e| panic!("{}: cannot write TOML: {e}", path.display()));
        let again = Endpoint::from_toml_str(&text).unwrap_or_else(|errors| {
            panic!(
                "{}: the written TOML does not load:\n{errors}\n---\n{text}",
                path.display()
            )
        });
        assert_eq!(
            endpoint,
            again,
            "{}: TOML round trip changed the endpoint\n---\n{text}",
            path.display()
        );
    }
}

#[test]
fn every_example_round_trips_through_json() {
    for path in example_files() {
        let endpoint = load(&path);
        let text = endpoint
            .to_json_string()
            .unwrap_or_else(|e| panic!("{}: cannot write JSON: {e}", path.display()));
        let again = Endpoint::from_json_str(&text).unwrap_or_else(|errors| {
            panic!(
                "{}: the written JSON does not load:\n{errors}\n---\n{text}",
                path.display()
            )
        });
        assert_eq!(
            endpoint,
            again,
            "{}: JSON round trip changed the endpoint\n---\n{text}",
            path.display()
        );
    }
}
