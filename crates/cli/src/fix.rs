//! `check --fix`: the machine-applicable suggestions applied to a TOML file in place, keeping its
//! comments and layout (`toml_edit`), each kept only when it does what it says.

use std::fmt;
use toml_edit::{DocumentMut, Item, Key, TableLike};
use wws_security_model::{Path, Segment};
use wws_security_policy::{
    check_text, Edit, FileDiagnostic, Format, Policy, Suggestion, Value as Suggested,
};

/// Why an edit could not be applied to the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixError(String);

impl fmt::Display for FixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One suggestion applied to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The rule whose diagnostic it fixed.
    pub rule: &'static str,
    /// Where, in the shape of the file.
    pub path: Path,
    /// The 1-based line of the diagnostic in the original text.
    pub line: Option<usize>,
    /// What was done, in TOML.
    pub change: String,
}

/// A file after `--fix`: its new text and what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    /// The text with every kept fix applied.
    pub text: String,
    /// The fixes kept, in order.
    pub applied: Vec<Applied>,
    /// Machine-applicable suggestions that were not kept, and why.
    pub skipped: Vec<(Applied, String)>,
}

/// Applies `suggestion` to the TOML `text`.
pub fn apply(text: &str, suggestion: &Suggestion) -> Result<String, FixError> {
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e| FixError(format!("the file is not TOML: {e}")))?;
    for edit in &suggestion.edits {
        apply_edit(&mut doc, edit)?;
    }
    Ok(doc.to_string())
}

/// How many times the file is checked again for fixes that only appear once others are made
/// (a policy finding hidden behind a format error, say).
const MAX_ROUNDS: usize = 8;

/// Applies every machine-applicable suggestion of `diagnostics` to `text`, one at a time, keeping
/// each only when its diagnostic goes away and no error appears that the text did not have; then
/// does the same for the suggestions of the fixed text, until none is left.
///
/// "Appears" compares like with like: while the text has format errors the policy cannot run, so a
/// fix of a format error is judged by the format errors alone; the policy's findings that it
/// uncovers are fixed in the next round or reported, not blamed on the fix.
pub fn fix_file(text: &str, diagnostics: &[FileDiagnostic], policy: &Policy) -> Fixed {
    let mut current = text.to_owned();
    let mut before = diagnostics.to_vec();
    let mut applied = Vec::new();
    let mut skipped: Vec<(Applied, String)> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let mut progress = false;
        for d in before.clone() {
            let Some(suggestion) = d.suggestion.as_ref().filter(|s| s.is_machine_applicable())
            else {
                continue;
            };
            let record = Applied {
                rule: d.id(),
                path: d.path.clone(),
                line: d.line,
                change: suggestion.render(wws_security_policy::Syntax::Toml),
            };
            if skipped.iter().any(|(s, _)| *s == record) {
                continue;
            }
            let outcome = apply(&current, suggestion)
                .map_err(|e| e.to_string())
                .and_then(|candidate| {
                    let after = check_text(&candidate, Format::Toml, policy);
                    judge(&d, &before, &after).map(|()| (candidate, after))
                });
            match outcome {
                Ok((candidate, after)) => {
                    current = candidate;
                    before = after;
                    applied.push(record);
                    progress = true;
                }
                Err(why) => skipped.push((record, why)),
            }
        }
        if !progress {
            break;
        }
    }
    Fixed {
        text: current,
        applied,
        skipped,
    }
}

/// Whether a fix of `fixed` did its job: the diagnostic is gone, and no new error of the same
/// phase (format or policy) appeared.
fn judge(
    fixed: &FileDiagnostic,
    before: &[FileDiagnostic],
    after: &[FileDiagnostic],
) -> Result<(), String> {
    let key = |d: &FileDiagnostic| (d.id(), d.path.to_string());
    if after.iter().any(|d| key(d) == key(fixed)) {
        return Err(format!("{} is still reported after the change", fixed.id()));
    }
    let is_format = |d: &&FileDiagnostic| d.id().starts_with("F-");
    let had_format_errors = before
        .iter()
        .any(|d| d.is_error() && d.id().starts_with("F-"));
    let comparable = |d: &&FileDiagnostic| d.is_error() && (!had_format_errors || is_format(d));
    let old: Vec<_> = before.iter().filter(comparable).map(key).collect();
    let new: Vec<_> = after
        .iter()
        .filter(comparable)
        .map(key)
        .filter(|k| !old.contains(k))
        .collect();
    match new.first() {
        None => Ok(()),
        Some((id, path)) => Err(format!("the change would introduce {id} at `{path}`")),
    }
}

/// A place in the document while walking a path.
enum Cursor<'a> {
    Item(&'a mut Item),
    Value(&'a mut toml_edit::Value),
    Table(&'a mut toml_edit::Table),
}

impl<'a> Cursor<'a> {
    fn table_like(self) -> Option<&'a mut dyn TableLike> {
        match self {
            Cursor::Item(item) => item.as_table_like_mut(),
            Cursor::Value(value) => value.as_inline_table_mut().map(|t| t as &mut dyn TableLike),
            Cursor::Table(table) => Some(table),
        }
    }

    fn child(self, segment: &Segment) -> Option<Cursor<'a>> {
        match segment {
            Segment::Key(key) => self.table_like()?.get_mut(key).map(Cursor::Item),
            Segment::Index(i) => match self {
                Cursor::Item(Item::ArrayOfTables(tables)) => tables.get_mut(*i).map(Cursor::Table),
                Cursor::Item(Item::Value(value)) | Cursor::Value(value) => {
                    value.as_array_mut()?.get_mut(*i).map(Cursor::Value)
                }
                _ => None,
            },
        }
    }
}

fn not_found(path: &Path) -> FixError {
    FixError(format!("`{path}` is not in the file"))
}

/// The parent of the last step of `path`, and that step.
fn parent<'d>(doc: &'d mut DocumentMut, path: &Path) -> Result<(Cursor<'d>, Segment), FixError> {
    let (last, steps) = path
        .segments()
        .split_last()
        .ok_or_else(|| FixError("the endpoint itself cannot be edited".to_owned()))?;
    let mut cursor = Cursor::Table(doc.as_table_mut());
    for step in steps {
        cursor = cursor.child(step).ok_or_else(|| not_found(path))?;
    }
    Ok((cursor, last.clone()))
}

fn apply_edit(doc: &mut DocumentMut, edit: &Edit) -> Result<(), FixError> {
    let path = edit.path();
    let (parent, last) = parent(doc, path)?;
    match (edit, last) {
        (Edit::Remove { .. }, Segment::Key(key)) => {
            let table = parent.table_like().ok_or_else(|| not_found(path))?;
            table.remove(&key).ok_or_else(|| not_found(path))?;
        }
        (Edit::Remove { .. }, Segment::Index(i)) => match parent {
            Cursor::Item(Item::ArrayOfTables(tables)) if i < tables.len() => {
                tables.remove(i);
            }
            Cursor::Item(Item::Value(value)) | Cursor::Value(value) => {
                let array = value.as_array_mut().ok_or_else(|| not_found(path))?;
                if i >= array.len() {
                    return Err(not_found(path));
                }
                array.remove(i);
            }
            _ => return Err(not_found(path)),
        },
        (Edit::Set { value, .. }, Segment::Key(key)) => {
            let new = toml_value(value)?;
            let table = parent.table_like().ok_or_else(|| not_found(path))?;
            match table.get_mut(&key) {
                Some(Item::Value(old)) => {
                    let decor = old.decor().clone();
                    *old = new;
                    *old.decor_mut() = decor;
                }
                Some(_) => {
                    return Err(FixError(format!(
                        "`{path}` is a table in the file; the fix replaces values only"
                    )))
                }
                None => {
                    table.insert(&key, Item::Value(new));
                }
            }
        }
        (Edit::Set { value, .. }, Segment::Index(i)) => {
            let new = toml_value(value)?;
            let array = match parent {
                Cursor::Item(Item::Value(value)) | Cursor::Value(value) => value.as_array_mut(),
                _ => None,
            }
            .ok_or_else(|| not_found(path))?;
            let old = array.get_mut(i).ok_or_else(|| not_found(path))?;
            let decor = old.decor().clone();
            *old = new;
            *old.decor_mut() = decor;
        }
        (Edit::Rename { to, .. }, Segment::Key(key)) => {
            let table = parent.table_like().ok_or_else(|| not_found(path))?;
            rename(table, &key, to, path)?;
        }
        (Edit::Rename { .. }, Segment::Index(_)) => {
            return Err(FixError(format!("`{path}` is a list element, not a key")))
        }
    }
    Ok(())
}

/// Renames `from` to `to` where it stands, keeping every entry's place and formatting.
fn rename(table: &mut dyn TableLike, from: &str, to: &str, path: &Path) -> Result<(), FixError> {
    if table.contains_key(to) {
        return Err(FixError(format!(
            "`{to}` is already in the table; keep one of the two by hand"
        )));
    }
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_owned()).collect();
    if !keys.iter().any(|k| k == from) {
        return Err(not_found(path));
    }
    let mut entries: Vec<(Key, Item)> = Vec::with_capacity(keys.len());
    for k in &keys {
        let key = table.key(k).cloned().ok_or_else(|| not_found(path))?;
        let item = table.remove(k).ok_or_else(|| not_found(path))?;
        entries.push((key, item));
    }
    for (key, item) in entries {
        let key = if key.get() == from {
            Key::new(to)
                .with_leaf_decor(key.leaf_decor().clone())
                .with_dotted_decor(key.dotted_decor().clone())
        } else {
            key
        };
        if let toml_edit::Entry::Vacant(slot) = table.entry_format(&key) {
            slot.insert(item);
        }
    }
    Ok(())
}

fn toml_value(value: &Suggested) -> Result<toml_edit::Value, FixError> {
    let inline = |entries: Vec<(String, toml_edit::Value)>| {
        let mut table = toml_edit::InlineTable::new();
        for (k, v) in entries {
            table.insert(k, v);
        }
        toml_edit::Value::InlineTable(table)
    };
    let members = |members: &[(String, Suggested)]| -> Result<Vec<_>, FixError> {
        members
            .iter()
            .map(|(k, v)| Ok((k.clone(), toml_value(v)?)))
            .collect()
    };
    Ok(match value {
        Suggested::Bool(b) => (*b).into(),
        Suggested::Int(n) => i64::try_from(*n)
            .map_err(|_| FixError(format!("{n} does not fit a TOML integer")))?
            .into(),
        Suggested::Str(s) | Suggested::Name(s) => s.as_str().into(),
        Suggested::List(items) => {
            let mut array = toml_edit::Array::new();
            for item in items {
                array.push(toml_value(item)?);
            }
            toml_edit::Value::Array(array)
        }
        Suggested::Table(m) => inline(members(m)?),
        Suggested::Typed {
            type_name,
            members: m,
        } => {
            let mut entries = vec![("type".to_owned(), type_name.as_str().into())];
            entries.extend(members(m)?);
            inline(entries)
        }
        Suggested::Slot(name) => inline(vec![("runtime".to_owned(), name.as_str().into())]),
        Suggested::Env(var) => inline(vec![("env".to_owned(), var.as_str().into())]),
        Suggested::Placeholder(what) => {
            return Err(FixError(format!("`{what}` is for the user to fill in")))
        }
    })
}

/// A unified diff of `old` to `new`, for `--fix --dry-run`.
pub fn diff(name: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(name, name)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wws_security_policy::Applicability;

    fn suggestion(edit: Edit) -> Suggestion {
        Suggestion::new(Applicability::MachineApplicable, vec![edit])
    }

    const TEXT: &str = r#"# the client
side = "client"
channel_bindng = "http"   # misspelt
channel_type = "reply"

[[bindings]]
type = "ssl_transport"
# a server-only setting
properties = { require_ssl_client_cert = true, cert_failures_to_ignore = ["cn_mismatch"] }

[[bindings]]
type = "username_message"
"#;

    #[test]
    fn a_rename_keeps_the_place_the_value_and_the_comments() {
        let s = suggestion(Edit::Rename {
            path: Path::parse("channel_bindng").unwrap(),
            to: "channel_binding".to_owned(),
        });
        let out = apply(TEXT, &s).unwrap();
        assert!(
            out.contains("channel_binding = \"http\"   # misspelt\nchannel_type"),
            "{out}"
        );
        assert!(
            out.starts_with("# the client\nside = \"client\"\n"),
            "{out}"
        );
    }

    #[test]
    fn removals_and_sets_reach_into_arrays_of_tables_and_inline_tables() {
        let remove = suggestion(Edit::Remove {
            path: Path::parse("bindings[0].properties.require_ssl_client_cert").unwrap(),
        });
        let out = apply(TEXT, &remove).unwrap();
        assert!(
            out.contains("properties = { cert_failures_to_ignore = [\"cn_mismatch\"] }"),
            "{out}"
        );
        assert!(out.contains("# a server-only setting"));
        let set = suggestion(Edit::Set {
            path: Path::parse("bindings[1].binding_usage").unwrap(),
            value: Suggested::Name("supporting".to_owned()),
        });
        let out = apply(TEXT, &set).unwrap();
        assert!(
            out.contains("type = \"username_message\"\nbinding_usage = \"supporting\"\n"),
            "{out}"
        );
        let replace = suggestion(Edit::Set {
            path: Path::parse("channel_type").unwrap(),
            value: Suggested::Name("request".to_owned()),
        });
        assert!(apply(TEXT, &replace)
            .unwrap()
            .contains("channel_type = \"request\"\n"));
    }

    #[test]
    fn edits_that_do_not_fit_the_file_are_refused_with_the_reason() {
        let missing = suggestion(Edit::Remove {
            path: Path::parse("bindings[7].properties").unwrap(),
        });
        assert!(apply(TEXT, &missing)
            .unwrap_err()
            .to_string()
            .contains("bindings[7]"));
        let clash = suggestion(Edit::Rename {
            path: Path::parse("channel_bindng").unwrap(),
            to: "side".to_owned(),
        });
        assert!(apply(TEXT, &clash)
            .unwrap_err()
            .to_string()
            .contains("already"));
    }
}
