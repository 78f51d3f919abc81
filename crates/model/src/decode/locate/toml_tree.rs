//! Positions in TOML, from the `toml` crate's span-keeping parser.

use super::Located;
use std::ops::Range;

/// A TOML value with its range.
#[derive(Clone, Copy)]
pub(super) enum TomlNode<'a, 'i> {
    Table(&'a toml::de::DeTable<'i>),
    Value(&'a toml::Spanned<toml::de::DeValue<'i>>),
}

impl Located for TomlNode<'_, '_> {
    fn entry(self, key: &str) -> Option<(Range<usize>, Self)> {
        let table = match self {
            TomlNode::Table(t) => t,
            TomlNode::Value(v) => match v.get_ref() {
                toml::de::DeValue::Table(t) => t,
                _ => return None,
            },
        };
        let (k, v) = table.iter().find(|(k, _)| k.get_ref() == key)?;
        Some((k.span(), TomlNode::Value(v)))
    }

    fn element(self, index: usize) -> Option<Self> {
        let TomlNode::Value(v) = self else {
            return None;
        };
        let toml::de::DeValue::Array(items) = v.get_ref() else {
            return None;
        };
        items.get(index).map(TomlNode::Value)
    }

    fn span(self) -> Range<usize> {
        match self {
            TomlNode::Table(_) => 0..0,
            TomlNode::Value(v) => v.span(),
        }
    }
}
