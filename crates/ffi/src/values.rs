//! Program values that are C objects: pointers the program made (tokens, certificates, identity
//! handles, callback states) and message property values.

use std::ffi::c_void;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::marker::PhantomData;
use std::ptr::NonNull;
use windows_sys::Win32::Networking::WindowsWebServices::{WS_SECURITY_TOKEN, WS_XML_BUFFER};
use windows_sys::Win32::Security::Cryptography::CERT_CONTEXT;

/// A non-null pointer to a C object the program owns (a `WS_SECURITY_TOKEN`, a `CERT_CONTEXT`,
/// an identity handle, a callback state), registered in a slot so lowering can put it in the
/// graph. Compared by address.
///
/// Making one is safe: it is only an address until a WWSAPI call receives the lowered
/// description, and that call is where the object must be alive (an `unsafe` call for the
/// program). Lowering never reads through it, and a lowered description never frees it.
///
/// `K` tells apart handles that windows-sys declares as the same type (every opaque WWSAPI
/// handle is `isize`): [`XmlToken`] and [`XmlBuffer`] point to `isize` yet are two types, so a
/// token registered where a buffer goes is a wrong-type slot, as for any other value.
pub struct RawPtr<T, K = T> {
    ptr: NonNull<T>,
    kind: PhantomData<fn() -> K>,
}

/// The kind of [`XmlToken`]: a `WS_SECURITY_TOKEN` handle.
#[derive(Debug)]
pub enum SecurityTokenHandle {}

/// The kind of [`XmlBuffer`]: a `WS_XML_BUFFER` handle.
#[derive(Debug)]
pub enum XmlBufferHandle {}

// SAFETY: a RawPtr is an address; Rust code never dereferences it. Whoever hands it to WWSAPI
// answers for the object, whichever thread they do it from.
unsafe impl<T, K> Send for RawPtr<T, K> {}
// SAFETY: as above; shared access gives nothing but the address.
unsafe impl<T, K> Sync for RawPtr<T, K> {}

impl<T, K> RawPtr<T, K> {
    /// The pointer, or `None` when it is null (WWSAPI needs a value wherever a slot is written).
    pub fn new(ptr: *mut T) -> Option<Self> {
        NonNull::new(ptr).map(|ptr| RawPtr {
            ptr,
            kind: PhantomData,
        })
    }

    /// The same pointer, for `*const` C members.
    pub fn from_const(ptr: *const T) -> Option<Self> {
        Self::new(ptr.cast_mut())
    }

    /// The pointer.
    pub fn as_ptr(&self) -> *mut T {
        self.ptr.as_ptr()
    }

    /// A pointer that is not null and points at nothing: a placeholder never handed to WWSAPI.
    pub(crate) fn dangling() -> Self {
        RawPtr {
            ptr: NonNull::dangling(),
            kind: PhantomData,
        }
    }
}

impl<T, K> Clone for RawPtr<T, K> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, K> Copy for RawPtr<T, K> {}
impl<T, K> PartialEq for RawPtr<T, K> {
    fn eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}
impl<T, K> Eq for RawPtr<T, K> {}
impl<T, K> Hash for RawPtr<T, K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.ptr.hash(state);
    }
}
impl<T, K> fmt::Debug for RawPtr<T, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawPtr({:p})", self.ptr)
    }
}

/// `xml_token`: a `WS_SECURITY_TOKEN` the program created (`WsCreateXmlSecurityToken`).
pub type XmlToken = RawPtr<WS_SECURITY_TOKEN, SecurityTokenHandle>;
/// `decryption_cert` and each of `trusted_issuer_certs`: a certificate the program opened.
pub type CertificatePtr = RawPtr<CERT_CONTEXT>;
/// `opaque_auth_identity` and the `*_callback_state` of a [raw C callback](crate::RawPasswordValidator).
pub type OpaquePtr = RawPtr<c_void>;
/// The `headers` and `extensions` of an endpoint address and the `element` of an XML identity:
/// a `WS_XML_BUFFER` the program built.
pub type XmlBuffer = RawPtr<WS_XML_BUFFER, XmlBufferHandle>;

/// The value of one message property (`WS_MESSAGE_PROPERTY`), held as the bytes of its C type,
/// with the alignment any C value needs. Compared by those bytes, so a pointer value compares by
/// address. Lowering checks the size against the property id's C type.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct MessagePropertyValue {
    words: Box<[u64]>,
    size: usize,
}

impl MessagePropertyValue {
    /// The value whose C representation is `bytes` (native byte order).
    pub fn from_bytes(bytes: &[u8]) -> Self {
        let mut words = vec![0_u64; bytes.len().div_ceil(8)].into_boxed_slice();
        // SAFETY: `words` holds at least `bytes.len()` bytes; u64 has no invalid bit patterns.
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                words.as_mut_ptr().cast::<u8>(),
                bytes.len(),
            )
        };
        MessagePropertyValue {
            words,
            size: bytes.len(),
        }
    }

    /// A `ULONG` value (`max_processed_headers`).
    pub fn ulong(value: u32) -> Self {
        Self::from_bytes(&value.to_ne_bytes())
    }

    /// A `BOOL` value: 4 bytes, 1 or 0.
    pub fn bool(value: bool) -> Self {
        Self::from_bytes(&i32::from(value).to_ne_bytes())
    }

    /// An enumeration value (4 bytes), e.g. a `WS_ENVELOPE_VERSION`.
    pub fn enumeration(value: i32) -> Self {
        Self::from_bytes(&value.to_ne_bytes())
    }

    /// A pointer value (a heap, a reader, a buffer, a handle).
    pub fn pointer<T>(value: RawPtr<T>) -> Self {
        Self::from_bytes(&(value.as_ptr() as usize).to_ne_bytes())
    }

    /// The bytes of the C value.
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: `words` holds at least `size` initialised bytes.
        unsafe { std::slice::from_raw_parts(self.words.as_ptr().cast::<u8>(), self.size) }
    }

    /// The size of the C value: its `valueSize`.
    pub fn size(&self) -> usize {
        self.size
    }

    pub(crate) fn words(&self) -> &[u64] {
        &self.words
    }
}

impl fmt::Debug for MessagePropertyValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MessagePropertyValue({} bytes)", self.size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_pointers_are_never_null_and_compare_by_address() {
        assert!(RawPtr::<c_void>::new(std::ptr::null_mut()).is_none());
        let mut a = 1_u8;
        let mut b = 1_u8;
        let pa = RawPtr::<u8>::new(&mut a as *mut u8).unwrap();
        let pb = RawPtr::<u8>::new(&mut b as *mut u8).unwrap();
        assert_eq!(pa, pa);
        assert_ne!(pa, pb);
    }

    #[test]
    fn message_property_values_keep_their_c_bytes() {
        assert_eq!(
            MessagePropertyValue::bool(true).as_bytes(),
            &1_i32.to_ne_bytes()
        );
        assert_eq!(MessagePropertyValue::ulong(64).size(), 4);
        let odd = MessagePropertyValue::from_bytes(&[1, 2, 3]);
        assert_eq!(odd.as_bytes(), &[1, 2, 3]);
        assert_eq!(odd.words().len(), 1);
        assert_eq!(
            MessagePropertyValue::from_bytes(&[1, 2, 3]),
            MessagePropertyValue::from_bytes(&[1, 2, 3])
        );
    }
}
