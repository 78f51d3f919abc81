//! The importer on the real WSDL and policy files of `shared/corpus/wsdl` (or `WWS_CORPUS`).
//! The files are test input kept outside the repository; every test here says so and passes when
//! the folder is absent.
//!
//! - WSS4J ships inputs with their normal forms: ours must agree with them.
//! - Every file imports without a panic; every file produced (a template file for a template
//!   match, a plain endpoint file for the others) checks clean as written and reads back.

use std::path::PathBuf;
use wws_security_model::EndpointFile;
use wws_security_policy::{check_text, Format, Policy};
use wws_security_wsdl::{import, normal_form, output};

fn corpus() -> Option<PathBuf> {
    let dir = std::env::var_os("WWS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/wsdl")
        });
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: no corpus at {}", dir.display());
        None
    }
}

fn read(dir: &std::path::Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// WSS4J's normalised files are in normal form at the top: one `wsp:ExactlyOne` of `wsp:All`.
fn is_top_level_normal(text: &str) -> bool {
    let doc = roxml(text);
    let root = doc.root_element();
    let children: Vec<_> = root.children().filter(|c| c.is_element()).collect();
    matches!(children.as_slice(), [one] if one.tag_name().name() == "ExactlyOne"
        && one.children().filter(|c| c.is_element()).all(|c| c.tag_name().name() == "All"))
}

fn roxml(text: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(text).expect("well-formed")
}

#[test]
fn normal_forms_agree_with_wss4j() {
    let Some(dir) = corpus() else { return };
    let pairs = [
        (
            "apache__ws-wss4j__sp12_TransportBinding.xml",
            "apache__ws-wss4j__sp12-normalized_TransportBinding.xml",
        ),
        (
            "apache__ws-wss4j__sp12_SecureConversationToken.xml",
            "apache__ws-wss4j__sp12-normalized_SecureConversationToken.xml",
        ),
    ];
    for (input, golden) in pairs {
        let golden_text = read(&dir, golden);
        assert!(
            is_top_level_normal(&golden_text),
            "{golden} is the oracle's normal form"
        );
        let ours = normal_form(&read(&dir, input)).unwrap();
        let theirs = normal_form(&golden_text).unwrap();
        assert_eq!(ours, theirs, "{input} against {golden}");
        // Normalising a normal form changes nothing, and the input really changed (the optional
        // assertion became two alternatives).
        assert_eq!(ours.matches("All[").count(), theirs.matches("All[").count());
        assert!(ours.starts_with("ExactlyOne[All[], All["), "{ours}");
    }
}

#[test]
fn every_corpus_file_imports_and_every_endpoint_checks() {
    let Some(dir) = corpus() else { return };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml" || e == "wsdl"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus has its 20 files");
    let (mut templates, mut plain) = (0, 0);
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        let text = wws_security_wsdl::decode(&bytes).unwrap();
        let import = import(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!import.ports.is_empty(), "{name}: no port");
        let lines = text.lines().count() as u32;
        for port in &import.ports {
            for alternative in &port.alternatives {
                for reason in &alternative.reasons {
                    let position = reason.position.expect("every reason has a place");
                    assert!(
                        position.line >= 1 && position.line <= lines,
                        "{name}: {reason:?}"
                    );
                    let span = reason.span.clone().expect("a span");
                    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
                if let Some(text) = output::endpoint_file(&name, port, alternative) {
                    let errors: Vec<String> = check_text(&text, Format::Toml, &Policy::new())
                        .iter()
                        .filter(|d| d.is_error())
                        .map(ToString::to_string)
                        .collect();
                    assert!(
                        errors.is_empty(),
                        "{name} {}: {errors:?}\n{text}",
                        port.name
                    );
                    let file = EndpointFile::from_toml_str(&text).unwrap();
                    assert_eq!(Some(&file), alternative.file().as_ref(), "{name}");
                    assert_eq!(Some(&file.expand()), alternative.endpoint.as_ref());
                    match file {
                        EndpointFile::Template(_) => templates += 1,
                        EndpointFile::Endpoint(_) => plain += 1,
                    }
                }
            }
        }
    }
    let endpoints = templates + plain;
    assert!(endpoints >= 10, "the corpus yields endpoints ({endpoints})");
    assert!(
        templates >= 5 && plain >= 5,
        "template files for template matches, plain files for the others ({templates}, {plain})"
    );
}
