//! `wws-security compat`: exit codes, the JSON shape, lint levels, files that cannot be
//! compared, and snapshots of the human output for the failing pair of every compatibility
//! fixture (`crates/policy/tests/fixtures/compat/`).

mod common;

use common::{root, run, run_in, run_with_input, stderr, stdout};
use std::path::Path;

const EXAMPLES: &str = "examples/endpoints";

fn example(name: &str) -> String {
    format!("{EXAMPLES}/{name}.toml")
}

/// Writes the `[<pair>.client]` and `[<pair>.server]` endpoints of a compatibility fixture to
/// `client.toml` and `server.toml` in `dir`.
fn write_pair(fixture: &Path, pair: &str, dir: &Path) {
    let doc: toml::Table = std::fs::read_to_string(fixture).unwrap().parse().unwrap();
    for end in ["client", "server"] {
        let table = doc[pair][end].as_table().expect("an endpoint table");
        let text = toml::to_string(table).expect("an endpoint writes as TOML");
        std::fs::write(dir.join(format!("{end}.toml")), text).unwrap();
    }
}

#[test]
fn an_official_pair_is_compatible_and_exits_0() {
    let o = run(&[
        "compat",
        &example("httpclientwithusernameoversslexample"),
        &example("httpserverwithusernameoversslexample"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).trim_end().ends_with("are compatible"),
        "{}",
        stdout(&o)
    );
    assert!(stderr(&o).is_empty());
}

#[test]
fn an_incompatible_pair_exits_1_and_shows_both_files() {
    let (client, server) = (
        example("httpclientwithusernameoversslexample"),
        example("httpserverwithkerberosoversslexample"),
    );
    let o = run(&["compat", "--color", "never", &client, &server]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("error[C-017]"), "{out}");
    assert!(out.contains(&format!("--> {client}:14:11")), "{out}");
    assert!(out.contains(&format!("::: {server}:11:1")), "{out}");
    assert!(out.contains("= note: at run time, "), "{out}");
    assert!(
        out.trim_end()
            .ends_with("are not compatible: 3 errors, 0 warnings"),
        "{out}"
    );
}

#[test]
fn json_output_has_the_documented_shape() {
    let (client, server) = (
        example("policytemplateexample"),
        example("httpcalculatorwithbasicoversslserviceexample"),
    );
    let o = run(&["compat", "--format", "json", &client, &server]);
    assert_eq!(o.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["compatible"], false);
    assert_eq!(doc["client"], client.as_str());
    assert_eq!(doc["server"], server.as_str());
    let diagnostics = doc["diagnostics"].as_array().unwrap();
    let rules: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["C-004", "C-007"]);
    let d = &diagnostics[1];
    let mut keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "also",
            "client_column",
            "client_line",
            "client_path",
            "help",
            "message",
            "rule",
            "server_column",
            "server_line",
            "server_path",
            "severity",
            "symptom"
        ]
    );
    assert_eq!(
        d["client_path"],
        "bindings[0].properties.http_header_auth_scheme"
    );
    assert_eq!(
        d["server_path"],
        "bindings[1].properties.http_header_auth_scheme"
    );
    assert_eq!(
        (d["client_line"].as_u64(), d["client_column"].as_u64()),
        (Some(15), Some(1))
    );
    assert_eq!(
        (d["server_line"].as_u64(), d["server_column"].as_u64()),
        (Some(14), Some(1))
    );
    assert!(d["message"].as_str().unwrap().contains("`ntlm`"));
    assert!(d["message"].as_str().unwrap().contains("`basic`"));
    assert!(d["symptom"].as_str().unwrap().contains("'Ntlm'"));
    assert!(doc.get("files").is_none());

    let o = run(&[
        "compat",
        "--format",
        "json",
        &example("httpclientwithsslexample"),
        &example("httpserverwithsslexample"),
    ]);
    assert_eq!(o.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["compatible"], true);
    assert_eq!(doc["diagnostics"], serde_json::json!([]));
}

#[test]
fn lint_levels_apply_to_compat_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = root().join("crates/policy/tests/fixtures/compat/C-018.toml");
    write_pair(&fixture, "fail", dir.path());
    let args = |extra: &[&'static str]| {
        let mut args = vec!["compat", "--color", "never"];
        args.extend_from_slice(extra);
        args.extend(["client.toml", "server.toml"]);
        args
    };
    let o = run_in(dir.path(), &args(&[]));
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("warning[C-018]"));
    assert!(stdout(&o)
        .trim_end()
        .ends_with("are compatible, with 1 warning"));

    let o = run_in(dir.path(), &args(&["--deny", "warnings"]));
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("error[C-018]"));

    let o = run_in(
        dir.path(),
        &args(&["--deny", "warnings", "--allow", "C-018"]),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(!stdout(&o).contains("C-018"));

    let o = run_in(dir.path(), &args(&["--allow", "C-007"]));
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is an error, not a lint"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_file_invalid_on_its_own_is_reported_as_check_does_and_exits_2() {
    let o = run(&[
        "compat",
        "--color",
        "never",
        "examples/mistakes/misspelled-binding-type.toml",
        &example("httpserverwithsslexample"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    assert!(
        out.contains("error[F-003]: unknown security binding type `ssl_transprot`"),
        "{out}"
    );
    assert!(
        out.contains("--> examples/mistakes/misspelled-binding-type.toml:7:8"),
        "{out}"
    );
    assert!(
        out.trim_end().ends_with("not compared: examples/mistakes/misspelled-binding-type.toml is not a valid endpoint (1 error)"),
        "{out}"
    );

    let o = run(&[
        "compat",
        "--format",
        "json",
        "no/such/client.toml",
        "examples/mistakes/server-only-property-on-client.toml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(doc["compatible"], false);
    let files = doc["files"].as_array().unwrap();
    assert!(files[0]["error"]
        .as_str()
        .unwrap()
        .contains("cannot read the file"));
    assert_eq!(files[1]["valid"], false);
    assert_eq!(files[1]["diagnostics"][0]["rule"], "P-014");
}

#[test]
fn lints_of_a_file_alone_do_not_stop_the_comparison() {
    // The TCP client allows impersonation (lint L-001): still a valid endpoint, even with
    // `--deny warnings`, which applies to the comparison.
    let o = run(&[
        "compat",
        "--deny",
        "warnings",
        &example("requestreplytcpclientwithwindowstransportsecurityexample"),
        &example("requestreplytcpserverwithwindowstransportsecurityexample"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn either_file_may_come_from_standard_input() {
    let client = std::fs::read(root().join(example("httpclientwithsslexample"))).unwrap();
    let server = example("httpserverwithsslexample");
    let o = run_with_input(
        &[
            "compat",
            "-",
            &server,
            "--stdin-format",
            "toml",
            "--stdin-name",
            "client.toml",
        ],
        &client,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).starts_with("client.toml and "), "{}", stdout(&o));

    let o = run(&["compat", "-", "-"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot both be read from standard input"));
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["compat", &example("httpclientwithsslexample")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<SERVER>"), "{}", stderr(&o));
    let o = run(&["compat", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Examples:"));
}

#[test]
fn explain_and_rules_know_the_compat_rules() {
    let o = run(&["rules", "--area", "compat"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.contains("C-001") && out.contains("C-021") && !out.contains("T-0"),
        "{out}"
    );
    let o = run(&["explain", "c-017"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("C-017: "), "{out}");
    assert!(out.contains("area:     compat"), "{out}");
    assert!(
        out.contains("Invalid (reports C-017):") && out.contains("[server]"),
        "{out}"
    );
}

#[test]
fn fixture_pairs_snapshots() {
    insta::glob!("../../policy/tests/fixtures/compat", "*.toml", |path| {
        let dir = tempfile::tempdir().unwrap();
        write_pair(path, "fail", dir.path());
        let o = run_in(
            dir.path(),
            &["compat", "--color", "never", "client.toml", "server.toml"],
        );
        assert!(matches!(o.status.code(), Some(0 | 1)), "{}", stdout(&o));
        insta::assert_snapshot!(stdout(&o));
    });
}
