//! A place in a description, kept on the stack while walking it and turned into text or a
//! [`Path`] only when something is reported or named: walking a valid description allocates
//! nothing for its paths.

use std::fmt;
use wws_security_model::Path;

/// One step.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step {
    Field(&'static str),
    Index(usize),
}

/// A place: the steps from the description's root, each link living in a caller's frame.
#[derive(Debug, Clone, Copy)]
pub(crate) struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Option<Step>,
}

impl<'a> At<'a> {
    /// The description itself.
    pub(crate) const ROOT: At<'static> = At {
        parent: None,
        step: None,
    };

    /// This place, then `.name`.
    pub(crate) fn field(&'a self, name: &'static str) -> At<'a> {
        At {
            parent: Some(self),
            step: Some(Step::Field(name)),
        }
    }

    /// This place, then `[index]`.
    pub(crate) fn index(&'a self, index: usize) -> At<'a> {
        At {
            parent: Some(self),
            step: Some(Step::Index(index)),
        }
    }

    fn for_each(&self, f: &mut impl FnMut(Step)) {
        if let Some(parent) = self.parent {
            parent.for_each(f);
        }
        if let Some(step) = self.step {
            f(step);
        }
    }

    /// The model's path of this place (the shape of the endpoint file).
    pub(crate) fn to_path(self) -> Path {
        let mut path = Path::root();
        self.for_each(&mut |step| match step {
            Step::Field(name) => path.push_key(name),
            Step::Index(i) => path.push_index(i),
        });
        path
    }

    /// `prefix` followed by the text of this place, in a string of exactly that length.
    pub(crate) fn name_with_prefix(&self, prefix: &str) -> String {
        struct Count(usize);
        impl fmt::Write for Count {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.0 += s.len();
                Ok(())
            }
        }
        let mut count = Count(prefix.len());
        let _ = fmt::write(&mut count, format_args!("{self}"));
        let mut name = String::with_capacity(count.0);
        name.push_str(prefix);
        let _ = fmt::write(&mut name, format_args!("{self}"));
        name
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut result = Ok(());
        self.for_each(&mut |step| {
            if result.is_err() {
                return;
            }
            result = match step {
                Step::Field(name) if first => f.write_str(name),
                Step::Field(name) => write!(f, ".{name}"),
                Step::Index(i) => write!(f, "[{i}]"),
            };
            first = false;
        });
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_print_like_model_paths() {
        let root = At::ROOT;
        let bindings = root.field("bindings");
        let second = bindings.index(1);
        let properties = second.field("properties");
        let third = properties.index(2);
        assert_eq!(third.to_string(), "bindings[1].properties[2]");
        assert_eq!(third.to_path().to_string(), "bindings[1].properties[2]");
        assert_eq!(
            third.name_with_prefix("raw:"),
            "raw:bindings[1].properties[2]"
        );
        assert_eq!(
            third.name_with_prefix("raw:").capacity(),
            "raw:bindings[1].properties[2]".len()
        );
        assert_eq!(At::ROOT.to_string(), "");
        assert!(At::ROOT.to_path().is_root());
    }
}
