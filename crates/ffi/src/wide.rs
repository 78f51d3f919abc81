//! `WS_STRING`: a count of UTF-16 units and a pointer to them, with no terminator.

use crate::alloc;
use std::ptr;
use windows_sys::Win32::Networking::WindowsWebServices::WS_STRING;
use wws_security_model::SecretString;
use zeroize::Zeroize;

/// A string longer than a `WS_STRING` can count (`u32::MAX` UTF-16 units).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooLong;

/// Copies `text` into a new UTF-16 array (exactly its length) and returns the `WS_STRING`; the
/// empty string is length 0 with a null pointer.
pub(crate) fn to_ws_string(text: &str) -> Result<WS_STRING, TooLong> {
    let len = text.encode_utf16().count();
    let length = u32::try_from(len).map_err(|_| TooLong)?;
    let (chars, _) = alloc::array(len, 0_u16);
    for (i, unit) in text.encode_utf16().enumerate() {
        // SAFETY: `chars` holds `len` units and `i < len`.
        unsafe { chars.add(i).write(unit) };
    }
    Ok(WS_STRING { length, chars })
}

/// Frees the characters of a string made by [`to_ws_string`].
///
/// # Safety
/// `s` came from [`to_ws_string`] and its characters are not used afterwards.
pub(crate) unsafe fn free_ws_string(s: WS_STRING) {
    // SAFETY: by the contract.
    unsafe { alloc::free_array(s.chars, s.length as usize) };
}

/// Wipes, then frees, the characters of a password made by [`to_ws_string`].
///
/// # Safety
/// As [`free_ws_string`].
pub(crate) unsafe fn free_secret_ws_string(s: WS_STRING) {
    if !s.chars.is_null() {
        // SAFETY: by the contract the array is live, `length` units long and ours alone.
        let units = unsafe { std::slice::from_raw_parts_mut(s.chars, s.length as usize) };
        units.zeroize();
    }
    // SAFETY: by the contract.
    unsafe { free_ws_string(s) };
}

/// What is wrong with a `WS_STRING` read from C.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BadString {
    /// A null pointer with a length above 0.
    Null { length: u32 },
    /// A pointer not aligned for UTF-16 units.
    Misaligned { address: usize },
    /// Not valid UTF-16 (an unpaired surrogate).
    NotUtf16,
}

/// The UTF-16 units of a `WS_STRING`, after checking the pointer against its length.
///
/// # Safety
/// When `chars` is not null and `length` is above 0, `length` units from `chars` are readable
/// and not written to during `'a`.
pub(crate) unsafe fn units<'a>(s: &WS_STRING) -> Result<&'a [u16], BadString> {
    if s.length == 0 {
        return Ok(&[]);
    }
    if s.chars.is_null() {
        return Err(BadString::Null { length: s.length });
    }
    if !s.chars.is_aligned() {
        return Err(BadString::Misaligned {
            address: s.chars as usize,
        });
    }
    // SAFETY: non-null, aligned, and readable for `length` units by the contract.
    Ok(unsafe { std::slice::from_raw_parts(s.chars, s.length as usize) })
}

/// The text of UTF-16 `units`, in a string allocated once at its exact size.
pub(crate) fn decode(units: &[u16]) -> Result<String, BadString> {
    let mut len = 0;
    for c in char::decode_utf16(units.iter().copied()) {
        len += c.map_err(|_| BadString::NotUtf16)?.len_utf8();
    }
    let mut text = String::with_capacity(len);
    text.extend(char::decode_utf16(units.iter().copied()).map(|c| c.unwrap_or('\u{fffd}')));
    Ok(text)
}

/// A password from UTF-16 `units`. The text is decoded straight into its final allocation, so
/// no unwiped copy is left behind.
pub(crate) fn decode_secret(units: &[u16]) -> Result<SecretString, BadString> {
    decode(units).map(SecretString::new)
}

/// A `WS_STRING` with no characters.
pub(crate) const EMPTY: WS_STRING = WS_STRING {
    length: 0,
    chars: ptr::null_mut(),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_through_utf16() {
        for text in ["", "svc-orders", "Zoë ☃ 𝄞"] {
            let s = to_ws_string(text).unwrap();
            assert_eq!(s.length as usize, text.encode_utf16().count());
            assert_eq!(s.chars.is_null(), text.is_empty());
            let units = unsafe { units(&s) }.unwrap();
            let back = decode(units).unwrap();
            assert_eq!(back, text);
            assert_eq!(back.capacity(), text.len());
            unsafe { free_ws_string(s) };
        }
    }

    #[test]
    fn passwords_are_wiped_before_they_are_freed() {
        let s = to_ws_string("hunter2").unwrap();
        let secret = decode_secret(unsafe { units(&s) }.unwrap()).unwrap();
        assert_eq!(secret.expose_secret(), "hunter2");
        unsafe { free_secret_ws_string(s) };
    }

    #[test]
    fn bad_strings_are_refused_before_reading() {
        let null = WS_STRING {
            length: 3,
            chars: ptr::null_mut(),
        };
        assert_eq!(unsafe { units(&null) }, Err(BadString::Null { length: 3 }));
        let mut buffer = [0_u16; 4];
        let misaligned = WS_STRING {
            length: 1,
            chars: buffer.as_mut_ptr().cast::<u8>().wrapping_add(1).cast(),
        };
        assert!(matches!(
            unsafe { units(&misaligned) },
            Err(BadString::Misaligned { .. })
        ));
        assert_eq!(decode(&[0xd800]), Err(BadString::NotUtf16));
    }
}
