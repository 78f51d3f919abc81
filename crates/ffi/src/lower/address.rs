//! The endpoint address: a checked endpoint's `address` becomes the `WS_ENDPOINT_ADDRESS` that
//! `WsOpenChannel` and `WsOpenServiceProxy` take, its identity in the structure its type names.

use super::build::{string, Builder};
use super::LowerError;
use crate::alloc;
use crate::at::At;
use crate::slots::SlotKind;
use crate::values::XmlBuffer;
use crate::wide;
use std::fmt;
use std::ptr::{null_mut, NonNull};
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::{Bytes, CEnum, EndpointAddress, EndpointIdentity, EndpointIdentityType};

/// A `WS_ENDPOINT_ADDRESS` and everything it points to, owned; every pointee its own heap
/// allocation, so moving the value moves no pointee. Reached through
/// [`Lowered::address`](super::Lowered::address): only the address of a checked endpoint is
/// lowered (T-044..T-046, T-109..T-117 hold).
pub struct LoweredAddress {
    root: NonNull<WS_ENDPOINT_ADDRESS>,
}

// SAFETY: the graph is never written after lowering; its XML buffers are objects the program
// vouched for when it registered them (`RawPtr`).
unsafe impl Send for LoweredAddress {}
// SAFETY: as above; shared access only reads.
unsafe impl Sync for LoweredAddress {}

/// What a lowered address holds, read from the structure itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressLayout {
    /// `url`.
    pub url: String,
    /// Whether `headers` is set.
    pub headers: bool,
    /// Whether `extensions` is set.
    pub extensions: bool,
    /// `identity`: its `identityType` number and the C structure it names.
    pub identity: Option<(i32, &'static str)>,
}

impl LoweredAddress {
    /// The address, for `WsOpenChannel` or `WsOpenServiceProxy`; valid while `self` lives.
    pub fn as_ptr(&self) -> *const WS_ENDPOINT_ADDRESS {
        self.root.as_ptr()
    }

    /// What the structure holds.
    pub fn layout(&self) -> AddressLayout {
        // SAFETY: built by `lower` and alive; the URL is our own UTF-16 copy.
        let address = unsafe { &*self.root.as_ptr() };
        // SAFETY: as above; the identity, when set, is a structure `identity` built.
        let identity = unsafe { address.identity.as_ref() }.map(|i| {
            let kind = EndpointIdentityType::from_raw(i.identityType)
                .expect("lowering writes known identity types");
            (i.identityType, identity_struct(kind))
        });
        AddressLayout {
            // SAFETY: our own copy of a Rust string.
            url: unsafe { wide::units(&address.url) }
                .ok()
                .and_then(|u| wide::decode(u).ok())
                .expect("lowering writes valid UTF-16"),
            headers: !address.headers.is_null(),
            extensions: !address.extensions.is_null(),
            identity,
        }
    }
}

/// The C structure of each identity type.
pub(crate) fn identity_struct(kind: EndpointIdentityType) -> &'static str {
    match kind {
        EndpointIdentityType::Dns => "WS_DNS_ENDPOINT_IDENTITY",
        EndpointIdentityType::Upn => "WS_UPN_ENDPOINT_IDENTITY",
        EndpointIdentityType::Spn => "WS_SPN_ENDPOINT_IDENTITY",
        EndpointIdentityType::Rsa => "WS_RSA_ENDPOINT_IDENTITY",
        EndpointIdentityType::Cert => "WS_CERT_ENDPOINT_IDENTITY",
        EndpointIdentityType::Unknown => "WS_UNKNOWN_ENDPOINT_IDENTITY",
    }
}

impl Drop for LoweredAddress {
    fn drop(&mut self) {
        // SAFETY: built by `lower_address` (possibly in part) and owned by `self` alone.
        unsafe { free(self.root.as_ptr()) };
    }
}

/// The URL and identity type only.
impl fmt::Debug for LoweredAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoweredAddress")
            .field("ptr", &self.root)
            .field("layout", &self.layout())
            .finish()
    }
}

/// Lowers `address`; its XML buffers (`headers`, `extensions`, an unknown identity's `element`)
/// are taken from `builder`'s runtime as [`XmlBuffer`]s.
pub(crate) fn lower_address(
    builder: &Builder<'_>,
    address: &EndpointAddress,
) -> Result<LoweredAddress, LowerError> {
    let at = At::ROOT;
    let at = at.field("address");
    let buffer = |slot: Option<&wws_security_model::RuntimeSlot>, key: &'static str| {
        slot.map_or(Ok(null_mut()), |slot| {
            builder
                .slot::<XmlBuffer>(slot, SlotKind::XmlBuffer, &at.field(key))
                .map(XmlBuffer::as_ptr)
        })
    };
    let headers = buffer(address.headers.as_ref(), "headers")?;
    let extensions = buffer(address.extensions.as_ref(), "extensions")?;
    let url = string(&address.url, &at.field("url"))?;
    // Owned from here on: a failing identity leaves a valid address that drop frees.
    let lowered = LoweredAddress {
        root: NonNull::new(alloc::new(WS_ENDPOINT_ADDRESS {
            url,
            headers,
            extensions,
            identity: null_mut(),
        }))
        .expect("Box::into_raw is never null"),
    };
    if let Some(identity) = &address.identity {
        let identity = self::identity(builder, identity, &at.field("identity"))?;
        // SAFETY: the root is live and ours.
        unsafe { (*lowered.root.as_ptr()).identity = identity };
    }
    Ok(lowered)
}

/// The identity in its own structure, whose first member is the `WS_ENDPOINT_IDENTITY` header.
/// Each kind has at most one fallible step, taken before anything is allocated.
fn identity(
    builder: &Builder<'_>,
    identity: &EndpointIdentity,
    at: &At<'_>,
) -> Result<*mut WS_ENDPOINT_IDENTITY, LowerError> {
    let header = WS_ENDPOINT_IDENTITY {
        identityType: identity.identity_type().to_raw(),
    };
    Ok(match identity {
        EndpointIdentity::Dns { dns } => alloc::new(WS_DNS_ENDPOINT_IDENTITY {
            identity: header,
            dns: string(dns, &at.field("dns"))?,
        })
        .cast(),
        EndpointIdentity::Upn { upn } => alloc::new(WS_UPN_ENDPOINT_IDENTITY {
            identity: header,
            upn: string(upn, &at.field("upn"))?,
        })
        .cast(),
        EndpointIdentity::Spn { spn } => alloc::new(WS_SPN_ENDPOINT_IDENTITY {
            identity: header,
            spn: string(spn, &at.field("spn"))?,
        })
        .cast(),
        EndpointIdentity::Rsa { modulus, exponent } => {
            let (modulus, exponent) = (
                bytes(modulus, &at.field("modulus"))?,
                bytes(exponent, &at.field("exponent"))?,
            );
            alloc::new(WS_RSA_ENDPOINT_IDENTITY {
                identity: header,
                modulus,
                exponent,
            })
            .cast()
        }
        EndpointIdentity::Cert {
            raw_certificate_data,
        } => alloc::new(WS_CERT_ENDPOINT_IDENTITY {
            identity: header,
            rawCertificateData: bytes(raw_certificate_data, &at.field("raw_certificate_data"))?,
        })
        .cast(),
        EndpointIdentity::Unknown { element } => {
            let element = builder
                .slot::<XmlBuffer>(element, SlotKind::XmlBuffer, &at.field("element"))?
                .as_ptr();
            alloc::new(WS_UNKNOWN_ENDPOINT_IDENTITY {
                identity: header,
                element,
            })
            .cast()
        }
    })
}

/// A copy of `bytes` as `WS_BYTES`; none is a null pointer and 0. Checked before allocating,
/// so the RSA identity's second copy cannot fail after the first was made.
fn bytes(bytes: &Bytes, at: &At<'_>) -> Result<WS_BYTES, LowerError> {
    let length = u32::try_from(bytes.0.len())
        .map_err(|_| LowerError::new(at.to_path(), super::LowerErrorKind::TooLong))?;
    let (data, len) = alloc::array(bytes.0.len(), 0_u8);
    if len > 0 {
        // SAFETY: `data` holds `len` bytes, a fresh allocation apart from `bytes`.
        unsafe { std::ptr::copy_nonoverlapping(bytes.0.as_ptr(), data, len) };
    }
    Ok(WS_BYTES {
        length,
        bytes: data,
    })
}

/// Frees an address built by [`lower_address`].
///
/// # Safety
/// `raw` came from `lower_address` and nothing uses it afterwards.
unsafe fn free(raw: *mut WS_ENDPOINT_ADDRESS) {
    // SAFETY: by the contract.
    unsafe {
        let address = &*raw;
        wide::free_ws_string(address.url);
        if let Some(header) = address.identity.as_ref() {
            free_identity(address.identity, header.identityType);
        }
        alloc::free(raw);
    }
}

/// # Safety
/// `identity` was made by [`identity`] with this type and nothing uses it afterwards.
unsafe fn free_identity(identity: *mut WS_ENDPOINT_IDENTITY, identity_type: i32) {
    // SAFETY: by the contract the identity is the structure its type names, allocated as one.
    unsafe {
        match EndpointIdentityType::from_raw(identity_type) {
            Ok(EndpointIdentityType::Dns) => {
                free_named(identity.cast(), |i: &WS_DNS_ENDPOINT_IDENTITY| i.dns)
            }
            Ok(EndpointIdentityType::Upn) => {
                free_named(identity.cast(), |i: &WS_UPN_ENDPOINT_IDENTITY| i.upn)
            }
            Ok(EndpointIdentityType::Spn) => {
                free_named(identity.cast(), |i: &WS_SPN_ENDPOINT_IDENTITY| i.spn)
            }
            Ok(EndpointIdentityType::Rsa) => {
                let raw = identity.cast::<WS_RSA_ENDPOINT_IDENTITY>();
                free_bytes((*raw).modulus);
                free_bytes((*raw).exponent);
                alloc::free(raw);
            }
            Ok(EndpointIdentityType::Cert) => {
                let raw = identity.cast::<WS_CERT_ENDPOINT_IDENTITY>();
                free_bytes((*raw).rawCertificateData);
                alloc::free(raw);
            }
            Ok(EndpointIdentityType::Unknown) => {
                alloc::free(identity.cast::<WS_UNKNOWN_ENDPOINT_IDENTITY>());
            }
            Err(_) => unreachable!("lowering writes known identity types"),
        }
    }
}

/// Frees an identity that is a header and a name (DNS, UPN, SPN).
///
/// # Safety
/// `raw` came from [`identity`] as a `T` and nothing uses it afterwards.
unsafe fn free_named<T>(raw: *mut T, name: impl FnOnce(&T) -> WS_STRING) {
    // SAFETY: by the contract.
    unsafe {
        wide::free_ws_string(name(&*raw));
        alloc::free(raw);
    }
}

/// # Safety
/// `bytes` came from [`bytes`] and is not used afterwards.
unsafe fn free_bytes(bytes: WS_BYTES) {
    // SAFETY: by the contract.
    unsafe { alloc::free_array(bytes.bytes, bytes.length as usize) };
}
