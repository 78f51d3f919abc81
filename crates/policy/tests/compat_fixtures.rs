//! Runs every compatibility fixture in `tests/fixtures/compat/*.toml`.
//!
//! A compatibility fixture names one `C-` rule and holds a pair that breaks exactly that rule and
//! a near-miss pair that passes, each pair a client and a server endpoint:
//!
//! ```toml
//! rule = "C-007"
//! also_reported = []        # other error ids the failing pair cannot avoid breaking
//! [fail.client]
//! side = "client"
//! ...
//! [fail.server]
//! ...
//! [pass.client]
//! ...
//! [pass.server]
//! ...
//! ```
//! Each of the four endpoints must be valid on its own (no error of any other rule), so the
//! verdict is about the pair. The failing pair must report `rule` (as an error, or as a warning
//! for a lint) and no error outside `rule` and `also_reported`; the passing pair must report no
//! error and not `rule`. Every implemented `C-` rule has a fixture.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use wws_security_model::decode::{decode_endpoint, Node};
use wws_security_model::Endpoint;
use wws_security_policy::{compat, registry, validate, Severity, Status};

fn fixture_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compat");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/compat")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn load(path: &Path) -> toml::Table {
    let text = std::fs::read_to_string(path).unwrap();
    text.parse::<toml::Table>()
        .unwrap_or_else(|e| panic!("{}: not TOML: {e}", path.display()))
}

/// The endpoint at `pair.end` (`fail.client` ...), valid on its own, or a problem.
fn endpoint(doc: &toml::Table, pair: &str, end: &str) -> Result<Endpoint, String> {
    let table = doc
        .get(pair)
        .and_then(|p| p.get(end))
        .ok_or_else(|| format!("no [{pair}.{end}]"))?;
    let node = Node::deserialize(table.clone()).expect("a TOML table is a node");
    let endpoint =
        decode_endpoint(&node).map_err(|e| format!("[{pair}.{end}] does not load:\n{e}"))?;
    let report = validate(&endpoint);
    if report.has_errors() {
        return Err(format!("[{pair}.{end}] is not valid on its own:\n{report}"));
    }
    Ok(endpoint)
}

fn pair(doc: &toml::Table, key: &str) -> Result<(Endpoint, Endpoint), String> {
    Ok((endpoint(doc, key, "client")?, endpoint(doc, key, "server")?))
}

#[test]
fn every_compat_fixture_fails_and_passes_as_declared() {
    let files = fixture_files();
    assert!(!files.is_empty(), "no compatibility fixtures");
    let mut problems = Vec::new();
    for path in files {
        let doc = load(&path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(rule) = doc
            .get("rule")
            .and_then(|v| v.as_str())
            .and_then(registry::find)
        else {
            problems.push(format!("{name}: no `rule`, or not a rule of the registry"));
            continue;
        };
        if rule.area() != registry::Area::Compat || !name.starts_with(rule.id) {
            problems.push(format!(
                "{name}: holds {}; name it after a C- rule",
                rule.id
            ));
        }
        let allowed: BTreeSet<String> = doc
            .get("also_reported")
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        match pair(&doc, "fail") {
            Err(problem) => problems.push(format!("{name}: {problem}")),
            Ok((client, server)) => {
                let report = compat(&client, &server);
                if !report.reports(rule.id) {
                    problems.push(format!(
                        "{name}: the failing pair does not report {}; it reports:\n{report}",
                        rule.id
                    ));
                }
                for d in report.errors() {
                    if d.id() != rule.id && !allowed.contains(d.id()) {
                        problems.push(format!(
                            "{name}: the failing pair also reports unexpected error {}:\n{report}",
                            d.id()
                        ));
                    }
                }
                let expected = if rule.severity == Severity::Error {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                if report
                    .diagnostics
                    .iter()
                    .any(|d| d.id() == rule.id && d.diagnostic.severity != expected)
                {
                    problems.push(format!(
                        "{name}: {} is reported with another severity",
                        rule.id
                    ));
                }
            }
        }
        match pair(&doc, "pass") {
            Err(problem) => problems.push(format!("{name}: {problem}")),
            Ok((client, server)) => {
                let report = compat(&client, &server);
                if !report.is_compatible() || report.reports(rule.id) {
                    problems.push(format!("{name}: the passing pair reports:\n{report}"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} fixture problem(s):\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

#[test]
fn every_compat_rule_is_implemented_with_a_fixture() {
    let covered: BTreeSet<String> = fixture_files()
        .iter()
        .filter_map(|p| {
            load(p)
                .get("rule")
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        })
        .collect();
    let compat_rules: Vec<_> = registry::rules()
        .iter()
        .filter(|r| r.area() == registry::Area::Compat)
        .collect();
    assert!(compat_rules.len() >= 21, "{} C- rules", compat_rules.len());
    for rule in compat_rules {
        assert_eq!(rule.status, Status::Implemented, "{}", rule.id);
        assert!(covered.contains(rule.id), "{} has no fixture", rule.id);
    }
}
