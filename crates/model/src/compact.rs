//! A compact binary form of an [`Endpoint`] or a [`Template`], written by the
//! `security_binding!` macro into its expansion and read back by the program.
//!
//! The macro checks a declaration while the crate compiles; emitting the result as a byte
//! string instead of constructor code keeps each expansion to a few tokens, which is most of the
//! macro's build cost. Reading the bytes back builds the model directly: no file decoding and no
//! policy run.
//!
//! This is not a storage or exchange format. The layout belongs to one version of the
//! workspace: the facade pins the macro crate to its own version, so the bytes are always read
//! by the code of the version that wrote them. Every value is written in declaration order:
//! enumerations as their index in [`CEnum::ALL`], numbers and lengths as LEB128, text as its
//! length and UTF-8 bytes, an `Option` or a variant as a one-byte tag.

use crate::*;

/// Bytes that [`decode`] cannot read: not written by [`encode`] of this version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("byte {offset} of a compact endpoint: {problem}; it was not written by `compact::encode` of this version")]
pub struct CompactError {
    /// Where reading stopped.
    pub offset: usize,
    /// What was wrong there.
    pub problem: &'static str,
}

/// The compact form of `endpoint`.
pub fn encode(endpoint: &Endpoint) -> Vec<u8> {
    write_whole(endpoint, 64)
}

/// The endpoint that [`encode`] wrote as `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Endpoint, CompactError> {
    read_whole(bytes, "bytes left after the endpoint")
}

/// The compact form of a template endpoint.
pub fn encode_template(template: &Template) -> Vec<u8> {
    write_whole(template, 32)
}

/// The template that [`encode_template`] wrote as `bytes`.
pub fn decode_template(bytes: &[u8]) -> Result<Template, CompactError> {
    read_whole(bytes, "bytes left after the template")
}

fn write_whole<T: Compact>(value: &T, capacity: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(capacity);
    value.write(&mut out);
    out
}

/// A `T` that fills `bytes` exactly; `trailing` says what is wrong when bytes are left.
fn read_whole<T: Compact>(bytes: &[u8], trailing: &'static str) -> Result<T, CompactError> {
    let mut r = Reader {
        bytes,
        offset: 0,
        depth: 0,
    };
    let value = T::read(&mut r)?;
    if r.offset != bytes.len() {
        return Err(r.error(trailing));
    }
    Ok(value)
}

/// How deep bootstrap descriptions may nest in the bytes; the policy allows one level, and the
/// limit keeps a corrupt input from exhausting the stack.
const MAX_DEPTH: u32 = 8;

pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    offset: usize,
    depth: u32,
}

impl Reader<'_> {
    fn error(&self, problem: &'static str) -> CompactError {
        CompactError {
            offset: self.offset,
            problem,
        }
    }

    fn byte(&mut self) -> Result<u8, CompactError> {
        let b = *self
            .bytes
            .get(self.offset)
            .ok_or_else(|| self.error("unexpected end"))?;
        self.offset += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, CompactError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(self.error("number too long"))
    }

    fn length(&mut self) -> Result<usize, CompactError> {
        let n = self.varint()?;
        usize::try_from(n)
            .ok()
            .filter(|n| *n <= self.bytes.len() - self.offset)
            .ok_or_else(|| self.error("length beyond the end"))
    }

    fn tag(&mut self, count: u8) -> Result<u8, CompactError> {
        let t = self.byte()?;
        if t < count {
            Ok(t)
        } else {
            self.offset -= 1;
            Err(self.error("unknown tag"))
        }
    }
}

fn write_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let low = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// A value with a compact form.
pub(crate) trait Compact: Sized {
    fn write(&self, out: &mut Vec<u8>);
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError>;
}

impl<E: CEnum> Compact for E {
    fn write(&self, out: &mut Vec<u8>) {
        let index = E::ALL.iter().position(|v| v == self).unwrap_or(0);
        write_varint(out, index as u64);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        let index = r.varint()?;
        usize::try_from(index)
            .ok()
            .and_then(|i| E::ALL.get(i))
            .copied()
            .ok_or_else(|| r.error("unknown enumeration value"))
    }
}

impl Compact for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(r.tag(2)? == 1)
    }
}

impl Compact for u32 {
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, u64::from(*self));
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        let n = r.varint()?;
        u32::try_from(n).map_err(|_| r.error("number out of range"))
    }
}

fn write_str(out: &mut Vec<u8>, text: &str) {
    write_varint(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

impl Compact for String {
    fn write(&self, out: &mut Vec<u8>) {
        write_str(out, self);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        let len = r.length()?;
        let bytes = &r.bytes[r.offset..r.offset + len];
        let text = std::str::from_utf8(bytes).map_err(|_| r.error("text is not UTF-8"))?;
        r.offset += len;
        Ok(text.to_owned())
    }
}

impl<T: Compact> Compact for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(v) => {
                out.push(1);
                v.write(out);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(match r.tag(2)? {
            0 => None,
            _ => Some(T::read(r)?),
        })
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, self.len() as u64);
        for item in self {
            item.write(out);
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        // Every item takes at least one byte, so the length is bounded by what is left.
        let len = r.length()?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::read(r)?);
        }
        Ok(items)
    }
}

impl<A: Compact, B: Compact> Compact for (A, B) {
    fn write(&self, out: &mut Vec<u8>) {
        self.0.write(out);
        self.1.write(out);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok((A::read(r)?, B::read(r)?))
    }
}

impl<F: CEnum<Raw = i32>> Compact for FlagSet<F> {
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, u64::from(self.bits()));
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        let bits = u32::read(r)?;
        FlagSet::from_bits(bits).map_err(|_| r.error("unknown flag"))
    }
}

impl Compact for Timespan {
    fn write(&self, out: &mut Vec<u8>) {
        // Never negative (`from_ticks` refuses it).
        write_varint(out, self.ticks().unsigned_abs());
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        let ticks = r.varint()?;
        i64::try_from(ticks)
            .ok()
            .and_then(Timespan::from_ticks)
            .ok_or_else(|| r.error("timespan out of range"))
    }
}

impl Compact for RuntimeSlot {
    fn write(&self, out: &mut Vec<u8>) {
        write_str(out, self.name());
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(RuntimeSlot::new(String::read(r)?))
    }
}

impl Compact for Secret {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Secret::Literal(text) => {
                out.push(0);
                write_str(out, text.expose_secret());
            }
            Secret::Env(var) => {
                out.push(1);
                var.write(out);
            }
            Secret::Runtime(slot) => {
                out.push(2);
                slot.write(out);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(match r.tag(3)? {
            0 => Secret::literal(String::read(r)?),
            1 => Secret::Env(String::read(r)?),
            _ => Secret::Runtime(RuntimeSlot::read(r)?),
        })
    }
}

impl Compact for Side {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(match self {
            Side::Client => 0,
            Side::Server => 1,
        });
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(match r.tag(2)? {
            0 => Side::Client,
            _ => Side::Server,
        })
    }
}

impl Compact for Endpoint {
    fn write(&self, out: &mut Vec<u8>) {
        let Endpoint {
            side,
            channel_binding,
            channel_type,
            address,
            description,
        } = self;
        side.write(out);
        channel_binding.write(out);
        channel_type.write(out);
        address.write(out);
        description.write(out);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(Endpoint {
            side: Compact::read(r)?,
            channel_binding: Compact::read(r)?,
            channel_type: Compact::read(r)?,
            address: Compact::read(r)?,
            description: Compact::read(r)?,
        })
    }
}

impl Compact for Template {
    fn write(&self, out: &mut Vec<u8>) {
        let Template {
            side,
            channel_binding,
            channel_type,
            address,
            binding_template,
        } = self;
        side.write(out);
        channel_binding.write(out);
        channel_type.write(out);
        address.write(out);
        binding_template.write_compact(out);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(Template {
            side: Compact::read(r)?,
            channel_binding: Compact::read(r)?,
            channel_type: Compact::read(r)?,
            address: Compact::read(r)?,
            binding_template: BindingTemplate::read_compact(r)?,
        })
    }
}

impl Compact for TemplateChannelProperty {
    fn write(&self, out: &mut Vec<u8>) {
        use TemplateChannelProperty as P;
        self.id().write(out);
        match self {
            P::Encoding(v) => v.write(out),
            P::EnvelopeVersion(v) => v.write(out),
            P::AddressingVersion(v) => v.write(out),
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        use ChannelPropertyId as Id;
        use TemplateChannelProperty as P;
        Ok(match Id::read(r)? {
            Id::Encoding => P::Encoding(Compact::read(r)?),
            Id::EnvelopeVersion => P::EnvelopeVersion(Compact::read(r)?),
            Id::AddressingVersion => P::AddressingVersion(Compact::read(r)?),
        })
    }
}

impl Compact for EndpointAddress {
    fn write(&self, out: &mut Vec<u8>) {
        let EndpointAddress {
            url,
            headers,
            extensions,
            identity,
        } = self;
        url.write(out);
        headers.write(out);
        extensions.write(out);
        identity.write(out);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(EndpointAddress {
            url: Compact::read(r)?,
            headers: Compact::read(r)?,
            extensions: Compact::read(r)?,
            identity: Compact::read(r)?,
        })
    }
}

impl Compact for Bytes {
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, self.0.len() as u64);
        out.extend_from_slice(&self.0);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        let len = r.length()?;
        let bytes = r.bytes[r.offset..r.offset + len].to_vec();
        r.offset += len;
        Ok(Bytes(bytes))
    }
}

impl Compact for EndpointIdentity {
    fn write(&self, out: &mut Vec<u8>) {
        self.identity_type().write(out);
        match self {
            EndpointIdentity::Dns { dns: name }
            | EndpointIdentity::Upn { upn: name }
            | EndpointIdentity::Spn { spn: name } => name.write(out),
            EndpointIdentity::Rsa { modulus, exponent } => {
                modulus.write(out);
                exponent.write(out);
            }
            EndpointIdentity::Cert {
                raw_certificate_data,
            } => raw_certificate_data.write(out),
            EndpointIdentity::Unknown { element } => element.write(out),
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        use EndpointIdentityType as T;
        Ok(match T::read(r)? {
            T::Dns => EndpointIdentity::Dns {
                dns: Compact::read(r)?,
            },
            T::Upn => EndpointIdentity::Upn {
                upn: Compact::read(r)?,
            },
            T::Spn => EndpointIdentity::Spn {
                spn: Compact::read(r)?,
            },
            T::Rsa => EndpointIdentity::Rsa {
                modulus: Compact::read(r)?,
                exponent: Compact::read(r)?,
            },
            T::Cert => EndpointIdentity::Cert {
                raw_certificate_data: Compact::read(r)?,
            },
            T::Unknown => EndpointIdentity::Unknown {
                element: Compact::read(r)?,
            },
        })
    }
}

impl Compact for SecurityDescription {
    fn write(&self, out: &mut Vec<u8>) {
        let SecurityDescription {
            properties,
            bindings,
        } = self;
        properties.write(out);
        bindings.write(out);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        if r.depth >= MAX_DEPTH {
            return Err(r.error("descriptions nested too deep"));
        }
        r.depth += 1;
        let description = SecurityDescription {
            properties: Compact::read(r)?,
            bindings: Compact::read(r)?,
        };
        r.depth -= 1;
        Ok(description)
    }
}

impl<P: PropertyEntry + Compact> Compact for PropertyBag<P> {
    fn write(&self, out: &mut Vec<u8>) {
        write_varint(out, self.len() as u64);
        for entry in self {
            entry.write(out);
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(Vec::<P>::read(r)?.into_iter().collect())
    }
}

impl Compact for ChannelProperty {
    fn write(&self, out: &mut Vec<u8>) {
        use ChannelProperty as P;
        self.id().write(out);
        match self {
            P::TransportProtectionLevel(v) => v.write(out),
            P::AlgorithmSuite(v) => v.write(out),
            P::AlgorithmSuiteName(v) => v.write(out),
            P::MaxAllowedLatency(v) => v.write(out),
            P::TimestampValidityDuration(v) => v.write(out),
            P::MaxAllowedClockSkew(v) => v.write(out),
            P::TimestampUsage(v) => v.write(out),
            P::SecurityHeaderLayout(v) => v.write(out),
            P::SecurityHeaderVersion(v) => v.write(out),
            P::ExtendedProtectionPolicy(v) => v.write(out),
            P::ExtendedProtectionScenario(v) => v.write(out),
            P::ServiceIdentities(v) => v.write(out),
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        use ChannelProperty as P;
        use SecurityPropertyId as Id;
        let c = &mut *r;
        Ok(match Id::read(c)? {
            Id::TransportProtectionLevel => P::TransportProtectionLevel(Compact::read(c)?),
            Id::AlgorithmSuite => P::AlgorithmSuite(Compact::read(c)?),
            Id::AlgorithmSuiteName => P::AlgorithmSuiteName(Compact::read(c)?),
            Id::MaxAllowedLatency => P::MaxAllowedLatency(Compact::read(c)?),
            Id::TimestampValidityDuration => P::TimestampValidityDuration(Compact::read(c)?),
            Id::MaxAllowedClockSkew => P::MaxAllowedClockSkew(Compact::read(c)?),
            Id::TimestampUsage => P::TimestampUsage(Compact::read(c)?),
            Id::SecurityHeaderLayout => P::SecurityHeaderLayout(Compact::read(c)?),
            Id::SecurityHeaderVersion => P::SecurityHeaderVersion(Compact::read(c)?),
            Id::ExtendedProtectionPolicy => P::ExtendedProtectionPolicy(Compact::read(c)?),
            Id::ExtendedProtectionScenario => P::ExtendedProtectionScenario(Compact::read(c)?),
            Id::ServiceIdentities => P::ServiceIdentities(Compact::read(c)?),
        })
    }
}

impl Compact for BindingProperty {
    fn write(&self, out: &mut Vec<u8>) {
        use BindingProperty as P;
        self.id().write(out);
        match self {
            P::RequireSslClientCert(v)
            | P::RequireServerAuth(v)
            | P::AllowAnonymousClients(v)
            | P::SecurityContextSupportRenew(v)
            | P::DisableCertRevocationCheck(v) => v.write(out),
            P::WindowsIntegratedAuthPackage(v) => v.write(out),
            P::AllowedImpersonationLevel(v) => v.write(out),
            P::HttpHeaderAuthScheme(v) => v.write(out),
            P::HttpHeaderAuthTarget(v) => v.write(out),
            P::HttpHeaderAuthBasicRealm(v)
            | P::HttpHeaderAuthDigestRealm(v)
            | P::HttpHeaderAuthDigestDomain(v) => v.write(out),
            P::SecurityContextKeySize(v)
            | P::SecurityContextMaxPendingContexts(v)
            | P::SecurityContextMaxActiveContexts(v) => v.write(out),
            P::SecurityContextKeyEntropyMode(v) => v.write(out),
            P::MessageProperties(v) => v.entries.write(out),
            P::SecureConversationVersion(v) => v.write(out),
            P::SecurityContextRenewalInterval(v) | P::SecurityContextRolloverInterval(v) => {
                v.write(out)
            }
            P::CertFailuresToIgnore(v) => v.write(out),
            P::DisallowedSecureProtocols(v) => v.write(out),
            P::CertificateValidationCallbackContext(v) => {
                let CertificateValidationCallbackContext { callback, state } = v;
                callback.write(out);
                state.write(out);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        use BindingProperty as P;
        use SecurityBindingPropertyId as Id;
        let c = &mut *r;
        Ok(match Id::read(c)? {
            Id::RequireSslClientCert => P::RequireSslClientCert(Compact::read(c)?),
            Id::WindowsIntegratedAuthPackage => P::WindowsIntegratedAuthPackage(Compact::read(c)?),
            Id::RequireServerAuth => P::RequireServerAuth(Compact::read(c)?),
            Id::AllowAnonymousClients => P::AllowAnonymousClients(Compact::read(c)?),
            Id::AllowedImpersonationLevel => P::AllowedImpersonationLevel(Compact::read(c)?),
            Id::HttpHeaderAuthScheme => P::HttpHeaderAuthScheme(Compact::read(c)?),
            Id::HttpHeaderAuthTarget => P::HttpHeaderAuthTarget(Compact::read(c)?),
            Id::HttpHeaderAuthBasicRealm => P::HttpHeaderAuthBasicRealm(Compact::read(c)?),
            Id::HttpHeaderAuthDigestRealm => P::HttpHeaderAuthDigestRealm(Compact::read(c)?),
            Id::HttpHeaderAuthDigestDomain => P::HttpHeaderAuthDigestDomain(Compact::read(c)?),
            Id::SecurityContextKeySize => P::SecurityContextKeySize(Compact::read(c)?),
            Id::SecurityContextKeyEntropyMode => {
                P::SecurityContextKeyEntropyMode(Compact::read(c)?)
            }
            Id::MessageProperties => P::MessageProperties(MessageProperties {
                entries: Compact::read(c)?,
            }),
            Id::SecurityContextMaxPendingContexts => {
                P::SecurityContextMaxPendingContexts(Compact::read(c)?)
            }
            Id::SecurityContextMaxActiveContexts => {
                P::SecurityContextMaxActiveContexts(Compact::read(c)?)
            }
            Id::SecureConversationVersion => P::SecureConversationVersion(Compact::read(c)?),
            Id::SecurityContextSupportRenew => P::SecurityContextSupportRenew(Compact::read(c)?),
            Id::SecurityContextRenewalInterval => {
                P::SecurityContextRenewalInterval(Compact::read(c)?)
            }
            Id::SecurityContextRolloverInterval => {
                P::SecurityContextRolloverInterval(Compact::read(c)?)
            }
            Id::CertFailuresToIgnore => P::CertFailuresToIgnore(Compact::read(c)?),
            Id::DisableCertRevocationCheck => P::DisableCertRevocationCheck(Compact::read(c)?),
            Id::DisallowedSecureProtocols => P::DisallowedSecureProtocols(Compact::read(c)?),
            Id::CertificateValidationCallbackContext => {
                P::CertificateValidationCallbackContext(CertificateValidationCallbackContext {
                    callback: Compact::read(c)?,
                    state: Compact::read(c)?,
                })
            }
        })
    }
}

impl Compact for AlgorithmSuite {
    fn write(&self, out: &mut Vec<u8>) {
        let AlgorithmSuite {
            canonicalization_algorithm,
            digest_algorithm,
            symmetric_signature_algorithm,
            asymmetric_signature_algorithm,
            encryption_algorithm,
            key_derivation_algorithm,
            symmetric_key_wrap_algorithm,
            asymmetric_key_wrap_algorithm,
            min_symmetric_key_length,
            max_symmetric_key_length,
            min_asymmetric_key_length,
            max_asymmetric_key_length,
        } = self;
        for algorithm in [
            canonicalization_algorithm,
            digest_algorithm,
            symmetric_signature_algorithm,
            asymmetric_signature_algorithm,
            encryption_algorithm,
            key_derivation_algorithm,
            symmetric_key_wrap_algorithm,
            asymmetric_key_wrap_algorithm,
        ] {
            algorithm.write(out);
        }
        for length in [
            min_symmetric_key_length,
            max_symmetric_key_length,
            min_asymmetric_key_length,
            max_asymmetric_key_length,
        ] {
            length.write(out);
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(AlgorithmSuite {
            canonicalization_algorithm: Compact::read(r)?,
            digest_algorithm: Compact::read(r)?,
            symmetric_signature_algorithm: Compact::read(r)?,
            asymmetric_signature_algorithm: Compact::read(r)?,
            encryption_algorithm: Compact::read(r)?,
            key_derivation_algorithm: Compact::read(r)?,
            symmetric_key_wrap_algorithm: Compact::read(r)?,
            asymmetric_key_wrap_algorithm: Compact::read(r)?,
            min_symmetric_key_length: Compact::read(r)?,
            max_symmetric_key_length: Compact::read(r)?,
            min_asymmetric_key_length: Compact::read(r)?,
            max_asymmetric_key_length: Compact::read(r)?,
        })
    }
}

impl Compact for SecurityBinding {
    fn write(&self, out: &mut Vec<u8>) {
        use SecurityBinding as B;
        self.binding_type().write(out);
        // Each structure's fields are written by the impl `binding_struct!` generates.
        match self {
            B::SslTransport(b) => b.write(out),
            B::TcpSspiTransport(b) | B::NamedpipeSspiTransport(b) => b.write(out),
            B::HttpHeaderAuth(b) => b.write(out),
            B::UsernameMessage(b) => b.write(out),
            B::KerberosApreqMessage(b) => b.write(out),
            B::XmlTokenMessage(b) => b.write(out),
            B::SamlMessage(b) => b.write(out),
            B::SecurityContextMessage(b) => b.write(out),
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        use SecurityBinding as B;
        use SecurityBindingType as T;
        Ok(match T::read(r)? {
            T::SslTransport => B::SslTransport(Compact::read(r)?),
            T::TcpSspiTransport => B::TcpSspiTransport(Compact::read(r)?),
            T::NamedpipeSspiTransport => B::NamedpipeSspiTransport(Compact::read(r)?),
            T::HttpHeaderAuth => B::HttpHeaderAuth(Compact::read(r)?),
            T::UsernameMessage => B::UsernameMessage(Compact::read(r)?),
            T::KerberosApreqMessage => B::KerberosApreqMessage(Compact::read(r)?),
            T::XmlTokenMessage => B::XmlTokenMessage(Compact::read(r)?),
            T::SamlMessage => B::SamlMessage(Compact::read(r)?),
            T::SecurityContextMessage => B::SecurityContextMessage(Compact::read(r)?),
        })
    }
}

impl Compact for Box<SecurityDescription> {
    fn write(&self, out: &mut Vec<u8>) {
        SecurityDescription::write(self, out);
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        SecurityDescription::read(r).map(Box::new)
    }
}

impl Compact for CertCredential {
    fn write(&self, out: &mut Vec<u8>) {
        self.credential_type().write(out);
        match self {
            CertCredential::SubjectName {
                store_location,
                store_name,
                subject_name,
            } => {
                store_location.write(out);
                store_name.write(out);
                subject_name.write(out);
            }
            CertCredential::Thumbprint {
                store_location,
                store_name,
                thumbprint,
            } => {
                store_location.write(out);
                store_name.write(out);
                thumbprint.write(out);
            }
            CertCredential::Custom {
                get_cert_callback,
                get_cert_callback_state,
                cert_issuer_list_notification_callback,
                cert_issuer_list_notification_callback_state,
            } => {
                get_cert_callback.write(out);
                get_cert_callback_state.write(out);
                cert_issuer_list_notification_callback.write(out);
                cert_issuer_list_notification_callback_state.write(out);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        let c = &mut *r;
        Ok(match CertCredentialType::read(c)? {
            CertCredentialType::SubjectName => CertCredential::SubjectName {
                store_location: Compact::read(c)?,
                store_name: Compact::read(c)?,
                subject_name: Compact::read(c)?,
            },
            CertCredentialType::Thumbprint => CertCredential::Thumbprint {
                store_location: Compact::read(c)?,
                store_name: Compact::read(c)?,
                thumbprint: Compact::read(c)?,
            },
            CertCredentialType::Custom => CertCredential::Custom {
                get_cert_callback: Compact::read(c)?,
                get_cert_callback_state: Compact::read(c)?,
                cert_issuer_list_notification_callback: Compact::read(c)?,
                cert_issuer_list_notification_callback_state: Compact::read(c)?,
            },
        })
    }
}

impl Compact for WindowsIntegratedAuthCredential {
    fn write(&self, out: &mut Vec<u8>) {
        use WindowsIntegratedAuthCredential as W;
        self.credential_type().write(out);
        match self {
            W::String {
                username,
                password,
                domain,
            } => {
                username.write(out);
                password.write(out);
                domain.write(out);
            }
            W::Default => {}
            W::Opaque {
                opaque_auth_identity,
            } => opaque_auth_identity.write(out),
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        use WindowsIntegratedAuthCredential as W;
        use WindowsIntegratedAuthCredentialType as T;
        let c = &mut *r;
        Ok(match T::read(c)? {
            T::String => W::String {
                username: Compact::read(c)?,
                password: Compact::read(c)?,
                domain: Compact::read(c)?,
            },
            T::Default => W::Default,
            T::Opaque => W::Opaque {
                opaque_auth_identity: Compact::read(c)?,
            },
        })
    }
}

impl Compact for UsernameCredential {
    fn write(&self, out: &mut Vec<u8>) {
        self.credential_type().write(out);
        match self {
            UsernameCredential::String { username, password } => {
                username.write(out);
                password.write(out);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(match UsernameCredentialType::read(r)? {
            UsernameCredentialType::String => UsernameCredential::String {
                username: Compact::read(r)?,
                password: Compact::read(r)?,
            },
        })
    }
}

impl Compact for SamlAuthenticator {
    fn write(&self, out: &mut Vec<u8>) {
        self.authenticator_type().write(out);
        match self {
            SamlAuthenticator::CertSigned {
                trusted_issuer_certs,
                decryption_cert,
                saml_validator,
                saml_validator_callback_state,
            } => {
                trusted_issuer_certs.write(out);
                decryption_cert.write(out);
                saml_validator.write(out);
                saml_validator_callback_state.write(out);
            }
        }
    }
    fn read(r: &mut Reader<'_>) -> Result<Self, CompactError> {
        Ok(match SamlAuthenticatorType::read(r)? {
            SamlAuthenticatorType::CertSigned => SamlAuthenticator::CertSigned {
                trusted_issuer_certs: Compact::read(r)?,
                decryption_cert: Compact::read(r)?,
                saml_validator: Compact::read(r)?,
                saml_validator_callback_state: Compact::read(r)?,
            },
        })
    }
}
