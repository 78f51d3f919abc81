//! Reading back an endpoint address built by any code.

use super::memory::{array, object, optional};
use super::{text, ReadError, ReadErrorKind, Reader};
use crate::at::At;
use crate::values::XmlBuffer;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::{Bytes, CEnum, EndpointAddress, EndpointIdentity, EndpointIdentityType};
use wws_security_policy::Runtime;

/// Reads a raw `WS_ENDPOINT_ADDRESS` into the model, so it can be set as an endpoint's
/// `address` and checked with its description.
///
/// Its XML buffers (`headers`, `extensions`, an unknown identity's `element`) become slots named
/// after their place (`raw:address.headers`), registered in the returned [`Runtime`] as
/// [`XmlBuffer`]s; places in errors start with `address`.
///
/// # Errors
/// The first malformed place: a null address, a URL or name that is not UTF-16, a null array
/// with a length, a misaligned pointer, or an `identityType` that names no identity structure;
/// each is found before the memory it guards is read.
///
/// # Safety
/// `address` is null or points to a `WS_ENDPOINT_ADDRESS` laid out as `webservices.h` says;
/// every non-null, aligned pointer reachable from it points to readable memory of its C
/// member's type (an identity: the structure its `identityType` names; a `WS_STRING` or
/// `WS_BYTES`: as many units as its length) that nothing writes during the call.
pub unsafe fn read_address(
    address: *const WS_ENDPOINT_ADDRESS,
) -> Result<(EndpointAddress, Runtime), ReadError> {
    let mut reader = Reader::new();
    let at = At::ROOT;
    let at = at.field("address");
    // SAFETY: forwarded.
    let raw = unsafe { object(address, &At::ROOT, "endpointAddress")? };
    let mut buffer = |ptr: *mut WS_XML_BUFFER, key: &'static str| {
        XmlBuffer::new(ptr).map(|buffer| reader.register(&at.field(key), buffer))
    };
    let headers = buffer(raw.headers, "headers");
    let extensions = buffer(raw.extensions, "extensions");
    let url = text(&raw.url, &at.field("url"))?;
    let identity_at = at.field("identity");
    // SAFETY: forwarded; only the header is read before the type is known.
    let identity = match unsafe { optional(raw.identity.cast_const(), &at, "identity")? } {
        None => None,
        // SAFETY: forwarded.
        Some(header) => {
            Some(unsafe { identity(&mut reader, raw.identity, header.identityType, &identity_at)? })
        }
    };
    let address = EndpointAddress {
        url,
        headers,
        extensions,
        identity,
    };
    Ok((address, reader.runtime.take().unwrap_or_default()))
}

/// The identity as the structure its type names.
///
/// # Safety
/// `raw` is non-null and aligned, and points to the structure `identity_type` names, readable
/// as [`read_address`] requires.
unsafe fn identity(
    reader: &mut Reader,
    raw: *const WS_ENDPOINT_IDENTITY,
    identity_type: i32,
    at: &At<'_>,
) -> Result<EndpointIdentity, ReadError> {
    let kind = EndpointIdentityType::from_raw(identity_type).map_err(|_| {
        ReadError::new(
            at,
            ReadErrorKind::UnknownType {
                c_type: EndpointIdentityType::C_NAME,
                value: identity_type.into(),
            },
        )
    })?;
    // SAFETY (every arm): the type was checked, so the structure is the one it names.
    Ok(match kind {
        EndpointIdentityType::Dns => EndpointIdentity::Dns {
            dns: unsafe { named(raw, at, "dns", |i: &WS_DNS_ENDPOINT_IDENTITY| &i.dns)? },
        },
        EndpointIdentityType::Upn => EndpointIdentity::Upn {
            upn: unsafe { named(raw, at, "upn", |i: &WS_UPN_ENDPOINT_IDENTITY| &i.upn)? },
        },
        EndpointIdentityType::Spn => EndpointIdentity::Spn {
            spn: unsafe { named(raw, at, "spn", |i: &WS_SPN_ENDPOINT_IDENTITY| &i.spn)? },
        },
        EndpointIdentityType::Rsa => {
            let raw = unsafe { object(raw.cast::<WS_RSA_ENDPOINT_IDENTITY>(), at, "identity")? };
            EndpointIdentity::Rsa {
                modulus: unsafe { bytes(&raw.modulus, &at.field("modulus"))? },
                exponent: unsafe { bytes(&raw.exponent, &at.field("exponent"))? },
            }
        }
        EndpointIdentityType::Cert => {
            let raw = unsafe { object(raw.cast::<WS_CERT_ENDPOINT_IDENTITY>(), at, "identity")? };
            EndpointIdentity::Cert {
                raw_certificate_data: unsafe {
                    bytes(&raw.rawCertificateData, &at.field("raw_certificate_data"))?
                },
            }
        }
        EndpointIdentityType::Unknown => {
            let raw =
                unsafe { object(raw.cast::<WS_UNKNOWN_ENDPOINT_IDENTITY>(), at, "identity")? };
            let element = XmlBuffer::new(raw.element)
                .ok_or_else(|| ReadError::new(at, ReadErrorKind::Null { member: "element" }))?;
            EndpointIdentity::Unknown {
                element: reader.register(&at.field("element"), element),
            }
        }
    })
}

/// The name of an identity that is a header and a name (DNS, UPN, SPN).
///
/// # Safety
/// As [`identity`], with `T` the structure the type names.
unsafe fn named<T>(
    raw: *const WS_ENDPOINT_IDENTITY,
    at: &At<'_>,
    key: &'static str,
    name: impl FnOnce(&T) -> &WS_STRING,
) -> Result<String, ReadError> {
    // SAFETY: forwarded.
    let identity = unsafe { object(raw.cast::<T>(), at, "identity")? };
    text(name(identity), &at.field(key))
}

/// A copy of the bytes of a `WS_BYTES`.
///
/// # Safety
/// A non-null, aligned `bytes.bytes` points to `bytes.length` readable bytes.
unsafe fn bytes(bytes: &WS_BYTES, at: &At<'_>) -> Result<Bytes, ReadError> {
    // SAFETY: forwarded.
    Ok(Bytes(
        unsafe { array(bytes.bytes, bytes.length, at, "bytes")? }.to_vec(),
    ))
}
