//! Takes a graph made by `build` apart, reading what it owns from the graph itself: the binding
//! and credential types say which structure each allocation is, the property ids which value
//! type, and a callback that is one of our trampolines says its state is a closure we own.
//! Passwords are wiped before their memory is freed. Null members (a graph abandoned half way)
//! are skipped.

use crate::callback::{trampoline, CFunction};
use crate::ctype::{
    binding_property_type, channel_property_type, message_property_type, ValueType,
};
use crate::{
    alloc, wide, CertIssuerListNotificationCallback, CertificateValidationCallback,
    GetCertCallback, PasswordValidator, RawCertIssuerListNotificationCallback,
    RawCertificateValidationCallback, RawGetCertCallback, RawPasswordValidator, RawSamlValidator,
    SamlValidator,
};
use std::ffi::c_void;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::{CEnum, MessagePropertyId, SecurityBindingPropertyId, SecurityPropertyId};

/// Frees a description and everything below it.
///
/// # Safety
/// `raw` is null or a description built by `build` that nothing uses any more.
pub(crate) unsafe fn description(raw: *mut WS_SECURITY_DESCRIPTION) {
    if raw.is_null() {
        return;
    }
    // SAFETY: a live description of our graph.
    let d = unsafe { &*raw };
    let count = d.securityBindingCount as usize;
    for i in 0..count {
        // SAFETY: the array holds `count` entries.
        unsafe { binding(*d.securityBindings.add(i)) };
    }
    // SAFETY: each array and value was allocated by `build` with these lengths and types.
    unsafe {
        alloc::free_array(d.securityBindings, count);
        security_properties(d.properties, d.propertyCount);
        alloc::free(raw);
    }
}

/// Frees a `WS_SECURITY_PROPERTY` array and its values.
///
/// # Safety
/// `properties` and `count` are an array built by `build` that nothing uses any more.
pub(crate) unsafe fn security_properties(properties: *mut WS_SECURITY_PROPERTY, count: u32) {
    let count = count as usize;
    // SAFETY: `build` allocated `count` entries, each value of its id's type.
    unsafe {
        for i in 0..count {
            let p = &*properties.add(i);
            if let Ok(id) = SecurityPropertyId::from_raw(p.id) {
                value(channel_property_type(id), p.value);
            }
        }
        alloc::free_array(properties, count);
    }
}

/// Frees one binding structure, by its type.
unsafe fn binding(raw: *mut WS_SECURITY_BINDING) {
    if raw.is_null() {
        return;
    }
    // SAFETY (whole function): `raw` is the header of the structure its `bindingType` names,
    // allocated by `build` as that structure.
    unsafe {
        binding_properties((*raw).properties, (*raw).propertyCount);
        match (*raw).bindingType {
            WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE => {
                let b = raw.cast::<WS_SSL_TRANSPORT_SECURITY_BINDING>();
                cert_credential((*b).localCertCredential);
                alloc::free(b);
            }
            WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TYPE => {
                let b = raw.cast::<WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING>();
                windows_credential((*b).clientCredential);
                alloc::free(b);
            }
            WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING_TYPE => {
                let b = raw.cast::<WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING>();
                windows_credential((*b).clientCredential);
                alloc::free(b);
            }
            WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE => {
                let b = raw.cast::<WS_HTTP_HEADER_AUTH_SECURITY_BINDING>();
                windows_credential((*b).clientCredential);
                alloc::free(b);
            }
            WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TYPE => {
                let b = raw.cast::<WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING>();
                windows_credential((*b).clientCredential);
                alloc::free(b);
            }
            WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE => {
                let b = raw.cast::<WS_USERNAME_MESSAGE_SECURITY_BINDING>();
                username_credential((*b).clientCredential);
                password_validator((*b).passwordValidator, (*b).passwordValidatorCallbackState);
                alloc::free(b);
            }
            WS_XML_TOKEN_MESSAGE_SECURITY_BINDING_TYPE => {
                alloc::free(raw.cast::<WS_XML_TOKEN_MESSAGE_SECURITY_BINDING>());
            }
            WS_SAML_MESSAGE_SECURITY_BINDING_TYPE => {
                let b = raw.cast::<WS_SAML_MESSAGE_SECURITY_BINDING>();
                let authenticator = (*b).authenticator;
                if !authenticator.is_null() {
                    let a = authenticator.cast::<WS_CERT_SIGNED_SAML_AUTHENTICATOR>();
                    alloc::free_array(
                        (*a).trustedIssuerCerts.cast_mut(),
                        (*a).trustedIssuerCertCount as usize,
                    );
                    state::<SamlValidator, RawSamlValidator>(
                        (*a).samlValidator,
                        (*a).samlValidatorCallbackState,
                        trampoline::VALIDATE_SAML,
                    );
                    alloc::free(a);
                }
                alloc::free(b);
            }
            WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE => {
                let b = raw.cast::<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING>();
                description((*b).bootstrapSecurityDescription);
                alloc::free(b);
            }
            other => unreachable!("lowering never writes binding type {other}"),
        }
    }
}

/// Frees a `WS_SECURITY_BINDING_PROPERTY` array and its values.
///
/// # Safety
/// `properties` and `count` are an array built by `build` that nothing uses any more.
pub(crate) unsafe fn binding_properties(properties: *mut WS_SECURITY_BINDING_PROPERTY, count: u32) {
    let count = count as usize;
    // SAFETY: `build` allocated `count` entries, each value of its id's type.
    unsafe {
        for i in 0..count {
            let p = &*properties.add(i);
            if let Ok(id) = SecurityBindingPropertyId::from_raw(p.id) {
                value(binding_property_type(id), p.value);
            }
        }
        alloc::free_array(properties, count);
    }
}

/// Frees a username credential, wiping its password; null is ignored.
///
/// # Safety
/// `raw` is null or a credential built by `build` that nothing uses any more.
pub(crate) unsafe fn username_credential(raw: *mut WS_USERNAME_CREDENTIAL) {
    if raw.is_null() {
        return;
    }
    // SAFETY: `build` writes only string username credentials.
    unsafe {
        let c = raw.cast::<WS_STRING_USERNAME_CREDENTIAL>();
        wide::free_ws_string((*c).username);
        wide::free_secret_ws_string((*c).password);
        alloc::free(c);
    }
}

/// Frees the closure a password validator's state holds, when the validator is ours.
///
/// # Safety
/// The pair was built by `build` and nothing uses it any more.
pub(crate) unsafe fn password_validator(
    validator: WS_VALIDATE_PASSWORD_CALLBACK,
    state: *mut c_void,
) {
    // SAFETY: forwarded contract.
    unsafe {
        self::state::<PasswordValidator, RawPasswordValidator>(
            validator,
            state,
            trampoline::VALIDATE_PASSWORD,
        )
    }
}

/// Frees a property value of type `ty`.
///
/// # Safety
/// `value` is null or a value of type `ty` built by `build` that nothing uses any more.
pub(crate) unsafe fn value(ty: ValueType, value: *mut c_void) {
    if value.is_null() {
        return;
    }
    // SAFETY (whole function): `value` was allocated by `build` as `ty`.
    unsafe {
        match ty {
            ValueType::Bool | ValueType::Enum(_) => alloc::free(value.cast::<i32>()),
            ValueType::Ulong | ValueType::Flags(_) => alloc::free(value.cast::<u32>()),
            ValueType::Timespan => alloc::free(value.cast::<WS_TIMESPAN>()),
            ValueType::String => {
                let s = value.cast::<WS_STRING>();
                wide::free_ws_string(*s);
                alloc::free(s);
            }
            ValueType::AlgorithmSuite => alloc::free(value.cast::<WS_SECURITY_ALGORITHM_SUITE>()),
            ValueType::MessageProperties => {
                let m = value.cast::<WS_MESSAGE_PROPERTIES>();
                let count = (*m).propertyCount as usize;
                for i in 0..count {
                    let p = &*(*m).properties.add(i);
                    if p.value.is_null() {
                        continue;
                    }
                    if let Ok(id) = MessagePropertyId::from_raw(p.id) {
                        let (_, size) = message_property_type(id);
                        alloc::free_array(p.value.cast::<u64>(), size.div_ceil(8));
                    }
                }
                alloc::free_array((*m).properties, count);
                alloc::free(m);
            }
            ValueType::CertificateValidationCallbackContext => {
                let c = value.cast::<WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT>();
                state::<CertificateValidationCallback, RawCertificateValidationCallback>(
                    (*c).callback,
                    (*c).state,
                    trampoline::VALIDATE_CERTIFICATE,
                );
                alloc::free(c);
            }
            ValueType::ServiceSecurityIdentities => {
                let s = value.cast::<WS_SERVICE_SECURITY_IDENTITIES>();
                let count = (*s).serviceIdentityCount as usize;
                for i in 0..count {
                    wide::free_ws_string(*(*s).serviceIdentities.add(i));
                }
                alloc::free_array((*s).serviceIdentities, count);
                alloc::free(s);
            }
        }
    }
}

/// Frees a certificate credential; null is ignored.
///
/// # Safety
/// `raw` is null or a credential built by `build` that nothing uses any more.
pub(crate) unsafe fn cert_credential(raw: *mut WS_CERT_CREDENTIAL) {
    if raw.is_null() {
        return;
    }
    // SAFETY: the structure `credentialType` names, allocated by `build`.
    unsafe {
        match (*raw).credentialType {
            WS_SUBJECT_NAME_CERT_CREDENTIAL_TYPE => {
                let c = raw.cast::<WS_SUBJECT_NAME_CERT_CREDENTIAL>();
                wide::free_ws_string((*c).storeName);
                wide::free_ws_string((*c).subjectName);
                alloc::free(c);
            }
            WS_THUMBPRINT_CERT_CREDENTIAL_TYPE => {
                let c = raw.cast::<WS_THUMBPRINT_CERT_CREDENTIAL>();
                wide::free_ws_string((*c).storeName);
                wide::free_ws_string((*c).thumbprint);
                alloc::free(c);
            }
            WS_CUSTOM_CERT_CREDENTIAL_TYPE => {
                let c = raw.cast::<WS_CUSTOM_CERT_CREDENTIAL>();
                state::<GetCertCallback, RawGetCertCallback>(
                    (*c).getCertCallback,
                    (*c).getCertCallbackState,
                    trampoline::GET_CERT,
                );
                state::<CertIssuerListNotificationCallback, RawCertIssuerListNotificationCallback>(
                    (*c).certIssuerListNotificationCallback,
                    (*c).certIssuerListNotificationCallbackState,
                    trampoline::NOTIFY_ISSUER_LIST,
                );
                alloc::free(c);
            }
            other => unreachable!("lowering never writes certificate credential type {other}"),
        }
    }
}

/// Frees a Windows credential, wiping its password; null is ignored.
///
/// # Safety
/// `raw` is null or a credential built by `build` that nothing uses any more.
pub(crate) unsafe fn windows_credential(raw: *mut WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL) {
    if raw.is_null() {
        return;
    }
    // SAFETY: the structure `credentialType` names, allocated by `build`.
    unsafe {
        match (*raw).credentialType {
            WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE => {
                let c = raw.cast::<WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL>();
                wide::free_ws_string((*c).username);
                wide::free_secret_ws_string((*c).password);
                wide::free_ws_string((*c).domain);
                alloc::free(c);
            }
            WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE => {
                alloc::free(raw.cast::<WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL>());
            }
            WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE => {
                alloc::free(raw.cast::<WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL>());
            }
            other => unreachable!("lowering never writes Windows credential type {other}"),
        }
    }
}

/// Frees a callback's state when the callback is our trampoline: the state is then the Rust
/// callback value the graph owns. A C function's state belongs to the program.
unsafe fn state<R, C: CFunction>(callback: Option<C::Fn>, state: *mut c_void, ours: C::Fn) {
    if let Some(function) = callback {
        if C::address_of(function) == C::address_of(ours) {
            // SAFETY: `build` stores a `Box<R>` as the state of its trampoline, and refuses a C
            // function with the trampoline's address.
            unsafe { alloc::free(state.cast::<R>()) };
        }
    }
}
