//! Hostile and broken input never panics or hangs: DTDs and entities are refused, depth and size
//! are limited with an error that says so, reference cycles are cut, and policies that would
//! multiply into millions of alternatives are refused.
//!
//! `fuzz_mutated_documents` mutates the fixtures (and the corpus files, when present) and
//! imports each mutant. `cargo test` runs a few hundred mutants; the long run is ignored:
//!
//! ```text
//! cargo xtask fuzz            # 1,000,000 mutants, or WWS_FUZZ_CASES
//! ```

use std::path::PathBuf;
use wws_security_policy::{check_text, Format, Policy};
use wws_security_wsdl::{
    import, import_str, normal_form, output, Import, MAX_DEPTH, MAX_DOCUMENT_BYTES,
};

fn wsdl_with_policy(policy: &str) -> String {
    format!(
        r##"<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy"
    xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
    xmlns:sp="http://schemas.xmlsoap.org/ws/2005/07/securitypolicy">
{policy}
  <wsdl:binding name="B" type="tns:C">
    <wsp:PolicyReference URI="#P"/>
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
  </wsdl:binding>
</wsdl:definitions>"##
    )
}

#[test]
fn a_dtd_is_refused_with_its_place() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
<wsp:Policy xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy">&lol2;</wsp:Policy>"#;
    let e = import_str(laughs).unwrap_err();
    assert!(e.message.contains("DTD"), "{e}");
    assert_eq!(e.position.map(|p| (p.line, p.column)), Some((2, 1)));
    let external = r#"<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>"#;
    assert!(import_str(external).unwrap_err().message.contains("DTD"));
}

#[test]
fn deep_nesting_is_refused_without_recursion() {
    let depth = 100_000;
    let text = format!(
        "<wsp:Policy xmlns:wsp=\"http://schemas.xmlsoap.org/ws/2004/09/policy\">{}{}</wsp:Policy>",
        "<wsp:All>".repeat(depth),
        "</wsp:All>".repeat(depth)
    );
    let e = import_str(&text).unwrap_err();
    assert!(
        e.message.contains(&format!("more than {MAX_DEPTH} deep")),
        "{e}"
    );
    assert!(e.position.is_some());
}

#[test]
fn the_size_limit_is_an_error_that_says_so() {
    let mut bytes =
        b"<wsp:Policy xmlns:wsp=\"http://schemas.xmlsoap.org/ws/2004/09/policy\">".to_vec();
    bytes.resize(MAX_DOCUMENT_BYTES + 1, b' ');
    let e = import(&bytes).unwrap_err();
    assert!(e.message.contains(&MAX_DOCUMENT_BYTES.to_string()), "{e}");
}

#[test]
fn text_that_is_not_utf8_is_refused_and_utf16_is_read() {
    let e = import(b"<a>\xff</a>").unwrap_err();
    assert!(e.message.contains("not UTF-8"), "{e}");
    let policy = "<wsp:Policy xmlns:wsp=\"http://schemas.xmlsoap.org/ws/2004/09/policy\"/>";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(policy.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(import(&utf16).unwrap().ports.len(), 1);
}

#[test]
fn a_self_reference_is_cut() {
    let text = wsdl_with_policy(
        r##"<wsp:Policy wsu:Id="P"><wsp:ExactlyOne><wsp:All><wsp:PolicyReference URI="#P"/></wsp:All></wsp:ExactlyOne></wsp:Policy>"##,
    );
    let import = import_str(&text).unwrap();
    let reasons = &import.ports[0].alternatives[0].reasons;
    assert_eq!(reasons[0].rule, "policy-reference", "{reasons:?}");
    assert!(reasons[0].message.contains("leads back"), "{reasons:?}");
}

#[test]
fn an_exploding_policy_is_refused_quickly() {
    // 24 nested choices between two alternatives would make 2^24 alternatives.
    let choice = "<wsp:ExactlyOne><sp:Wss10/><sp:Wss11/></wsp:ExactlyOne>";
    let text = wsdl_with_policy(&format!(
        "<wsp:Policy wsu:Id=\"P\"><wsp:All>{}</wsp:All></wsp:Policy>",
        choice.repeat(24)
    ));
    let import = import_str(&text).unwrap();
    let port = &import.ports[0];
    assert!(port.alternatives.is_empty());
    assert_eq!(port.reasons[0].rule, "policy-limit", "{:?}", port.reasons);
    assert!(normal_form(&format!(
        "<wsp:Policy xmlns:wsp=\"http://schemas.xmlsoap.org/ws/2004/09/policy\" xmlns:sp=\"urn:sp\">{}</wsp:Policy>",
        choice.repeat(24)
    ))
    .is_err());
}

#[test]
fn neither_wsdl_nor_policy_is_an_error_with_a_place() {
    let e = import_str("<a><b/></a>").unwrap_err();
    assert_eq!(e.position.map(|p| p.line), Some(1));
    let e = import_str("<description xmlns=\"http://www.w3.org/ns/wsdl\"/>").unwrap_err();
    assert!(e.message.contains("WSDL 2.0"), "{e}");
    let e = import_str("<a>").unwrap_err();
    assert!(e.message.contains("not well-formed"), "{e}");
}

// --- mutation fuzzing ---------------------------------------------------------------------------

/// The documents mutants start from: our fixtures, and the corpus when present.
fn seeds() -> Vec<Vec<u8>> {
    let mut dirs = vec![];
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for sub in ["templates", "constraints", "unsupported"] {
        dirs.push(fixtures.join(sub));
    }
    let corpus = std::env::var_os("WWS_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/wsdl")
        });
    if corpus.is_dir() {
        dirs.push(corpus);
    }
    let mut seeds = Vec::new();
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "xml" || e == "wsdl"))
            .collect();
        files.sort();
        seeds.extend(files.iter().map(|f| std::fs::read(f).unwrap()));
    }
    seeds
}

/// Well-formed pieces a mutant may receive between tags: policy operators, references (to
/// known ids, unknown ids and themselves), assertions of every area of the mapping.
const BALANCED: &[&str] = &[
    "<wsp:ExactlyOne><wsp:All/></wsp:ExactlyOne>",
    "<wsp:ExactlyOne/>",
    "<wsp:Policy/>",
    "<wsp:All><sp:Wss10/></wsp:All>",
    "<wsp:PolicyReference URI=\"#OrdersPolicy\"/>",
    "<wsp:PolicyReference URI=\"#A\"/>",
    "<wsp:PolicyReference/>",
    "<wsp:Policy wsu:Id=\"A\"><wsp:PolicyReference URI=\"#A\"/></wsp:Policy>",
    "<sp:IncludeTimestamp/>",
    "<sp:Wss11><wsp:Policy/></sp:Wss11>",
    "<sp:TransportBinding><wsp:Policy><sp:TransportToken><wsp:Policy><sp:HttpsToken/></wsp:Policy></sp:TransportToken></wsp:Policy></sp:TransportBinding>",
    "<sp:SignedSupportingTokens><wsp:Policy><sp:UsernameToken/></wsp:Policy></sp:SignedSupportingTokens>",
    "<sp:EndorsingSupportingTokens><wsp:Policy><sp:KerberosToken><wsp:Policy><sp:WssGssKerberosV5ApReqToken11/></wsp:Policy></sp:KerberosToken></wsp:Policy></sp:EndorsingSupportingTokens>",
    "<sp:EndorsingSupportingTokens><wsp:Policy><sp:SecureConversationToken><wsp:Policy><sp:BootstrapPolicy><wsp:Policy/></sp:BootstrapPolicy></wsp:Policy></sp:SecureConversationToken></wsp:Policy></sp:EndorsingSupportingTokens>",
    "<httpp:BasicAuthentication xmlns:httpp=\"http://schemas.microsoft.com/ws/06/2004/policy/http\"/>",
    "<netf:WindowsTransportSecurity xmlns:netf=\"http://schemas.microsoft.com/ws/2006/05/framing/policy\">Sign</netf:WindowsTransportSecurity>",
    "<x:Unknown xmlns:x=\"urn:x\"/>",
    "<!-- a comment -->",
];

/// Pieces that break the markup: DTD and entity syntax, unbalanced tags, stray characters.
const BREAKING: &[&str] = &[
    "<wsp:ExactlyOne>",
    "</wsp:All>",
    "<!DOCTYPE x [<!ENTITY e \"v\">]>",
    "&e;",
    "<![CDATA[",
    "<",
    "\"",
    "\u{FEFF}",
    "\u{0}",
];

/// A small deterministic generator (xorshift), so a failing case can be replayed by its number.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// The position after the next `>` from `at`, so that most insertions land between tags and
/// the mutant stays well-formed often enough to reach the policy code.
fn after_tag(bytes: &[u8], at: usize) -> usize {
    bytes[at.min(bytes.len())..]
        .iter()
        .position(|b| *b == b'>')
        .map_or(bytes.len(), |i| at + i + 1)
}

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..=rng.below(3) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(20) {
            0..=7 => {
                let piece = BALANCED[rng.below(BALANCED.len())].as_bytes();
                let to = after_tag(&bytes, at);
                bytes.splice(to..to, piece.iter().copied());
            }
            8..=11 => {
                // An attribute that changes normalisation, into a start tag.
                let piece: &[u8] = match rng.below(3) {
                    0 => b" wsp:Optional=\"true\"",
                    1 => b" wsu:Id=\"A\"",
                    _ => b" RequireClientCertificate=\"true\"",
                };
                let end = after_tag(&bytes, at);
                let mut to = end.saturating_sub(1);
                if to > 0 && bytes.get(to - 1) == Some(&b'/') {
                    to -= 1;
                }
                if bytes.get(to) == Some(&b'>') || bytes.get(to) == Some(&b'/') {
                    bytes.splice(to..to, piece.iter().copied());
                }
            }
            12 | 13 => {
                // Copy a run of whole tags elsewhere between tags.
                let start = after_tag(&bytes, at);
                let end = after_tag(&bytes, start + rng.below(512));
                let copy = bytes[start.min(end)..end].to_vec();
                let to = after_tag(&bytes, rng.below(bytes.len() + 1));
                bytes.splice(to..to, copy);
            }
            14 => {
                let end = (at + rng.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            15 | 16 if !bytes.is_empty() => {
                let i = at.min(bytes.len() - 1);
                bytes[i] ^= 1 << rng.below(8);
            }
            17 => bytes.truncate(at),
            _ => {
                let piece = BREAKING[rng.below(BREAKING.len())].as_bytes();
                bytes.splice(at..at, piece.iter().copied());
            }
        }
    }
    bytes
}

/// What every import result must satisfy.
fn sound(text: &str, import: &Import) {
    for port in &import.ports {
        for alternative in &port.alternatives {
            assert_eq!(alternative.matched(), alternative.endpoint.is_some());
            for reason in port.reasons.iter().chain(&alternative.reasons) {
                assert!(!reason.message.is_empty() && !reason.help.is_empty());
                if let Some(span) = &reason.span {
                    assert!(span.start <= span.end && span.end <= text.len());
                }
            }
            if let Some(endpoint) = &alternative.endpoint {
                let report = wws_security_policy::validate(endpoint);
                assert!(!report.has_errors(), "{report}");
                // The file written for it passes `check` as written.
                let file = output::endpoint_file("mutant.wsdl", port, alternative)
                    .expect("a matching alternative has a file");
                let diagnostics = check_text(&file, Format::Toml, &Policy::new());
                assert!(
                    diagnostics.iter().all(|d| !d.is_error()),
                    "{file}\n{diagnostics:?}"
                );
            }
        }
    }
}

/// Imports `cases` mutants; returns how many parsed, and how many had a matching alternative.
fn fuzz(cases: u64) -> (u64, u64) {
    let seeds = seeds();
    let (mut parsed, mut matched) = (0, 0);
    for case in 0..cases {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ case.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1);
        let seed = &seeds[rng.below(seeds.len())];
        let mutant = mutate(seed, &mut rng);
        let outcome = std::panic::catch_unwind(|| {
            let text = wws_security_wsdl::decode(&mutant).ok()?;
            let import = import_str(&text).ok()?;
            sound(&text, &import);
            Some(import.ports.iter().any(|p| p.matched()))
        });
        match outcome {
            Ok(Some(any)) => {
                parsed += 1;
                matched += u64::from(any);
            }
            Ok(None) => {}
            Err(_) => {
                let path = std::env::temp_dir().join(format!("wws-wsdl-fuzz-{case}.xml"));
                let _ = std::fs::write(&path, &mutant);
                panic!("case {case} panicked; its input is in {}", path.display());
            }
        }
    }
    (parsed, matched)
}

#[test]
fn mutated_documents_never_panic() {
    let (parsed, _) = fuzz(300);
    assert!(
        parsed > 30,
        "most mutants should still parse ({parsed} of 300)"
    );
}

#[test]
#[ignore = "long: run with `cargo xtask fuzz`"]
fn fuzz_mutated_documents() {
    let cases = std::env::var("WWS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let started = std::time::Instant::now();
    let (parsed, matched) = fuzz(cases);
    eprintln!(
        "{cases} mutated documents imported without a panic in {:.1} s: {parsed} parsed, {matched} with a matching port",
        started.elapsed().as_secs_f64()
    );
}

/// A control character in a port name (DEL is a character XML allows) must not
/// break the comment of the file written for it; the fuzzer found this.
#[test]
fn a_control_character_in_a_port_name_leaves_the_file_readable() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/templates/http_ssl_username.wsdl");
    let text = std::fs::read_to_string(path)
        .unwrap()
        .replace("name=\"OrdersPort\"", "name=\"Orders\u{7f}Port\"");
    let import = import_str(&text).unwrap();
    let port = &import.ports[0];
    assert_eq!(port.name, "Orders\u{7f}Port");
    let file = output::endpoint_file("fixture.wsdl", port, &port.alternatives[0]).unwrap();
    assert!(file.contains("port `Orders\\u{7f}Port`"), "{file}");
    let diagnostics = check_text(&file, Format::Toml, &Policy::new());
    assert!(diagnostics.iter().all(|d| !d.is_error()), "{diagnostics:?}");
}
