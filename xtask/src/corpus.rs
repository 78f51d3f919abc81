//! `cargo xtask corpus DIR`: the importer over the WSDL corpus (`shared/corpus/wsdl`), one verdict
//! line per file with the files `import --out` would write, compared with the verdict this
//! project expects and with the corpus's own reading (MANIFEST.md). Fails when a file panics, is
//! missing from the MANIFEST (or the MANIFEST names a missing file), its verdict changed, or a
//! file the import writes does not pass `check` as written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wws_security_policy::{check_text, Format, Policy};
use wws_security_wsdl::{output, Import, Verdict};

/// How our verdict relates to the MANIFEST's reading.
#[derive(Clone, Copy)]
enum Reading {
    /// The same verdict.
    Agrees,
    /// The pages say otherwise; docs/decisions.md ("WSDL import: the corpus") says why.
    Differs(&'static str),
}

/// The verdict expected for each corpus file, and how it relates to the MANIFEST.
const EXPECTED: &[(&str, &str, Reading)] = &[
    (
        "CoreWCF__CoreWCF__NetNamedPipeSimpleServiceTest.NetNamedPipeBindingSecurityTransportRequestReplyEchoString.xml",
        "1 port: no match (S-056)",
        Reading::Agrees,
    ),
    (
        "CoreWCF__CoreWCF__WSHttpBindingTest.TransportWithMessageCredentials_CertAuth_MultiSecurityAlgo.xml",
        "6 ports: 6 constraints only (S-010)",
        Reading::Differs("algorithm suites are constrainable (S-085); the X.509 bootstrap has no template"),
    ),
    (
        "CoreWCF__CoreWCF__WSHttpBindingTest.TransportWithMessageCredentials_CertificateAuth_NoSecurityContext.xml",
        "1 port: 1 constraints only (S-072)",
        Reading::Agrees,
    ),
    (
        "CoreWCF__CoreWCF__WSHttpBindingTest.TransportWithMessageCredentials_MultiAuth.xml",
        "3 ports: 1 http_ssl_username_security_context; 1 constraints only (S-010); 1 no match (unknown-assertion)",
        Reading::Differs("(b), the X.509 bootstrap, matches a certificate constraint without a template"),
    ),
    (
        "apache__axis-axis2-java-rampart__KerberosOverTransportPWCB.xml",
        "1 port: no match (unknown-assertion)",
        Reading::Differs("ramp:RampartConfig is an assertion outside the mapping"),
    ),
    (
        "apache__axis-axis2-java-rampart__policy_1.xml",
        "1 port: no match (assertion-content, unknown-assertion)",
        Reading::Differs("its sp:HttpsToken is commented out, and ramp:RampartConfig is outside the mapping"),
    ),
    (
        "apache__axis-axis2-java-rampart__policy_sc-3.xml",
        "1 port: no match (unknown-assertion)",
        Reading::Agrees,
    ),
    (
        "apache__cxf__DoubleItBasicAuth.wsdl",
        "2 ports: no match (ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__cxf__DoubleItKerberos.wsdl",
        "18 ports: 1 http; 17 no match (unknown-assertion, ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__cxf__DoubleItSecConv.wsdl",
        "1 port: no match (ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__cxf__DoubleItUt.wsdl",
        "7 ports: no match (ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__cxf__ut_policy_hello_world.wsdl",
        "1 port: no match (ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__cxf__wcf.wsdl",
        "14 ports: 1 http_ssl; 1 http_ssl_header_auth; 1 http_ssl_kerberos_apreq; 1 constraints only (S-072); 10 no match (ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__ws-wss4j__sp12-normalized_SecureConversationToken.xml",
        "1 port: no match (transport, ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__ws-wss4j__sp12-normalized_TransportBinding.xml",
        "1 port: no match (transport, ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__ws-wss4j__sp12_SecureConversationToken.xml",
        "1 port: no match (transport, ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "apache__ws-wss4j__sp12_TransportBinding.xml",
        "1 port: no match (transport, ws-policy-version, ws-securitypolicy-version)",
        Reading::Agrees,
    ),
    (
        "eclipse-ee4j__metro-wsit__KerberosTokenAssertions1.xml",
        "1 port: no match (unknown-assertion)",
        Reading::Agrees,
    ),
    (
        "eclipse-ee4j__metro-wsit__e2e-wssc-sc5_PingService.wsdl",
        "1 port: no match (unknown-assertion)",
        Reading::Differs("wspe:Utf816FFFECharacterEncoding and Metro's server configuration are outside the mapping"),
    ),
    (
        "eclipse-ee4j__metro-wsit__e2e-xwss-s1_PingServices1.wsdl",
        "1 port: no match (unknown-assertion)",
        Reading::Differs("wspe:Utf816FFFECharacterEncoding and Metro's server configuration are outside the mapping"),
    ),
];

/// The MANIFEST's reading of each file: the last column of its table.
fn manifest(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let path = dir.join("MANIFEST.md");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut readings = BTreeMap::new();
    for line in text.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.split(" | ").collect();
        let (Some(file), Some(reading)) = (cells.get(1), cells.last()) else {
            continue;
        };
        let file = file.trim().trim_matches('`');
        if file.contains("__") {
            readings.insert(
                file.to_owned(),
                reading.trim_end_matches(" |").trim().to_owned(),
            );
        }
    }
    Ok(readings)
}

/// One line for a file: ports grouped by verdict, with the rules and gaps of their reasons.
pub fn summary(import: &Import) -> String {
    let mut templates: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut constraints, mut none) = (0, 0);
    let (mut constraint_rules, mut none_rules) = (Vec::new(), Vec::new());
    for port in &import.ports {
        let best = port.alternatives.iter().min_by_key(|a| match a.verdict {
            Verdict::Template(_) => 0,
            Verdict::Constraints => 1,
            Verdict::NoMatch => 2,
        });
        match best.map(|a| a.verdict) {
            Some(Verdict::Template(_)) => {
                let name = best.and_then(|a| a.template_name()).unwrap_or_default();
                *templates.entry(name).or_default() += 1;
            }
            Some(Verdict::Constraints) => {
                constraints += 1;
                constraint_rules.extend(
                    best.into_iter()
                        .flat_map(|a| a.reasons.iter().map(|r| r.rule)),
                );
            }
            _ => {
                none += 1;
                none_rules.extend(port.reasons.iter().map(|r| r.rule));
                none_rules.extend(
                    port.alternatives
                        .iter()
                        .flat_map(|a| a.reasons.iter().map(|r| r.rule)),
                );
            }
        }
    }
    let list = |mut rules: Vec<&str>| {
        rules.sort_unstable();
        rules.dedup();
        rules.join(", ")
    };
    let total = import.ports.len();
    let mut parts: Vec<String> = templates.iter().map(|(t, n)| format!("{n} {t}")).collect();
    if constraints > 0 {
        parts.push(format!(
            "{constraints} constraints only ({})",
            list(constraint_rules)
        ));
    }
    if none > 0 {
        let rules = list(none_rules);
        if none == total {
            parts.push(format!("no match ({rules})"));
        } else {
            parts.push(format!("{none} no match ({rules})"));
        }
    }
    let plural = if total == 1 { "" } else { "s" };
    format!("{total} port{plural}: {}", parts.join("; "))
}

/// The files an import writes (template files for template matches, plain endpoint files for
/// the others), each checked as written; the problems name the file and its errors.
pub fn written_files(name: &str, import: &Import) -> (String, Vec<String>) {
    let (mut templates, mut plain) = (0, 0);
    let mut problems = Vec::new();
    for port in &import.ports {
        for alternative in &port.alternatives {
            let Some(text) = output::endpoint_file(name, port, alternative) else {
                continue;
            };
            match alternative.verdict {
                Verdict::Template(_) => templates += 1,
                _ => plain += 1,
            }
            let errors: Vec<String> = check_text(&text, Format::Toml, &Policy::new())
                .iter()
                .filter(|d| d.is_error())
                .map(ToString::to_string)
                .collect();
            if !errors.is_empty() {
                problems.push(format!(
                    "{name}: the file of port `{}`, alternative {} does not pass `check`:\n{}",
                    port.name,
                    alternative.index,
                    errors.join("\n")
                ));
            }
        }
    }
    let written = match (templates, plain) {
        (0, 0) => "none".to_owned(),
        (t, 0) => format!("{t} template"),
        (0, p) => format!("{p} plain"),
        (t, p) => format!("{t} template, {p} plain"),
    };
    (written, problems)
}

fn cut(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(width - 1).collect();
        s.push('…');
        s
    }
}

pub fn run(dir: &Path) -> ExitCode {
    let readings = match manifest(dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot read the MANIFEST: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "xml" || e == "wsdl"))
            .collect(),
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    files.sort();
    let mut problems = Vec::new();
    println!("| file | verdict | files written | MANIFEST reading | agreement |");
    println!("|---|---|---|---|---|");
    let mut seen = Vec::new();
    let (mut all_templates, mut all_plain) = (0, 0);
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        seen.push(name.clone());
        let (verdict, written) = match std::fs::read(path) {
            Err(e) => (format!("unreadable: {e}"), "-".to_owned()),
            Ok(bytes) => match std::panic::catch_unwind(|| wws_security_wsdl::import(&bytes)) {
                Err(_) => {
                    problems.push(format!("{name}: the importer panicked"));
                    ("PANIC".to_owned(), "-".to_owned())
                }
                Ok(Err(e)) => (format!("not read: {e}"), "-".to_owned()),
                Ok(Ok(import)) => {
                    let (written, file_problems) = written_files(&name, &import);
                    problems.extend(file_problems);
                    for alternative in import.ports.iter().flat_map(|p| &p.alternatives) {
                        match alternative.verdict {
                            Verdict::Template(_) => all_templates += 1,
                            Verdict::Constraints => all_plain += 1,
                            Verdict::NoMatch => {}
                        }
                    }
                    (summary(&import), written)
                }
            },
        };
        let reading = readings.get(&name);
        if reading.is_none() {
            problems.push(format!("{name}: not in MANIFEST.md"));
        }
        let agreement = match EXPECTED.iter().find(|(f, _, _)| *f == name) {
            None => {
                problems.push(format!(
                    "{name}: no expected verdict in xtask/src/corpus.rs"
                ));
                "new file".to_owned()
            }
            Some((_, expected, _)) if *expected != verdict => {
                problems.push(format!(
                    "{name}: verdict changed\n  expected: {expected}\n  found:    {verdict}"
                ));
                "CHANGED".to_owned()
            }
            Some((_, _, Reading::Agrees)) => "agrees".to_owned(),
            Some((_, _, Reading::Differs(why))) => format!("differs: {why}"),
        };
        println!(
            "| `{name}` | {verdict} | {written} | {} | {agreement} |",
            cut(reading.map_or("-", String::as_str), 90)
        );
    }
    for file in readings.keys() {
        if !seen.contains(file) {
            problems.push(format!("{file}: named in MANIFEST.md but absent"));
        }
    }
    println!();
    let agree = EXPECTED
        .iter()
        .filter(|(_, _, r)| matches!(r, Reading::Agrees))
        .count();
    println!(
        "{} files accounted for: {agree} agree with the MANIFEST, {} differ (docs/decisions.md, \"WSDL import: the corpus\")",
        files.len(),
        EXPECTED.len() - agree
    );
    println!(
        "{all_templates} template files and {all_plain} plain endpoint files written, each checked as written"
    );
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        for p in &problems {
            eprintln!("error: {p}");
        }
        ExitCode::FAILURE
    }
}
