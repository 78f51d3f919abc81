//! What would fix a diagnostic, as data: each surface writes it in its own syntax (a TOML or JSON
//! file, the `security_binding!` grammar), and `wws-security check --fix` applies the edits that
//! are mechanical.

use std::fmt::{self, Write as _};
use wws_security_model::{Path, Segment};

/// Changes that would fix a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// The edits, applied in order.
    pub edits: Vec<Edit>,
    /// Whether a tool may apply them without asking.
    pub applicability: Applicability,
}

/// Whether a suggestion can be applied mechanically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Applicability {
    /// The edits fix the diagnostic and change nothing else a user chose: `--fix` applies them.
    MachineApplicable,
    /// The edits need values only the user knows (`<..>` placeholders).
    HasPlaceholders,
    /// One way to fix it among others, or one that changes a security-relevant setting: shown,
    /// never applied.
    MaybeIncorrect,
}

impl Applicability {
    /// `machine-applicable`, `has-placeholders` or `maybe-incorrect`.
    pub fn name(self) -> &'static str {
        match self {
            Applicability::MachineApplicable => "machine-applicable",
            Applicability::HasPlaceholders => "has-placeholders",
            Applicability::MaybeIncorrect => "maybe-incorrect",
        }
    }
}

/// One change, at a place in the shape of the endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Remove the entry at `path`: a key and its value, or an element of a list.
    Remove {
        /// What to remove.
        path: Path,
    },
    /// Give the entry at `path` the value `value`, adding the key when it is absent.
    Set {
        /// Where.
        path: Path,
        /// The new value.
        value: Value,
    },
    /// Rename the key at `path` to `to`, keeping its value.
    Rename {
        /// The key as written.
        path: Path,
        /// The new key.
        to: String,
    },
}

impl Edit {
    /// The place the edit changes.
    pub fn path(&self) -> &Path {
        match self {
            Edit::Remove { path } | Edit::Set { path, .. } | Edit::Rename { path, .. } => path,
        }
    }
}

/// A value in the endpoint vocabulary, independent of any syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `true` / `false`.
    Bool(bool),
    /// A whole number.
    Int(i128),
    /// Text.
    Str(String),
    /// A value name of an enumeration (`supporting`, `sign_and_encrypt`).
    Name(String),
    /// A list.
    List(Vec<Value>),
    /// A table.
    Table(Vec<(String, Value)>),
    /// A table with a `type`: a credential or an authenticator.
    Typed {
        /// The `type`.
        type_name: String,
        /// The other members.
        members: Vec<(String, Value)>,
    },
    /// A runtime slot the program fills.
    Slot(String),
    /// A password read from an environment variable.
    Env(String),
    /// A value only the user knows, described.
    Placeholder(String),
}

impl Value {
    /// True when the value holds a placeholder somewhere.
    pub fn has_placeholder(&self) -> bool {
        match self {
            Value::Placeholder(_) => true,
            Value::List(items) => items.iter().any(Value::has_placeholder),
            Value::Table(members) | Value::Typed { members, .. } => {
                members.iter().any(|(_, v)| v.has_placeholder())
            }
            Value::Bool(_)
            | Value::Int(_)
            | Value::Str(_)
            | Value::Name(_)
            | Value::Slot(_)
            | Value::Env(_) => false,
        }
    }
}

/// The syntax a suggestion is written in (defined with the format, in the model crate).
pub use wws_security_model::Syntax;

impl Suggestion {
    /// A suggestion of `edits`; placeholders make it [`Applicability::HasPlaceholders`].
    pub fn new(applicability: Applicability, edits: Vec<Edit>) -> Suggestion {
        let placeholders = edits.iter().any(|e| match e {
            Edit::Set { value, .. } => value.has_placeholder(),
            _ => false,
        });
        Suggestion {
            edits,
            applicability: if placeholders {
                Applicability::HasPlaceholders
            } else {
                applicability
            },
        }
    }

    /// True when `--fix` may apply it.
    pub fn is_machine_applicable(&self) -> bool {
        self.applicability == Applicability::MachineApplicable
    }

    /// The edits in words and in `syntax`: ``remove `require_ssl_client_cert` ``,
    /// ``set `binding_usage = "supporting"` `` (TOML) or ``set `binding_usage: supporting` ``
    /// (the macro).
    pub fn render(&self, syntax: Syntax) -> String {
        let parts: Vec<String> = self.edits.iter().map(|e| render_edit(e, syntax)).collect();
        parts.join(", then ")
    }
}

fn last_key(path: &Path) -> String {
    match path.segments().last() {
        Some(Segment::Key(k)) => k.to_string(),
        Some(Segment::Index(i)) => format!("element #{i}"),
        None => "the endpoint".to_owned(),
    }
}

fn render_edit(edit: &Edit, syntax: Syntax) -> String {
    match edit {
        Edit::Remove { path } => match path.segments().last() {
            Some(Segment::Index(i)) => format!("remove element #{i} of `{}`", parent_key(path)),
            _ => format!("remove `{}`", last_key(path)),
        },
        Edit::Rename { path, to } => format!("rename `{}` to `{to}`", last_key(path)),
        Edit::Set { path, value } if matches!(path.segments().last(), Some(Segment::Index(_))) => {
            let element = last_key(path);
            format!(
                "set {element} of `{}` to `{}`",
                parent_key(path),
                Written(value, syntax)
            )
        }
        // In the macro a table's `type` is the name written before its braces.
        Edit::Set {
            path,
            value: Value::Name(name),
        } if syntax == Syntax::Macro && last_key(path) == "type" => format!("use `{name}`"),
        Edit::Set { path, value } => {
            let key = last_key(path);
            format!("set `{}`", Entry(&key, value, syntax))
        }
    }
}

fn parent_key(path: &Path) -> String {
    let segments = path.segments();
    segments[..segments.len().saturating_sub(1)]
        .iter()
        .rev()
        .find_map(|s| match s {
            Segment::Key(k) => Some(k.to_string()),
            Segment::Index(_) => None,
        })
        .unwrap_or_default()
}

fn quoted(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_char('"')?;
    for c in text.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            c if c.is_control() => write!(f, "\\u{:04X}", c as u32)?,
            c => f.write_char(c)?,
        }
    }
    f.write_char('"')
}

fn list<T: fmt::Display>(
    f: &mut fmt::Formatter<'_>,
    open: &str,
    close: &str,
    items: impl Iterator<Item = T>,
) -> fmt::Result {
    f.write_str(open)?;
    for (i, item) in items.enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{item}")?;
    }
    f.write_str(close)
}

/// A value written in a syntax: `Written(&value, Syntax::Toml).to_string()`.
pub struct Written<'a>(pub &'a Value, pub Syntax);

/// One `key = value` (TOML), `"key": value` (JSON) or `key: value` (the macro).
struct Entry<'a>(&'a str, &'a Value, Syntax);

impl fmt::Display for Entry<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Entry(key, value, syntax) = *self;
        match syntax {
            Syntax::Toml => write!(f, "{key} = ")?,
            Syntax::Json => {
                quoted(f, key)?;
                f.write_str(": ")?;
            }
            Syntax::Macro => write!(f, "{key}: ")?,
        }
        write!(f, "{}", Written(value, syntax))
    }
}

impl fmt::Display for Written<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Written(value, syntax) = *self;
        let (open, close) = match syntax {
            Syntax::Json => ("{", "}"),
            Syntax::Toml | Syntax::Macro => ("{ ", " }"),
        };
        fn entries(members: &[(String, Value)], syntax: Syntax) -> impl Iterator<Item = Entry<'_>> {
            members.iter().map(move |(k, v)| Entry(k, v, syntax))
        }
        match (value, syntax) {
            (Value::Bool(b), _) => write!(f, "{b}"),
            (Value::Int(n), _) => write!(f, "{n}"),
            (Value::Str(s), _) => quoted(f, s),
            // In the macro, value names and table types are bare words, and program values are
            // written as calls.
            (Value::Name(s), Syntax::Macro) => f.write_str(s),
            (Value::Name(s), _) => quoted(f, s),
            (Value::Placeholder(what), Syntax::Macro) => write!(f, "<{what}>"),
            (Value::Placeholder(what), _) => write!(f, "\"<{what}>\""),
            (Value::List(items), _) => list(f, "[", "]", items.iter().map(|v| Written(v, syntax))),
            (Value::Table(members), _) => list(f, open, close, entries(members, syntax)),
            (Value::Typed { type_name, members }, Syntax::Macro) => {
                f.write_str(type_name)?;
                if members.is_empty() {
                    return Ok(());
                }
                f.write_str(" ")?;
                list(f, open, close, entries(members, syntax))
            }
            (Value::Typed { type_name, members }, _) => {
                let type_value = Value::Name(type_name.clone());
                let all = std::iter::once(Entry("type", &type_value, syntax))
                    .chain(entries(members, syntax));
                list(f, open, close, all)
            }
            (Value::Slot(name), Syntax::Macro) => call(f, "runtime", name),
            (Value::Env(var), Syntax::Macro) => call(f, "env", var),
            (Value::Slot(name), _) => table_of_one(f, "runtime", name, syntax),
            (Value::Env(var), _) => table_of_one(f, "env", var, syntax),
        }
    }
}

fn call(f: &mut fmt::Formatter<'_>, function: &str, argument: &str) -> fmt::Result {
    write!(f, "{function}(")?;
    quoted(f, argument)?;
    f.write_str(")")
}

fn table_of_one(f: &mut fmt::Formatter<'_>, key: &str, text: &str, syntax: Syntax) -> fmt::Result {
    let value = Value::Str(text.to_owned());
    let (open, close) = if syntax == Syntax::Json {
        ("{", "}")
    } else {
        ("{ ", " }")
    };
    write!(f, "{open}{}{close}", Entry(key, &value, syntax))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credential() -> Value {
        Value::Typed {
            type_name: "string".to_owned(),
            members: vec![
                ("username".to_owned(), Value::Placeholder("user".to_owned())),
                (
                    "password".to_owned(),
                    Value::Env("ORDERS_PASSWORD".to_owned()),
                ),
            ],
        }
    }

    #[test]
    fn each_syntax_writes_its_own_form() {
        let path = Path::parse("bindings[1].client_credential").unwrap();
        let s = Suggestion::new(
            Applicability::MaybeIncorrect,
            vec![Edit::Set {
                path,
                value: credential(),
            }],
        );
        assert_eq!(s.applicability, Applicability::HasPlaceholders);
        assert_eq!(
            s.render(Syntax::Toml),
            r#"set `client_credential = { type = "string", username = "<user>", password = { env = "ORDERS_PASSWORD" } }`"#
        );
        assert_eq!(
            s.render(Syntax::Json),
            r#"set `"client_credential": {"type": "string", "username": "<user>", "password": {"env": "ORDERS_PASSWORD"}}`"#
        );
        assert_eq!(
            s.render(Syntax::Macro),
            r#"set `client_credential: string { username: <user>, password: env("ORDERS_PASSWORD") }`"#
        );
    }

    #[test]
    fn names_are_bare_only_in_the_macro() {
        let s = Suggestion::new(
            Applicability::MachineApplicable,
            vec![Edit::Set {
                path: Path::parse("bindings[0].binding_usage").unwrap(),
                value: Value::Name("supporting".to_owned()),
            }],
        );
        assert!(s.is_machine_applicable());
        assert_eq!(
            s.render(Syntax::Toml),
            r#"set `binding_usage = "supporting"`"#
        );
        assert_eq!(s.render(Syntax::Macro), "set `binding_usage: supporting`");
    }

    #[test]
    fn removals_and_renames_name_the_key() {
        let remove = Edit::Remove {
            path: Path::parse("bindings[0].properties.require_ssl_client_cert").unwrap(),
        };
        let rename = Edit::Rename {
            path: Path::parse("channel_bindng").unwrap(),
            to: "channel_binding".to_owned(),
        };
        let element = Edit::Remove {
            path: Path::parse("bindings[2]").unwrap(),
        };
        let s = Suggestion::new(
            Applicability::MachineApplicable,
            vec![remove, rename, element],
        );
        assert_eq!(
            s.render(Syntax::Toml),
            "remove `require_ssl_client_cert`, then rename `channel_bindng` to `channel_binding`, then remove element #2 of `bindings`"
        );
    }

    #[test]
    fn list_elements_and_macro_types_read_naturally() {
        let element = Suggestion::new(
            Applicability::MachineApplicable,
            vec![Edit::Set {
                path: Path::parse("bindings[0].properties.http_header_auth_scheme[1]").unwrap(),
                value: Value::Name("digest".to_owned()),
            }],
        );
        assert_eq!(
            element.render(Syntax::Toml),
            r#"set element #1 of `http_header_auth_scheme` to `"digest"`"#
        );
        assert_eq!(
            element.render(Syntax::Macro),
            "set element #1 of `http_header_auth_scheme` to `digest`"
        );
        let binding_type = Suggestion::new(
            Applicability::MachineApplicable,
            vec![Edit::Set {
                path: Path::parse("bindings[0].type").unwrap(),
                value: Value::Name("ssl_transport".to_owned()),
            }],
        );
        assert_eq!(binding_type.render(Syntax::Macro), "use `ssl_transport`");
        assert_eq!(
            binding_type.render(Syntax::Toml),
            r#"set `type = "ssl_transport"`"#
        );
    }

    #[test]
    fn strings_are_escaped() {
        let v = Value::Str("a \"b\"\n".to_owned());
        assert_eq!(Written(&v, Syntax::Toml).to_string(), r#""a \"b\"\n""#);
        assert_eq!(Written(&v, Syntax::Json).to_string(), r#""a \"b\"\n""#);
    }
}
