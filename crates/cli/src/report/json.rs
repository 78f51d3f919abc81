//! `--format json`: `{"files": [{"path", "valid", "diagnostics": [...]}]}`.

use crate::check::CheckedFile;
use serde_json::{json, Value};
use std::io::{self, Write};
use wws_security_policy::{Edit, FileDiagnostic, Format, Suggestion, Value as Suggested};

pub(crate) fn write(files: &[CheckedFile], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &document(files))?;
    writeln!(out)
}

/// The `--format json` document.
pub(crate) fn document(files: &[CheckedFile]) -> Value {
    let files: Vec<Value> = files
        .iter()
        .map(|file| {
            let path = file.path.display().to_string();
            match &file.outcome {
                Ok(checked) => json!({
                    "path": path,
                    "valid": file.is_valid(),
                    "diagnostics": checked
                        .diagnostics
                        .iter()
                        .map(|d| diagnostic(d, checked.format))
                        .collect::<Vec<_>>(),
                }),
                Err(reason) => json!({
                    "path": path,
                    "valid": false,
                    "diagnostics": [],
                    "error": reason,
                }),
            }
        })
        .collect();
    json!({ "files": files })
}

fn diagnostic(d: &FileDiagnostic, format: Format) -> Value {
    json!({
        "rule": d.id(),
        "also": d.also(),
        "severity": d.severity.name(),
        "message": d.message,
        "help": d.help,
        "path": d.path.to_string(),
        "line": d.line,
        "column": d.column,
        "suggestion": d.suggestion.as_ref().map(|s| suggestion(s, format)),
    })
}

fn suggestion(s: &Suggestion, format: Format) -> Value {
    json!({
        "applicability": s.applicability.name(),
        "text": s.render(wws_security_policy::Syntax::from(format)),
        "edits": s.edits.iter().map(edit).collect::<Vec<_>>(),
    })
}

fn edit(e: &Edit) -> Value {
    match e {
        Edit::Remove { path } => json!({ "op": "remove", "path": path.to_string() }),
        Edit::Set { path, value } => {
            json!({ "op": "set", "path": path.to_string(), "value": value_json(value) })
        }
        Edit::Rename { path, to } => {
            json!({ "op": "rename", "path": path.to_string(), "to": to })
        }
    }
}

/// A suggested value as the JSON endpoint format writes it.
fn value_json(v: &Suggested) -> Value {
    let table = |members: &[(String, Suggested)]| -> serde_json::Map<String, Value> {
        members
            .iter()
            .map(|(k, v)| (k.clone(), value_json(v)))
            .collect()
    };
    match v {
        Suggested::Bool(b) => json!(b),
        Suggested::Int(n) => i64::try_from(*n).map_or_else(|_| json!(n.to_string()), |n| json!(n)),
        Suggested::Str(s) | Suggested::Name(s) => json!(s),
        Suggested::Placeholder(what) => json!(format!("<{what}>")),
        Suggested::List(items) => Value::Array(items.iter().map(value_json).collect()),
        Suggested::Table(members) => Value::Object(table(members)),
        Suggested::Typed { type_name, members } => {
            let mut map = serde_json::Map::new();
            map.insert("type".to_owned(), json!(type_name));
            map.extend(table(members));
            Value::Object(map)
        }
        Suggested::Slot(name) => json!({ "runtime": name }),
        Suggested::Env(var) => json!({ "env": var }),
    }
}
