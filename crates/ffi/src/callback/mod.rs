//! The five WWSAPI security callbacks as Rust closures.
//!
//! Each type wraps a closure that captures whatever state it needs, is `Send + Sync` (WWSAPI
//! calls back from its own threads) and returns an owned result. Lowering puts an
//! `extern "system"` trampoline in the C structure and a pointer to the closure in the callback
//! state; a panic in the closure is caught and becomes a failing `HRESULT`, never an unwind into
//! WWSAPI. Two values compare equal when they share one closure (clones of the same value).
//!
//! A slot may instead hold a C function ([`RawPasswordValidator`] and its siblings), for code
//! that already has one; its `*_callback_state` slot then holds an [`OpaquePtr`](crate::OpaquePtr).

mod objects;
mod raw;
pub(crate) mod trampoline;

pub use objects::{Certificate, CertificateRequest, IssuerList, SamlAssertion};
pub(crate) use raw::CFunction;
pub use raw::{
    CertIssuerListNotificationFn, CertificateValidationFn, GetCertFn, PasswordValidatorFn,
    RawCertIssuerListNotificationCallback, RawCertificateValidationCallback, RawGetCertCallback,
    RawPasswordValidator, RawSamlValidator, SamlValidatorFn,
};

use std::fmt;
use std::sync::Arc;
use windows_sys::core::HRESULT;
use windows_sys::Win32::Foundation::E_FAIL;
use wws_security_model::SecretString;

/// A callback's failure: the `HRESULT` WWSAPI receives (a failure code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CallbackError {
    hresult: HRESULT,
}

impl CallbackError {
    /// `E_FAIL`.
    pub const FAILED: CallbackError = CallbackError { hresult: E_FAIL };

    /// A failure with this `HRESULT`; a success code (0 or above) becomes `E_FAIL`, so an error
    /// is never mistaken for success.
    pub fn from_hresult(hresult: HRESULT) -> Self {
        CallbackError {
            hresult: if hresult < 0 { hresult } else { E_FAIL },
        }
    }

    /// The `HRESULT`.
    pub fn hresult(&self) -> HRESULT {
        self.hresult
    }
}

impl Default for CallbackError {
    fn default() -> Self {
        Self::FAILED
    }
}

impl fmt::Display for CallbackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "callback failed with HRESULT {:#010x}",
            self.hresult as u32
        )
    }
}

impl std::error::Error for CallbackError {}

/// What a validating closure may return: `bool` (accepted or not) or
/// `Result<bool, CallbackError>` when it can also fail.
pub trait Validation {
    /// The verdict, or the failure.
    fn into_validation(self) -> Result<bool, CallbackError>;
}

impl Validation for bool {
    fn into_validation(self) -> Result<bool, CallbackError> {
        Ok(self)
    }
}

impl Validation for Result<bool, CallbackError> {
    fn into_validation(self) -> Result<bool, CallbackError> {
        self
    }
}

/// What a notified closure may return: `()` or `Result<(), CallbackError>`.
pub trait Notification {
    /// Success, or the failure.
    fn into_notification(self) -> Result<(), CallbackError>;
}

impl Notification for () {
    fn into_notification(self) -> Result<(), CallbackError> {
        Ok(())
    }
}

impl Notification for Result<(), CallbackError> {
    fn into_notification(self) -> Result<(), CallbackError> {
        self
    }
}

/// What a get-cert closure may return: a [`Certificate`], `Option<Certificate>` (`None`: no
/// certificate, which WWSAPI accepts), or either inside `Result<_, CallbackError>`.
pub trait CertificateOutcome {
    /// The certificate WWSAPI takes ownership of, none, or the failure.
    fn into_certificate(self) -> Result<Option<Certificate>, CallbackError>;
}

impl CertificateOutcome for Certificate {
    fn into_certificate(self) -> Result<Option<Certificate>, CallbackError> {
        Ok(Some(self))
    }
}

impl CertificateOutcome for Option<Certificate> {
    fn into_certificate(self) -> Result<Option<Certificate>, CallbackError> {
        Ok(self)
    }
}

impl CertificateOutcome for Result<Certificate, CallbackError> {
    fn into_certificate(self) -> Result<Option<Certificate>, CallbackError> {
        self.map(Some)
    }
}

impl CertificateOutcome for Result<Option<Certificate>, CallbackError> {
    fn into_certificate(self) -> Result<Option<Certificate>, CallbackError> {
        self
    }
}

/// Declares a callback type around an `Arc` of its closure, with identity equality and a
/// Debug that shows only the identity.
macro_rules! callback_type {
    ($(#[$meta:meta])* $name:ident, $dyn_fn:ty) => {
        $(#[$meta])*
        #[derive(Clone)]
        pub struct $name(Arc<$dyn_fn>);

        impl $name {
            /// True when both values share one closure.
            pub fn same(&self, other: &Self) -> bool {
                Arc::ptr_eq(&self.0, &other.0)
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.same(other)
            }
        }

        impl Eq for $name {}

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({:p})"), Arc::as_ptr(&self.0).cast::<()>())
            }
        }
    };
}

type PasswordFn = dyn Fn(&str, &SecretString) -> Result<bool, CallbackError> + Send + Sync;
type SamlFn = dyn Fn(&SamlAssertion<'_>) -> Result<bool, CallbackError> + Send + Sync;
type GetCertClosure =
    dyn Fn(&CertificateRequest<'_>) -> Result<Option<Certificate>, CallbackError> + Send + Sync;
type IssuerListFn = dyn Fn(&IssuerList<'_>) -> Result<(), CallbackError> + Send + Sync;
type CertificateFn = dyn Fn(Certificate) -> Result<bool, CallbackError> + Send + Sync;

callback_type! {
    /// `password_validator` of `username_message` (`WS_VALIDATE_PASSWORD_CALLBACK`): checks a
    /// user name and password a server received. `true` accepts them (`S_OK`), `false` refuses
    /// them (`S_FALSE`, the message fails with a security error).
    ///
    /// ```
    /// use wws_security_ffi::PasswordValidator;
    /// use wws_security_model::SecretString;
    ///
    /// let expected = SecretString::new("pwd1");
    /// let validator = PasswordValidator::new(move |user, password| {
    ///     user == "usr1" && password == &expected
    /// });
    /// assert_eq!(validator.validate("usr1", &SecretString::new("pwd1")), Ok(true));
    /// ```
    PasswordValidator, PasswordFn
}

impl PasswordValidator {
    /// Wraps a closure of the user name and password.
    pub fn new<F, R>(validate: F) -> Self
    where
        F: Fn(&str, &SecretString) -> R + Send + Sync + 'static,
        R: Validation,
    {
        let f: Arc<PasswordFn> = Arc::new(move |user: &str, password: &SecretString| {
            validate(user, password).into_validation()
        });
        PasswordValidator(f)
    }

    /// Runs the closure.
    pub fn validate(&self, username: &str, password: &SecretString) -> Result<bool, CallbackError> {
        (self.0)(username, password)
    }
}

callback_type! {
    /// `saml_validator` of a `cert_signed` SAML authenticator (`WS_VALIDATE_SAML_CALLBACK`): a
    /// further check of an assertion whose signature WWSAPI already verified. `true` accepts it
    /// (`S_OK`), `false` refuses it (`S_FALSE`).
    SamlValidator, SamlFn
}

impl SamlValidator {
    /// Wraps a closure of the received assertion.
    pub fn new<F, R>(validate: F) -> Self
    where
        F: Fn(&SamlAssertion<'_>) -> R + Send + Sync + 'static,
        R: Validation,
    {
        let f: Arc<SamlFn> =
            Arc::new(move |assertion: &SamlAssertion<'_>| validate(assertion).into_validation());
        SamlValidator(f)
    }

    /// Runs the closure.
    pub fn validate(&self, assertion: &SamlAssertion<'_>) -> Result<bool, CallbackError> {
        (self.0)(assertion)
    }
}

callback_type! {
    /// `get_cert_callback` of a `custom` certificate credential (`WS_GET_CERT_CALLBACK`):
    /// supplies the certificate when the channel or listener opens. WWSAPI takes ownership of the
    /// returned [`Certificate`] and frees it when it no longer needs it.
    GetCertCallback, GetCertClosure
}

impl GetCertCallback {
    /// Wraps a closure of the request (target address and via).
    pub fn new<F, R>(get: F) -> Self
    where
        F: Fn(&CertificateRequest<'_>) -> R + Send + Sync + 'static,
        R: CertificateOutcome,
    {
        let f: Arc<GetCertClosure> =
            Arc::new(move |request: &CertificateRequest<'_>| get(request).into_certificate());
        GetCertCallback(f)
    }

    /// Runs the closure.
    pub fn get(
        &self,
        request: &CertificateRequest<'_>,
    ) -> Result<Option<Certificate>, CallbackError> {
        (self.0)(request)
    }
}

callback_type! {
    /// `cert_issuer_list_notification_callback` of a `custom` certificate credential
    /// (`WS_CERT_ISSUER_LIST_NOTIFICATION_CALLBACK`): the issuers a server accepts, after it
    /// refused the client's certificate, so the next get-cert call can choose another.
    CertIssuerListNotificationCallback, IssuerListFn
}

impl CertIssuerListNotificationCallback {
    /// Wraps a closure of the issuer list.
    pub fn new<F, R>(notify: F) -> Self
    where
        F: Fn(&IssuerList<'_>) -> R + Send + Sync + 'static,
        R: Notification,
    {
        let f: Arc<IssuerListFn> =
            Arc::new(move |issuers: &IssuerList<'_>| notify(issuers).into_notification());
        CertIssuerListNotificationCallback(f)
    }

    /// Runs the closure.
    pub fn notify(&self, issuers: &IssuerList<'_>) -> Result<(), CallbackError> {
        (self.0)(issuers)
    }
}

callback_type! {
    /// `callback` of `certificate_validation_callback_context`
    /// (`WS_CERTIFICATE_VALIDATION_CALLBACK`): checks the server certificate of each request. The
    /// closure owns the certificate (the page makes the application free it). `false` or an
    /// error aborts the channel.
    CertificateValidationCallback, CertificateFn
}

impl CertificateValidationCallback {
    /// Wraps a closure of the server certificate.
    pub fn new<F, R>(validate: F) -> Self
    where
        F: Fn(Certificate) -> R + Send + Sync + 'static,
        R: Validation,
    {
        let f: Arc<CertificateFn> =
            Arc::new(move |certificate: Certificate| validate(certificate).into_validation());
        CertificateValidationCallback(f)
    }

    /// Runs the closure.
    pub fn validate(&self, certificate: Certificate) -> Result<bool, CallbackError> {
        (self.0)(certificate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closures_capture_state_and_compare_by_identity() {
        let expected = String::from("usr1");
        let a = PasswordValidator::new(move |user, _pw| user == expected);
        let b = a.clone();
        let c = PasswordValidator::new(|_u: &str, _p: &SecretString| Ok(false));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.validate("usr1", &SecretString::new("x")), Ok(true));
        assert_eq!(c.validate("usr1", &SecretString::new("x")), Ok(false));
        assert!(format!("{a:?}").starts_with("PasswordValidator(0x"));
    }

    #[test]
    fn errors_are_always_failures() {
        assert_eq!(CallbackError::from_hresult(0).hresult(), E_FAIL);
        assert_eq!(CallbackError::from_hresult(1).hresult(), E_FAIL);
        assert_eq!(CallbackError::from_hresult(-5).hresult(), -5);
        assert_eq!(
            CallbackError::FAILED.to_string(),
            "callback failed with HRESULT 0x80004005"
        );
    }
}
