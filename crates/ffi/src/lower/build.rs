//! Builds the graph in place. Every allocation is linked into its parent as soon as it exists,
//! with its own members still zero, so a graph abandoned half way (a `LowerError`) is a valid
//! graph that `free` takes apart: nothing leaks and nothing is freed twice.

use super::{LowerError, LowerErrorKind};
use crate::at::At;
use crate::callback::{trampoline, CFunction};
use crate::ctype::{binding_property_type, channel_property_type, message_property_type};
use crate::slots::SlotKind;
use crate::values::{CertificatePtr, MessagePropertyValue, OpaquePtr, XmlToken};
use crate::{
    alloc, wide, CertIssuerListNotificationCallback, CertificateValidationCallback,
    GetCertCallback, PasswordValidator, RawCertIssuerListNotificationCallback,
    RawCertificateValidationCallback, RawGetCertCallback, RawPasswordValidator, RawSamlValidator,
    SamlValidator,
};
use std::any::Any;
use std::ffi::c_void;
use std::ptr::null_mut;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use windows_sys::Win32::Security::Cryptography::CERT_CONTEXT;
use wws_security_model::{
    BindingProperties, BindingProperty, CEnum, CertCredential, ChannelProperties, ChannelProperty,
    FlagSet, MessageProperties, PropertyBag, PropertyEntry, RuntimeSlot, SamlAuthenticator, Secret,
    SecretString, SecurityBinding, SecurityDescription, UsernameCredential,
    WindowsIntegratedAuthCredential,
};
use wws_security_policy::Runtime;
use zeroize::Zeroizing;

/// Builds graphs with the program's values from one runtime.
pub(crate) struct Builder<'r> {
    runtime: &'r Runtime,
}

/// A function pointer and the state pointer that goes with it.
type Callback<F> = (Option<F>, *mut c_void);

/// The slot resolved: a Rust closure (cloned into the graph) or a C function.
enum Resolved<R, C> {
    Rust(R),
    C(C),
}

impl<'r> Builder<'r> {
    pub(crate) fn new(runtime: &'r Runtime) -> Self {
        Builder { runtime }
    }

    /// Fills `raw`, a zeroed description owned by the graph.
    ///
    /// # Safety
    /// `raw` is a live, zeroed description of a graph being built by this module.
    pub(crate) unsafe fn description(
        &self,
        raw: *mut WS_SECURITY_DESCRIPTION,
        description: &SecurityDescription,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let properties = at.field("properties");
        // SAFETY: forwarded contract: both members are live and zero.
        unsafe {
            self.security_properties(
                &raw mut (*raw).properties,
                &raw mut (*raw).propertyCount,
                &description.properties,
                &properties,
            )?
        };
        let (bindings, count) = alloc::array(description.bindings.len(), null_mut());
        // SAFETY: `raw` is live; the count matches the array.
        unsafe {
            (*raw).securityBindings = bindings;
            (*raw).securityBindingCount = count as u32;
        }
        let list = at.field("bindings");
        for (i, binding) in description.bindings.iter().enumerate() {
            // SAFETY: `i < count`; the entry is null until the binding is linked.
            unsafe { self.binding(bindings.add(i), binding, &list.index(i))? };
        }
        Ok(())
    }

    /// A `WS_SECURITY_PROPERTY` array (of a description, or of a template's
    /// `securityProperties`) linked into `entries` and `count`.
    ///
    /// # Safety
    /// `entries` and `count` are live, zeroed members of a graph being built by this crate.
    pub(crate) unsafe fn security_properties(
        &self,
        entries: *mut *mut WS_SECURITY_PROPERTY,
        count: *mut u32,
        bag: &ChannelProperties,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let empty = WS_SECURITY_PROPERTY {
            id: 0,
            value: null_mut(),
            valueSize: 0,
        };
        let fill = |entry: *mut WS_SECURITY_PROPERTY, property: &ChannelProperty| {
            let id = property.id();
            // SAFETY: `entry` is a live entry of the array; the id goes in first so `free`
            // knows the value's type.
            unsafe {
                (*entry).id = id.to_raw();
                (*entry).valueSize = channel_property_type(id).size() as u32;
                (*entry).value = self.channel_value(property, &at.field(id.name()))?;
            }
            Ok(())
        };
        // SAFETY: forwarded contract.
        unsafe { property_array(entries, count, bag, empty, fill) }
    }

    /// A complete value. Only strings can fail, and the one value made of several allocations
    /// (the service identities) is linked before its strings are made.
    fn channel_value(
        &self,
        property: &ChannelProperty,
        at: &At<'_>,
    ) -> Result<*mut c_void, LowerError> {
        Ok(match property {
            ChannelProperty::TransportProtectionLevel(v) => enumeration(*v),
            ChannelProperty::AlgorithmSuite(suite) => {
                let algorithm =
                    |a: Option<wws_security_model::SecurityAlgorithmId>| a.map_or(0, CEnum::to_raw);
                alloc::new(WS_SECURITY_ALGORITHM_SUITE {
                    canonicalizationAlgorithm: algorithm(suite.canonicalization_algorithm),
                    digestAlgorithm: algorithm(suite.digest_algorithm),
                    symmetricSignatureAlgorithm: algorithm(suite.symmetric_signature_algorithm),
                    asymmetricSignatureAlgorithm: algorithm(suite.asymmetric_signature_algorithm),
                    encryptionAlgorithm: algorithm(suite.encryption_algorithm),
                    keyDerivationAlgorithm: algorithm(suite.key_derivation_algorithm),
                    symmetricKeyWrapAlgorithm: algorithm(suite.symmetric_key_wrap_algorithm),
                    asymmetricKeyWrapAlgorithm: algorithm(suite.asymmetric_key_wrap_algorithm),
                    minSymmetricKeyLength: suite.min_symmetric_key_length.unwrap_or(0),
                    maxSymmetricKeyLength: suite.max_symmetric_key_length.unwrap_or(0),
                    minAsymmetricKeyLength: suite.min_asymmetric_key_length.unwrap_or(0),
                    maxAsymmetricKeyLength: suite.max_asymmetric_key_length.unwrap_or(0),
                    properties: null_mut(),
                    propertyCount: 0,
                })
                .cast()
            }
            ChannelProperty::AlgorithmSuiteName(v) => enumeration(*v),
            ChannelProperty::MaxAllowedLatency(t)
            | ChannelProperty::TimestampValidityDuration(t)
            | ChannelProperty::MaxAllowedClockSkew(t) => {
                alloc::new(WS_TIMESPAN { ticks: t.ticks() }).cast()
            }
            ChannelProperty::TimestampUsage(v) => enumeration(*v),
            ChannelProperty::SecurityHeaderLayout(v) => enumeration(*v),
            ChannelProperty::SecurityHeaderVersion(v) => enumeration(*v),
            ChannelProperty::ExtendedProtectionPolicy(v) => enumeration(*v),
            ChannelProperty::ExtendedProtectionScenario(v) => enumeration(*v),
            ChannelProperty::ServiceIdentities(names) => {
                // Every string is checked before anything is allocated, so a failure leaves
                // nothing half built.
                if let Some(i) = names
                    .iter()
                    .position(|n| n.encode_utf16().nth(u32::MAX as usize).is_some())
                {
                    return Err(LowerError::new(
                        at.index(i).to_path(),
                        LowerErrorKind::TooLong,
                    ));
                }
                let (array, count) = alloc::array(names.len(), wide::EMPTY);
                for (i, name) in names.iter().enumerate() {
                    let s = string(name, &at.index(i))?;
                    // SAFETY: `i < count`.
                    unsafe { *array.add(i) = s };
                }
                alloc::new(WS_SERVICE_SECURITY_IDENTITIES {
                    serviceIdentities: array,
                    serviceIdentityCount: count as u32,
                })
                .cast()
            }
        })
    }

    /// A `WS_SECURITY_BINDING_PROPERTY` array (of a binding, or of a template's
    /// `securityBindingProperties`) linked into `entries` and `count`.
    ///
    /// # Safety
    /// `entries` and `count` are live, zeroed members of a graph being built by this crate.
    pub(crate) unsafe fn binding_properties(
        &self,
        entries: *mut *mut WS_SECURITY_BINDING_PROPERTY,
        count: *mut u32,
        bag: &BindingProperties,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let empty = WS_SECURITY_BINDING_PROPERTY {
            id: 0,
            value: null_mut(),
            valueSize: 0,
        };
        let fill = |entry: *mut WS_SECURITY_BINDING_PROPERTY, property: &BindingProperty| {
            let id = property.id();
            // SAFETY: `entry` is a live entry of the array; the id goes in first so `free`
            // knows the value's type.
            unsafe {
                (*entry).id = id.to_raw();
                (*entry).valueSize = binding_property_type(id).size() as u32;
                self.binding_value(entry, property, &at.field(id.name()))
            }
        };
        // SAFETY: forwarded contract.
        unsafe { property_array(entries, count, bag, empty, fill) }
    }

    /// The properties of a binding structure, whose header holds the array.
    ///
    /// # Safety
    /// `binding` is a live binding header of a graph being built, its properties still zero.
    unsafe fn header_properties(
        &self,
        binding: *mut WS_SECURITY_BINDING,
        bag: &BindingProperties,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        // SAFETY: forwarded contract.
        unsafe {
            self.binding_properties(
                &raw mut (*binding).properties,
                &raw mut (*binding).propertyCount,
                bag,
                at,
            )
        }
    }

    /// Sets `entry.value`; compound values are linked before their parts are built.
    unsafe fn binding_value(
        &self,
        entry: *mut WS_SECURITY_BINDING_PROPERTY,
        property: &BindingProperty,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let value: *mut c_void = match property {
            BindingProperty::RequireSslClientCert(b)
            | BindingProperty::RequireServerAuth(b)
            | BindingProperty::AllowAnonymousClients(b)
            | BindingProperty::SecurityContextSupportRenew(b)
            | BindingProperty::DisableCertRevocationCheck(b) => boolean(*b),
            BindingProperty::WindowsIntegratedAuthPackage(v) => enumeration(*v),
            BindingProperty::AllowedImpersonationLevel(v) => enumeration(*v),
            BindingProperty::HttpHeaderAuthScheme(set) => flags(set),
            BindingProperty::HttpHeaderAuthTarget(v) => enumeration(*v),
            BindingProperty::HttpHeaderAuthBasicRealm(s)
            | BindingProperty::HttpHeaderAuthDigestRealm(s)
            | BindingProperty::HttpHeaderAuthDigestDomain(s) => alloc::new(string(s, at)?).cast(),
            BindingProperty::SecurityContextKeySize(n)
            | BindingProperty::SecurityContextMaxPendingContexts(n)
            | BindingProperty::SecurityContextMaxActiveContexts(n) => alloc::new(*n).cast(),
            BindingProperty::SecurityContextKeyEntropyMode(v) => enumeration(*v),
            BindingProperty::SecureConversationVersion(v) => enumeration(*v),
            BindingProperty::SecurityContextRenewalInterval(t)
            | BindingProperty::SecurityContextRolloverInterval(t) => {
                alloc::new(WS_TIMESPAN { ticks: t.ticks() }).cast()
            }
            BindingProperty::CertFailuresToIgnore(set) => flags(set),
            BindingProperty::DisallowedSecureProtocols(set) => flags(set),
            BindingProperty::MessageProperties(properties) => {
                let node = alloc::new(WS_MESSAGE_PROPERTIES::default());
                // SAFETY: `entry` is live; linked before it is filled.
                unsafe {
                    (*entry).value = node.cast();
                    return self.message_properties(node, properties, at);
                }
            }
            BindingProperty::CertificateValidationCallbackContext(context) => {
                let node = alloc::new(WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT::default());
                // SAFETY: `entry` is live; linked before it is filled.
                unsafe { (*entry).value = node.cast() };
                let (callback, state) = self
                    .callback::<CertificateValidationCallback, RawCertificateValidationCallback>(
                        Some(&context.callback),
                        context.state.as_ref(),
                        SlotKind::CertificateValidationCallback,
                        (at, "callback", "state"),
                        trampoline::VALIDATE_CERTIFICATE,
                    )?;
                // SAFETY: `node` is live.
                unsafe {
                    (*node).callback = callback;
                    (*node).state = state;
                }
                return Ok(());
            }
        };
        // SAFETY: `entry` is live.
        unsafe { (*entry).value = value };
        Ok(())
    }

    unsafe fn message_properties(
        &self,
        node: *mut WS_MESSAGE_PROPERTIES,
        properties: &MessageProperties,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let empty = WS_MESSAGE_PROPERTY {
            id: 0,
            value: null_mut(),
            valueSize: 0,
        };
        let (entries, count) = alloc::array(properties.entries.len(), empty);
        // SAFETY: `node` is live.
        unsafe {
            (*node).properties = entries;
            (*node).propertyCount = count as u32;
        }
        for (i, (id, slot)) in properties.entries.iter().enumerate() {
            let at = at.field(id.name());
            let value: &MessagePropertyValue =
                self.slot(slot, SlotKind::MessageProperty(*id), &at)?;
            let (c_type, size) = message_property_type(*id);
            if value.size() != size {
                return Err(LowerError::new(
                    at.to_path(),
                    LowerErrorKind::MessagePropertySize {
                        slot: slot.name().to_owned(),
                        c_type,
                        expected: size,
                        found: value.size(),
                    },
                ));
            }
            let words = value.words();
            let (copy, _) = alloc::array(words.len(), 0_u64);
            // SAFETY: `copy` holds `words.len()` words; `i < count`.
            unsafe {
                std::ptr::copy_nonoverlapping(words.as_ptr(), copy, words.len());
                *entries.add(i) = WS_MESSAGE_PROPERTY {
                    id: id.to_raw(),
                    value: copy.cast(),
                    valueSize: size as u32,
                };
            }
        }
        Ok(())
    }

    /// Allocates the binding's structure, links it into `slot`, then fills it.
    unsafe fn binding(
        &self,
        slot: *mut *mut WS_SECURITY_BINDING,
        binding: &SecurityBinding,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let binding_type = binding.binding_type().to_raw();
        let header = WS_SECURITY_BINDING {
            bindingType: binding_type,
            properties: null_mut(),
            propertyCount: 0,
        };
        // Each structure starts with its WS_SECURITY_BINDING header; the pointer to the whole
        // allocation is the pointer to the header.
        macro_rules! link {
            ($ty:ident { $($field:ident: $value:expr),* $(,)? }) => {{
                let node = alloc::new($ty { binding: header, $($field: $value,)* ..Default::default() });
                // SAFETY: `slot` is a live, null entry of the bindings array.
                unsafe { *slot = node.cast() };
                node
            }};
        }
        let properties = at.field("properties");
        match binding {
            SecurityBinding::SslTransport(b) => {
                let node = link!(WS_SSL_TRANSPORT_SECURITY_BINDING {});
                // SAFETY: `node` is live and linked.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    if let Some(credential) = &b.local_cert_credential {
                        self.cert_credential(
                            &mut (*node).localCertCredential,
                            credential,
                            &at.field("local_cert_credential"),
                        )?;
                    }
                }
            }
            SecurityBinding::TcpSspiTransport(b) => {
                let node = link!(WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING {});
                // SAFETY: as above.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    self.windows_credential(
                        &mut (*node).clientCredential,
                        b.client_credential.as_ref(),
                        &at.field("client_credential"),
                    )?;
                }
            }
            SecurityBinding::NamedpipeSspiTransport(b) => {
                let node = link!(WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING {});
                // SAFETY: as above.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    self.windows_credential(
                        &mut (*node).clientCredential,
                        b.client_credential.as_ref(),
                        &at.field("client_credential"),
                    )?;
                }
            }
            SecurityBinding::HttpHeaderAuth(b) => {
                let node = link!(WS_HTTP_HEADER_AUTH_SECURITY_BINDING {});
                // SAFETY: as above.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    self.windows_credential(
                        &mut (*node).clientCredential,
                        b.client_credential.as_ref(),
                        &at.field("client_credential"),
                    )?;
                }
            }
            SecurityBinding::KerberosApreqMessage(b) => {
                let node = link!(WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING {
                    bindingUsage: usage(b.binding_usage),
                });
                // SAFETY: as above.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    self.windows_credential(
                        &mut (*node).clientCredential,
                        b.client_credential.as_ref(),
                        &at.field("client_credential"),
                    )?;
                }
            }
            SecurityBinding::UsernameMessage(b) => {
                let node = link!(WS_USERNAME_MESSAGE_SECURITY_BINDING {
                    bindingUsage: usage(b.binding_usage),
                });
                // SAFETY: as above.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    self.username_credential(
                        &mut (*node).clientCredential,
                        b.client_credential.as_ref(),
                        &at.field("client_credential"),
                    )?;
                    let (validator, state) = self.password_validator(
                        b.password_validator.as_ref(),
                        b.password_validator_callback_state.as_ref(),
                        at,
                    )?;
                    (*node).passwordValidator = validator;
                    (*node).passwordValidatorCallbackState = state;
                }
            }
            SecurityBinding::XmlTokenMessage(b) => {
                let node = link!(WS_XML_TOKEN_MESSAGE_SECURITY_BINDING {
                    bindingUsage: usage(b.binding_usage),
                });
                // SAFETY: as above.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    if let Some(token) = &b.xml_token {
                        let token: &XmlToken =
                            self.slot(token, SlotKind::XmlToken, &at.field("xml_token"))?;
                        (*node).xmlToken = token.as_ptr();
                    }
                }
            }
            SecurityBinding::SamlMessage(b) => {
                let node = link!(WS_SAML_MESSAGE_SECURITY_BINDING {
                    bindingUsage: usage(b.binding_usage),
                });
                // SAFETY: as above.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    if let Some(authenticator) = &b.authenticator {
                        self.saml_authenticator(
                            &mut (*node).authenticator,
                            authenticator,
                            &at.field("authenticator"),
                        )?;
                    }
                }
            }
            SecurityBinding::SecurityContextMessage(b) => {
                let node = link!(WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING {
                    bindingUsage: usage(b.binding_usage),
                });
                // SAFETY: as above.
                unsafe {
                    self.header_properties(node.cast(), &b.properties, &properties)?;
                    if let Some(bootstrap) = &b.bootstrap_security_description {
                        let inner = alloc::new(WS_SECURITY_DESCRIPTION::default());
                        (*node).bootstrapSecurityDescription = inner;
                        self.description(
                            inner,
                            bootstrap,
                            &at.field("bootstrap_security_description"),
                        )?;
                    }
                }
            }
        }
        Ok(())
    }

    /// A username credential linked into `member`, which stays null for `None`.
    ///
    /// # Safety
    /// `member` is a live, null member of a graph being built by this crate.
    pub(crate) unsafe fn username_credential(
        &self,
        member: *mut *mut WS_USERNAME_CREDENTIAL,
        credential: Option<&UsernameCredential>,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let Some(UsernameCredential::String { username, password }) = credential else {
            return Ok(());
        };
        let node = alloc::new(WS_STRING_USERNAME_CREDENTIAL {
            credential: WS_USERNAME_CREDENTIAL {
                credentialType: WS_STRING_USERNAME_CREDENTIAL_TYPE,
            },
            username: wide::EMPTY,
            password: wide::EMPTY,
        });
        // SAFETY: `member` is live; `node` is linked before it is filled.
        unsafe {
            *member = node.cast();
            (*node).username = string(username, &at.field("username"))?;
            (*node).password = self.password(password, &at.field("password"))?;
        }
        Ok(())
    }

    /// The password validator of a username binding (or its template) at `binding`, and its
    /// state; the caller links both at once.
    pub(crate) fn password_validator(
        &self,
        validator: Option<&RuntimeSlot>,
        state: Option<&RuntimeSlot>,
        binding: &At<'_>,
    ) -> Result<Callback<crate::PasswordValidatorFn>, LowerError> {
        self.callback::<PasswordValidator, RawPasswordValidator>(
            validator,
            state,
            SlotKind::PasswordValidator,
            (
                binding,
                "password_validator",
                "password_validator_callback_state",
            ),
            trampoline::VALIDATE_PASSWORD,
        )
    }

    /// A certificate credential linked into `member`.
    ///
    /// # Safety
    /// `member` is a live, null member of a graph being built by this crate.
    pub(crate) unsafe fn cert_credential(
        &self,
        member: *mut *mut WS_CERT_CREDENTIAL,
        credential: &CertCredential,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let header = WS_CERT_CREDENTIAL {
            credentialType: credential.credential_type().to_raw(),
        };
        match credential {
            CertCredential::SubjectName {
                store_location,
                store_name,
                subject_name,
            } => {
                let node = alloc::new(WS_SUBJECT_NAME_CERT_CREDENTIAL {
                    credential: header,
                    storeLocation: store_location.to_raw(),
                    storeName: wide::EMPTY,
                    subjectName: wide::EMPTY,
                });
                // SAFETY: `member` is a live null member; `node` is linked before it is filled.
                unsafe {
                    *member = node.cast();
                    (*node).storeName = string(store_name, &at.field("store_name"))?;
                    (*node).subjectName = string(subject_name, &at.field("subject_name"))?;
                }
            }
            CertCredential::Thumbprint {
                store_location,
                store_name,
                thumbprint,
            } => {
                let node = alloc::new(WS_THUMBPRINT_CERT_CREDENTIAL {
                    credential: header,
                    storeLocation: store_location.to_raw(),
                    storeName: wide::EMPTY,
                    thumbprint: wide::EMPTY,
                });
                // SAFETY: as above.
                unsafe {
                    *member = node.cast();
                    (*node).storeName = string(store_name, &at.field("store_name"))?;
                    (*node).thumbprint = string(thumbprint, &at.field("thumbprint"))?;
                }
            }
            CertCredential::Custom {
                get_cert_callback,
                get_cert_callback_state,
                cert_issuer_list_notification_callback,
                cert_issuer_list_notification_callback_state,
            } => {
                let node = alloc::new(WS_CUSTOM_CERT_CREDENTIAL {
                    credential: header,
                    ..Default::default()
                });
                // SAFETY: as above.
                unsafe { *member = node.cast() };
                let (get, get_state) = self.callback::<GetCertCallback, RawGetCertCallback>(
                    Some(get_cert_callback),
                    get_cert_callback_state.as_ref(),
                    SlotKind::GetCertCallback,
                    (at, "get_cert_callback", "get_cert_callback_state"),
                    trampoline::GET_CERT,
                )?;
                // SAFETY: `node` is live; each pair is stored as soon as it exists.
                unsafe {
                    (*node).getCertCallback = get;
                    (*node).getCertCallbackState = get_state;
                }
                let (notify, notify_state) = self.callback::<CertIssuerListNotificationCallback, RawCertIssuerListNotificationCallback>(
                    cert_issuer_list_notification_callback.as_ref(),
                    cert_issuer_list_notification_callback_state.as_ref(),
                    SlotKind::CertIssuerListNotificationCallback,
                    (
                        at,
                        "cert_issuer_list_notification_callback",
                        "cert_issuer_list_notification_callback_state",
                    ),
                    trampoline::NOTIFY_ISSUER_LIST,
                )?;
                // SAFETY: as above.
                unsafe {
                    (*node).certIssuerListNotificationCallback = notify;
                    (*node).certIssuerListNotificationCallbackState = notify_state;
                }
            }
        }
        Ok(())
    }

    /// A Windows credential linked into `member`, which stays null for `None`; `at` is the
    /// credential's place.
    ///
    /// # Safety
    /// `member` is a live, null member of a graph being built by this crate.
    pub(crate) unsafe fn windows_credential(
        &self,
        member: *mut *mut WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL,
        credential: Option<&WindowsIntegratedAuthCredential>,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let Some(credential) = credential else {
            return Ok(());
        };
        let header = WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
            credentialType: credential.credential_type().to_raw(),
        };
        match credential {
            WindowsIntegratedAuthCredential::String {
                username,
                password,
                domain,
            } => {
                let node = alloc::new(WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
                    credential: header,
                    username: wide::EMPTY,
                    password: wide::EMPTY,
                    domain: wide::EMPTY,
                });
                // SAFETY: `member` is a live null member; `node` is linked before it is filled.
                unsafe {
                    *member = node.cast();
                    (*node).username = string(username, &at.field("username"))?;
                    (*node).password = self.password(password, &at.field("password"))?;
                    if let Some(domain) = domain {
                        (*node).domain = string(domain, &at.field("domain"))?;
                    }
                }
            }
            WindowsIntegratedAuthCredential::Default => {
                let node = alloc::new(WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
                    credential: header,
                });
                // SAFETY: as above.
                unsafe { *member = node.cast() };
            }
            WindowsIntegratedAuthCredential::Opaque {
                opaque_auth_identity,
            } => {
                let at = at.field("opaque_auth_identity");
                let identity: &OpaquePtr =
                    self.slot(opaque_auth_identity, SlotKind::OpaqueAuthIdentity, &at)?;
                let node = alloc::new(WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
                    credential: header,
                    opaqueAuthIdentity: identity.as_ptr(),
                });
                // SAFETY: as above.
                unsafe { *member = node.cast() };
            }
        }
        Ok(())
    }

    unsafe fn saml_authenticator(
        &self,
        member: *mut *mut WS_SAML_AUTHENTICATOR,
        authenticator: &SamlAuthenticator,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        let SamlAuthenticator::CertSigned {
            trusted_issuer_certs,
            decryption_cert,
            saml_validator,
            saml_validator_callback_state,
        } = authenticator;
        let node = alloc::new(WS_CERT_SIGNED_SAML_AUTHENTICATOR {
            authenticator: WS_SAML_AUTHENTICATOR {
                authenticatorType: authenticator.authenticator_type().to_raw(),
            },
            ..Default::default()
        });
        // SAFETY: `member` is a live null member.
        unsafe { *member = node.cast() };
        let (certs, count) =
            alloc::array(trusted_issuer_certs.len(), std::ptr::null::<CERT_CONTEXT>());
        // SAFETY: `node` is live; the count matches the array.
        unsafe {
            (*node).trustedIssuerCerts = certs.cast_const();
            (*node).trustedIssuerCertCount = count as u32;
        }
        let list = at.field("trusted_issuer_certs");
        for (i, slot) in trusted_issuer_certs.iter().enumerate() {
            let cert: &CertificatePtr = self.slot(slot, SlotKind::Certificate, &list.index(i))?;
            // SAFETY: `i < count`.
            unsafe { *certs.add(i) = cert.as_ptr() };
        }
        if let Some(slot) = decryption_cert {
            let cert: &CertificatePtr =
                self.slot(slot, SlotKind::Certificate, &at.field("decryption_cert"))?;
            // SAFETY: `node` is live.
            unsafe { (*node).decryptionCert = cert.as_ptr() };
        }
        let (validator, state) = self.callback::<SamlValidator, RawSamlValidator>(
            saml_validator.as_ref(),
            saml_validator_callback_state.as_ref(),
            SlotKind::SamlValidator,
            (at, "saml_validator", "saml_validator_callback_state"),
            trampoline::VALIDATE_SAML,
        )?;
        // SAFETY: `node` is live.
        unsafe {
            (*node).samlValidator = validator;
            (*node).samlValidatorCallbackState = state;
        }
        Ok(())
    }

    /// The value of type `T` registered under `slot`.
    pub(super) fn slot<T: Any + Send + Sync>(
        &self,
        slot: &RuntimeSlot,
        kind: SlotKind,
        at: &At<'_>,
    ) -> Result<&'r T, LowerError> {
        self.runtime
            .get::<T>(slot.name())
            .ok_or_else(|| self.slot_error(slot, kind, at))
    }

    fn slot_error(&self, slot: &RuntimeSlot, kind: SlotKind, at: &At<'_>) -> LowerError {
        let name = slot.name().to_owned();
        let expected = kind.expected_types();
        let kind = if self.runtime.contains(slot.name()) {
            LowerErrorKind::WrongSlotType {
                slot: name,
                expected,
            }
        } else {
            LowerErrorKind::MissingSlot {
                slot: name,
                expected,
            }
        };
        LowerError::new(at.to_path(), kind)
    }

    /// A callback and its state. A Rust closure gets the trampoline and a heap copy of its
    /// value as the state (the only state it needs); a C function keeps the state slot's pointer.
    /// The copy is allocated last, after every check, and the caller links it at once.
    ///
    /// A C function that is one of this crate's trampolines is refused: `free` would take its
    /// state for a closure the graph owns.
    fn callback<R, C>(
        &self,
        callback: Option<&RuntimeSlot>,
        state: Option<&RuntimeSlot>,
        kind: SlotKind,
        (at, callback_key, state_key): (&At<'_>, &'static str, &'static str),
        trampoline: C::Fn,
    ) -> Result<Callback<C::Fn>, LowerError>
    where
        R: Any + Send + Sync + Clone,
        C: CFunction,
    {
        let resolved = match callback {
            None => None,
            Some(slot) => Some(if let Some(value) = self.runtime.get::<R>(slot.name()) {
                Resolved::Rust(value)
            } else if let Some(value) = self.runtime.get::<C>(slot.name()) {
                if C::address_of(value.function()) == C::address_of(trampoline) {
                    return Err(LowerError::new(
                        at.field(callback_key).to_path(),
                        LowerErrorKind::OwnTrampoline {
                            slot: slot.name().to_owned(),
                        },
                    ));
                }
                Resolved::C(value)
            } else {
                return Err(self.slot_error(slot, kind, &at.field(callback_key)));
            }),
        };
        let state_ptr = match state {
            None => null_mut(),
            Some(state_slot) => {
                if let (Some(Resolved::Rust(_)), Some(slot)) = (&resolved, callback) {
                    return Err(LowerError::new(
                        at.field(state_key).to_path(),
                        LowerErrorKind::StateBesideClosure {
                            slot: state_slot.name().to_owned(),
                            callback: slot.name().to_owned(),
                        },
                    ));
                }
                let pointer: &OpaquePtr =
                    self.slot(state_slot, SlotKind::CallbackState, &at.field(state_key))?;
                pointer.as_ptr()
            }
        };
        Ok(match resolved {
            None => (None, state_ptr),
            Some(Resolved::C(value)) => (Some(value.function()), state_ptr),
            Some(Resolved::Rust(value)) => (Some(trampoline), alloc::new(value.clone()).cast()),
        })
    }

    /// The password's UTF-16 copy in the graph; the text is read where it is, without another
    /// copy (a variable's value is wiped as soon as it is encoded).
    fn password(&self, secret: &Secret, at: &At<'_>) -> Result<WS_STRING, LowerError> {
        match secret {
            Secret::Literal(text) => string(text.expose_secret(), at),
            Secret::Env(variable) => {
                let value = Zeroizing::new(self.runtime.env_var(variable).ok_or_else(|| {
                    LowerError::new(
                        at.to_path(),
                        LowerErrorKind::MissingEnv {
                            variable: variable.clone(),
                        },
                    )
                })?);
                string(&value, at)
            }
            Secret::Runtime(slot) => {
                if let Some(secret) = self.runtime.get::<SecretString>(slot.name()) {
                    string(secret.expose_secret(), at)
                } else {
                    let text: &String = self.slot(slot, SlotKind::Password, at)?;
                    string(text, at)
                }
            }
        }
    }
}

/// Allocates `bag.len()` copies of `empty`, links the array into `entries` and `count` before
/// any value exists, then lets `fill` complete each entry in order.
///
/// # Safety
/// `entries` and `count` are live, zeroed members of a graph being built by this crate.
pub(crate) unsafe fn property_array<P: PropertyEntry, E: Copy>(
    entries: *mut *mut E,
    count: *mut u32,
    bag: &PropertyBag<P>,
    empty: E,
    mut fill: impl FnMut(*mut E, &P) -> Result<(), LowerError>,
) -> Result<(), LowerError> {
    let (array, len) = alloc::array(bag.len(), empty);
    // SAFETY: both members are live by the contract; the count matches the array.
    unsafe {
        *entries = array;
        *count = len as u32;
    }
    for (i, property) in bag.iter().enumerate() {
        fill(array.wrapping_add(i), property)?;
    }
    Ok(())
}

pub(super) fn string(text: &str, at: &At<'_>) -> Result<WS_STRING, LowerError> {
    wide::to_ws_string(text).map_err(|_| LowerError::new(at.to_path(), LowerErrorKind::TooLong))
}

/// A 4-byte `BOOL`.
fn boolean(value: bool) -> *mut c_void {
    alloc::new::<windows_sys::core::BOOL>(i32::from(value)).cast()
}

/// An enumeration value, in its windows-sys type (`i32`).
pub(crate) fn enumeration<E: CEnum<Raw = i32>>(value: E) -> *mut c_void {
    alloc::new::<i32>(value.to_raw()).cast()
}

/// A flag set as the `ULONG` of its bits.
fn flags<F: CEnum<Raw = i32>>(set: &FlagSet<F>) -> *mut c_void {
    alloc::new::<u32>(set.bits()).cast()
}

fn usage(value: Option<wws_security_model::MessageSecurityUsage>) -> WS_MESSAGE_SECURITY_USAGE {
    value.map_or(0, CEnum::to_raw)
}
