//! Policy diagnostics beside format errors (`Policy::validate_partial`): a mistake the decoder
//! cannot read hides nothing else, and adds nothing that only comes from it.
//!
//! The mutation test takes every official example (all valid) and breaks one thing at a time
//! the way people do: a misspelt key, a misspelt value name, a misspelt binding type. Every
//! diagnostic of the partial reading must then be one the intact example has too (a rule the
//! example breaks is still broken): anything else would be a cascade of the mistake.

use std::collections::BTreeSet;
use std::path::Path as FsPath;
use wws_security_model::decode::{decode_file, decode_file_partial, parse_node, Format, Node};
use wws_security_model::{EndpointFile, Path, Segment};
use wws_security_policy::{Checkable, Policy};

fn examples() -> Vec<(String, Node)> {
    let root = FsPath::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut out = Vec::new();
    for dir in ["endpoints", "templates"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((
                    format!("{dir}/{}", path.file_name().unwrap().to_string_lossy()),
                    parse_node(&text, Format::Toml).unwrap(),
                ));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A typo: the second and third letters swapped (`usernmae`), or a letter doubled when
/// they are the same.
fn typo(word: &str) -> String {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() >= 4 && chars[1] != chars[2] {
        chars.swap(1, 2);
    } else {
        chars.insert(1, chars[0]);
    }
    chars.into_iter().collect()
}

/// Every mutation of `node`: (what was changed, the changed document).
fn mutations(node: &Node) -> Vec<(String, Node)> {
    let mut out = Vec::new();
    walk(node, &mut Path::root(), &mut |path, value| {
        let segments = path.segments().to_vec();
        // A misspelt key.
        if let Some(Segment::Key(key)) = segments.last() {
            let mut changed = node.clone();
            if rename(&mut changed, &segments, &typo(key)) {
                out.push((format!("key {path}"), changed));
            }
        }
        // A misspelt value name or binding type (any string that is not free text).
        if let Node::String(text) = value {
            if text.len() > 3
                && text
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit())
            {
                let mut changed = node.clone();
                set(&mut changed, &segments, Node::String(typo(text)));
                out.push((format!("value {path} = {text}"), changed));
            }
        }
    });
    out
}

fn walk(node: &Node, path: &mut Path, f: &mut impl FnMut(&Path, &Node)) {
    match node {
        Node::Table(entries) => {
            for (k, v) in entries {
                path.push_key(k.clone());
                f(path, v);
                walk(v, path, f);
                path.pop();
            }
        }
        Node::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push_index(i);
                f(path, v);
                walk(v, path, f);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at<'n>(node: &'n mut Node, segments: &[Segment]) -> &'n mut Node {
    segments.iter().fold(node, |n, s| match (n, s) {
        (Node::Table(entries), Segment::Key(k)) => {
            &mut entries.iter_mut().find(|(key, _)| key == k).unwrap().1
        }
        (Node::Array(items), Segment::Index(i)) => &mut items[*i],
        _ => unreachable!(),
    })
}

fn set(node: &mut Node, segments: &[Segment], value: Node) {
    *at(node, segments) = value;
}

fn rename(node: &mut Node, segments: &[Segment], to: &str) -> bool {
    let (Segment::Key(key), parent) = segments.split_last().unwrap() else {
        return false;
    };
    let Node::Table(entries) = at(node, parent) else {
        return false;
    };
    let entry = entries.iter_mut().find(|(k, _)| k == key).unwrap();
    entry.0 = to.to_owned();
    true
}

fn ids(report: &wws_security_policy::Report) -> BTreeSet<(String, String)> {
    report
        .diagnostics
        .iter()
        .map(|d| (d.rule.id.to_owned(), d.path.to_string()))
        .collect()
}

#[test]
fn a_mistake_adds_no_diagnostic_to_an_official_example() {
    let policy = Policy::new();
    let mut mutated = 0;
    let mut with_errors = 0;
    let mut cascades = Vec::new();
    for (name, node) in examples() {
        let intact: EndpointFile = decode_file(&node).unwrap();
        let expected = ids(&intact.validate_with(&policy));
        for (what, changed) in mutations(&node) {
            let partial = decode_file_partial(&changed);
            if partial.errors.is_empty() {
                continue; // the typo is another valid name
            }
            with_errors += 1;
            let found = ids(&policy.validate_partial(&partial));
            let extra: Vec<_> = found.difference(&expected).collect();
            if !extra.is_empty() {
                cascades.push(format!("{name}, {what}: {extra:?}"));
            }
        }
        mutated += 1;
    }
    assert!(mutated >= 37, "{mutated} examples");
    assert!(with_errors > 300, "{with_errors} mutations with errors");
    assert!(
        cascades.is_empty(),
        "{} cascades:\n{}",
        cascades.len(),
        cascades.join("\n")
    );
}

/// The failing document of every rule fixture (endpoints and templates).
fn failing_fixtures() -> Vec<(String, Node)> {
    let root = FsPath::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for area in std::fs::read_dir(&root).unwrap() {
        let area = area.unwrap().path();
        if area.ends_with("constraints") || area.ends_with("compat") {
            continue;
        }
        for fixture in std::fs::read_dir(&area).unwrap() {
            let fixture = fixture.unwrap().path();
            let text = std::fs::read_to_string(&fixture).unwrap();
            let Ok(Node::Table(doc)) = parse_node(&text, Format::Toml) else {
                continue;
            };
            if let Some((_, node @ Node::Table(_))) = doc.iter().find(|(k, _)| k == "fail") {
                out.push((fixture.display().to_string(), node.clone()));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// A format error hides no diagnostic of the policy: every failing rule fixture, with a stray
/// key added, still reports every diagnostic it reported, and the stray key's F-002.
#[test]
fn a_format_error_hides_no_policy_diagnostic() {
    let policy = Policy::new();
    let mut checked = 0;
    for (name, node) in failing_fixtures() {
        let Ok(file) = decode_file(&node) else {
            continue; // a fixture of a format rule
        };
        let expected = ids(&file.validate_with(&policy));
        let Node::Table(mut entries) = node else {
            unreachable!()
        };
        entries.push(("zzqx".to_owned(), Node::Integer(1)));
        let partial = decode_file_partial(&Node::Table(entries));
        assert_eq!(partial.errors.len(), 1, "{name}");
        assert_eq!(partial.readings.len(), 1, "{name}");
        assert_eq!(ids(&policy.validate_partial(&partial)), expected, "{name}");
        checked += 1;
    }
    assert!(checked > 150, "{checked} fixtures");
}

/// A document without errors has one reading, the document itself.
#[test]
fn a_valid_document_is_read_once_and_whole() {
    for (name, node) in examples() {
        let partial = decode_file_partial(&node);
        assert!(partial.holes.is_empty(), "{name}");
        assert_eq!(
            partial.readings,
            vec![decode_file(&node).unwrap()],
            "{name}"
        );
        assert_eq!(partial.complete(), Some(decode_file(&node).unwrap()));
    }
}

/// What is read when: a misspelt binding type in every way, a misspelt value name in every
/// valid one, a misspelt key with and without its value; nothing without a side.
#[test]
fn holes_and_readings() {
    let read = |text: &str| decode_file_partial(&parse_node(text, Format::Toml).unwrap());
    let binding = read(
        "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n[[bindings]]\ntype = \"usernme_message\"",
    );
    assert_eq!(binding.holes.len(), 1);
    assert_eq!(binding.holes[0].path.to_string(), "bindings[1]");
    assert_eq!(binding.holes[0].fillings(), 9);
    assert_eq!(binding.readings.len(), 9);
    assert!(binding.in_hole(&Path::parse("bindings[1].client_credential").unwrap()));
    assert!(!binding.in_hole(&Path::parse("bindings[0]").unwrap()));
    let side = read("side = \"clinet\"\nchannel_binding = \"htp\"");
    assert_eq!(side.errors.len(), 2);
    assert_eq!(side.readings.len(), 2 * 5);
    let key = read(
        "side = \"client\"\nchannel_binding = \"http\"\n[propertes]\ntimestamp_usage = \"always\"",
    );
    assert_eq!(key.holes[0].path.to_string(), "properties");
    assert_eq!(key.readings.len(), 2);
    let no_side = read("channel_binding = \"http\"");
    assert!(no_side.readings.is_empty());
    assert_eq!(no_side.holes[0].path.to_string(), "side");
    assert!(Policy::new().validate_partial(&no_side).is_clean());
}
