//! `wws-security import`: exit codes, the human and JSON output, `--port` and `--out`, on the
//! WSDL fixtures of the importer crate.

mod common;

use common::{root, run, stderr, stdout};

const USERNAME: &str = "crates/wsdl/tests/fixtures/templates/http_ssl_username.wsdl";
const SPNEGO: &str = "crates/wsdl/tests/fixtures/unsupported/spnego_context_token.wsdl";
const X509: &str = "crates/wsdl/tests/fixtures/constraints/x509.wsdl";

#[test]
fn a_matching_port_exits_0_and_names_its_template() {
    let o = run(&["import", USERNAME]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("port `OrdersPort` (binding `OrdersBinding`, http, https://example.org/orders) at crates/wsdl/tests/fixtures/templates/http_ssl_username.wsdl:"),
        "{out}"
    );
    assert!(
        out.contains("alternative 0: matches template `http_ssl_username`"),
        "{out}"
    );
    assert!(
        out.contains("needs environment variable `ORDERSPORT_PASSWORD`"),
        "{out}"
    );
    assert!(
        out.ends_with(
            "1 port: 1 with a binding template, 0 matching without a template, 0 without a match\n"
        ),
        "{out}"
    );
}

#[test]
fn a_port_without_a_match_exits_1_with_the_assertion_and_its_line() {
    let o = run(&["import", "--color", "never", SPNEGO]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(
            "error[unknown-assertion]: port `OrdersPort`, alternative 0: `sp:SpnegoContextToken`"
        ),
        "{out}"
    );
    let text = std::fs::read_to_string(root().join(SPNEGO)).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("<sp:SpnegoContextToken"))
        .unwrap()
        + 1;
    assert!(out.contains(&format!("--> {SPNEGO}:{line}:")), "{out}");
    assert!(
        out.contains("^^^^^^^^^^^^^^^^^^^^^"),
        "a caret under the name: {out}"
    );
    assert!(
        out.contains("= help: only an alternative made of mapped assertions can match"),
        "{out}"
    );
}

#[test]
fn a_match_without_a_template_exits_0_with_a_warning() {
    let o = run(&["import", "--color", "never", X509]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("warning[S-072]"), "{out}");
    assert!(
        out.contains("matches the policy, but no binding template expresses it"),
        "{out}"
    );
}

#[test]
fn a_document_that_is_not_xml_exits_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.wsdl");
    std::fs::write(&bad, "<wsdl:definitions xmlns:wsdl=\"http://schemas.xmlsoap.org/wsdl/\">\n  <a>\n</wsdl:definitions>\n").unwrap();
    let o = run(&["import", bad.to_str().unwrap(), USERNAME]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("bad.wsdl: 3:1: the document is not well-formed XML: expected 'a' tag, not 'wsdl:definitions'\n"),
        "{err}"
    );
    // The other file is still imported.
    assert!(stdout(&o).contains("matches template `http_ssl_username`"));
    let o = run(&["import", "no/such/file.wsdl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/file.wsdl: cannot read the file"));
}

#[test]
fn json_has_the_documented_shape() {
    let o = run(&["import", "--format", "json", USERNAME, SPNEGO]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    let port = &files[0]["ports"][0];
    assert_eq!(port["port"], "OrdersPort");
    assert_eq!(port["address"], "https://example.org/orders");
    assert_eq!(port["channel_binding"], "http");
    let alternative = &port["alternatives"][0];
    assert_eq!(alternative["index"], 0);
    assert_eq!(alternative["matched"], true);
    assert_eq!(alternative["template"], "http_ssl_username");
    // A template match's endpoint is its template file.
    let endpoint = &alternative["endpoint"];
    assert_eq!(endpoint["template"], "http_ssl_username");
    assert_eq!(endpoint["side"], "client");
    assert_eq!(endpoint["bindings"], serde_json::Value::Null);
    assert_eq!(
        endpoint["username_message_security_binding"]["client_credential"]["password"]["env"],
        "ORDERSPORT_PASSWORD"
    );
    assert_eq!(
        endpoint["policy"]["username_message_security_binding"]["binding_usage"],
        "supporting"
    );
    assert_eq!(alternative["policy"], serde_json::Value::Null);
    assert_eq!(alternative["reasons"].as_array().unwrap().len(), 0);
    let failed = &files[1]["ports"][0]["alternatives"][0];
    assert_eq!(failed["matched"], false);
    assert_eq!(failed["template"], serde_json::Value::Null);
    assert_eq!(failed["endpoint"], serde_json::Value::Null);
    let reason = &failed["reasons"][0];
    assert_eq!(reason["rule"], "unknown-assertion");
    assert!(reason["message"]
        .as_str()
        .unwrap()
        .contains("sp:SpnegoContextToken"));
    assert!(reason["line"].as_u64().unwrap() > 1 && reason["column"].as_u64().unwrap() > 1);
}

#[test]
fn json_endpoint_of_a_match_without_a_template_is_a_plain_endpoint() {
    let o = run(&["import", "--format", "json", X509]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let alternative = &v["files"][0]["ports"][0]["alternatives"][0];
    assert_eq!(alternative["template"], serde_json::Value::Null);
    let endpoint = &alternative["endpoint"];
    assert_eq!(endpoint["template"], serde_json::Value::Null);
    assert_eq!(endpoint["channel_binding"], "http");
    assert_eq!(endpoint["bindings"][1]["type"], "xml_token_message");
    assert_eq!(alternative["reasons"][0]["rule"], "S-072");
}

#[test]
fn port_selects_one_port_and_an_unknown_port_is_a_usage_error() {
    let o = run(&["import", "--port", "OrdersPort", USERNAME]);
    assert_eq!(o.status.code(), Some(0));
    let o = run(&["import", "--port", "Nope", USERNAME]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("no port is named `Nope`"), "{err}");
    assert!(err.contains("the ports are `OrdersPort`"), "{err}");
}

#[test]
fn out_writes_template_files_that_check_clean() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("endpoints");
    let o = run(&["import", "--out", out.to_str().unwrap(), USERNAME]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = out.join("OrdersPort.toml");
    assert!(stdout(&o).contains(&format!("wrote {}", written.display())));
    let text = std::fs::read_to_string(&written).unwrap();
    assert!(
        text.starts_with("# Imported by `wws-security import` from "),
        "{text}"
    );
    assert!(
        text.contains("\ntemplate = \"http_ssl_username\"\n"),
        "a template file: {text}"
    );
    let o = run(&["check", written.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("1 file checked: 0 errors"),
        "{}",
        stdout(&o)
    );
    let o = run(&["expand", written.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("type = \"username_message\""),
        "{}",
        stdout(&o)
    );
    // A match without a template is written as a plain endpoint file, which checks clean too.
    let plain_dir = dir.path().join("plain");
    let o = run(&["import", "--out", plain_dir.to_str().unwrap(), X509]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let plain = plain_dir.join("OrdersPort.toml");
    let text = std::fs::read_to_string(&plain).unwrap();
    assert!(text.contains("\nchannel_binding = \"http\"\n"), "{text}");
    assert!(!text.contains("\ntemplate = "), "{text}");
    let o = run(&["check", plain.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    // A port without a match writes nothing.
    let o = run(&["import", "--out", out.to_str().unwrap(), SPNEGO]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
}

#[test]
fn terminal_controls_in_the_document_are_never_printed_raw() {
    // U+009B (CSI) is allowed in XML 1.0; a terminal may read it as the start of a command.
    let wsdl = std::fs::read_to_string(root().join(X509))
        .unwrap()
        .replace("name=\"OrdersPort\"", "name=\"Orders&#x9B;2JPort\"");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("controls.wsdl");
    std::fs::write(&path, &wsdl).unwrap();
    let o = run(&["import", "--color", "never", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\u{9b}'), "{out}");
    assert!(out.contains("port `Orders\\u{9b}2JPort`"), "{out}");
}
