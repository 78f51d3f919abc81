//! Diagnostics placed in the text of an endpoint file, and reading that text from bytes.
//!
//! A [`FileDiagnostic`] is a [`Diagnostic`] with the byte range, line and column of the key or
//! value it is about ([`Diagnostic::part`]); a place the file does not have (a missing key) falls
//! back to its nearest enclosing entry, and problems about the endpoint as a whole have no range.

use crate::Diagnostic;
use std::fmt;
use std::ops::{Deref, Range};
use wws_security_model::decode::Locator;

/// A diagnostic and where it is in the file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileDiagnostic {
    /// What is wrong, and where in the shape of the file.
    pub diagnostic: Diagnostic,
    /// The byte range in the text.
    pub span: Option<Range<usize>>,
    /// The 1-based line of the start of `span`.
    pub line: Option<usize>,
    /// The 1-based column (in characters) of the start of `span`.
    pub column: Option<usize>,
}

impl FileDiagnostic {
    /// Finds `diagnostic` in `text`, read once by `locator`.
    pub fn locate(diagnostic: Diagnostic, locator: &Locator<'_>, text: &str) -> Self {
        let span = locator.locate(&diagnostic.path, diagnostic.part);
        FileDiagnostic::at(diagnostic, span, text)
    }

    /// `diagnostic` at byte range `span` of `text` (kept inside the text).
    pub fn at(diagnostic: Diagnostic, span: Option<Range<usize>>, text: &str) -> Self {
        let span = span.map(|r| clamp(text, r));
        let (line, column) = match &span {
            Some(r) => {
                let (l, c) = line_column(text, r.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        FileDiagnostic {
            diagnostic,
            span,
            line,
            column,
        }
    }
}

impl Deref for FileDiagnostic {
    type Target = Diagnostic;
    fn deref(&self) -> &Diagnostic {
        &self.diagnostic
    }
}

impl fmt::Display for FileDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.diagnostic.write(f, self.line.zip(self.column))
    }
}

/// 1-based line and character column of byte `offset`.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// Keeps a range inside the text and on character boundaries.
fn clamp(text: &str, r: Range<usize>) -> Range<usize> {
    let fix = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = fix(r.start);
    start..fix(r.end).max(start)
}

/// Why the bytes of a file are not text an endpoint can be read from.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncodingError {
    /// Neither UTF-8 nor UTF-16 with a byte order mark.
    #[error(
        "the file is not UTF-8: the bytes at offset {offset} are not a UTF-8 character; \
         save the file as UTF-8 (or as UTF-16 with a byte order mark)"
    )]
    NotUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// UTF-16 with a byte order mark, but an odd length or an unpaired surrogate.
    #[error(
        "the file starts with a UTF-16 byte order mark but is not valid UTF-16 ({reason}); \
         save the file again as UTF-8"
    )]
    BadUtf16 {
        /// What is wrong.
        reason: &'static str,
    },
}

/// The text of an endpoint file: UTF-8 (a leading byte order mark is dropped), or UTF-16 in
/// either byte order when it starts with its byte order mark (Windows Notepad's "Unicode").
pub fn decode_text(bytes: &[u8]) -> Result<String, EncodingError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest);
    }
    let little_endian = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return utf8(bytes),
    };
    let body = &bytes[2..];
    if body.len() % 2 != 0 {
        return Err(EncodingError::BadUtf16 {
            reason: "its length is odd",
        });
    }
    let units = body.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| EncodingError::BadUtf16 {
            reason: "it holds an unpaired surrogate",
        })
}

fn utf8(bytes: &[u8]) -> Result<String, EncodingError> {
    String::from_utf8(bytes.to_vec()).map_err(|e| EncodingError::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_column("é = 1\nab", 8), (2, 2));
        assert_eq!(clamp("é", 1..9), 0..2);
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read_in_both_orders() {
        let text = "side = \"client\" # é\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode_text(&le).as_deref(), Ok(text));
        assert_eq!(decode_text(&be).as_deref(), Ok(text));
    }

    #[test]
    fn a_utf8_byte_order_mark_is_dropped() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFside").as_deref(), Ok("side"));
    }

    #[test]
    fn other_encodings_name_the_problem_and_its_place() {
        // Latin-1 "é" after four ASCII bytes.
        assert_eq!(
            decode_text(b"abcd\xE9"),
            Err(EncodingError::NotUtf8 { offset: 4 })
        );
        assert!(matches!(
            decode_text(&[0xFF, 0xFE, 0x41]),
            Err(EncodingError::BadUtf16 { .. })
        ));
        assert!(matches!(
            decode_text(&[0xFF, 0xFE, 0x00, 0xD8]),
            Err(EncodingError::BadUtf16 { .. })
        ));
        let message = decode_text(b"abcd\xE9").unwrap_err().to_string();
        assert!(message.contains("offset 4") && message.contains("save the file as UTF-8"));
    }
}
