//! Property entries: the id is checked, then `valueSize` against the id's C type, then the value
//! pointer, and only then is the value read, in exactly that type.

use super::memory::{aligned, array, object};
use super::{text, ReadError, ReadErrorKind, Reader};
use crate::at::At;
use crate::callback::trampoline;
use crate::ctype::{
    binding_property_type, channel_property_type, message_property_type, ValueType,
};
use crate::{
    CertificateValidationCallback, MessagePropertyValue, RawCertificateValidationCallback,
};
use std::ffi::c_void;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::*;

/// An entry's value pointer, checked against the id's type.
struct Entry<'a> {
    at: At<'a>,
    id: i32,
    name: &'static str,
    ty: ValueType,
    value: *const c_void,
}

impl Entry<'_> {
    fn error(&self, kind: ReadErrorKind) -> ReadError {
        ReadError::property(&self.at, self.id, Some(self.name), kind)
    }

    /// Checks size, null and alignment; then the value may be read as `ty`.
    fn check(&self, value_size: u32) -> Result<(), ReadError> {
        if value_size as usize != self.ty.size() {
            return Err(self.error(ReadErrorKind::ValueSize {
                c_type: self.ty.c_name(),
                expected: self.ty.size(),
                found: value_size,
            }));
        }
        if self.value.is_null() {
            return Err(self.error(ReadErrorKind::Null { member: "value" }));
        }
        aligned(self.value, self.ty.align(), &self.at, "value")
            .map_err(|e| ReadError::property(&self.at, self.id, Some(self.name), e.kind))
    }

    /// The value, read as `T` (the Rust type of `ty`).
    ///
    /// # Safety
    /// [`check`](Self::check) passed, and the value is readable as `valueSize` bytes.
    unsafe fn read<T: Copy>(&self) -> T {
        debug_assert_eq!(std::mem::size_of::<T>(), self.ty.size());
        // SAFETY: by the contract: non-null, aligned, the size of `T`, readable.
        unsafe { self.value.cast::<T>().read() }
    }

    unsafe fn boolean(&self) -> Result<bool, ReadError> {
        // SAFETY: forwarded.
        match unsafe { self.read::<i32>() } {
            0 => Ok(false),
            1 => Ok(true),
            value => Err(self.error(ReadErrorKind::InvalidValue {
                c_type: "BOOL",
                value: value.into(),
            })),
        }
    }

    unsafe fn enumeration<E: CEnum<Raw = i32>>(&self) -> Result<E, ReadError> {
        // SAFETY: forwarded.
        let raw = unsafe { self.read::<i32>() };
        E::from_raw(raw).map_err(|_| {
            self.error(ReadErrorKind::InvalidValue {
                c_type: E::C_NAME,
                value: raw.into(),
            })
        })
    }

    unsafe fn flags<F: CEnum<Raw = i32>>(&self) -> Result<FlagSet<F>, ReadError> {
        // SAFETY: forwarded.
        let bits = unsafe { self.read::<u32>() };
        FlagSet::from_bits(bits).map_err(|e| {
            self.error(ReadErrorKind::UnknownFlags {
                enumeration: e.enumeration,
                bits: e.unknown,
            })
        })
    }

    unsafe fn timespan(&self) -> Result<Timespan, ReadError> {
        // SAFETY: forwarded.
        let ticks = unsafe { self.read::<WS_TIMESPAN>() }.ticks;
        Timespan::from_ticks(ticks)
            .ok_or_else(|| self.error(ReadErrorKind::NegativeTimespan { ticks }))
    }

    unsafe fn string(&self) -> Result<String, ReadError> {
        // SAFETY: forwarded.
        let s = unsafe { &*self.value.cast::<WS_STRING>() };
        text(s, &self.at)
            .map_err(|e| ReadError::property(&self.at, self.id, Some(self.name), e.kind))
    }
}

impl Reader {
    pub(super) unsafe fn channel_properties(
        &mut self,
        d: &WS_SECURITY_DESCRIPTION,
        description: &At<'_>,
    ) -> Result<ChannelProperties, ReadError> {
        let list = description.field("properties");
        // SAFETY: forwarded contract.
        let entries = unsafe {
            array(
                d.properties.cast_const(),
                d.propertyCount,
                &list,
                "properties",
            )?
        };
        self.visit(entries.len(), &list)?;
        let mut out = Vec::with_capacity(entries.len());
        for (i, p) in entries.iter().enumerate() {
            let at = list.index(i);
            let id = SecurityPropertyId::from_raw(p.id).map_err(|_| {
                ReadError::property(
                    &at,
                    p.id,
                    None,
                    ReadErrorKind::UnknownPropertyId {
                        enumeration: "WS_SECURITY_PROPERTY_ID",
                    },
                )
            })?;
            let entry = Entry {
                at,
                id: p.id,
                name: id.c_name(),
                ty: channel_property_type(id),
                value: p.value,
            };
            entry.check(p.valueSize)?;
            // SAFETY: checked; readable by the contract.
            out.push(unsafe { self.channel_value(id, &entry)? });
        }
        Ok(out.into_iter().collect())
    }

    unsafe fn channel_value(
        &mut self,
        id: SecurityPropertyId,
        e: &Entry<'_>,
    ) -> Result<ChannelProperty, ReadError> {
        use SecurityPropertyId as Id;
        // SAFETY (whole function): `e` is checked against `id`'s type.
        unsafe {
            Ok(match id {
                Id::TransportProtectionLevel => {
                    ChannelProperty::TransportProtectionLevel(e.enumeration()?)
                }
                Id::AlgorithmSuite => ChannelProperty::AlgorithmSuite(self.algorithm_suite(e)?),
                Id::AlgorithmSuiteName => ChannelProperty::AlgorithmSuiteName(e.enumeration()?),
                Id::MaxAllowedLatency => ChannelProperty::MaxAllowedLatency(e.timespan()?),
                Id::TimestampValidityDuration => {
                    ChannelProperty::TimestampValidityDuration(e.timespan()?)
                }
                Id::MaxAllowedClockSkew => ChannelProperty::MaxAllowedClockSkew(e.timespan()?),
                Id::TimestampUsage => ChannelProperty::TimestampUsage(e.enumeration()?),
                Id::SecurityHeaderLayout => ChannelProperty::SecurityHeaderLayout(e.enumeration()?),
                Id::SecurityHeaderVersion => {
                    ChannelProperty::SecurityHeaderVersion(e.enumeration()?)
                }
                Id::ExtendedProtectionPolicy => {
                    ChannelProperty::ExtendedProtectionPolicy(e.enumeration()?)
                }
                Id::ExtendedProtectionScenario => {
                    ChannelProperty::ExtendedProtectionScenario(e.enumeration()?)
                }
                Id::ServiceIdentities => {
                    let identities = e.read::<WS_SERVICE_SECURITY_IDENTITIES>();
                    let list = e.at.field("service_identities");
                    let strings = array(
                        identities.serviceIdentities.cast_const(),
                        identities.serviceIdentityCount,
                        &list,
                        "serviceIdentities",
                    )?;
                    self.visit(strings.len(), &list)?;
                    let mut names = Vec::with_capacity(strings.len());
                    for (i, s) in strings.iter().enumerate() {
                        names.push(text(s, &list.index(i))?);
                    }
                    ChannelProperty::ServiceIdentities(names)
                }
            })
        }
    }

    unsafe fn algorithm_suite(&mut self, e: &Entry<'_>) -> Result<AlgorithmSuite, ReadError> {
        // SAFETY: checked against WS_SECURITY_ALGORITHM_SUITE.
        let suite = unsafe { e.read::<WS_SECURITY_ALGORITHM_SUITE>() };
        let list = e.at.field("properties");
        // SAFETY: forwarded contract.
        let properties = unsafe {
            array(
                suite.properties.cast_const(),
                suite.propertyCount,
                &list,
                "properties",
            )?
        };
        if let Some(first) = properties.first() {
            // WS_SECURITY_ALGORITHM_PROPERTY_ID has no values yet: every id is unknown.
            return Err(ReadError::property(
                &list.index(0),
                first.id,
                None,
                ReadErrorKind::UnknownPropertyId {
                    enumeration: "WS_SECURITY_ALGORITHM_PROPERTY_ID",
                },
            ));
        }
        let algorithm =
            |raw: i32, field: &'static str| -> Result<Option<SecurityAlgorithmId>, ReadError> {
                match raw {
                    0 => Ok(None),
                    raw => SecurityAlgorithmId::from_raw(raw).map(Some).map_err(|_| {
                        ReadError::property(
                            &e.at.field(field),
                            e.id,
                            Some(e.name),
                            ReadErrorKind::InvalidValue {
                                c_type: "WS_SECURITY_ALGORITHM_ID",
                                value: raw.into(),
                            },
                        )
                    }),
                }
            };
        let length = |raw: u32| (raw != 0).then_some(raw);
        Ok(AlgorithmSuite {
            canonicalization_algorithm: algorithm(
                suite.canonicalizationAlgorithm,
                "canonicalization_algorithm",
            )?,
            digest_algorithm: algorithm(suite.digestAlgorithm, "digest_algorithm")?,
            symmetric_signature_algorithm: algorithm(
                suite.symmetricSignatureAlgorithm,
                "symmetric_signature_algorithm",
            )?,
            asymmetric_signature_algorithm: algorithm(
                suite.asymmetricSignatureAlgorithm,
                "asymmetric_signature_algorithm",
            )?,
            encryption_algorithm: algorithm(suite.encryptionAlgorithm, "encryption_algorithm")?,
            key_derivation_algorithm: algorithm(
                suite.keyDerivationAlgorithm,
                "key_derivation_algorithm",
            )?,
            symmetric_key_wrap_algorithm: algorithm(
                suite.symmetricKeyWrapAlgorithm,
                "symmetric_key_wrap_algorithm",
            )?,
            asymmetric_key_wrap_algorithm: algorithm(
                suite.asymmetricKeyWrapAlgorithm,
                "asymmetric_key_wrap_algorithm",
            )?,
            min_symmetric_key_length: length(suite.minSymmetricKeyLength),
            max_symmetric_key_length: length(suite.maxSymmetricKeyLength),
            min_asymmetric_key_length: length(suite.minAsymmetricKeyLength),
            max_asymmetric_key_length: length(suite.maxAsymmetricKeyLength),
        })
    }

    pub(super) unsafe fn binding_properties(
        &mut self,
        b: &WS_SECURITY_BINDING,
        binding: &At<'_>,
    ) -> Result<BindingProperties, ReadError> {
        let list = binding.field("properties");
        // SAFETY: forwarded contract.
        let entries = unsafe {
            array(
                b.properties.cast_const(),
                b.propertyCount,
                &list,
                "properties",
            )?
        };
        self.visit(entries.len(), &list)?;
        let mut out = Vec::with_capacity(entries.len());
        for (i, p) in entries.iter().enumerate() {
            let at = list.index(i);
            let id = SecurityBindingPropertyId::from_raw(p.id).map_err(|_| {
                ReadError::property(
                    &at,
                    p.id,
                    None,
                    ReadErrorKind::UnknownPropertyId {
                        enumeration: "WS_SECURITY_BINDING_PROPERTY_ID",
                    },
                )
            })?;
            let entry = Entry {
                at,
                id: p.id,
                name: id.c_name(),
                ty: binding_property_type(id),
                value: p.value,
            };
            entry.check(p.valueSize)?;
            // SAFETY: checked; readable by the contract.
            out.push(unsafe { self.binding_value(id, &entry)? });
        }
        Ok(out.into_iter().collect())
    }

    unsafe fn binding_value(
        &mut self,
        id: SecurityBindingPropertyId,
        e: &Entry<'_>,
    ) -> Result<BindingProperty, ReadError> {
        use BindingProperty as P;
        use SecurityBindingPropertyId as Id;
        // SAFETY (whole function): `e` is checked against `id`'s type.
        unsafe {
            Ok(match id {
                Id::RequireSslClientCert => P::RequireSslClientCert(e.boolean()?),
                Id::WindowsIntegratedAuthPackage => {
                    P::WindowsIntegratedAuthPackage(e.enumeration()?)
                }
                Id::RequireServerAuth => P::RequireServerAuth(e.boolean()?),
                Id::AllowAnonymousClients => P::AllowAnonymousClients(e.boolean()?),
                Id::AllowedImpersonationLevel => P::AllowedImpersonationLevel(e.enumeration()?),
                Id::HttpHeaderAuthScheme => P::HttpHeaderAuthScheme(e.flags()?),
                Id::HttpHeaderAuthTarget => P::HttpHeaderAuthTarget(e.enumeration()?),
                Id::HttpHeaderAuthBasicRealm => P::HttpHeaderAuthBasicRealm(e.string()?),
                Id::HttpHeaderAuthDigestRealm => P::HttpHeaderAuthDigestRealm(e.string()?),
                Id::HttpHeaderAuthDigestDomain => P::HttpHeaderAuthDigestDomain(e.string()?),
                Id::SecurityContextKeySize => P::SecurityContextKeySize(e.read::<u32>()),
                Id::SecurityContextKeyEntropyMode => {
                    P::SecurityContextKeyEntropyMode(e.enumeration()?)
                }
                Id::MessageProperties => P::MessageProperties(self.message_properties(e)?),
                Id::SecurityContextMaxPendingContexts => {
                    P::SecurityContextMaxPendingContexts(e.read::<u32>())
                }
                Id::SecurityContextMaxActiveContexts => {
                    P::SecurityContextMaxActiveContexts(e.read::<u32>())
                }
                Id::SecureConversationVersion => P::SecureConversationVersion(e.enumeration()?),
                Id::SecurityContextSupportRenew => P::SecurityContextSupportRenew(e.boolean()?),
                Id::SecurityContextRenewalInterval => {
                    P::SecurityContextRenewalInterval(e.timespan()?)
                }
                Id::SecurityContextRolloverInterval => {
                    P::SecurityContextRolloverInterval(e.timespan()?)
                }
                Id::CertFailuresToIgnore => P::CertFailuresToIgnore(e.flags()?),
                Id::DisableCertRevocationCheck => P::DisableCertRevocationCheck(e.boolean()?),
                Id::DisallowedSecureProtocols => P::DisallowedSecureProtocols(e.flags()?),
                Id::CertificateValidationCallbackContext => {
                    let context = e.read::<WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT>();
                    let (callback, state) = self
                        .callback::<CertificateValidationCallback, RawCertificateValidationCallback>(
                            context.callback,
                            context.state,
                            trampoline::VALIDATE_CERTIFICATE,
                            (&e.at, "callback", "state"),
                        )?;
                    let callback = callback
                        .ok_or_else(|| e.error(ReadErrorKind::Null { member: "callback" }))?;
                    P::CertificateValidationCallbackContext(CertificateValidationCallbackContext {
                        callback,
                        state,
                    })
                }
            })
        }
    }

    unsafe fn message_properties(&mut self, e: &Entry<'_>) -> Result<MessageProperties, ReadError> {
        // SAFETY: checked against WS_MESSAGE_PROPERTIES.
        let properties = unsafe { e.read::<WS_MESSAGE_PROPERTIES>() };
        let list = e.at.field("message_properties");
        // SAFETY: forwarded contract.
        let items = unsafe {
            array(
                properties.properties.cast_const(),
                properties.propertyCount,
                &list,
                "properties",
            )?
        };
        self.visit(items.len(), &list)?;
        let mut entries = Vec::with_capacity(items.len());
        for (i, p) in items.iter().enumerate() {
            let at = list.index(i);
            let id = MessagePropertyId::from_raw(p.id).map_err(|_| {
                ReadError::property(
                    &at,
                    p.id,
                    None,
                    ReadErrorKind::UnknownPropertyId {
                        enumeration: "WS_MESSAGE_PROPERTY_ID",
                    },
                )
            })?;
            let (c_type, size) = message_property_type(id);
            let fail = |kind| ReadError::property(&at, p.id, Some(id.c_name()), kind);
            if p.valueSize as usize != size {
                return Err(fail(ReadErrorKind::ValueSize {
                    c_type,
                    expected: size,
                    found: p.valueSize,
                }));
            }
            // Every message property type is 4 bytes, or pointers and structures of pointers.
            let align = if size % 8 == 0 { 8 } else { 4 };
            // SAFETY: `size` bytes readable by the contract once the pointer passes.
            let value = unsafe {
                object(p.value.cast_const().cast::<u8>(), &at, "value")
                    .map_err(|e| fail(e.kind))?;
                aligned(p.value, align, &at, "value").map_err(|e| fail(e.kind))?;
                std::slice::from_raw_parts(p.value.cast::<u8>(), size)
            };
            let slot = self.register(&at, MessagePropertyValue::from_bytes(value));
            entries.push((id, slot));
        }
        Ok(MessageProperties { entries })
    }
}
