//! Runs every rule fixture in `tests/fixtures/<area>/*.toml`.
//!
//! A fixture file names one rule and holds an endpoint that breaks exactly that rule and a
//! near-miss that passes:
//!
//! ```toml
//! rule = "T-025"
//! also_reported = []        # other error ids the failing endpoint cannot avoid breaking
//! [fail]                    # or fail_toml = '''...''' / fail_json = '''...''' for raw text
//! side = "client"
//! ...
//! [pass]
//! ...
//! ```
//! The failing endpoint must report `rule` (as an error, or as a warning for a lint) and no
//! error outside `rule` and `also_reported`; the passing one must report no error and not `rule`.
//! Either endpoint may be a template endpoint (`template = "<name>"`): it is then checked as a
//! template file is (`Policy::validate_template`).
//!
//! Fixtures in `tests/fixtures/constraints/` hold policy constraint documents instead of
//! endpoints (the `WS_POLICY_CONSTRAINTS` rules S-056..S-093), checked by
//! `wws_security_policy::constraints::validate` under the same guarantees.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use wws_security_model::constraint::{
    constraints_from_json_str, constraints_from_toml_str, decode_constraints,
};
use wws_security_model::decode::{decode_file, parse_node, Format, Node};
use wws_security_model::EndpointFile;
use wws_security_policy::registry::Area;
use wws_security_policy::{
    constraints, registry, validate, validate_template, Diagnostic, Report, Severity, Status,
};

/// What a fixture's documents describe.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Input {
    Endpoint,
    Constraints,
}

impl Input {
    fn of(path: &Path) -> Input {
        match path.parent().and_then(|p| p.file_name()) {
            Some(area) if area == "constraints" => Input::Constraints,
            _ => Input::Endpoint,
        }
    }
}

struct Outcome {
    /// (id, severity) of everything reported: format errors, then policy diagnostics.
    reported: Vec<(String, Severity)>,
    rendered: String,
}

fn run(doc: &toml::Table, key: &str, input: Input) -> Option<Outcome> {
    let node = doc
        .get(key)
        .map(|table| Node::deserialize(table.clone()).expect("a TOML table is a node"));
    let toml = doc.get(&format!("{key}_toml")).and_then(|v| v.as_str());
    let json = doc.get(&format!("{key}_json")).and_then(|v| v.as_str());
    let checked: Result<Report, _> = match input {
        Input::Endpoint => {
            let loaded = match (&node, toml, json) {
                (Some(node), _, _) => decode_file(node),
                (None, Some(text), _) => {
                    parse_node(text, Format::Toml).and_then(|n| decode_file(&n))
                }
                (None, None, Some(text)) => {
                    parse_node(text, Format::Json).and_then(|n| decode_file(&n))
                }
                (None, None, None) => return None,
            };
            loaded.map(|file| match &file {
                EndpointFile::Endpoint(endpoint) => validate(endpoint),
                EndpointFile::Template(template) => validate_template(template),
            })
        }
        Input::Constraints => {
            let loaded = match (&node, toml, json) {
                (Some(node), _, _) => decode_constraints(node),
                (None, Some(text), _) => constraints_from_toml_str(text),
                (None, None, Some(text)) => constraints_from_json_str(text),
                (None, None, None) => return None,
            };
            loaded.map(|c| constraints::validate(&c))
        }
    };
    Some(match checked {
        Ok(report) => Outcome {
            reported: report
                .diagnostics
                .iter()
                .map(|d| (d.rule.id.to_owned(), d.severity))
                .collect(),
            rendered: report.to_string(),
        },
        Err(errors) => {
            let diagnostics: Vec<Diagnostic> = errors.iter().map(Diagnostic::from_decode).collect();
            Outcome {
                reported: diagnostics
                    .iter()
                    .map(|d| (d.id().to_owned(), d.severity))
                    .collect(),
                rendered: diagnostics.iter().map(|d| format!("{d}\n")).collect(),
            }
        }
    })
}

/// The policy constraint rules (S-056..S-093), whose fixtures hold constraint documents; the
/// template rules (S-001..S-055, E-) hold endpoints.
fn is_constraint_rule(id: &str) -> bool {
    Area::of(id) == Some(Area::Templates)
        && id
            .strip_prefix("S-")
            .and_then(|n| n.parse::<u32>().ok())
            .is_some_and(|n| n >= 56)
}

fn fixture_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    for area in std::fs::read_dir(&root).expect("fixtures folder") {
        let area = area.unwrap().path();
        if area.is_dir() {
            for f in std::fs::read_dir(&area).unwrap() {
                let f = f.unwrap().path();
                if f.extension().is_some_and(|e| e == "toml") {
                    files.push(f);
                }
            }
        }
    }
    files.sort();
    files
}

fn load(path: &Path) -> toml::Table {
    let text = std::fs::read_to_string(path).unwrap();
    text.parse::<toml::Table>()
        .unwrap_or_else(|e| panic!("{}: not TOML: {e}", path.display()))
}

#[test]
fn every_fixture_fails_and_passes_as_declared() {
    let mut problems = Vec::new();
    for path in fixture_files() {
        // Compatibility fixtures hold pairs of endpoints; compat_fixtures.rs runs them.
        if path.parent().and_then(Path::file_name) == Some("compat".as_ref()) {
            continue;
        }
        let doc = load(&path);
        let input = Input::of(&path);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(rule_id) = doc.get("rule").and_then(|v| v.as_str()) else {
            problems.push(format!("{name}: no `rule`"));
            continue;
        };
        let Some(rule) = registry::find(rule_id) else {
            problems.push(format!("{name}: rule {rule_id} is not in the registry"));
            continue;
        };
        if (input == Input::Constraints) != is_constraint_rule(rule.id) {
            problems.push(format!(
                "{name}: constraint documents belong to the S-056..S-093 rules, in fixtures/constraints/"
            ));
        }
        if rule.id != rule_id {
            problems.push(format!(
                "{name}: {rule_id} is an also-id of {}; name the fixture after {}",
                rule.id, rule.id
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
        match run(&doc, "fail", input) {
            None => problems.push(format!("{name}: no failing endpoint")),
            Some(out) => {
                if !out.reported.iter().any(|(id, _)| id == rule.id) {
                    problems.push(format!(
                        "{name}: failing endpoint does not report {}; it reports:\n{}",
                        rule.id, out.rendered
                    ));
                }
                for (id, severity) in &out.reported {
                    if *severity == Severity::Error && id != rule.id && !allowed.contains(id) {
                        problems.push(format!(
                            "{name}: failing endpoint also reports unexpected error {id}:\n{}",
                            out.rendered
                        ));
                    }
                }
            }
        }
        match run(&doc, "pass", input) {
            None => problems.push(format!("{name}: no passing endpoint")),
            Some(out) => {
                for (id, severity) in &out.reported {
                    if *severity == Severity::Error || id == rule.id {
                        problems.push(format!(
                            "{name}: passing endpoint reports {id}:\n{}",
                            out.rendered
                        ));
                    }
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
fn every_implemented_rule_has_a_fixture() {
    let covered: BTreeSet<String> = fixture_files()
        .iter()
        .filter_map(|p| {
            load(p)
                .get("rule")
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        })
        .collect();
    let missing: Vec<&str> = registry::rules()
        .iter()
        // R- rules need a `Runtime` (slots, variables) that a fixture cannot express; the load
        // module's tests cover them.
        .filter(|r| r.status == Status::Implemented && r.area() != registry::Area::Runtime)
        .filter(|r| !covered.contains(r.id))
        .map(|r| r.id)
        .collect();
    assert!(
        missing.is_empty(),
        "implemented rules without a fixture: {missing:?}"
    );
}
