//! The `wws-security` binary: exit codes, JSON shape, usage errors, and snapshots of the human
//! output for every file in `examples/mistakes/`.

mod common;

use common::{run, stderr, stdout};

const VALID: &str =
    "side = \"client\"\nchannel_binding = \"http\"\n\n[[bindings]]\ntype = \"ssl_transport\"\n";

fn temp_file(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn valid_file_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_file(&dir, "ok.toml", VALID);
    let o = run(&["check", &file]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("1 file checked: 0 errors, 0 warnings"));
}

#[test]
fn file_with_an_error_exits_1() {
    let o = run(&["check", "examples/mistakes/misspelled-binding-type.toml"]);
    assert_eq!(o.status.code(), Some(1));
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
        out.contains("= help: did you mean `ssl_transport`?"),
        "{out}"
    );
}

#[test]
fn unreadable_file_exits_2_and_others_are_still_checked() {
    let o = run(&[
        "check",
        "no/such/file.toml",
        "examples/mistakes/bad-duration.toml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    // One stream in file order: the unreadable file first, then the other's diagnostics, then
    // the summary as the last line.
    let out = stdout(&o);
    let unreadable = out
        .find("cannot read the file")
        .expect("the read error is reported");
    let diagnostic = out.find("error[F-006]").expect("the other file is checked");
    assert!(unreadable < diagnostic, "{out}");
    assert!(out.contains("--> no/such/file.toml"));
    assert!(out
        .trim_end()
        .ends_with("1 file checked: 1 error, 0 warnings, 1 file not read"));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn utf16_files_with_a_byte_order_mark_are_read_and_other_encodings_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let utf16 = dir.path().join("notepad.toml");
    let mut bytes = vec![0xFF, 0xFE];
    for unit in VALID.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    std::fs::write(&utf16, bytes).unwrap();
    let o = run(&["check", utf16.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("1 file checked: 0 errors"));

    let latin1 = dir.path().join("latin1.toml");
    std::fs::write(&latin1, b"side = \"client\" # caf\xe9\n").unwrap();
    let o = run(&["check", latin1.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("not UTF-8"), "{}", stdout(&o));
    assert!(stdout(&o).contains("offset 21"), "{}", stdout(&o));
}

#[test]
fn unknown_extension_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_file(&dir, "endpoint.yaml", VALID);
    let o = run(&["check", &file]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("expected a `.toml` or `.json` extension"));
}

#[test]
fn bad_usage_exits_2_with_what_was_expected() {
    let o = run(&["check", "--frobnicate", "x.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--frobnicate"));
    let o = run(&["check", "--format", "yaml", "x.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("possible values: human, json"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["rules", "--area", "nowhere"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn unknown_or_non_lint_ids_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let file = temp_file(&dir, "ok.toml", VALID);
    let o = run(&["check", "--deny", "Z-999", &file]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid value `Z-999` for `--deny`: no rule has the id"));
    assert!(stderr(&o).contains("expected the id of a lint"));
    // F-001 is an error, not a lint.
    let o = run(&["check", "--allow", "F-001", &file]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("is an error, not a lint"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", "--allow", "warnings", &file]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["check", "--deny", "warnings", &file]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn json_output_has_the_documented_shape() {
    let dir = tempfile::tempdir().unwrap();
    let json = temp_file(
        &dir,
        "bad.json",
        "{\n  \"side\": \"client\",\n  \"channel_binding\": \"htp\",\n  \"bindings\": []\n}\n",
    );
    let ok = temp_file(&dir, "ok.toml", VALID);
    let o = run(&["check", "--format", "json", &json, &ok]);
    assert_eq!(o.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files = doc["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["path"], json.as_str());
    assert_eq!(files[0]["valid"], false);
    let d = &files[0]["diagnostics"][0];
    let mut keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "also",
            "column",
            "help",
            "line",
            "message",
            "path",
            "rule",
            "severity",
            "suggestion"
        ]
    );
    // A misspelt value name carries its fix, in the file's own syntax.
    assert_eq!(d["suggestion"]["applicability"], "machine-applicable");
    assert_eq!(
        d["suggestion"]["text"],
        "set `\"channel_binding\": \"http\"`"
    );
    assert_eq!(
        d["suggestion"]["edits"],
        serde_json::json!([{"op": "set", "path": "channel_binding", "value": "http"}])
    );
    assert_eq!(d["rule"], "F-003");
    assert!(d["also"].is_array());
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "channel_binding");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(3), Some(22))
    );
    assert_eq!(files[1]["valid"], true);
    assert_eq!(files[1]["diagnostics"], serde_json::json!([]));
}

#[test]
fn explain_known_unknown_and_also_ids() {
    let o = run(&["explain", "f-002"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("F-002: "), "{out}");
    for field in ["status:", "severity:", "source:"] {
        assert!(out.contains(field), "{out}");
    }
    let o = run(&["explain", "F-0002"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `F-002`?"),
        "{}",
        stderr(&o)
    );
    let o = run(&["explain", "R-001"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("runtime slot"));
}

#[test]
fn rules_filters() {
    let o = run(&["rules", "--area", "runtime"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.contains("R-001") && out.contains("R-002") && !out.contains("F-001"),
        "{out}"
    );
    let o = run(&[
        "rules",
        "--area",
        "format",
        "--status",
        "implemented",
        "--severity",
        "error",
        "--kind",
        "format",
    ]);
    assert!(stdout(&o).contains("F-009"));
}

#[test]
fn every_command_has_help_with_examples() {
    for args in [
        &["--help"][..],
        &["check", "--help"],
        &["explain", "--help"],
        &["rules", "--help"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(stdout(&o).contains("Examples:"), "{args:?}");
    }
}

#[test]
fn mistakes_snapshots() {
    insta::glob!("../../../examples/mistakes", "*.toml", |path| {
        let name = path.file_name().unwrap().to_str().unwrap();
        let relative = format!("examples/mistakes/{name}");
        let text = std::fs::read_to_string(path).unwrap();
        assert!(
            text.starts_with("# Mistake: "),
            "{name} must start with a comment saying the mistake"
        );
        let o = run(&["check", "--color", "never", &relative]);
        assert!(
            matches!(o.status.code(), Some(0 | 1)),
            "{name}: {}",
            stderr(&o)
        );
        insta::assert_snapshot!(stdout(&o));
    });
}

#[test]
fn schema_prints_the_generated_json_schema() {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let status = wws_security_cli::run(["wws-security", "schema"], &mut out, &mut err);
    assert_eq!(status, 0);
    let schema: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
    assert_eq!(schema["title"], "wws-security endpoint file");
    let properties = schema["properties"]
        .as_object()
        .expect("top-level properties");
    for key in [
        "side",
        "channel_binding",
        "channel_type",
        "properties",
        "bindings",
    ] {
        assert!(properties.contains_key(key), "schema lacks `{key}`");
    }
}
