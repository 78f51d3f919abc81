//! The C objects the callbacks receive or return, wrapped for Rust closures.

use crate::wide;
use std::fmt;
use std::marker::PhantomData;
use std::ptr::NonNull;
use windows_sys::Win32::Networking::WindowsWebServices::{
    WS_ENDPOINT_ADDRESS, WS_STRING, WS_XML_BUFFER,
};
use windows_sys::Win32::Security::Authentication::Identity::SecPkgContext_IssuerListInfoEx;
use windows_sys::Win32::Security::Cryptography::{CERT_CONTEXT, CRYPT_INTEGER_BLOB};

/// One reference to a `CERT_CONTEXT`, owned: dropping it releases the reference
/// (`CertFreeCertificateContext` on Windows).
///
/// A get-cert closure returns one and WWSAPI takes it over; a certificate-validation closure
/// receives one and may keep it. Outside Windows there is no crypt32 to release a reference
/// with, and no WWSAPI to hand one over: dropping does nothing there.
pub struct Certificate {
    context: NonNull<CERT_CONTEXT>,
}

// SAFETY: certificate contexts are reference-counted by crypt32 and may be used and released
// from any thread.
unsafe impl Send for Certificate {}
// SAFETY: shared access only reads the immutable encoded certificate.
unsafe impl Sync for Certificate {}

impl Certificate {
    /// Takes over one reference to `context`; `None` when it is null.
    ///
    /// # Safety
    /// `context` is null or a valid `CERT_CONTEXT` whose reference the caller gives up (from
    /// `CertDuplicateCertificateContext`, a store search, or a callback that hands one over), and
    /// it stays valid until this value is dropped or [`into_raw`](Self::into_raw) returns it.
    pub unsafe fn from_raw(context: *const CERT_CONTEXT) -> Option<Certificate> {
        NonNull::new(context.cast_mut()).map(|context| Certificate { context })
    }

    /// The context, still owned by this value.
    pub fn as_ptr(&self) -> *const CERT_CONTEXT {
        self.context.as_ptr()
    }

    /// Gives the reference up to the caller (for WWSAPI, which frees it).
    pub fn into_raw(self) -> *const CERT_CONTEXT {
        let ptr = self.context.as_ptr();
        std::mem::forget(self);
        ptr
    }

    /// The DER encoding of the certificate (`pbCertEncoded`, `cbCertEncoded`); empty when the
    /// context has none.
    pub fn encoded(&self) -> &[u8] {
        // SAFETY: `from_raw` requires a valid context for as long as this value lives.
        let context = unsafe { self.context.as_ref() };
        if context.pbCertEncoded.is_null() || context.cbCertEncoded == 0 {
            return &[];
        }
        // SAFETY: a valid context's encoding is `cbCertEncoded` readable bytes.
        unsafe { std::slice::from_raw_parts(context.pbCertEncoded, context.cbCertEncoded as usize) }
    }
}

impl Drop for Certificate {
    fn drop(&mut self) {
        #[cfg(windows)]
        // SAFETY: this value owns one reference to a valid context.
        unsafe {
            windows_sys::Win32::Security::Cryptography::CertFreeCertificateContext(
                self.context.as_ptr(),
            );
        }
    }
}

impl fmt::Debug for Certificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Certificate({:p})", self.context)
    }
}

/// What a get-cert callback is asked for: the addresses the certificate will be shown to.
#[derive(Clone, Copy)]
pub struct CertificateRequest<'a> {
    target: Option<&'a WS_ENDPOINT_ADDRESS>,
    via: Option<&'a WS_STRING>,
}

impl<'a> CertificateRequest<'a> {
    /// A request for the trampoline and for tests: WWSAPI's arguments, checked for null.
    ///
    /// # Safety
    /// Each pointer is null or valid for `'a`.
    pub unsafe fn from_raw(target: *const WS_ENDPOINT_ADDRESS, via: *const WS_STRING) -> Self {
        CertificateRequest {
            // SAFETY: by the contract.
            target: unsafe { target.as_ref() },
            // SAFETY: by the contract.
            via: unsafe { via.as_ref() },
        }
    }

    /// The URL of the address the client connects to (clients only), when it is readable text.
    pub fn target_url(&self) -> Option<String> {
        self.target.and_then(|address| text(&address.url))
    }

    /// The via address, when given and readable.
    pub fn via(&self) -> Option<String> {
        self.via.and_then(text)
    }

    /// The whole target `WS_ENDPOINT_ADDRESS`, or null.
    pub fn target_address(&self) -> *const WS_ENDPOINT_ADDRESS {
        self.target.map_or(std::ptr::null(), |a| a as *const _)
    }
}

fn text(s: &WS_STRING) -> Option<String> {
    // SAFETY: the string belongs to a structure WWSAPI passed for the duration of the call.
    let units = unsafe { wide::units(s) }.ok()?;
    wide::decode(units).ok()
}

/// The issuers a server accepts: DER-encoded distinguished names.
#[derive(Clone, Copy)]
pub struct IssuerList<'a> {
    issuers: &'a [CRYPT_INTEGER_BLOB],
}

impl<'a> IssuerList<'a> {
    /// The list WWSAPI passed.
    ///
    /// # Safety
    /// `list` is null or valid for `'a`, with `cIssuers` readable blobs at `aIssuers` (or none),
    /// each blob `cbData` readable bytes at `pbData` (or none).
    pub unsafe fn from_raw(list: *const SecPkgContext_IssuerListInfoEx) -> Self {
        // SAFETY: by the contract.
        let issuers = match unsafe { list.as_ref() } {
            Some(l) if !l.aIssuers.is_null() && l.cIssuers > 0 => unsafe {
                std::slice::from_raw_parts(l.aIssuers, l.cIssuers as usize)
            },
            _ => &[],
        };
        IssuerList { issuers }
    }

    /// How many issuers.
    pub fn len(&self) -> usize {
        self.issuers.len()
    }

    /// True when the list is empty.
    pub fn is_empty(&self) -> bool {
        self.issuers.is_empty()
    }

    /// Each issuer's encoded name.
    pub fn iter(&self) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.issuers.iter().map(|blob| {
            if blob.pbData.is_null() || blob.cbData == 0 {
                &[][..]
            } else {
                // SAFETY: `from_raw` requires each blob to be readable for `'a`.
                unsafe { std::slice::from_raw_parts(blob.pbData, blob.cbData as usize) }
            }
        })
    }
}

/// A received SAML assertion, as the `WS_XML_BUFFER` WWSAPI passes (valid during the call).
pub struct SamlAssertion<'a> {
    buffer: NonNull<WS_XML_BUFFER>,
    _call: PhantomData<&'a WS_XML_BUFFER>,
}

impl<'a> SamlAssertion<'a> {
    /// The buffer WWSAPI passed; `None` when null.
    ///
    /// # Safety
    /// `buffer` is null or a valid XML buffer for `'a`.
    pub unsafe fn from_raw(buffer: *const WS_XML_BUFFER) -> Option<Self> {
        NonNull::new(buffer.cast_mut()).map(|buffer| SamlAssertion {
            buffer,
            _call: PhantomData,
        })
    }

    /// The XML buffer.
    pub fn as_ptr(&self) -> *const WS_XML_BUFFER {
        self.buffer.as_ptr()
    }

    /// The assertion written out as UTF-8 XML (`WsWriteXmlBufferToBytes`).
    #[cfg(windows)]
    pub fn to_xml_bytes(&self) -> Result<Vec<u8>, super::CallbackError> {
        crate::platform::xml_buffer_to_bytes(self.buffer.as_ptr())
    }
}

impl fmt::Debug for SamlAssertion<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SamlAssertion({:p})", self.buffer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_certificate_reads_its_encoding_and_can_be_handed_over() {
        let mut der = *b"\x30\x03\x02\x01\x05";
        let context = CERT_CONTEXT {
            dwCertEncodingType: 1,
            pbCertEncoded: der.as_mut_ptr(),
            cbCertEncoded: der.len() as u32,
            ..Default::default()
        };
        let certificate = unsafe { Certificate::from_raw(&context) }.unwrap();
        assert_eq!(certificate.encoded(), &der);
        // A fake context must never reach CertFreeCertificateContext.
        assert_eq!(certificate.into_raw(), &context as *const _);
        assert!(unsafe { Certificate::from_raw(std::ptr::null()) }.is_none());
    }

    #[test]
    fn requests_and_issuer_lists_read_what_wwsapi_passes() {
        let url = crate::wide::to_ws_string("https://orders.example/").unwrap();
        let address = WS_ENDPOINT_ADDRESS {
            url,
            ..Default::default()
        };
        let request = unsafe { CertificateRequest::from_raw(&address, std::ptr::null()) };
        assert_eq!(
            request.target_url().as_deref(),
            Some("https://orders.example/")
        );
        assert_eq!(request.via(), None);
        unsafe { crate::wide::free_ws_string(url) };

        let mut first = [1_u8, 2];
        let mut blobs = [
            CRYPT_INTEGER_BLOB {
                cbData: 2,
                pbData: first.as_mut_ptr(),
            },
            CRYPT_INTEGER_BLOB {
                cbData: 0,
                pbData: std::ptr::null_mut(),
            },
        ];
        let list = SecPkgContext_IssuerListInfoEx {
            aIssuers: blobs.as_mut_ptr(),
            cIssuers: 2,
        };
        let issuers = unsafe { IssuerList::from_raw(&list) };
        assert_eq!(issuers.iter().collect::<Vec<_>>(), [&[1_u8, 2][..], &[]]);
        assert!(unsafe { IssuerList::from_raw(std::ptr::null()) }.is_empty());
    }
}
