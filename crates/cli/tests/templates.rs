//! Template files on the command line: `expand` prints the plain endpoint a template stands for,
//! and `check`, `explain`, `rules` and `schema` know templates.

mod common;

use common::{root, run, stderr, stdout};
use wws_security_model::{Endpoint, EndpointFile};

const SAMPLE: &str = "examples/templates/policytemplateexample.toml";

fn plain_example() -> Endpoint {
    let text =
        std::fs::read_to_string(root().join("examples/endpoints/policytemplateexample.toml"))
            .unwrap();
    Endpoint::from_toml_str(&text).unwrap()
}

#[test]
fn expand_prints_the_plain_endpoint_in_toml() {
    let o = run(&["expand", SAMPLE]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "# expanded from template `http_header_auth` (WS_HTTP_HEADER_AUTH_BINDING_TEMPLATE_TYPE)\n\
             # channel properties (not part of the description): encoding = \"xml_utf8\"\n"
        ),
        "{out}"
    );
    // The output is a plain endpoint file: the one the sample's plain example holds.
    match EndpointFile::from_toml_str(&out).unwrap() {
        EndpointFile::Endpoint(e) => assert_eq!(e, plain_example()),
        other => panic!("not a plain endpoint: {other:?}"),
    }
}

#[test]
fn expand_prints_json_one_document_per_file() {
    let o = run(&[
        "expand",
        "--format",
        "json",
        SAMPLE,
        "examples/endpoints/httpcalculatorwithsslpolicyclientexample.toml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let documents: Vec<serde_json::Value> = serde_json::Deserializer::from_slice(&o.stdout)
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(documents.len(), 2);
    let first = Endpoint::from_json_str(&documents[0].to_string()).unwrap();
    assert_eq!(first, plain_example());
    // A plain file is its own expansion.
    assert_eq!(documents[1]["bindings"][0]["type"], "ssl_transport");
}

#[test]
fn expand_names_each_file_when_there_are_several() {
    let o = run(&[
        "expand",
        "examples/templates/httpcalculatorwithsslpolicyclientexample.toml",
        "examples/templates/httpcalculatorwithsslpolicyserviceexample.toml",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("# examples/templates/httpcalculatorwithsslpolicyclientexample.toml\n"));
    assert!(out.contains("# examples/templates/httpcalculatorwithsslpolicyserviceexample.toml\n"));
    assert!(out.contains("channel_type = \"reply\""));
}

#[test]
fn expand_reports_format_errors_and_unreadable_files() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "template = \"http_sssl\"\nside = \"client\"\n").unwrap();
    let o = run(&["expand", bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("error[S-001]: unknown binding template type `http_sssl`"),
        "{err}"
    );
    assert!(err.contains("did you mean `http_ssl`?"), "{err}");
    assert!(stdout(&o).is_empty());

    let o = run(&["expand", "no/such/file.toml", SAMPLE]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/file.toml: cannot read the file"));
    assert!(stdout(&o).contains("type = \"http_header_auth\""));
}

#[test]
fn check_places_template_diagnostics_in_the_template_file() {
    let o = run(&[
        "check",
        "--color",
        "never",
        "--format",
        "json",
        "examples/mistakes/template-username-proxy-without-credential.toml",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let d = &report["files"][0]["diagnostics"][0];
    assert_eq!(d["rule"], "S-039");
    assert_eq!(
        d["path"],
        "username_message_security_binding.client_credential"
    );
    assert_eq!(d["line"], 4);
}

#[test]
fn explain_rules_and_help_know_templates() {
    let o = run(&["explain", "s-012"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("E-001: "), "{out}");
    assert!(out.contains("Invalid (reports E-001):"), "{out}");
    assert!(out.contains("[policy."), "{out}");

    let o = run(&["rules", "--area", "templates"]);
    let out = stdout(&o);
    assert!(out.contains("S-001") && out.contains("S-055") && out.contains("E-001"));
    let in_area = wws_security_policy::registry::rules()
        .iter()
        .filter(|r| r.area() == wws_security_policy::Area::Templates)
        .count();
    assert!(in_area >= 55, "S-001..S-055 and E-001 at least");
    assert!(out.ends_with(&format!("{in_area} rule(s)\n")), "{out}");

    let o = run(&["expand", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Examples:"));
}

#[test]
fn schema_prints_the_template_schema() {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let status =
        wws_security_cli::run(["wws-security", "schema", "--template"], &mut out, &mut err);
    assert_eq!(status, 0);
    let schema: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(schema["title"], "wws-security template endpoint file");
    assert_eq!(schema["oneOf"].as_array().map(Vec::len), Some(14));
}
