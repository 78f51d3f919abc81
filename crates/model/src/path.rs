//! Structured locations inside an endpoint: `bindings[1].properties.require_ssl_client_cert`.

use std::borrow::Cow;
use std::fmt;

/// One step of a [`Path`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    /// A table key.
    Key(Cow<'static, str>),
    /// A list index, from 0.
    Index(usize),
}

/// Which text of the entry at a [`Path`] a problem is about (and a range in a file covers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The key (for problems about an entry as a whole: unknown, repeated, misplaced).
    Key,
    /// The value (for problems with what is written after the key).
    Value,
}

/// A location in an endpoint, in the shape of the endpoint file. The empty path is the endpoint.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path {
    segments: Vec<Segment>,
}

impl Path {
    /// The endpoint itself.
    pub const fn root() -> Self {
        Path {
            segments: Vec::new(),
        }
    }

    /// This path, then `key`.
    #[must_use]
    pub fn key(&self, key: impl Into<Cow<'static, str>>) -> Self {
        let mut p = self.clone();
        p.segments.push(Segment::Key(key.into()));
        p
    }

    /// This path, then `[index]`.
    #[must_use]
    pub fn index(&self, index: usize) -> Self {
        let mut p = self.clone();
        p.segments.push(Segment::Index(index));
        p
    }

    /// Appends a key in place.
    pub fn push_key(&mut self, key: impl Into<Cow<'static, str>>) {
        self.segments.push(Segment::Key(key.into()));
    }

    /// Appends an index in place.
    pub fn push_index(&mut self, index: usize) {
        self.segments.push(Segment::Index(index));
    }

    /// Removes the last step.
    pub fn pop(&mut self) {
        self.segments.pop();
    }

    /// The steps.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// True for the endpoint itself.
    pub fn is_root(&self) -> bool {
        self.segments.is_empty()
    }

    /// Parses the text form back (`a.b[2].c`); `None` when it is not a path.
    pub fn parse(text: &str) -> Option<Path> {
        let mut path = Path::root();
        if text.is_empty() {
            return Some(path);
        }
        for part in text.split('.') {
            let (key, mut rest) = match part.find('[') {
                Some(i) => part.split_at(i),
                None => (part, ""),
            };
            if key.is_empty() {
                return None;
            }
            path.push_key(key.to_owned());
            while let Some(stripped) = rest.strip_prefix('[') {
                let end = stripped.find(']')?;
                path.push_index(stripped[..end].parse().ok()?);
                rest = &stripped[end + 1..];
            }
            if !rest.is_empty() {
                return None;
            }
        }
        Some(path)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.segments.iter().enumerate() {
            match s {
                Segment::Key(k) if i == 0 => f.write_str(k)?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}
