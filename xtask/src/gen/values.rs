//! `src/values.md`: the table of the facade's `values` module, which fields of a
//! `security_binding!` declaration take a Rust value and of which type, from the model's field
//! tables (the same tables the macro reads).

use super::MARKDOWN_HEADER;
use std::fmt::Write as _;
use wws_security_model::{
    field_tables, CEnum, FieldKind, FieldOwner, FieldTable, SecurityBindingPropertyId,
};

/// The Markdown table, with its header line.
pub fn render() -> String {
    render_tables(&field_tables())
}

/// The table for `tables`.
pub fn render_tables(tables: &[FieldTable]) -> String {
    let mut rows: Vec<(String, String)> = Vec::new();
    let mut objects: Vec<String> = Vec::new();
    let add = |rows: &mut Vec<(String, String)>, field: String, value: String| {
        if !rows.iter().any(|(f, _)| *f == field) {
            rows.push((field, value));
        }
    };
    for table in tables {
        for field in table.fields {
            let key = match table.owner {
                FieldOwner::Property(_) => format!("`{}.{}`", table.name, field.key),
                _ => format!("`{}`", field.key),
            };
            match field.kind {
                FieldKind::Secret => add(
                    &mut rows,
                    key,
                    "`secret(expr)` with `expr: impl Into<String>` (stored as [`SecretString`]); \
                     or `env(\"VAR\")`, `runtime(\"slot\")`, a string literal"
                        .to_owned(),
                ),
                FieldKind::Callback(callback) => {
                    add(&mut rows, key, format!("[`{}`]", callback.rust_type()))
                }
                FieldKind::Object if !objects.contains(&key) => objects.push(key),
                FieldKind::Objects => {
                    let item = format!("each item of {key}");
                    if !objects.contains(&item) {
                        objects.push(item);
                    }
                }
                _ => {}
            }
        }
    }
    objects.push(format!(
        "each value of `{}`",
        SecurityBindingPropertyId::MessageProperties.name()
    ));
    let mut out = String::new();
    writeln!(out, "{MARKDOWN_HEADER}").ok();
    writeln!(out, "| field | expected Rust value |\n|---|---|").ok();
    for (field, value) in rows {
        writeln!(out, "| {field} | {value} |").ok();
    }
    writeln!(
        out,
        "| {} | any `Send + Sync + 'static` value |",
        objects.join(", ")
    )
    .ok();
    out
}
