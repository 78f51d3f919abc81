//! `wws-security explain`: one rule, with an invalid and a valid example from its fixture.

use crate::args::ExplainArgs;
use crate::{EXIT_OK, EXIT_USAGE};
use std::io::{self, Write};
use wws_security_policy::{registry, Rule};

include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));

pub(crate) fn run(args: &ExplainArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let id = args.rule.trim().to_ascii_uppercase();
    let Some(rule) = registry::find(&id) else {
        writeln!(err, "error: no rule has the id `{}`", args.rule)?;
        match registry::suggest(&id) {
            Some(s) => writeln!(err, "  help: did you mean `{s}`?")?,
            None => writeln!(err, "  help: `wws-security rules` lists every rule")?,
        }
        return Ok(EXIT_USAGE);
    };
    write!(out, "{}", explain(rule, &id))?;
    Ok(EXIT_OK)
}

/// The text `explain` prints for `rule` (asked for as `asked`, which may be an also-id).
pub(crate) fn explain(rule: &Rule, asked: &str) -> String {
    let mut s = format!("{}: {}\n\n", rule.id, rule.title);
    if asked != rule.id {
        s.push_str(&format!(
            "`{asked}` states the same rule as `{}` and is reported under that id.\n\n",
            rule.id
        ));
    }
    s.push_str(&format!("  status:   {}\n", rule.status.name()));
    s.push_str(&format!("  severity: {}", rule.severity.name()));
    if rule.severity == registry::Severity::Warning {
        s.push_str(" (a lint: `--allow`, `--deny` or `--warn` it by id)");
    }
    s.push('\n');
    s.push_str(&format!("  kind:     {}\n", rule.kind.name()));
    s.push_str(&format!("  area:     {}\n", rule.area().name()));
    if !rule.also.is_empty() {
        s.push_str(&format!("  also:     {}\n", rule.also.join(", ")));
    }
    s.push_str(&format!("  source:   {}\n\n", rule.source));
    s.push_str(&format!("{}\n", wrap(rule.rationale, 92)));
    match examples(rule.id) {
        Some((fail, pass)) => {
            s.push_str(&format!("\nInvalid (reports {}):\n\n", rule.id));
            s.push_str(&indent(&fail));
            if let Some(pass) = pass {
                s.push_str("\nValid:\n\n");
                s.push_str(&indent(&pass));
            }
        }
        None => s.push_str("\nNo example: this rule has no fixture file.\n"),
    }
    s
}

fn indent(text: &str) -> String {
    text.trim_matches('\n')
        .lines()
        .map(|l| {
            if l.trim().is_empty() {
                "\n".to_owned()
            } else {
                format!("    {l}\n")
            }
        })
        .collect()
}

fn wrap(text: &str, width: usize) -> String {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(word.to_owned());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.join("\n")
}

/// The failing and passing endpoints of the rule's first fixture file, as endpoint files.
fn examples(id: &str) -> Option<(String, Option<String>)> {
    let (_, text) = FIXTURES.iter().find(|(stem, _)| {
        *stem == id || stem.strip_prefix(id).is_some_and(|r| r.starts_with('.'))
    })?;
    let fail = section(text, "fail")?;
    Some((fail, section(text, "pass")))
}

/// The endpoint under `[key]` of a fixture file, as the text of an endpoint file: either the raw
/// `key_toml` / `key_json` string, or the lines of the `[key]` tables with the prefix removed
/// (keeping the fixture's order and comments).
fn section(text: &str, key: &str) -> Option<String> {
    if let Ok(doc) = text.parse::<toml::Table>() {
        for raw in [format!("{key}_toml"), format!("{key}_json")] {
            if let Some(s) = doc.get(&raw).and_then(|v| v.as_str()) {
                return Some(s.to_owned());
            }
        }
        doc.get(key)?;
    }
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if let Some((brackets, name)) = header_name(line.trim_start()) {
            inside = false;
            if name == key {
                inside = true;
            } else if let Some(rest) = name.strip_prefix(key).and_then(|r| r.strip_prefix('.')) {
                inside = true;
                let (open, close) = if brackets == 2 {
                    ("[[", "]]")
                } else {
                    ("[", "]")
                };
                out.push_str(&format!("{open}{rest}{close}\n"));
            }
            continue;
        }
        if inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    (!out.trim().is_empty()).then_some(out)
}

/// `(1, "fail.properties")` for `[fail.properties]`, `(2, ...)` for `[[...]]`.
fn header_name(line: &str) -> Option<(usize, &str)> {
    let line = line.split('#').next()?.trim_end();
    if let Some(inner) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
        return Some((2, inner.trim()));
    }
    let inner = line.strip_prefix('[')?.strip_suffix(']')?;
    (!inner.contains(['[', ']', '=', '"'])).then_some((1, inner.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = r#"rule = "T-012"
also_reported = []

[fail]   # a client asking for a client certificate
side = "client"
channel_binding = "http"
[[fail.bindings]]
type = "ssl_transport"
[fail.bindings.properties]
require_ssl_client_cert = true

[pass]
side = "server"
channel_binding = "http"
[[pass.bindings]]
type = "ssl_transport"
"#;

    #[test]
    fn sections_become_endpoint_files() {
        let fail = section(FIXTURE, "fail").unwrap();
        assert_eq!(
            fail,
            "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n\
             [bindings.properties]\nrequire_ssl_client_cert = true\n\n"
        );
        wws_security_model::Endpoint::from_toml_str(&fail).unwrap();
        let pass = section(FIXTURE, "pass").unwrap();
        wws_security_model::Endpoint::from_toml_str(&pass).unwrap();
    }

    #[test]
    fn raw_text_sections_are_taken_as_written() {
        let text = "rule = \"F-001\"\nfail_toml = '''\nside = \n'''\n[pass]\nside = \"client\"\n";
        assert_eq!(section(text, "fail").unwrap(), "side = \n");
        assert_eq!(section(text, "pass").unwrap(), "side = \"client\"\n");
    }
}
