//! A tiny JSON reader that keeps the range of every key and value. It accepts what serde_json
//! accepts for endpoint files (it runs after serde_json has read the text) and gives up (`None`)
//! on anything else.

use super::Located;
use std::ops::Range;

/// Deeper documents are not endpoint files; serde_json stops at the same depth.
const MAX_DEPTH: usize = 128;

pub(super) struct Value {
    pub(super) span: Range<usize>,
    pub(super) kind: Kind,
}

pub(super) enum Kind {
    Scalar,
    Array(Vec<Value>),
    Object(Vec<(String, Range<usize>, Value)>),
}

impl Located for &Value {
    fn entry(self, key: &str) -> Option<(Range<usize>, Self)> {
        match &self.kind {
            Kind::Object(entries) => entries
                .iter()
                .find(|(k, _, _)| k == key)
                .map(|(_, span, v)| (span.clone(), v)),
            _ => None,
        }
    }

    fn element(self, index: usize) -> Option<Self> {
        match &self.kind {
            Kind::Array(items) => items.get(index),
            _ => None,
        }
    }

    fn span(self) -> Range<usize> {
        self.span.clone()
    }
}

pub(super) fn parse(text: &str) -> Option<Value> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    p.skip_ws();
    let v = p.value(0)?;
    p.skip_ws();
    (p.at == p.bytes.len()).then_some(v)
}

struct Parser<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.at;
        let kind = match self.peek()? {
            b'{' => self.object(depth)?,
            b'[' => self.array(depth)?,
            b'"' => {
                self.string()?;
                Kind::Scalar
            }
            _ => {
                self.scalar()?;
                Kind::Scalar
            }
        };
        Some(Value {
            span: start..self.at,
            kind,
        })
    }

    fn object(&mut self, depth: usize) -> Option<Kind> {
        self.eat(b'{')?;
        let mut entries = Vec::new();
        self.skip_ws();
        if self.eat(b'}').is_some() {
            return Some(Kind::Object(entries));
        }
        loop {
            self.skip_ws();
            let key_start = self.at;
            let key = self.string()?;
            let key_span = key_start..self.at;
            self.skip_ws();
            self.eat(b':')?;
            self.skip_ws();
            let value = self.value(depth + 1)?;
            entries.push((key, key_span, value));
            self.skip_ws();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {
                    self.at += 1;
                    return Some(Kind::Object(entries));
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Kind> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat(b']').is_some() {
            return Some(Kind::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Some(Kind::Array(items));
                }
                _ => return None,
            }
        }
    }

    /// A number, `true`, `false` or `null`: the run of characters up to a delimiter.
    fn scalar(&mut self) -> Option<()> {
        let start = self.at;
        while let Some(b) = self.peek() {
            if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b':') {
                break;
            }
            self.at += 1;
        }
        (self.at > start).then_some(())
    }

    /// A string, unescaped (keys are compared by their text).
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut out = Vec::new();
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = self.peek()?;
                    self.at += 1;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'b' => out.push(0x08),
                        b'f' => out.push(0x0c),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let c = self.unicode()?;
                            let mut buf = [0; 4];
                            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return None,
                    }
                }
                _ => out.push(b),
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        let digits = std::str::from_utf8(digits).ok()?;
        let n = u32::from_str_radix(digits, 16).ok()?;
        self.at += 4;
        Some(n)
    }

    /// The code point after `\u` (a surrogate pair takes two escapes).
    fn unicode(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) {
            self.eat(b'\\')?;
            self.eat(b'u')?;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return None;
            }
            char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        } else {
            Some(char::from_u32(first).unwrap_or('\u{FFFD}'))
        }
    }
}
