//! Robustness: arbitrary bytes and mutated endpoint files never make the loader or `check`
//! panic, and every problem comes with a place.
//!
//! `cargo test` runs a few hundred cases per property. The long run (1,000,000 cases by default,
//! or `WWS_FUZZ_CASES`) is ignored by default:
//!
//! ```text
//! cargo xtask fuzz            # or: cargo test -p wws-security-cli --release --test robustness -- --ignored fuzz
//! ```

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use wws_security_policy::{check_text, load, FileDiagnostic, Format, Policy, Runtime};

/// The endpoint file shown in docs/format.md (its first TOML block), a valid endpoint.
fn example() -> &'static str {
    let doc = include_str!("../../../docs/format.md");
    let start = doc
        .find("```toml\n")
        .expect("docs/format.md shows a TOML endpoint")
        + 8;
    let end = start + doc[start..].find("```").expect("the TOML block ends");
    &doc[start..end]
}

/// A template file with members at every depth, seeded the same way.
const TEMPLATE_EXAMPLE: &str = r#"template = "tcp_sspi_username_security_context"
side = "client"
channel_type = "duplex_session"

[channel_properties]
encoding = "xml_binary_session_1"

[sspi_transport_security_binding.client_credential]
type = "default"

[username_message_security_binding.client_credential]
type = "string"
username = "svc-orders"
password = { env = "ORDERS_PASSWORD" }

[security_context_security_binding.security_context_message_security_binding.security_binding_properties]
security_context_key_size = 256

[policy.security_properties]
timestamp_usage = "always"
"#;

fn example_json() -> String {
    wws_security_model::Endpoint::from_toml_str(example())
        .expect("the example of docs/format.md reads")
        .to_json_string()
        .expect("and writes as JSON")
}

/// Checks the invariants of one diagnostic list against its text.
fn places_are_sound(text: &str, diagnostics: &[FileDiagnostic]) -> Result<(), TestCaseError> {
    for d in diagnostics {
        prop_assert!(!d.message.is_empty() && !d.help.is_empty(), "{d}");
        if let Some(span) = &d.span {
            prop_assert!(span.start <= span.end && span.end <= text.len(), "{d}");
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert!(d.line.is_some() && d.column.is_some());
        }
        if d.id().starts_with("F-") {
            // Format errors name a place: the parser's, or an element of the document.
            prop_assert!(d.span.is_some() || d.path.is_root(), "{d}");
            if d.id() == "F-001" {
                prop_assert!(d.span.is_some(), "a syntax error without a place: {d}");
            }
        }
    }
    Ok(())
}

fn check_both(text: &str, format: Format) -> Result<(), TestCaseError> {
    let diagnostics = check_text(text, format, &Policy::new());
    places_are_sound(text, &diagnostics)?;
    let runtime = Runtime::new().with_env(|_| None);
    match load(text, format, &Policy::new(), &runtime) {
        Ok(loaded) => places_are_sound(text, loaded.warnings())?,
        Err(errors) => {
            prop_assert!(!errors.is_empty());
            places_are_sound(text, &errors)?;
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
enum Mutation {
    SetByte(prop::sample::Index, u8),
    Insert(prop::sample::Index, &'static str),
    DeleteRange(prop::sample::Index, usize),
    DeleteLine(prop::sample::Index),
    DuplicateLine(prop::sample::Index),
    SwapLines(prop::sample::Index, prop::sample::Index),
}

const PIECES: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "\"",
    "'",
    "=",
    ",",
    ":",
    "\n",
    "#",
    ".",
    "\\",
    "\\u",
    "é",
    "0",
    "-1",
    "99999999999999999999",
    "true",
    "null",
    "[[bindings]]\n",
    "type = \"ssl_transport\"\n",
    "{ runtime = \"x\" }",
    "{ env = \"\" }",
    "\"5m\"",
    "\u{0}",
    "\u{FEFF}",
    "properties",
    "bindings",
    "template = \"http_ssl\"\n",
    "[policy]\n",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::SetByte(i, b)),
        (any::<prop::sample::Index>(), prop::sample::select(PIECES))
            .prop_map(|(i, p)| Mutation::Insert(i, p)),
        (any::<prop::sample::Index>(), 1usize..16).prop_map(|(i, n)| Mutation::DeleteRange(i, n)),
        any::<prop::sample::Index>().prop_map(Mutation::DeleteLine),
        any::<prop::sample::Index>().prop_map(Mutation::DuplicateLine),
        (any::<prop::sample::Index>(), any::<prop::sample::Index>())
            .prop_map(|(a, b)| Mutation::SwapLines(a, b)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let len = bytes.len().max(1);
        match m {
            Mutation::SetByte(i, b) => {
                if !bytes.is_empty() {
                    let i = i.index(len);
                    bytes[i] = *b;
                }
            }
            Mutation::Insert(i, piece) => {
                let at = i.index(len + 1).min(bytes.len());
                bytes.splice(at..at, piece.bytes());
            }
            Mutation::DeleteRange(i, n) => {
                let at = i.index(len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Mutation::DeleteLine(_) | Mutation::DuplicateLine(_) | Mutation::SwapLines(..) => {
                let s = String::from_utf8_lossy(&bytes).into_owned();
                let mut lines: Vec<&str> = s.split('\n').collect();
                let n = lines.len();
                match m {
                    Mutation::DeleteLine(i) => {
                        lines.remove(i.index(n));
                    }
                    Mutation::DuplicateLine(i) => {
                        let i = i.index(n);
                        lines.insert(i, lines[i]);
                    }
                    Mutation::SwapLines(a, b) => lines.swap(a.index(n), b.index(n)),
                    _ => unreachable!(),
                }
                bytes = lines.join("\n").into_bytes();
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn mutated_file() -> impl Strategy<Value = (String, Format)> {
    let json = example_json();
    let template_json = wws_security_model::EndpointFile::from_toml_str(TEMPLATE_EXAMPLE)
        .expect("the template example reads")
        .to_json_string()
        .expect("and writes as JSON");
    (0..4usize, prop::collection::vec(mutation(), 1..5)).prop_map(move |(seed, ms)| match seed {
        0 => (mutate(&json, &ms), Format::Json),
        1 => (mutate(example(), &ms), Format::Toml),
        2 => (mutate(&template_json, &ms), Format::Json),
        _ => (mutate(TEMPLATE_EXAMPLE, &ms), Format::Toml),
    })
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<u8>(), 0..512)
        .prop_map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn run_properties(cases: u32) {
    let config = |cases| Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new(config(cases))
        .run(&mutated_file(), |(text, format)| check_both(&text, format))
        .unwrap();
    TestRunner::new(config(cases / 4 + 1))
        .run(&arbitrary_text(), |text| {
            check_both(&text, Format::Toml)?;
            check_both(&text, Format::Json)
        })
        .unwrap();
}

#[test]
fn the_example_is_valid_toml_and_json() {
    let runtime = Runtime::new().with_env(|_| Some("pw".to_owned()));
    for (text, format) in [
        (example().to_owned(), Format::Toml),
        (example_json(), Format::Json),
    ] {
        let diagnostics = check_text(&text, format, &Policy::new());
        assert!(
            diagnostics.iter().all(|d| !d.id().starts_with("F-")),
            "{diagnostics:?}"
        );
        if let Err(errors) = load(&text, format, &Policy::new(), &runtime) {
            assert!(
                errors.iter().all(|d| !d.id().starts_with("R-")),
                "{errors:?}"
            );
        }
    }
}

#[test]
fn mutated_and_arbitrary_files_never_panic() {
    run_properties(400);
}

#[test]
#[ignore = "long: run with --release -- --ignored fuzz"]
fn fuzz_long() {
    let cases = std::env::var("WWS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let start = std::time::Instant::now();
    run_properties(cases);
    eprintln!(
        "fuzz: {cases} mutated files (+{} arbitrary) in {:.1?}",
        cases / 4 + 1,
        start.elapsed()
    );
}

#[test]
fn the_example_of_the_format_page_is_a_valid_endpoint() {
    let diagnostics = check_text(example(), Format::Toml, &Policy::new());
    assert!(
        diagnostics.iter().all(|d| !d.is_error()),
        "{:#?}",
        diagnostics
    );
}
