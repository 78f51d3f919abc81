//! Reading back: a raw `WS_SECURITY_DESCRIPTION`, built by any code, becomes the model, so the
//! policy can judge it.

mod address;
mod error;
mod memory;
mod properties;

pub use address::read_address;
pub use error::{ReadError, ReadErrorKind};

use crate::at::At;
use crate::callback::{trampoline, CFunction};
use crate::slots::RAW_SLOT_PREFIX;
use crate::values::{CertificatePtr, OpaquePtr, XmlToken};
use crate::{
    wide, CertIssuerListNotificationCallback, GetCertCallback, PasswordValidator,
    RawCertIssuerListNotificationCallback, RawGetCertCallback, RawPasswordValidator,
    RawSamlValidator, SamlValidator,
};
use memory::{array, object, optional};
use std::any::Any;
use std::ffi::c_void;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::*;
use wws_security_policy::{Policy, Report, Runtime};

/// How deep bootstrap descriptions are followed: one level is all the rules allow (M-098), and
/// the policy itself looks no deeper than this.
pub const MAX_BOOTSTRAP_DEPTH: usize = 8;

/// How many array entries (bindings, properties, strings, certificates) one read may visit. C
/// code can share one bootstrap among many bindings, and such a graph has as many paths as its
/// bindings multiplied level by level; this bound keeps reading it short.
pub const MAX_ENTRIES: usize = 1 << 16;

/// Reads a raw description into the model and the program values it points to.
///
/// Every runtime value becomes a slot named `raw:` and its raw place
/// (`raw:bindings[1].password_validator`), registered in the returned [`Runtime`]: C callbacks as
/// `Raw*` callback values, states, tokens, certificates and identities as [`RawPtr`](crate::RawPtr)s,
/// passwords as [`SecretString`]s, message property values as
/// [`MessagePropertyValue`](crate::MessagePropertyValue)s. A callback that is a wws-security
/// trampoline comes back as the Rust callback it runs, so lowering and reading back is
/// lossless. A value C cannot tell from its absence (a binding usage of 0, an empty domain, an
/// algorithm of 0 or a key length of 0 in a suite) reads as left out.
///
/// # Errors
/// The first malformed place: a null pointer where a value is needed, an array whose pointer is
/// null while its count is not, a misaligned pointer, an unknown binding, credential or
/// authenticator type, an unknown property id, a `valueSize` that is not the size of the id's C
/// type, a value outside its C type, text that is not UTF-16, or bootstrap descriptions that
/// loop or nest deeper than [`MAX_BOOTSTRAP_DEPTH`], or more than [`MAX_ENTRIES`] array entries
/// in all. Each check happens before the memory it
/// guards is read.
///
/// # Safety
/// `description` is null or points to a `WS_SECURITY_DESCRIPTION` laid out as `webservices.h`
/// says, and every non-null, aligned pointer reachable from it, read as its C member's type,
/// points to readable memory of that type (for arrays, as many entries as their count; for a
/// binding, the structure its `bindingType` names; for a credential or authenticator, the
/// structure its type names; for a property value, `valueSize` bytes) that nothing writes
/// during the call. A callback that is one of this crate's trampolines carries the state
/// lowering gave it. These are the conditions under which WWSAPI itself may read the description.
pub unsafe fn read_description(
    description: *const WS_SECURITY_DESCRIPTION,
    side: Side,
    channel_binding: ChannelBinding,
    channel_type: Option<ChannelType>,
) -> Result<(Endpoint, Runtime), ReadError> {
    let mut reader = Reader::new();
    // SAFETY: forwarded.
    let description = unsafe { reader.description(description, &At::ROOT)? };
    let endpoint = Endpoint {
        side,
        channel_binding,
        channel_type,
        // The remote address is an argument of `WsOpenChannel`, not part of the description:
        // `read_address` reads it.
        address: None,
        description,
    };
    Ok((endpoint, reader.runtime.take().unwrap_or_default()))
}

/// Reads a raw description and validates it with `policy`: the report, or why it could not be
/// read.
///
/// # Safety
/// As [`read_description`].
pub unsafe fn check_raw(
    description: *const WS_SECURITY_DESCRIPTION,
    side: Side,
    channel_binding: ChannelBinding,
    channel_type: Option<ChannelType>,
    policy: &Policy,
) -> Result<Report, ReadError> {
    // SAFETY: forwarded.
    let (endpoint, _) =
        unsafe { read_description(description, side, channel_binding, channel_type)? };
    Ok(policy.validate(&endpoint))
}

pub(crate) struct Reader {
    /// `Runtime::with` takes the runtime by value; the option lets it move out and back without
    /// building a new one.
    runtime: Option<Runtime>,
    ancestors: [*const WS_SECURITY_DESCRIPTION; MAX_BOOTSTRAP_DEPTH],
    depth: usize,
    /// Array entries visited so far, against [`MAX_ENTRIES`].
    entries: usize,
}

impl Reader {
    fn new() -> Self {
        Reader {
            runtime: Some(Runtime::new()),
            ancestors: [std::ptr::null(); MAX_BOOTSTRAP_DEPTH],
            depth: 0,
            entries: 0,
        }
    }

    /// Counts `n` more entries about to be read at `at`.
    pub(crate) fn visit(&mut self, n: usize, at: &At<'_>) -> Result<(), ReadError> {
        self.entries += n;
        if self.entries > MAX_ENTRIES {
            return Err(ReadError::new(
                at,
                ReadErrorKind::TooManyEntries { max: MAX_ENTRIES },
            ));
        }
        Ok(())
    }

    /// Registers `value` under the raw name of `at` and returns the slot.
    pub(crate) fn register<T: Any + Send + Sync>(&mut self, at: &At<'_>, value: T) -> RuntimeSlot {
        let name = at.name_with_prefix(RAW_SLOT_PREFIX);
        let runtime = self.runtime.take().unwrap_or_default();
        self.runtime = Some(runtime.with(name.clone(), value));
        RuntimeSlot::new(name)
    }

    unsafe fn description(
        &mut self,
        raw: *const WS_SECURITY_DESCRIPTION,
        at: &At<'_>,
    ) -> Result<SecurityDescription, ReadError> {
        // SAFETY (whole function): forwarded contract; every pointer passes `memory` first.
        unsafe {
            let d = object(raw, at, "description")?;
            if self.ancestors[..self.depth].contains(&raw) {
                return Err(ReadError::new(at, ReadErrorKind::BootstrapCycle));
            }
            if self.depth == MAX_BOOTSTRAP_DEPTH {
                return Err(ReadError::new(
                    at,
                    ReadErrorKind::BootstrapTooDeep {
                        max: MAX_BOOTSTRAP_DEPTH - 1,
                    },
                ));
            }
            self.ancestors[self.depth] = raw;
            self.depth += 1;
            let result = self.description_members(d, at);
            self.depth -= 1;
            result
        }
    }

    unsafe fn description_members(
        &mut self,
        d: &WS_SECURITY_DESCRIPTION,
        at: &At<'_>,
    ) -> Result<SecurityDescription, ReadError> {
        // SAFETY: forwarded contract.
        unsafe {
            let properties = self.channel_properties(d, at)?;
            let list = at.field("bindings");
            let pointers = array(
                d.securityBindings.cast_const(),
                d.securityBindingCount,
                &list,
                "securityBindings",
            )?;
            self.visit(pointers.len(), &list)?;
            let mut bindings = Vec::with_capacity(pointers.len());
            for (i, pointer) in pointers.iter().enumerate() {
                bindings.push(self.binding(*pointer, &list.index(i))?);
            }
            Ok(SecurityDescription {
                properties,
                bindings,
            })
        }
    }

    unsafe fn binding(
        &mut self,
        raw: *const WS_SECURITY_BINDING,
        at: &At<'_>,
    ) -> Result<SecurityBinding, ReadError> {
        // SAFETY (whole function): the header is checked before the structure its type names
        // is read through the same pointer.
        unsafe {
            let header = object(raw, at, "securityBindings[i]")?;
            let properties = self.binding_properties(header, at)?;
            Ok(match header.bindingType {
                WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_SSL_TRANSPORT_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    let local_cert_credential = self.cert_credential(
                        b.localCertCredential,
                        &at.field("local_cert_credential"),
                    )?;
                    SecurityBinding::SslTransport(SslTransportBinding {
                        properties,
                        local_cert_credential,
                    })
                }
                WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    SecurityBinding::TcpSspiTransport(SspiTransportBinding {
                        properties,
                        client_credential: self.windows_credential(b.clientCredential, at)?,
                    })
                }
                WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    SecurityBinding::NamedpipeSspiTransport(SspiTransportBinding {
                        properties,
                        client_credential: self.windows_credential(b.clientCredential, at)?,
                    })
                }
                WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_HTTP_HEADER_AUTH_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
                        properties,
                        client_credential: self.windows_credential(b.clientCredential, at)?,
                    })
                }
                WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding {
                        binding_usage: usage(b.bindingUsage, at)?,
                        properties,
                        client_credential: self.windows_credential(b.clientCredential, at)?,
                    })
                }
                WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_USERNAME_MESSAGE_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    let binding_usage = usage(b.bindingUsage, at)?;
                    let client_credential = self.username_credential(b.clientCredential, at)?;
                    let (password_validator, password_validator_callback_state) =
                        self.callback::<PasswordValidator, RawPasswordValidator>(
                            b.passwordValidator,
                            b.passwordValidatorCallbackState,
                            trampoline::VALIDATE_PASSWORD,
                            (
                                at,
                                "password_validator",
                                "password_validator_callback_state",
                            ),
                        )?;
                    SecurityBinding::UsernameMessage(UsernameMessageBinding {
                        binding_usage,
                        properties,
                        client_credential,
                        password_validator,
                        password_validator_callback_state,
                    })
                }
                WS_XML_TOKEN_MESSAGE_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_XML_TOKEN_MESSAGE_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    let binding_usage = usage(b.bindingUsage, at)?;
                    let xml_token = XmlToken::new(b.xmlToken)
                        .map(|token| self.register(&at.field("xml_token"), token));
                    SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding {
                        binding_usage,
                        properties,
                        xml_token,
                    })
                }
                WS_SAML_MESSAGE_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_SAML_MESSAGE_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    let binding_usage = usage(b.bindingUsage, at)?;
                    let authenticator =
                        self.saml_authenticator(b.authenticator, &at.field("authenticator"))?;
                    SecurityBinding::SamlMessage(SamlMessageBinding {
                        binding_usage,
                        properties,
                        authenticator,
                    })
                }
                WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE => {
                    let b = object(
                        raw.cast::<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING>(),
                        at,
                        "binding",
                    )?;
                    let binding_usage = usage(b.bindingUsage, at)?;
                    let inner = b.bootstrapSecurityDescription;
                    let bootstrap_security_description = if inner.is_null() {
                        None
                    } else {
                        let at = at.field("bootstrap_security_description");
                        Some(Box::new(self.description(inner, &at)?))
                    };
                    SecurityBinding::SecurityContextMessage(SecurityContextMessageBinding {
                        binding_usage,
                        properties,
                        bootstrap_security_description,
                    })
                }
                value => {
                    return Err(ReadError::new(
                        at,
                        ReadErrorKind::UnknownBindingType { value },
                    ))
                }
            })
        }
    }

    unsafe fn cert_credential(
        &mut self,
        raw: *const WS_CERT_CREDENTIAL,
        at: &At<'_>,
    ) -> Result<Option<CertCredential>, ReadError> {
        // SAFETY (whole function): the header is checked, then the structure its type names is
        // read through the same pointer (a reference to the header covers the header only).
        unsafe {
            let Some(header) = optional(raw, at, "localCertCredential")? else {
                return Ok(None);
            };
            Ok(Some(match header.credentialType {
                WS_SUBJECT_NAME_CERT_CREDENTIAL_TYPE => {
                    let c = object(
                        raw.cast::<WS_SUBJECT_NAME_CERT_CREDENTIAL>(),
                        at,
                        "localCertCredential",
                    )?;
                    CertCredential::SubjectName {
                        store_location: store_location(c.storeLocation, at)?,
                        store_name: text(&c.storeName, &at.field("store_name"))?,
                        subject_name: text(&c.subjectName, &at.field("subject_name"))?,
                    }
                }
                WS_THUMBPRINT_CERT_CREDENTIAL_TYPE => {
                    let c = object(
                        raw.cast::<WS_THUMBPRINT_CERT_CREDENTIAL>(),
                        at,
                        "localCertCredential",
                    )?;
                    CertCredential::Thumbprint {
                        store_location: store_location(c.storeLocation, at)?,
                        store_name: text(&c.storeName, &at.field("store_name"))?,
                        thumbprint: text(&c.thumbprint, &at.field("thumbprint"))?,
                    }
                }
                WS_CUSTOM_CERT_CREDENTIAL_TYPE => {
                    let c = object(
                        raw.cast::<WS_CUSTOM_CERT_CREDENTIAL>(),
                        at,
                        "localCertCredential",
                    )?;
                    let (get_cert_callback, get_cert_callback_state) = self
                        .callback::<GetCertCallback, RawGetCertCallback>(
                            c.getCertCallback,
                            c.getCertCallbackState,
                            trampoline::GET_CERT,
                            (at, "get_cert_callback", "get_cert_callback_state"),
                        )?;
                    let get_cert_callback = get_cert_callback.ok_or_else(|| {
                        ReadError::new(
                            &at.field("get_cert_callback"),
                            ReadErrorKind::Null {
                                member: "getCertCallback",
                            },
                        )
                    })?;
                    let (
                        cert_issuer_list_notification_callback,
                        cert_issuer_list_notification_callback_state,
                    ) = self.callback::<CertIssuerListNotificationCallback, RawCertIssuerListNotificationCallback>(
                        c.certIssuerListNotificationCallback,
                        c.certIssuerListNotificationCallbackState,
                        trampoline::NOTIFY_ISSUER_LIST,
                        (
                            at,
                            "cert_issuer_list_notification_callback",
                            "cert_issuer_list_notification_callback_state",
                        ),
                    )?;
                    CertCredential::Custom {
                        get_cert_callback,
                        get_cert_callback_state,
                        cert_issuer_list_notification_callback,
                        cert_issuer_list_notification_callback_state,
                    }
                }
                value => {
                    return Err(ReadError::new(
                        at,
                        ReadErrorKind::UnknownType {
                            c_type: "WS_CERT_CREDENTIAL_TYPE",
                            value: value.into(),
                        },
                    ))
                }
            }))
        }
    }

    unsafe fn windows_credential(
        &mut self,
        raw: *const WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL,
        binding: &At<'_>,
    ) -> Result<Option<WindowsIntegratedAuthCredential>, ReadError> {
        let at = binding.field("client_credential");
        // SAFETY (whole function): the header is checked, then the structure its type names.
        unsafe {
            let Some(header) = optional(raw, &at, "clientCredential")? else {
                return Ok(None);
            };
            Ok(Some(match header.credentialType {
                WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE => {
                    let c = object(
                        raw.cast::<WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL>(),
                        &at,
                        "clientCredential",
                    )?;
                    let username = text(&c.username, &at.field("username"))?;
                    let password = self.password(&c.password, &at.field("password"))?;
                    let domain = text(&c.domain, &at.field("domain"))?;
                    WindowsIntegratedAuthCredential::String {
                        username,
                        password,
                        domain: (!domain.is_empty()).then_some(domain),
                    }
                }
                WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE => {
                    WindowsIntegratedAuthCredential::Default
                }
                WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE => {
                    let c = object(
                        raw.cast::<WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL>(),
                        &at,
                        "clientCredential",
                    )?;
                    let at = at.field("opaque_auth_identity");
                    let identity = OpaquePtr::new(c.opaqueAuthIdentity).ok_or_else(|| {
                        ReadError::new(
                            &at,
                            ReadErrorKind::Null {
                                member: "opaqueAuthIdentity",
                            },
                        )
                    })?;
                    WindowsIntegratedAuthCredential::Opaque {
                        opaque_auth_identity: self.register(&at, identity),
                    }
                }
                value => {
                    return Err(ReadError::new(
                        &at,
                        ReadErrorKind::UnknownType {
                            c_type: "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE",
                            value: value.into(),
                        },
                    ))
                }
            }))
        }
    }

    unsafe fn username_credential(
        &mut self,
        raw: *const WS_USERNAME_CREDENTIAL,
        binding: &At<'_>,
    ) -> Result<Option<UsernameCredential>, ReadError> {
        let at = binding.field("client_credential");
        // SAFETY: the header is checked, then the structure its type names.
        unsafe {
            let Some(header) = optional(raw, &at, "clientCredential")? else {
                return Ok(None);
            };
            match header.credentialType {
                WS_STRING_USERNAME_CREDENTIAL_TYPE => {
                    let c = object(
                        raw.cast::<WS_STRING_USERNAME_CREDENTIAL>(),
                        &at,
                        "clientCredential",
                    )?;
                    Ok(Some(UsernameCredential::String {
                        username: text(&c.username, &at.field("username"))?,
                        password: self.password(&c.password, &at.field("password"))?,
                    }))
                }
                value => Err(ReadError::new(
                    &at,
                    ReadErrorKind::UnknownType {
                        c_type: "WS_USERNAME_CREDENTIAL_TYPE",
                        value: value.into(),
                    },
                )),
            }
        }
    }

    unsafe fn saml_authenticator(
        &mut self,
        raw: *const WS_SAML_AUTHENTICATOR,
        at: &At<'_>,
    ) -> Result<Option<SamlAuthenticator>, ReadError> {
        // SAFETY (whole function): the header is checked, then the structure its type names.
        unsafe {
            let Some(header) = optional(raw, at, "authenticator")? else {
                return Ok(None);
            };
            if header.authenticatorType != WS_CERT_SIGNED_SAML_AUTHENTICATOR_TYPE {
                return Err(ReadError::new(
                    at,
                    ReadErrorKind::UnknownType {
                        c_type: "WS_SAML_AUTHENTICATOR_TYPE",
                        value: header.authenticatorType.into(),
                    },
                ));
            }
            let a = object(
                raw.cast::<WS_CERT_SIGNED_SAML_AUTHENTICATOR>(),
                at,
                "authenticator",
            )?;
            let list = at.field("trusted_issuer_certs");
            let certs = array(
                a.trustedIssuerCerts,
                a.trustedIssuerCertCount,
                &list,
                "trustedIssuerCerts",
            )?;
            self.visit(certs.len(), &list)?;
            let mut trusted_issuer_certs = Vec::with_capacity(certs.len());
            for (i, cert) in certs.iter().enumerate() {
                let at = list.index(i);
                let cert = CertificatePtr::from_const(*cert).ok_or_else(|| {
                    ReadError::new(
                        &at,
                        ReadErrorKind::Null {
                            member: "trustedIssuerCerts[i]",
                        },
                    )
                })?;
                trusted_issuer_certs.push(self.register(&at, cert));
            }
            let decryption_cert = CertificatePtr::from_const(a.decryptionCert)
                .map(|cert| self.register(&at.field("decryption_cert"), cert));
            let (saml_validator, saml_validator_callback_state) = self
                .callback::<SamlValidator, RawSamlValidator>(
                    a.samlValidator,
                    a.samlValidatorCallbackState,
                    trampoline::VALIDATE_SAML,
                    (at, "saml_validator", "saml_validator_callback_state"),
                )?;
            Ok(Some(SamlAuthenticator::CertSigned {
                trusted_issuer_certs,
                decryption_cert,
                saml_validator,
                saml_validator_callback_state,
            }))
        }
    }

    /// A callback and its state as slots. Our own trampoline gives back the Rust callback its
    /// state points to; any other function is a C callback with an opaque state.
    ///
    /// # Safety
    /// A trampoline's non-null state points to the `R` lowering stored.
    pub(crate) unsafe fn callback<R, C>(
        &mut self,
        function: Option<C::Fn>,
        state: *mut c_void,
        ours: C::Fn,
        (at, callback_key, state_key): (&At<'_>, &'static str, &'static str),
    ) -> Result<(Option<RuntimeSlot>, Option<RuntimeSlot>), ReadError>
    where
        R: Any + Send + Sync + Clone,
        C: CFunction,
    {
        let callback_at = at.field(callback_key);
        let state_at = at.field(state_key);
        let callback = match function {
            Some(f) if C::address_of(f) == C::address_of(ours) => {
                // SAFETY: by the contract a trampoline's state is the `R` lowering stored.
                let rust = unsafe { object(state.cast_const().cast::<R>(), &state_at, state_key) }
                    .map_err(|e| match e.kind {
                        ReadErrorKind::Null { .. } => {
                            ReadError::new(&state_at, ReadErrorKind::TrampolineWithoutState)
                        }
                        _ => e,
                    })?
                    .clone();
                return Ok((Some(self.register(&callback_at, rust)), None));
            }
            Some(f) => Some(self.register(&callback_at, C::from_function(f))),
            None => None,
        };
        let state = OpaquePtr::new(state).map(|state| self.register(&state_at, state));
        Ok((callback, state))
    }

    fn password(&mut self, s: &WS_STRING, at: &At<'_>) -> Result<Secret, ReadError> {
        // SAFETY: part of a structure the caller vouched for.
        let units = unsafe { wide::units(s) }.map_err(|e| bad_string(e, at, "password"))?;
        let secret = wide::decode_secret(units).map_err(|e| bad_string(e, at, "password"))?;
        Ok(Secret::Runtime(self.register(at, secret)))
    }
}

/// The text of a `WS_STRING` member.
pub(crate) fn text(s: &WS_STRING, at: &At<'_>) -> Result<String, ReadError> {
    // SAFETY: part of a structure the caller vouched for.
    let units = unsafe { wide::units(s) }.map_err(|e| bad_string(e, at, "chars"))?;
    wide::decode(units).map_err(|e| bad_string(e, at, "chars"))
}

pub(crate) fn bad_string(e: wide::BadString, at: &At<'_>, member: &'static str) -> ReadError {
    let kind = match e {
        wide::BadString::Null { length } => ReadErrorKind::NullArray {
            member,
            count: length,
        },
        wide::BadString::Misaligned { address } => ReadErrorKind::Misaligned {
            member,
            address,
            align: std::mem::align_of::<u16>(),
        },
        wide::BadString::NotUtf16 => ReadErrorKind::NotUtf16,
    };
    ReadError::new(at, kind)
}

fn usage(raw: i32, binding: &At<'_>) -> Result<Option<MessageSecurityUsage>, ReadError> {
    if raw == 0 {
        return Ok(None);
    }
    MessageSecurityUsage::from_raw(raw).map(Some).map_err(|_| {
        ReadError::new(
            &binding.field("binding_usage"),
            ReadErrorKind::InvalidValue {
                c_type: "WS_MESSAGE_SECURITY_USAGE",
                value: raw.into(),
            },
        )
    })
}

fn store_location(raw: u32, credential: &At<'_>) -> Result<CertStoreLocation, ReadError> {
    CertStoreLocation::from_raw(raw).map_err(|_| {
        ReadError::new(
            &credential.field("store_location"),
            ReadErrorKind::InvalidValue {
                c_type: "CERT_SYSTEM_STORE_LOCATION",
                value: raw.into(),
            },
        )
    })
}
