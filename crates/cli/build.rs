//! Embeds the rule fixtures (`crates/policy/tests/fixtures/<area>/<ID>.toml`) so that
//! `wws-security explain` can show a failing and a passing example for each rule. The list is
//! generated from the folder's contents at build time; the folder may be absent or growing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let tests = manifest.join("../policy/tests");
    let fixtures = tests.join("fixtures");
    // A directory is watched recursively: new, changed and removed fixtures rebuild the index.
    let watched = if fixtures.is_dir() { &fixtures } else { &tests };
    println!("cargo:rerun-if-changed={}", watched.display());

    let mut files = Vec::new();
    if let Ok(areas) = std::fs::read_dir(&fixtures) {
        for area in areas.flatten() {
            if let Ok(entries) = std::fs::read_dir(area.path()) {
                for entry in entries.flatten() {
                    let path = entry.path();
                    if path.extension().is_some_and(|e| e == "toml") {
                        files.push(path);
                    }
                }
            }
        }
    }
    files.sort();

    let mut out = String::from(
        "/// Every fixture file: (file stem such as `T-025` or `T-025.2`, contents).\n\
         pub(crate) static FIXTURES: &[(&str, &str)] = &[\n",
    );
    for path in &files {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        writeln!(
            out,
            "    ({stem:?}, include_str!({:?})),",
            absolute.display().to_string()
        )
        .expect("writing to a String");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("set by cargo")).join("fixtures.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
