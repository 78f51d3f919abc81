//! The registry against the catalogue: every T-, M-, P- and S- id of `rule-index.tsv` (the
//! templates S-001..S-055 and the policy constraints S-056..S-093) has exactly one place (as a
//! rule id or as an also-id), and the registry invents no catalogue id.

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

/// S-056..S-093: the security binding constraints of policy matching (templates.md §3).
fn is_constraint_id(id: &str) -> bool {
    id.strip_prefix("S-")
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| (56..=93).contains(&n))
}

#[test]
fn static_constraint_rules_are_implemented_or_by_construction() {
    let mut problems = Vec::new();
    let mut count = 0;
    for (id, kind, decidable) in catalogue() {
        if !is_constraint_id(&id) {
            continue;
        }
        count += 1;
        let Some(rule) = registry::find(&id) else {
            problems.push(format!("{id}: missing"));
            continue;
        };
        let settled = matches!(rule.status, Status::Implemented | Status::ByConstruction);
        if kind != "note" && decidable == "static" && !settled {
            problems.push(format!("{id}: static, but {}", rule.status.name()));
        }
    }
    assert_eq!(count, 38, "S-056..S-093");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// S-001..S-055: binding templates and policy descriptions (templates.md §1-§2).
fn is_template_id(id: &str) -> bool {
    id.strip_prefix("S-")
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| (1..=55).contains(&n))
}

#[test]
fn static_template_rules_are_settled_or_explained() {
    // The 45 static, non-note template entries must be implemented or by-construction, unless
    // the rationale explains why only the running call can judge them (S-031).
    let mut problems = Vec::new();
    let (mut count, mut static_rules) = (0, 0);
    for (id, kind, decidable) in catalogue() {
        if !is_template_id(&id) {
            continue;
        }
        count += 1;
        let Some(rule) = registry::find(&id) else {
            problems.push(format!("{id}: missing"));
            continue;
        };
        if kind == "note" || decidable != "static" {
            continue;
        }
        static_rules += 1;
        let settled = matches!(rule.status, Status::Implemented | Status::ByConstruction);
        if !settled && rule.rationale.len() < 40 {
            problems.push(format!(
                "{id}: static, {} without an explanation",
                rule.status.name()
            ));
        }
    }
    assert_eq!(count, 55, "S-001..S-055");
    assert_eq!(
        static_rules, 45,
        "the static non-note entries of S-001..S-055"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn static_non_note_entries_are_not_marked_note_or_runtime_without_reason() {
    // The 294 static, non-note entries must be implemented or by-construction, unless the
    // rule's rationale explains why it is runtime or a note (a reading recorded in decisions.md).
    let by_id: BTreeMap<&str, &registry::Rule> =
        registry::rules().iter().map(|r| (r.id, *r)).collect();
    let mut problems = Vec::new();
    let mut count = 0;
    for (id, kind, decidable) in catalogue() {
        if id.starts_with('S') || kind == "note" || decidable != "static" {
            continue;
        }
        count += 1;
        if let Some(rule) = by_id.get(id.as_str()) {
            if matches!(rule.status, Status::Note | Status::Runtime) && rule.rationale.len() < 40 {
                problems.push(format!(
                    "{id}: status {} without an explanation",
                    rule.status.name()
                ));
            }
        }
    }
    assert_eq!(count, 294, "the catalogue's static non-note entries");
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
