//! Text taken from an input file, made safe to print on a terminal. A file can hold characters
//! that a terminal obeys instead of showing: C1 controls such as U+009B (CSI, which XML 1.0
//! allows), escapes written in TOML strings (`"\u001b[2J"`), and the bidirectional overrides
//! that make a line read differently from its bytes. Messages show them escaped; source lines
//! show each of their bytes as `?`, so byte offsets into the text stay valid.

use std::borrow::Cow;

/// A character a terminal may act on: controls other than line feed and tab, and the
/// bidirectional embeddings, overrides and isolates.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character written as `\u{..}`.
pub(crate) fn escaped(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` with every byte of an unsafe character replaced by `?`, keeping every offset;
/// carriage returns stay, as line ends.
pub(crate) fn masked(text: &str) -> Cow<'_, str> {
    let hides = |c: char| c != '\r' && is_unsafe(c);
    if !text.chars().any(hides) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if hides(c) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_escaped_in_messages() {
        assert!(matches!(escaped("plain `port` name"), Cow::Borrowed(_)));
        assert_eq!(escaped("a\u{9b}31mb"), "a\\u{9b}31mb");
        assert_eq!(escaped("x\u{1b}[2Jy\u{202e}z"), "x\\u{1b}[2Jy\\u{202e}z");
        assert_eq!(escaped("line\nnext\ttab"), "line\nnext\ttab");
    }

    #[test]
    fn masked_source_keeps_every_offset() {
        let text = "<port name=\"a\u{9b}b\u{2066}\"/>\r\n";
        let shown = masked(text);
        assert_eq!(shown.len(), text.len());
        assert_eq!(shown, "<port name=\"a??b???\"/>\r\n");
        for (i, _) in text.char_indices() {
            assert!(shown.is_char_boundary(i));
        }
        assert!(matches!(masked("clean\r\n"), Cow::Borrowed(_)));
    }
}
