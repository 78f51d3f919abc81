//! C callbacks as they are: function pointers of the windows-sys callback types, for programs
//! that already have one (and for descriptions read back from C). Compared by address.

use std::ffi::c_void;
use std::fmt;
use windows_sys::core::HRESULT;
use windows_sys::Win32::Networking::WindowsWebServices::{
    WS_ASYNC_CONTEXT, WS_CERTIFICATE_VALIDATION_CALLBACK,
    WS_CERT_ISSUER_LIST_NOTIFICATION_CALLBACK, WS_ENDPOINT_ADDRESS, WS_ERROR, WS_GET_CERT_CALLBACK,
    WS_STRING, WS_VALIDATE_PASSWORD_CALLBACK, WS_VALIDATE_SAML_CALLBACK, WS_XML_BUFFER,
};
use windows_sys::Win32::Security::Authentication::Identity::SecPkgContext_IssuerListInfoEx;
use windows_sys::Win32::Security::Cryptography::CERT_CONTEXT;

/// `WS_VALIDATE_PASSWORD_CALLBACK` without its `Option`.
pub type PasswordValidatorFn = unsafe extern "system" fn(
    state: *const c_void,
    username: *const WS_STRING,
    password: *const WS_STRING,
    async_context: *const WS_ASYNC_CONTEXT,
    error: *const WS_ERROR,
) -> HRESULT;

/// `WS_VALIDATE_SAML_CALLBACK` without its `Option`.
pub type SamlValidatorFn = unsafe extern "system" fn(
    state: *const c_void,
    assertion: *const WS_XML_BUFFER,
    error: *const WS_ERROR,
) -> HRESULT;

/// `WS_GET_CERT_CALLBACK` without its `Option`.
pub type GetCertFn = unsafe extern "system" fn(
    state: *const c_void,
    target_address: *const WS_ENDPOINT_ADDRESS,
    via: *const WS_STRING,
    cert: *mut *mut CERT_CONTEXT,
    error: *const WS_ERROR,
) -> HRESULT;

/// `WS_CERT_ISSUER_LIST_NOTIFICATION_CALLBACK` without its `Option`.
pub type CertIssuerListNotificationFn = unsafe extern "system" fn(
    state: *const c_void,
    issuers: *const SecPkgContext_IssuerListInfoEx,
    error: *const WS_ERROR,
) -> HRESULT;

/// `WS_CERTIFICATE_VALIDATION_CALLBACK` without its `Option`.
pub type CertificateValidationFn =
    unsafe extern "system" fn(cert: *const CERT_CONTEXT, state: *const c_void) -> HRESULT;

// Each alias is exactly the function inside the windows-sys callback type.
const _: fn(PasswordValidatorFn) -> WS_VALIDATE_PASSWORD_CALLBACK = Some;
const _: fn(SamlValidatorFn) -> WS_VALIDATE_SAML_CALLBACK = Some;
const _: fn(GetCertFn) -> WS_GET_CERT_CALLBACK = Some;
const _: fn(CertIssuerListNotificationFn) -> WS_CERT_ISSUER_LIST_NOTIFICATION_CALLBACK = Some;
const _: fn(CertificateValidationFn) -> WS_CERTIFICATE_VALIDATION_CALLBACK = Some;

/// What lowering needs of a C callback type.
pub(crate) trait CFunction: Copy + Send + Sync + 'static {
    /// The function pointer type.
    type Fn: Copy;
    /// The function.
    fn function(&self) -> Self::Fn;
    /// A function's address.
    fn address_of(function: Self::Fn) -> usize;
    /// The value holding `function`.
    fn from_function(function: Self::Fn) -> Self;
}

macro_rules! raw_callback {
    ($(#[$meta:meta])* $name:ident($fn_type:ty)) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name(pub $fn_type);

        impl $name {
            /// The function's address, its identity.
            pub fn address(&self) -> usize {
                self.0 as usize
            }
        }

        impl CFunction for $name {
            type Fn = $fn_type;
            fn function(&self) -> $fn_type {
                self.0
            }
            fn address_of(function: $fn_type) -> usize {
                function as usize
            }
            fn from_function(function: $fn_type) -> Self {
                $name(function)
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.address() == other.address()
            }
        }

        impl Eq for $name {}

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({:#x})"), self.address())
            }
        }
    };
}

raw_callback! {
    /// A C `WS_VALIDATE_PASSWORD_CALLBACK`; its state slot holds an [`OpaquePtr`](crate::OpaquePtr).
    RawPasswordValidator(PasswordValidatorFn)
}
raw_callback! {
    /// A C `WS_VALIDATE_SAML_CALLBACK`.
    RawSamlValidator(SamlValidatorFn)
}
raw_callback! {
    /// A C `WS_GET_CERT_CALLBACK`.
    RawGetCertCallback(GetCertFn)
}
raw_callback! {
    /// A C `WS_CERT_ISSUER_LIST_NOTIFICATION_CALLBACK`.
    RawCertIssuerListNotificationCallback(CertIssuerListNotificationFn)
}
raw_callback! {
    /// A C `WS_CERTIFICATE_VALIDATION_CALLBACK`.
    RawCertificateValidationCallback(CertificateValidationFn)
}
