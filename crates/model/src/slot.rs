//! Runtime slots: values only a running program can supply (callbacks, handles, tokens, certificates).

use std::fmt;

/// A named place for a value the program supplies when it loads the endpoint
/// (`{ runtime = "<slot>" }` in files). A checker treats a slot as present.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RuntimeSlot {
    name: String,
}

impl RuntimeSlot {
    /// A slot with this name.
    pub fn new(name: impl Into<String>) -> Self {
        RuntimeSlot { name: name.into() }
    }

    /// The slot's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for RuntimeSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{ runtime = \"{}\" }}", self.name)
    }
}

#[cfg(feature = "files")]
impl serde::Serialize for RuntimeSlot {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("runtime", &self.name)?;
        map.end()
    }
}
