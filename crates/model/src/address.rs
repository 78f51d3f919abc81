//! `WS_ENDPOINT_ADDRESS`: the address a client opens its channel to (`WsOpenChannel`), with the
//! identity it expects the service to prove, and the identity kinds of `WS_ENDPOINT_IDENTITY`.

use crate::field::member;
use crate::{EndpointIdentityType, Field, FieldKind, RuntimeSlot};
#[cfg(feature = "files")]
use serde::Serialize;
use std::fmt;

/// `WS_ENDPOINT_ADDRESS`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EndpointAddress {
    /// `url`, in escaped form; empty is the anonymous address.
    pub url: String,
    /// `headers`: reference parameters, an XML buffer the program builds.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub headers: Option<RuntimeSlot>,
    /// `extensions`: other address elements, an XML buffer the program builds.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub extensions: Option<RuntimeSlot>,
    /// `identity`: who the client expects the service to be.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub identity: Option<EndpointIdentity>,
}

impl EndpointAddress {
    /// An address with a URL only.
    pub fn new(url: impl Into<String>) -> Self {
        EndpointAddress {
            url: url.into(),
            headers: None,
            extensions: None,
            identity: None,
        }
    }

    /// The members of `WS_ENDPOINT_ADDRESS`.
    pub const FIELDS: &'static [Field] = &[
        member("url", "url", "WS_STRING", FieldKind::Text, true),
        member(
            "headers",
            "headers",
            "WS_XML_BUFFER*",
            FieldKind::Object,
            false,
        ),
        member(
            "extensions",
            "extensions",
            "WS_XML_BUFFER*",
            FieldKind::Object,
            false,
        ),
        member(
            "identity",
            "identity",
            "WS_ENDPOINT_IDENTITY*",
            FieldKind::Identity,
            false,
        ),
    ];

    /// The URL's scheme in lower case (schemes are case-insensitive, RFC 2396 §3.1), when the URL
    /// has one: `http`, `https`, `net.tcp`, `soap.udp`, `net.pipe`, or any other.
    pub fn scheme(&self) -> Option<String> {
        let (scheme, _) = self.url.split_once("://")?;
        let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        valid.then(|| scheme.to_ascii_lowercase())
    }

    /// The host component of the URL (RFC 2396 §3.2.2), when the URL has one.
    pub fn host(&self) -> Option<&str> {
        let (_, rest) = self.url.split_once("://")?;
        let authority = rest.split(['/', '?', '#']).next()?;
        let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let host = if let Some(v6) = host_port.strip_prefix('[') {
            v6.split_once(']').map(|(h, _)| h)?
        } else {
            host_port.split(':').next()?
        };
        (!host.is_empty()).then_some(host)
    }

    /// The target name a TCP SSPI client asks its SSP for: an SPN or UPN identity as written,
    /// `host/<name>` for a DNS identity, `host/<host of the URL>` without an identity; `None`
    /// for the identities TCP SSPI cannot use (RSA, certificate, unknown) or a URL without a host.
    pub fn sspi_target_name(&self) -> Option<String> {
        match &self.identity {
            Some(EndpointIdentity::Spn { spn }) => Some(spn.clone()),
            Some(EndpointIdentity::Upn { upn }) => Some(upn.clone()),
            Some(EndpointIdentity::Dns { dns }) => Some(format!("host/{dns}")),
            Some(_) => None,
            None => self.host().map(|h| format!("host/{h}")),
        }
    }
}

/// `WS_ENDPOINT_IDENTITY` and its six kinds; the variant is the `identityType` selector.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "files", serde(tag = "type", rename_all = "snake_case"))]
pub enum EndpointIdentity {
    /// `WS_DNS_ENDPOINT_IDENTITY`.
    Dns {
        /// `dns`: a DNS name (RFC 1035).
        dns: String,
    },
    /// `WS_UPN_ENDPOINT_IDENTITY`.
    Upn {
        /// `upn`: a user principal name.
        upn: String,
    },
    /// `WS_SPN_ENDPOINT_IDENTITY`.
    Spn {
        /// `spn`: a service principal name.
        spn: String,
    },
    /// `WS_RSA_ENDPOINT_IDENTITY`.
    Rsa {
        /// `modulus`.
        modulus: Bytes,
        /// `exponent`.
        exponent: Bytes,
    },
    /// `WS_CERT_ENDPOINT_IDENTITY`.
    Cert {
        /// `rawCertificateData`.
        raw_certificate_data: Bytes,
    },
    /// `WS_UNKNOWN_ENDPOINT_IDENTITY`: an identity element read but not understood.
    Unknown {
        /// `element`: the XML buffer holding it.
        element: RuntimeSlot,
    },
}

impl EndpointIdentity {
    /// The C selector of this identity.
    pub fn identity_type(&self) -> EndpointIdentityType {
        match self {
            EndpointIdentity::Dns { .. } => EndpointIdentityType::Dns,
            EndpointIdentity::Upn { .. } => EndpointIdentityType::Upn,
            EndpointIdentity::Spn { .. } => EndpointIdentityType::Spn,
            EndpointIdentity::Rsa { .. } => EndpointIdentityType::Rsa,
            EndpointIdentity::Cert { .. } => EndpointIdentityType::Cert,
            EndpointIdentity::Unknown { .. } => EndpointIdentityType::Unknown,
        }
    }
}

impl EndpointIdentityType {
    /// The members of this identity's structure besides its `identityType` selector.
    pub fn fields(self) -> &'static [Field] {
        const BYTES: &str = "WS_BYTES";
        match self {
            EndpointIdentityType::Dns => {
                const FIELDS: &[Field] =
                    &[member("dns", "dns", "WS_STRING", FieldKind::Text, true)];
                FIELDS
            }
            EndpointIdentityType::Upn => {
                const FIELDS: &[Field] =
                    &[member("upn", "upn", "WS_STRING", FieldKind::Text, true)];
                FIELDS
            }
            EndpointIdentityType::Spn => {
                const FIELDS: &[Field] =
                    &[member("spn", "spn", "WS_STRING", FieldKind::Text, true)];
                FIELDS
            }
            EndpointIdentityType::Rsa => {
                const FIELDS: &[Field] = &[
                    member("modulus", "modulus", BYTES, FieldKind::Bytes, true),
                    member("exponent", "exponent", BYTES, FieldKind::Bytes, true),
                ];
                FIELDS
            }
            EndpointIdentityType::Cert => {
                const FIELDS: &[Field] = &[member(
                    "raw_certificate_data",
                    "rawCertificateData",
                    BYTES,
                    FieldKind::Bytes,
                    true,
                )];
                FIELDS
            }
            EndpointIdentityType::Unknown => {
                const FIELDS: &[Field] = &[member(
                    "element",
                    "element",
                    "WS_XML_BUFFER*",
                    FieldKind::Object,
                    true,
                )];
                FIELDS
            }
        }
    }
}

/// `WS_BYTES`: bytes, written in files as standard base64.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Text that is not standard base64.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not base64: {reason}")]
pub struct Base64Error {
    /// The text, shortened.
    pub text: String,
    /// What is wrong.
    pub reason: &'static str,
}

impl Bytes {
    /// Reads standard base64 (RFC 4648 §4, with padding; whitespace between groups is ignored).
    pub fn from_base64(text: &str) -> Result<Bytes, Base64Error> {
        let error = |reason| Base64Error {
            text: text.chars().take(24).collect(),
            reason,
        };
        let clean: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        if clean.len() % 4 != 0 {
            return Err(error("its length is not a multiple of 4"));
        }
        let mut out = Vec::with_capacity(clean.len() / 4 * 3);
        for (i, group) in clean.chunks(4).enumerate() {
            let last = i + 1 == clean.len() / 4;
            let pad = group.iter().rev().take_while(|b| **b == b'=').count();
            if pad > 2 || (pad > 0 && !last) || group[..4 - pad].contains(&b'=') {
                return Err(error("`=` appears before the end"));
            }
            let mut n: u32 = 0;
            for &b in &group[..4 - pad] {
                let v = ALPHABET
                    .iter()
                    .position(|a| *a == b)
                    .ok_or_else(|| error("it holds a character outside the base64 alphabet"))?;
                n = (n << 6) | v as u32;
            }
            n <<= 6 * pad as u32;
            let bytes = n.to_be_bytes();
            out.extend_from_slice(&bytes[1..4 - pad]);
        }
        Ok(Bytes(out))
    }

    /// Writes standard base64 with padding.
    pub fn to_base64(&self) -> String {
        let mut out = String::with_capacity(self.0.len().div_ceil(3) * 4);
        for chunk in self.0.chunks(3) {
            let mut n = [0u8; 3];
            n[..chunk.len()].copy_from_slice(chunk);
            let v = u32::from_be_bytes([0, n[0], n[1], n[2]]);
            for k in 0..4 {
                if k <= chunk.len() {
                    out.push(ALPHABET[(v >> (18 - 6 * k)) as usize & 63] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    /// True when there is no byte.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The length only: the bytes may be key material.
impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bytes({} bytes)", self.0.len())
    }
}

#[cfg(feature = "files")]
impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_base64())
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Bytes {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Bytes".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "Bytes in standard base64 (RFC 4648), e.g. `AQAB`.",
            "contentEncoding": "base64"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_length() {
        for len in 0..10 {
            let bytes = Bytes((0..len).map(|i| (i * 37 + 5) as u8).collect());
            let text = bytes.to_base64();
            assert_eq!(Bytes::from_base64(&text).unwrap(), bytes, "{text}");
        }
        assert_eq!(Bytes::from_base64("AQAB").unwrap().0, vec![1, 0, 1]);
        assert_eq!(Bytes::from_base64("TWE=").unwrap().0, b"Ma".to_vec());
        assert_eq!(Bytes::from_base64("TQ==\n").unwrap().0, b"M".to_vec());
    }

    #[test]
    fn bad_base64_says_what_is_wrong() {
        assert!(Bytes::from_base64("abc")
            .unwrap_err()
            .reason
            .contains("multiple of 4"));
        assert!(Bytes::from_base64("ab!c")
            .unwrap_err()
            .reason
            .contains("alphabet"));
        assert!(Bytes::from_base64("a=bcdefg")
            .unwrap_err()
            .reason
            .contains("`=`"));
    }

    #[test]
    fn the_sspi_target_follows_the_identity_then_the_url() {
        let mut a = EndpointAddress::new("net.tcp://svc.contoso.com:808/orders");
        assert_eq!(a.host(), Some("svc.contoso.com"));
        assert_eq!(
            a.sspi_target_name().as_deref(),
            Some("host/svc.contoso.com")
        );
        a.identity = Some(EndpointIdentity::Dns {
            dns: "other.contoso.com".to_owned(),
        });
        assert_eq!(
            a.sspi_target_name().as_deref(),
            Some("host/other.contoso.com")
        );
        a.identity = Some(EndpointIdentity::Spn {
            spn: "HTTP/svc".to_owned(),
        });
        assert_eq!(a.sspi_target_name().as_deref(), Some("HTTP/svc"));
        a.identity = Some(EndpointIdentity::Rsa {
            modulus: Bytes(vec![1]),
            exponent: Bytes(vec![1, 0, 1]),
        });
        assert_eq!(a.sspi_target_name(), None);
        assert_eq!(
            EndpointAddress::new("http://[::1]:80/x").host(),
            Some("::1")
        );
        assert_eq!(EndpointAddress::new("").host(), None);
    }

    #[test]
    fn the_scheme_is_read_in_lower_case_and_only_when_well_formed() {
        let scheme = |url: &str| EndpointAddress::new(url).scheme();
        assert_eq!(scheme("HTTPS://svc/x").as_deref(), Some("https"));
        assert_eq!(scheme("net.tcp://svc:808/x").as_deref(), Some("net.tcp"));
        assert_eq!(
            scheme("soap.udp://239.0.0.1:3702").as_deref(),
            Some("soap.udp")
        );
        assert_eq!(scheme(""), None);
        assert_eq!(scheme("svc.contoso.com/orders"), None);
        assert_eq!(scheme("1http://svc"), None);
        assert_eq!(scheme("ht tp://svc"), None);
    }

    #[test]
    fn key_bytes_are_not_printed() {
        let b = Bytes(vec![0xde, 0xad]);
        assert_eq!(format!("{b:?}"), "Bytes(2 bytes)");
    }
}
