//! Values only a running program can supply, registered under the slot names an endpoint file
//! uses (`{ runtime = "<slot>" }`), and the source of `{ env = "VAR" }` secrets.

use std::any::Any;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

type EnvLookup = Arc<dyn Fn(&str) -> Option<String> + Send + Sync>;

/// The program's values for runtime slots, and how environment variables are read.
#[derive(Clone)]
pub struct Runtime {
    slots: BTreeMap<String, Arc<dyn Any + Send + Sync>>,
    env: EnvLookup,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime {
            slots: BTreeMap::new(),
            env: Arc::new(|name| std::env::var(name).ok()),
        }
    }
}

impl Runtime {
    /// No slots; environment variables come from the process environment.
    pub fn new() -> Self {
        Runtime::default()
    }

    /// Registers `value` under slot `name` (replacing an earlier value).
    #[must_use]
    pub fn with<T: Any + Send + Sync>(mut self, name: impl Into<String>, value: T) -> Self {
        self.slots.insert(name.into(), Arc::new(value));
        self
    }

    /// Reads environment variables through `lookup` instead of the process environment (tests,
    /// secret stores).
    #[must_use]
    pub fn with_env(
        mut self,
        lookup: impl Fn(&str) -> Option<String> + Send + Sync + 'static,
    ) -> Self {
        self.env = Arc::new(lookup);
        self
    }

    /// True when slot `name` has a value.
    pub fn contains(&self, name: &str) -> bool {
        self.slots.contains_key(name)
    }

    /// The value of slot `name`, if it has one of type `T`.
    pub fn get<T: Any + Send + Sync>(&self, name: &str) -> Option<&T> {
        self.slots.get(name).and_then(|v| v.downcast_ref::<T>())
    }

    /// The names of the registered slots, sorted.
    pub fn slot_names(&self) -> impl Iterator<Item = &str> {
        self.slots.keys().map(String::as_str)
    }

    /// The value of environment variable `name`.
    pub fn env_var(&self, name: &str) -> Option<String> {
        (self.env)(name)
    }
}

/// Slot names only: values may be secrets or handles.
impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Runtime")
            .field("slots", &self.slots.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}
