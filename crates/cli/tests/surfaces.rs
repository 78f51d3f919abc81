//! Where diagnostics reach people: every output format on the mistake examples (reviewed
//! snapshots), SARIF validated against the 2.1.0 schema serde-sarif ships, standard input, and
//! `--fix`: every machine-applicable suggestion of every fixture and mistake, applied, makes its
//! diagnostic disappear and brings no new error.

mod common;

use common::{root, run, run_with_input, stderr, stdout};
use std::path::{Path, PathBuf};
use wws_security_cli::fix;
use wws_security_policy::{check_text, registry, FileDiagnostic, Format, Policy};

/// The mistake examples, as paths relative to the workspace root, sorted.
fn mistakes() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join("examples/mistakes"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| format!("examples/mistakes/{n}"))
        .collect();
    files.sort();
    files
}

fn check_all(format: &str) -> String {
    let mut args = vec!["check", "--format", format];
    let files = mistakes();
    args.extend(files.iter().map(String::as_str));
    let o = run(&args);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    stdout(&o)
}

#[test]
fn json_of_the_mistakes() {
    let doc: serde_json::Value = serde_json::from_str(&check_all("json")).unwrap();
    insta::assert_json_snapshot!(doc);
}

#[test]
fn github_annotations_of_the_mistakes() {
    let out = check_all("github");
    for line in out.lines() {
        assert!(
            line.starts_with("::error file=") || line.starts_with("::warning file="),
            "{line}"
        );
        assert!(line.contains(",title="), "{line}");
    }
    insta::assert_snapshot!(out);
}

#[test]
fn sarif_of_the_mistakes() {
    let doc: serde_json::Value = serde_json::from_str(&check_all("sarif")).unwrap();
    insta::assert_json_snapshot!(doc);
}

/// The SARIF 2.1.0 schema as serde-sarif ships it, from the cargo registry this test was built
/// with.
fn sarif_schema() -> Option<serde_json::Value> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))?;
    let registry = std::fs::read_dir(home.join("registry/src")).ok()?;
    for index in registry.flatten() {
        for package in std::fs::read_dir(index.path()).ok()?.flatten() {
            let name = package.file_name().to_string_lossy().into_owned();
            if name.starts_with("serde-sarif-0.8") {
                let text = std::fs::read_to_string(package.path().join("src/schema.json")).ok()?;
                return serde_json::from_str(&text).ok();
            }
        }
    }
    None
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let Some(schema) = sarif_schema() else {
        // The Windows suite runs its binaries under Wine, away from the cargo registry.
        if cfg!(windows) {
            return;
        }
        panic!("serde-sarif's schema.json is not in the cargo registry");
    };
    let validator = jsonschema::draft7::new(&schema).expect("the shipped schema compiles");
    let doc: serde_json::Value = serde_json::from_str(&check_all("sarif")).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // And the validator does reject what is not SARIF.
    let mut broken = doc.clone();
    broken["version"] = serde_json::json!("2.0");
    assert!(!validator.is_valid(&broken));
    let results = doc["runs"][0]["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let rule = r["ruleId"].as_str().unwrap();
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(doc["runs"][0]["tool"]["driver"]["rules"][index]["id"], rule);
        assert!(doc["runs"][0]["tool"]["driver"]["rules"][index]["helpUri"]
            .as_str()
            .unwrap()
            .ends_with(&format!("docs/explain.md#{}", rule.to_ascii_lowercase())),);
    }
}

#[test]
fn standard_input_reads_like_the_file_it_names() {
    let file = "examples/mistakes/misspelled-binding-type.toml";
    let text = std::fs::read(root().join(file)).unwrap();
    let from_file = run(&["check", "--format", "json", file]);
    let from_stdin = run_with_input(
        &["check", "--format", "json", "-", "--stdin-name", file],
        &text,
    );
    assert_eq!(from_stdin.status.code(), from_file.status.code());
    assert_eq!(stdout(&from_stdin), stdout(&from_file));
    // The format may be named instead of implied by the name.
    let json = run_with_input(
        &["check", "-", "--stdin-format", "json"],
        br#"{"side": "client", "channel_binding": "htp"}"#,
    );
    assert_eq!(json.status.code(), Some(1));
    assert!(
        stdout(&json).contains("--> <stdin>:1:39"),
        "{}",
        stdout(&json)
    );
    // Without a format, standard input is refused with the way out.
    let unnamed = run_with_input(&["check", "-"], b"side = \"client\"");
    assert_eq!(unnamed.status.code(), Some(2));
    assert!(
        stdout(&unnamed).contains("--stdin-format"),
        "{}",
        stdout(&unnamed)
    );
}

#[test]
fn fix_rewrites_the_file_keeping_comments_and_reports_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("endpoint.toml");
    let original = "# my client\nside = \"client\"\nchannel_bindng = \"http\"  # note\n\n[[bindings]]\ntype = \"ssl_transport\"\n[bindings.properties]\nrequire_ssl_client_cert = true\n";
    std::fs::write(&path, original).unwrap();
    let p = path.to_str().unwrap();
    let dry = run(&["check", "--fix", "--dry-run", p]);
    assert!(
        stdout(&dry).contains("would fix [F-002]"),
        "{}",
        stdout(&dry)
    );
    assert!(
        stdout(&dry).contains("+channel_binding = \"http\"  # note"),
        "{}",
        stdout(&dry)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);

    let fixed = run(&["check", "--fix", p]);
    let out = stdout(&fixed);
    assert!(
        out.contains("fixed [F-002] rename `channel_bindng` to `channel_binding`"),
        "{out}"
    );
    assert!(
        out.contains("fixed [P-014] remove `require_ssl_client_cert`"),
        "{out}"
    );
    assert_eq!(fixed.status.code(), Some(0), "{out}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text,
        "# my client\nside = \"client\"\nchannel_binding = \"http\"  # note\n\n[[bindings]]\ntype = \"ssl_transport\"\n[bindings.properties]\n"
    );
}

#[test]
fn fix_never_lowers_a_security_setting() {
    // HTTP header auth without SSL: the only fixes would be adding SSL or writing the protection
    // level `none`; neither is applied.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hdr.toml");
    let original = "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"http_header_auth\"\nclient_credential = { type = \"default\" }\n";
    std::fs::write(&path, original).unwrap();
    let o = run(&["check", "--fix", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!stdout(&o).contains("fixed ["), "{}", stdout(&o));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

/// Every fixture's failing endpoint (as TOML text) and every mistake example.
fn broken_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    let fixtures = root().join("crates/policy/tests/fixtures");
    for area in std::fs::read_dir(&fixtures).unwrap().flatten() {
        for file in std::fs::read_dir(area.path()).unwrap().flatten() {
            let name = file.path().display().to_string();
            let doc: toml::Table = std::fs::read_to_string(file.path())
                .unwrap()
                .parse()
                .unwrap();
            let text = match (doc.get("fail"), doc.get("fail_toml")) {
                (Some(table), _) => toml::to_string(table).unwrap(),
                (None, Some(raw)) => raw.as_str().unwrap().to_owned(),
                _ => continue, // JSON-only fixtures: --fix edits TOML
            };
            texts.push((name, text));
        }
    }
    for m in mistakes() {
        texts.push((m.clone(), std::fs::read_to_string(root().join(&m)).unwrap()));
    }
    texts
}

fn errors_of_the_same_phase(
    before: &[FileDiagnostic],
    after: &[FileDiagnostic],
) -> Vec<(String, String)> {
    let key = |d: &FileDiagnostic| (d.id().to_owned(), d.path.to_string());
    let format_phase = before
        .iter()
        .any(|d| d.is_error() && d.id().starts_with("F-"));
    let counted = |d: &&FileDiagnostic| d.is_error() && (!format_phase || d.id().starts_with("F-"));
    let old: Vec<_> = before.iter().filter(counted).map(key).collect();
    after
        .iter()
        .filter(counted)
        .map(key)
        .filter(|k| !old.contains(k))
        .collect()
}

#[test]
fn every_machine_applicable_fix_removes_its_diagnostic_and_adds_no_error() {
    let policy = Policy::new();
    let mut problems = Vec::new();
    let mut fixed_rules = std::collections::BTreeSet::new();
    let mut tried = 0;
    for (name, text) in broken_texts() {
        let before = check_text(&text, Format::Toml, &policy);
        for d in &before {
            let Some(s) = d.suggestion.as_ref().filter(|s| s.is_machine_applicable()) else {
                continue;
            };
            tried += 1;
            let after = match fix::apply(&text, s) {
                Ok(t) => check_text(&t, Format::Toml, &policy),
                Err(e) => {
                    problems.push(format!("{name}: {} not applicable: {e}", d.id()));
                    continue;
                }
            };
            if after.iter().any(|a| a.id() == d.id() && a.path == d.path) {
                problems.push(format!(
                    "{name}: {} at `{}` is still reported",
                    d.id(),
                    d.path
                ));
            }
            let new = errors_of_the_same_phase(&before, &after);
            if !new.is_empty() {
                problems.push(format!("{name}: fixing {} brought {new:?}", d.id()));
            }
            fixed_rules.insert(d.id());
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        tried >= 20,
        "only {tried} machine-applicable suggestions were tried"
    );
    eprintln!(
        "{tried} machine-applicable fixes tried, covering {} rules: {fixed_rules:?}",
        fixed_rules.len()
    );
    // Every rule whose fixtures carry a mechanical fix is a rule the registry knows.
    for id in fixed_rules {
        assert!(registry::find(id).is_some(), "{id}");
    }
}

#[test]
fn terminal_controls_in_a_file_are_never_printed_raw() {
    // A quoted TOML key may hold any character: here an escape sequence (written `\u001b`) and
    // a right-to-left override (written as itself). The message escapes both; the source line
    // shows `?` for each byte of the override.
    let text = "side = \"client\"\nchannel_binding = \"http\"\n\"evil\\u001b[2J\u{202e}key\" = 1\n";
    let o = run_with_input(
        &["check", "--color", "never", "-", "--stdin-format", "toml"],
        text.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{202e}'),
        "{out:?}"
    );
    assert!(out.contains("evil\\u{1b}[2J\\u{202e}key"), "{out}");
    assert!(out.contains("\"evil\\u001b[2J???key\" = 1"), "{out}");
}
