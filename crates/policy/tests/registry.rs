//! The registry against the catalogue: every T-/M-/P- id of `rule-index.tsv`, and every S- id of
//! the ranges done so far, has exactly one place (as a rule id or as an also-id), and the
//! registry invents no catalogue id.

use std::collections::BTreeMap;
use wws_security_policy::registry::{self, Status};

fn catalogue() -> Vec<(String, String, String)> {
    let text = include_str!("../catalogue/rule-index.tsv");
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols.len() >= 3).then(|| (cols[0].to_owned(), cols[1].to_owned(), cols[2].to_owned()))
        })
        .collect()
}

/// The S- ranges the registry covers: S-001..S-055 (templates, `rules/templates/`).
const S_RANGES: &[std::ops::RangeInclusive<u32>] = &[1..=55];

/// True for a catalogue id the registry must place: every T-, M- and P- id, and the S- ids of
/// [`S_RANGES`].
fn in_scope(id: &str) -> bool {
    match id.strip_prefix("S-") {
        Some(number) => number
            .parse::<u32>()
            .is_ok_and(|n| S_RANGES.iter().any(|r| r.contains(&n))),
        None => true,
    }
}

#[test]
fn every_catalogue_id_has_exactly_one_place() {
    let mut places: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for rule in registry::rules() {
        places
            .entry(rule.id)
            .or_default()
            .push(format!("{} (id)", rule.id));
        for also in rule.also {
            places
                .entry(also)
                .or_default()
                .push(format!("also of {}", rule.id));
        }
    }
    let mut problems = Vec::new();
    for (id, _, _) in catalogue() {
        if !in_scope(&id) {
            continue;
        }
        match places.get(id.as_str()).map(Vec::len) {
            Some(1) => {}
            None => problems.push(format!("{id}: missing from the registry")),
            Some(_) => problems.push(format!(
                "{id}: listed more than once: {:?}",
                places[id.as_str()]
            )),
        }
    }
    let known: std::collections::BTreeSet<String> = catalogue().into_iter().map(|c| c.0).collect();
    for id in places.keys() {
        let catalogue_prefix = matches!(id.split('-').next(), Some("T" | "M" | "P" | "S"));
        if catalogue_prefix && !known.contains(*id) {
            problems.push(format!("{id}: not a catalogue id"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn static_non_note_entries_are_not_marked_note_or_runtime_without_reason() {
    // The 294 static, non-note entries must be implemented or by-construction, unless the
    // rule's rationale explains why it is runtime or a note (a reading recorded in decisions.md).
    let by_id: BTreeMap<&str, &registry::Rule> =
        registry::rules().iter().map(|r| (r.id, *r)).collect();
    let mut problems = Vec::new();
    let mut count = 0;
    let mut s_count = 0;
    for (id, kind, decidable) in catalogue() {
        if !in_scope(&id) || kind == "note" || decidable != "static" {
            continue;
        }
        if id.starts_with('S') {
            s_count += 1;
        } else {
            count += 1;
        }
        if let Some(rule) = by_id.get(id.as_str()) {
            if matches!(rule.status, Status::Note | Status::Runtime) && rule.rationale.len() < 40 {
                problems.push(format!(
                    "{id}: status {} without an explanation",
                    rule.status.name()
                ));
            }
        }
    }
    assert_eq!(
        count, 294,
        "the catalogue's static non-note T, M and P entries"
    );
    assert_eq!(
        s_count, 45,
        "the static non-note entries of S_RANGES (S-001..S-055: 45)"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn ids_are_unique_and_sorted() {
    let rules = registry::rules();
    for pair in rules.windows(2) {
        assert!(pair[0].id != pair[1].id, "duplicate id {}", pair[0].id);
    }
    assert!(registry::find("F-001").is_some());
}

#[test]
fn vendored_index_matches_the_shared_catalogue_when_present() {
    // The index is vendored so the build does not depend on where shared/ lives; when the shared
    // specification sits beside the checkout, the copy must be identical.
    let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/spec/rule-index.tsv");
    if let Ok(text) = std::fs::read_to_string(&shared) {
        assert_eq!(
            text,
            include_str!("../catalogue/rule-index.tsv"),
            "copy shared/spec/rule-index.tsv to crates/policy/catalogue/"
        );
    }
}

#[test]
fn fact_tables_are_indexed_by_id() {
    use wws_security_model::{
        CEnum, SecurityBindingPropertyId, SecurityBindingType, SecurityPropertyId,
    };
    use wws_security_policy::facts;
    for id in SecurityBindingPropertyId::ALL {
        assert_eq!(facts::properties::binding_property(*id).id, *id);
    }
    for id in SecurityPropertyId::ALL {
        assert_eq!(facts::properties::channel_property(*id).id, *id);
    }
    for t in SecurityBindingType::ALL {
        assert_eq!(facts::binding(*t).binding, *t);
    }
}

#[test]
fn suggestions_find_close_ids() {
    assert_eq!(registry::suggest("F-0001"), Some("F-001"));
    assert_eq!(registry::suggest("ZZZZZZZZ"), None);
}

#[test]
fn every_rule_is_documented() {
    for rule in registry::rules() {
        assert!(
            !rule.title.is_empty() && !rule.rationale.is_empty() && !rule.source.is_empty(),
            "{} lacks a title, rationale or source",
            rule.id
        );
        for also in rule.also {
            assert_ne!(*also, rule.id, "{} lists itself as an also-id", rule.id);
        }
    }
}
