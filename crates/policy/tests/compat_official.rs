//! The official samples against each other: every client with the server its sample talks to
//! is compatible, without a single diagnostic (no false alarm), and the verdict on every other
//! client/server combination is kept as a snapshot.

use std::collections::BTreeSet;
use std::path::Path;
use wws_security_model::{Endpoint, Side};
use wws_security_policy::compat;

include!("compat_pairs.rs.inc");

/// Official clients that have no server among the samples.
const CLIENTS_WITHOUT_SERVER: &[&str] = &[
    "metadataimportwithusernameoversslexample",
    "metadataimportwithx509oversslexample",
    "metadataimportwithissuedtokenoversslexample",
    "policytemplateexample",
    "asmxterraservicesamplewithcustomproxy",
];

/// Every example: (file stem, sample number from its first comment line, endpoint).
fn examples() -> Vec<(String, String, Endpoint)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/endpoints");
    let mut all: Vec<(String, String, Endpoint)> = std::fs::read_dir(&dir)
        .expect("examples/endpoints")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            let number = text
                .strip_prefix("# ")
                .and_then(|t| t.split(':').next())
                .unwrap_or_else(|| panic!("{stem}: the first line names the sample (# Cnn: ...)"))
                .to_owned();
            (stem.clone(), number, official(&stem))
        })
        .collect();
    all.sort_by(|a, b| a.1.cmp(&b.1));
    all
}

#[test]
fn every_official_pair_is_compatible_without_a_diagnostic() {
    let mut failures = Vec::new();
    for (label, client, server) in OFFICIAL_PAIRS {
        let (client, server) = (official(client), official(server));
        assert_eq!(
            (client.side, server.side),
            (Side::Client, Side::Server),
            "{label}"
        );
        let report = compat(&client, &server);
        if !report.diagnostics.is_empty() {
            failures.push(format!("{label}:\n{report}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} official pair(s) reported:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_pair_table_covers_every_official_example() {
    let named: BTreeSet<&str> = OFFICIAL_PAIRS
        .iter()
        .flat_map(|(_, c, s)| [*c, *s])
        .chain(CLIENTS_WITHOUT_SERVER.iter().copied())
        .collect();
    let examples = examples();
    let missing: Vec<&str> = examples
        .iter()
        .map(|(stem, _, _)| stem.as_str())
        .filter(|stem| !named.contains(stem))
        .collect();
    assert!(missing.is_empty(), "examples in no pair: {missing:?}");
    assert_eq!(examples.len(), 34);
    assert_eq!(OFFICIAL_PAIRS.len(), 15);
}

/// Every official client against every official server, one line per client: the servers it
/// is compatible with, then each other server with the rules that separate them.
#[test]
fn every_official_client_against_every_official_server() {
    let examples = examples();
    let servers: Vec<&(String, String, Endpoint)> = examples
        .iter()
        .filter(|e| e.2.side == Side::Server)
        .collect();
    let mut lines = Vec::new();
    for (_, client_number, client) in examples.iter().filter(|e| e.2.side == Side::Client) {
        let mut compatible = Vec::new();
        let mut not = Vec::new();
        for (_, server_number, server) in &servers {
            let report = compat(client, server);
            if report.diagnostics.is_empty() {
                compatible.push(server_number.as_str());
            } else {
                let ids: BTreeSet<&str> = report.ids().into_iter().collect();
                let ids: Vec<&str> = ids.into_iter().collect();
                not.push(format!("{server_number} {}", ids.join("+")));
            }
        }
        lines.push(format!(
            "{client_number}: talks to [{}]; not to [{}]",
            compatible.join(" "),
            not.join(", ")
        ));
    }
    insta::assert_snapshot!(lines.join("\n"));
}
