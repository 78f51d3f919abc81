//! The importer on our own WSDL fixtures (`tests/fixtures/`), written from the reference pages:
//! one per binding template the pages map, alternatives that only policy constraints express, and
//! one per unsupported assertion. Each fixture states what it expects in its second line:
//!
//! ```text
//! <!-- expect: template http_ssl_username -->
//! <!-- expect: constraints S-072 sp:X509Token -->
//! <!-- expect: no-match unknown-assertion sp:SpnegoContextToken -->
//! ```
//! For a rule or gap, the last word names the element the reason must point at: its first
//! start tag in the file, or its n-th with `element#n`.

use std::path::{Path, PathBuf};
use wws_security_model::{BindingTemplateType, CEnum, EndpointFile, SecurityBindingType};
use wws_security_policy::{check_text, Format, Policy};
use wws_security_wsdl::{import, output, Alternative, Port, Reason, Verdict};

fn fixtures(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wsdl"))
        .collect();
    files.sort();
    files
}

enum Expect {
    Template(String),
    Constraints { rule: String, element: String },
    NoMatch { rule: String, element: String },
}

fn expectation(text: &str, name: &str) -> Expect {
    let line = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("<!-- expect:"))
        .unwrap_or_else(|| panic!("{name}: no `<!-- expect: ... -->` line"));
    let words: Vec<&str> = line.trim_end_matches("-->").split_whitespace().collect();
    match words.as_slice() {
        ["template", t] => Expect::Template((*t).to_owned()),
        ["constraints", rule, element] => Expect::Constraints {
            rule: (*rule).to_owned(),
            element: (*element).to_owned(),
        },
        ["no-match", rule, element] => Expect::NoMatch {
            rule: (*rule).to_owned(),
            element: (*element).to_owned(),
        },
        other => panic!("{name}: cannot read the expectation {other:?}"),
    }
}

/// The line of the first start tag of `element` (outside the expectation comments), or of the
/// n-th for `element#n`.
fn line_of(text: &str, element: &str) -> u32 {
    let (element, nth) = match element.split_once('#') {
        Some((e, n)) => (e, n.parse::<usize>().expect("an occurrence number")),
        None => (element, 1),
    };
    let tag = format!("<{element}");
    let index = text
        .lines()
        .enumerate()
        .filter(|(_, l)| {
            l.find(&tag).is_some_and(|i| {
                l[i + tag.len()..].starts_with(|c: char| c.is_whitespace() || c == '/' || c == '>')
            })
        })
        .nth(nth - 1)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("no occurrence {nth} of `{tag}` in the fixture"));
    u32::try_from(index + 1).unwrap()
}

/// Every reason of a port, its own and its alternatives'.
fn reasons(port: &Port) -> Vec<&Reason> {
    port.reasons
        .iter()
        .chain(port.alternatives.iter().flat_map(|a| a.reasons.iter()))
        .collect()
}

/// The produced file checks clean as written, reads back as the same file (TOML and JSON),
/// and describes the alternative's endpoint: a template file expands to it.
fn endpoint_file_is_valid(name: &str, port: &Port, alternative: &Alternative) {
    let endpoint = alternative
        .endpoint
        .as_ref()
        .expect("a matching alternative has an endpoint");
    let file = alternative
        .file()
        .expect("a matching alternative has a file");
    let text = output::endpoint_file(name, port, alternative).expect("a file for a match");
    let diagnostics = check_text(&text, Format::Toml, &Policy::new());
    let errors: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "{name}: the file has errors:\n{}\n{text}",
        errors.join("\n")
    );
    assert_eq!(
        EndpointFile::from_toml_str(&text).unwrap(),
        file,
        "{name}: round trip"
    );
    let json = file.to_json_string().unwrap();
    assert_eq!(
        EndpointFile::from_json_str(&json).unwrap(),
        file,
        "{name}: JSON round trip"
    );
    assert_eq!(&file.expand(), endpoint, "{name}: the file's endpoint");
    assert_eq!(
        file.template().map(|t| t.template_type().name()),
        alternative.template_name(),
        "{name}: a template file exactly for a template match"
    );
    // Nothing the program must supply is written as a value that could pass for a real one.
    assert!(!text.contains("_user\""), "{name}: {text}");
}

fn run(folder: &str) -> usize {
    let mut count = 0;
    for path in fixtures(folder) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let import = import(text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(import.ports.len(), 1, "{name}: one port");
        let port = &import.ports[0];
        assert_eq!(port.name, "OrdersPort", "{name}");
        match expectation(&text, &name) {
            Expect::Template(template) => {
                let matched = port
                    .alternatives
                    .iter()
                    .find(|a| a.matched())
                    .unwrap_or_else(|| panic!("{name}: nothing matches: {:#?}", reasons(port)));
                assert_eq!(
                    matched.template_name(),
                    Some(template.as_str()),
                    "{name}: {:#?}",
                    matched.reasons
                );
                let file = matched.template.as_ref().expect("a template file");
                assert_eq!(file.template_type().name(), template, "{name}");
                endpoint_file_is_valid(&name, port, matched);
            }
            Expect::Constraints { rule, element } => {
                let alternative = &port.alternatives[0];
                assert_eq!(
                    alternative.verdict,
                    Verdict::Constraints,
                    "{name}: {:#?}",
                    alternative.reasons
                );
                assert!(alternative.template.is_none(), "{name}");
                let reason = alternative.reasons.iter().find(|r| r.rule == rule);
                let reason = reason
                    .unwrap_or_else(|| panic!("{name}: no {rule} in {:#?}", alternative.reasons));
                assert_eq!(
                    reason.position.map(|p| p.line),
                    Some(line_of(&text, &element)),
                    "{name}: {reason:?}"
                );
                endpoint_file_is_valid(&name, port, alternative);
            }
            Expect::NoMatch { rule, element } => {
                assert!(!port.matched(), "{name}: matched");
                assert!(
                    port.alternatives.iter().all(|a| a.endpoint.is_none()),
                    "{name}"
                );
                let all = reasons(port);
                let reason = all.iter().find(|r| r.rule == rule);
                let reason = reason.unwrap_or_else(|| panic!("{name}: no {rule} in {all:#?}"));
                assert_eq!(
                    reason.position.map(|p| p.line),
                    Some(line_of(&text, &element)),
                    "{name}: {reason:?}"
                );
                assert!(
                    !reason.help.is_empty() && !reason.message.is_empty(),
                    "{name}"
                );
                let span = reason
                    .span
                    .clone()
                    .expect("a reason from the document has a span");
                let element_name = element.split('#').next().unwrap();
                assert_eq!(
                    &text[span.clone()],
                    element_name,
                    "{name}: the caret is under the element's name"
                );
                assert!(output::endpoint_file(&name, port, &port.alternatives[0]).is_none());
            }
        }
        count += 1;
    }
    count
}

#[test]
fn every_template_fixture_matches_its_template() {
    assert_eq!(run("templates"), BindingTemplateType::ALL.len());
    // One fixture per template, named after it.
    for t in BindingTemplateType::ALL {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(format!("tests/fixtures/templates/{}.wsdl", t.name()));
        assert!(path.exists(), "no fixture for template {}", t.name());
    }
}

#[test]
fn constraint_fixtures_match_as_declared() {
    assert!(run("constraints") >= 7);
}

#[test]
fn unsupported_fixtures_do_not_match_and_say_why() {
    assert!(run("unsupported") >= 17);
}

/// The files written for the template and constraint fixtures, as a user reads them (every
/// snapshot read against the fixture and templates.md).
#[test]
fn written_files_are_as_reviewed() {
    for folder in ["templates", "constraints"] {
        for path in fixtures(folder) {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let source = format!("{folder}/{stem}.wsdl");
            let import = import(&std::fs::read(&path).unwrap()).unwrap();
            for port in &import.ports {
                for alternative in &port.alternatives {
                    if let Some(text) = output::endpoint_file(&source, port, alternative) {
                        let name = format!("{folder}__{}", output::file_name(port, alternative));
                        insta::assert_snapshot!(name.replace("OrdersPort", &stem), text);
                    }
                }
            }
        }
    }
}

fn template_fixture(name: &str) -> (Port, Alternative) {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/templates/{name}.wsdl"));
    let import = import(&std::fs::read(path).unwrap()).unwrap();
    let port = import.ports.into_iter().next().unwrap();
    let alternative = port.alternatives[0].clone();
    (port, alternative)
}

/// The bindings each template builds, in the order of the template structures (templates.md
/// §1.2); for the security-context templates, then the bootstrap's.
fn expected_bindings(
    t: BindingTemplateType,
) -> (Vec<SecurityBindingType>, Vec<SecurityBindingType>) {
    use BindingTemplateType as B;
    use SecurityBindingType as S;
    match t {
        B::Http | B::Tcp => (vec![], vec![]),
        B::HttpSsl => (vec![S::SslTransport], vec![]),
        B::HttpHeaderAuth => (vec![S::HttpHeaderAuth], vec![]),
        B::HttpSslHeaderAuth => (vec![S::SslTransport, S::HttpHeaderAuth], vec![]),
        B::HttpSslUsername => (vec![S::SslTransport, S::UsernameMessage], vec![]),
        B::HttpSslKerberosApreq => (vec![S::SslTransport, S::KerberosApreqMessage], vec![]),
        B::TcpSspi => (vec![S::TcpSspiTransport], vec![]),
        B::TcpSspiUsername => (vec![S::TcpSspiTransport, S::UsernameMessage], vec![]),
        B::TcpSspiKerberosApreq => (vec![S::TcpSspiTransport, S::KerberosApreqMessage], vec![]),
        B::HttpSslUsernameSecurityContext => (
            vec![S::SslTransport, S::SecurityContextMessage],
            vec![S::SslTransport, S::UsernameMessage],
        ),
        B::HttpSslKerberosApreqSecurityContext => (
            vec![S::SslTransport, S::SecurityContextMessage],
            vec![S::SslTransport, S::KerberosApreqMessage],
        ),
        B::TcpSspiUsernameSecurityContext => (
            vec![S::TcpSspiTransport, S::SecurityContextMessage],
            vec![S::TcpSspiTransport, S::UsernameMessage],
        ),
        B::TcpSspiKerberosApreqSecurityContext => (
            vec![S::TcpSspiTransport, S::SecurityContextMessage],
            vec![S::TcpSspiTransport, S::KerberosApreqMessage],
        ),
    }
}

#[test]
fn each_template_endpoint_has_the_templates_bindings() {
    for t in BindingTemplateType::ALL {
        let (_, alternative) = template_fixture(t.name());
        let endpoint = alternative.endpoint.unwrap();
        let types: Vec<SecurityBindingType> = endpoint
            .description
            .bindings
            .iter()
            .map(|b| b.binding_type())
            .collect();
        let (outer, bootstrap) = expected_bindings(*t);
        assert_eq!(types, outer, "{}", t.name());
        let inner: Vec<SecurityBindingType> = endpoint
            .description
            .bindings
            .iter()
            .find_map(|b| match b {
                wws_security_model::SecurityBinding::SecurityContextMessage(sc) => {
                    sc.bootstrap_security_description.as_ref()
                }
                _ => None,
            })
            .map(|d| d.bindings.iter().map(|b| b.binding_type()).collect())
            .unwrap_or_default();
        assert_eq!(inner, bootstrap, "{} bootstrap", t.name());
        let expected_channel = if t.name().starts_with("http") {
            "http"
        } else {
            "tcp"
        };
        assert_eq!(
            endpoint.channel_binding.name(),
            expected_channel,
            "{}",
            t.name()
        );
        for b in &endpoint.description.bindings {
            if b.binding_type().is_message_binding() {
                assert_eq!(
                    b.binding_usage(),
                    Some(wws_security_model::MessageSecurityUsage::Supporting)
                );
            }
        }
    }
}
