//! `src/values.md`: the table of the facade's `values` module, which fields of a
//! `security_binding!` declaration take a Rust value and of which type, from the model's field
//! tables (the same tables the macro reads).

use super::MARKDOWN_HEADER;
use std::fmt::Write as _;
use wws_security_model::{
    field_tables, CEnum, Callback, FieldKind, FieldOwner, FieldTable, SecurityBindingPropertyId,
};

/// The Markdown table, with its header line.
pub fn render() -> String {
    render_tables(&field_tables())
}

/// What a closure for `callback` looks like, and what it becomes.
fn closure(callback: Callback) -> String {
    let shape = match callback {
        Callback::ValidatePassword => "a closure or function `(&str, &SecretString) -> bool` (or `-> Result<bool, CallbackError>`)",
        Callback::ValidateSaml => "a closure `(&SamlAssertion) -> bool` (or a `Result`)",
        Callback::GetCert => "a closure `(&CertificateRequest) -> Option<Certificate>` (or a [`Certificate`], or either in a `Result`); WWSAPI takes ownership of the certificate",
        Callback::CertIssuerListNotification => "a closure `(&IssuerList)` (or `-> Result<(), CallbackError>`)",
        Callback::CertificateValidation => "a closure `(Certificate) -> bool` (or a `Result`); the closure owns the certificate",
    };
    format!("{shape}, made a [`{}`]", callback.rust_type())
}

/// The Rust type of a program object, by the C type of its field.
fn object(key: &str, c_type: &str) -> &'static str {
    match c_type {
        "WS_SECURITY_TOKEN*" => {
            "an [`XmlToken`] (the `WS_SECURITY_TOKEN*` of `WsCreateXmlSecurityToken`)"
        }
        "const CERT_CONTEXT*" | "const CERT_CONTEXT**" => "a [`CertificatePtr`]",
        "WS_XML_BUFFER*" => "an [`XmlBuffer`] (a `WS_XML_BUFFER*` the program built)",
        _ if key.ends_with("state") => {
            "an [`OpaquePtr`], only beside a C callback: a closure captures its own state"
        }
        _ => "an [`OpaquePtr`]",
    }
}

/// The table for `tables`.
pub fn render_tables(tables: &[FieldTable]) -> String {
    // (value description, the fields that take it), in first-seen order.
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    let mut add = |value: String, field: String| match rows.iter_mut().find(|(v, _)| *v == value) {
        Some((_, fields)) if fields.contains(&field) => {}
        Some((_, fields)) => fields.push(field),
        None => rows.push((value, vec![field])),
    };
    for table in tables {
        for field in table.fields {
            let key = match table.owner {
                FieldOwner::Property(_) => format!("`{}.{}`", table.name, field.key),
                _ => format!("`{}`", field.key),
            };
            match field.kind {
                FieldKind::Secret => add(
                    "`secret(expr)` with `expr: impl Into<String>` (stored as [`SecretString`]); \
                     or `env(\"VAR\")`, `runtime(\"slot\")`, a string literal"
                        .to_owned(),
                    key,
                ),
                FieldKind::Callback(callback) => add(closure(callback), key),
                FieldKind::Object => add(object(field.key, field.c_type).to_owned(), key),
                FieldKind::Objects => add(
                    object(field.key, field.c_type).to_owned(),
                    format!("each item of {key}"),
                ),
                _ => {}
            }
        }
    }
    add(
        "a [`MessagePropertyValue`]".to_owned(),
        format!(
            "each value of `{}`",
            SecurityBindingPropertyId::MessageProperties.name()
        ),
    );
    let mut out = String::new();
    writeln!(out, "{MARKDOWN_HEADER}").ok();
    writeln!(out, "| field | expected Rust value |\n|---|---|").ok();
    for (value, fields) in rows {
        writeln!(out, "| {} | {value} |", fields.join(", ")).ok();
    }
    out
}
