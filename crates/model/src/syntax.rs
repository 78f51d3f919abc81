//! The three syntaxes the one vocabulary is written in, and the forms that differ between them.
//!
//! Names, keys and values are the same everywhere (docs/format.md); only how a value from the
//! program or the environment is written, and whether a value name is quoted, differ. Text that
//! shows such a form (a decoder's help, a rule's suggestion) is rendered for the syntax the user
//! writes in.

use std::fmt::{self, Write as _};

/// The syntax an endpoint is written in, for text that shows a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Syntax {
    /// An endpoint file in TOML.
    Toml,
    /// An endpoint file in JSON.
    Json,
    /// A `security_binding!` declaration.
    Macro,
}

#[cfg(feature = "files")]
impl From<crate::decode::Format> for Syntax {
    /// The syntax of a file in `format`.
    fn from(format: crate::decode::Format) -> Syntax {
        match format {
            crate::decode::Format::Toml => Syntax::Toml,
            crate::decode::Format::Json => Syntax::Json,
        }
    }
}

impl Syntax {
    /// A value standing for something outside the endpoint, `kind` being `runtime` (a slot the
    /// program fills) or `env` (an environment variable): `{ runtime = "slot" }` in TOML,
    /// `{"runtime": "slot"}` in JSON, `runtime("slot")` in the macro.
    pub fn reference(self, kind: &str, name: &str) -> String {
        let name = Quoted(name);
        match self {
            Syntax::Toml => format!("{{ {kind} = {name} }}"),
            Syntax::Json => format!("{{\"{kind}\": {name}}}"),
            Syntax::Macro => format!("{kind}({name})"),
        }
    }

    /// A value name as written: quoted in files (`"supporting"`), bare in the macro.
    pub fn name(self, name: &str) -> String {
        match self {
            Syntax::Toml | Syntax::Json => Quoted(name).to_string(),
            Syntax::Macro => name.to_owned(),
        }
    }
}

/// Text as a string literal of all three syntaxes (quotes, backslashes and control characters
/// escaped).
pub(crate) struct Quoted<'a>(pub(crate) &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        for c in self.0.chars() {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_syntax_writes_references_its_own_way() {
        assert_eq!(Syntax::Toml.reference("env", "PW"), r#"{ env = "PW" }"#);
        assert_eq!(Syntax::Json.reference("env", "PW"), r#"{"env": "PW"}"#);
        assert_eq!(Syntax::Macro.reference("env", "PW"), r#"env("PW")"#);
        assert_eq!(Syntax::Macro.name("supporting"), "supporting");
        assert_eq!(Syntax::Json.name("supporting"), "\"supporting\"");
        assert_eq!(Quoted("a \"b\"\n").to_string(), r#""a \"b\"\n""#);
    }
}
