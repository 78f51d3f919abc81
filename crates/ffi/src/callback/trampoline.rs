//! `extern "system"` functions WWSAPI calls, one per callback type. The callback state is a
//! pointer to the Rust callback value, owned by the lowered description; the functions check
//! their arguments, run the closure under `catch_unwind`, and turn the outcome into an
//! `HRESULT`. A panic becomes `E_UNEXPECTED`: unwinding into WWSAPI would abort the process.

use super::raw::{
    CertIssuerListNotificationFn, CertificateValidationFn, GetCertFn, PasswordValidatorFn,
    SamlValidatorFn,
};
use super::{
    CertIssuerListNotificationCallback, Certificate, CertificateRequest,
    CertificateValidationCallback, GetCertCallback, IssuerList, PasswordValidator, SamlAssertion,
    SamlValidator,
};
use crate::wide;
use std::ffi::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};
use windows_sys::core::HRESULT;
use windows_sys::Win32::Foundation::{E_INVALIDARG, E_UNEXPECTED, S_FALSE, S_OK};
use windows_sys::Win32::Networking::WindowsWebServices::{
    WS_ASYNC_CONTEXT, WS_ENDPOINT_ADDRESS, WS_ERROR, WS_STRING, WS_XML_BUFFER,
};
use windows_sys::Win32::Security::Authentication::Identity::SecPkgContext_IssuerListInfoEx;
use windows_sys::Win32::Security::Cryptography::CERT_CONTEXT;

/// What a refused server certificate returns: any code but `S_OK` aborts the channel, and this
/// one says why.
pub const CERTIFICATE_REFUSED: HRESULT =
    windows_sys::Win32::Foundation::WS_E_SECURITY_VERIFICATION_FAILURE;

// The one pointer to each trampoline that graphs hold. Lowering writes these values, and
// `free`, reading back and the check for stolen trampolines compare with them: copies of one
// function pointer value always compare equal, where two casts of one function need not (Rust
// promises no unique address per function, and Miri gives casts distinct ones).

/// The pointer to [`validate_password`] that lowering writes.
pub(crate) static VALIDATE_PASSWORD: PasswordValidatorFn = validate_password;
/// The pointer to [`validate_saml`] that lowering writes.
pub(crate) static VALIDATE_SAML: SamlValidatorFn = validate_saml;
/// The pointer to [`get_cert`] that lowering writes.
pub(crate) static GET_CERT: GetCertFn = get_cert;
/// The pointer to [`notify_issuer_list`] that lowering writes.
pub(crate) static NOTIFY_ISSUER_LIST: CertIssuerListNotificationFn = notify_issuer_list;
/// The pointer to [`validate_certificate`] that lowering writes.
pub(crate) static VALIDATE_CERTIFICATE: CertificateValidationFn = validate_certificate;

/// Runs `body`, turning a panic into `E_UNEXPECTED`.
fn guarded(body: impl FnOnce() -> HRESULT) -> HRESULT {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(E_UNEXPECTED)
}

fn verdict(outcome: Result<bool, super::CallbackError>, refused: HRESULT) -> HRESULT {
    match outcome {
        Ok(true) => S_OK,
        Ok(false) => refused,
        Err(e) => e.hresult(),
    }
}

/// The trampoline of [`PasswordValidator`].
///
/// # Safety
/// `state` points to the `PasswordValidator` lowering stored with this function; the strings
/// are null or valid for the call.
pub(crate) unsafe extern "system" fn validate_password(
    state: *const c_void,
    username: *const WS_STRING,
    password: *const WS_STRING,
    _async_context: *const WS_ASYNC_CONTEXT,
    _error: *const WS_ERROR,
) -> HRESULT {
    guarded(|| {
        // SAFETY: by the contract.
        let (Some(validator), Some(username), Some(password)) = (unsafe {
            (
                state.cast::<PasswordValidator>().as_ref(),
                username.as_ref(),
                password.as_ref(),
            )
        }) else {
            return E_INVALIDARG;
        };
        // SAFETY: WWSAPI's strings are valid for the call.
        let (Ok(username), Ok(password)) = (unsafe { wide::units(username) }, unsafe {
            wide::units(password)
        }) else {
            return E_INVALIDARG;
        };
        // Text that is not UTF-16 cannot match any Rust password: refused, not an error.
        let (Ok(username), Ok(password)) = (wide::decode(username), wide::decode_secret(password))
        else {
            return S_FALSE;
        };
        verdict(validator.validate(&username, &password), S_FALSE)
    })
}

/// The trampoline of [`SamlValidator`].
///
/// # Safety
/// `state` points to the `SamlValidator` lowering stored; `assertion` is null or valid.
pub(crate) unsafe extern "system" fn validate_saml(
    state: *const c_void,
    assertion: *const WS_XML_BUFFER,
    _error: *const WS_ERROR,
) -> HRESULT {
    guarded(|| {
        // SAFETY: by the contract.
        let (Some(validator), Some(assertion)) = (unsafe {
            (
                state.cast::<SamlValidator>().as_ref(),
                SamlAssertion::from_raw(assertion),
            )
        }) else {
            return E_INVALIDARG;
        };
        verdict(validator.validate(&assertion), S_FALSE)
    })
}

/// The trampoline of [`GetCertCallback`]. On success WWSAPI owns the certificate written to
/// `cert`; on failure nothing is written.
///
/// # Safety
/// `state` points to the `GetCertCallback` lowering stored; the addresses are null or valid;
/// `cert` is null or writable.
pub(crate) unsafe extern "system" fn get_cert(
    state: *const c_void,
    target_address: *const WS_ENDPOINT_ADDRESS,
    via: *const WS_STRING,
    cert: *mut *mut CERT_CONTEXT,
    _error: *const WS_ERROR,
) -> HRESULT {
    guarded(|| {
        // SAFETY: by the contract.
        let Some(callback) = (unsafe { state.cast::<GetCertCallback>().as_ref() }) else {
            return E_INVALIDARG;
        };
        if cert.is_null() || !cert.is_aligned() {
            return E_INVALIDARG;
        }
        // SAFETY: by the contract.
        let request = unsafe { CertificateRequest::from_raw(target_address, via) };
        match callback.get(&request) {
            Ok(certificate) => {
                let raw = certificate.map_or(std::ptr::null(), Certificate::into_raw);
                // SAFETY: checked non-null and aligned; writable by the contract.
                unsafe { cert.write(raw.cast_mut()) };
                S_OK
            }
            Err(e) => e.hresult(),
        }
    })
}

/// The trampoline of [`CertIssuerListNotificationCallback`].
///
/// # Safety
/// `state` points to the callback lowering stored; `issuers` is null or valid for the call.
pub(crate) unsafe extern "system" fn notify_issuer_list(
    state: *const c_void,
    issuers: *const SecPkgContext_IssuerListInfoEx,
    _error: *const WS_ERROR,
) -> HRESULT {
    guarded(|| {
        // SAFETY: by the contract.
        let Some(callback) =
            (unsafe { state.cast::<CertIssuerListNotificationCallback>().as_ref() })
        else {
            return E_INVALIDARG;
        };
        // SAFETY: by the contract.
        let list = unsafe { IssuerList::from_raw(issuers) };
        match callback.notify(&list) {
            Ok(()) => S_OK,
            Err(e) => e.hresult(),
        }
    })
}

/// The trampoline of [`CertificateValidationCallback`]. The closure receives the reference to
/// the certificate that WWSAPI hands over.
///
/// # Safety
/// `state` points to the callback lowering stored; `cert` is null or a context whose reference
/// the caller gives up.
pub(crate) unsafe extern "system" fn validate_certificate(
    cert: *const CERT_CONTEXT,
    state: *const c_void,
) -> HRESULT {
    guarded(|| {
        // SAFETY: by the contract.
        let Some(callback) = (unsafe { state.cast::<CertificateValidationCallback>().as_ref() })
        else {
            return E_INVALIDARG;
        };
        // SAFETY: by the contract, the reference is ours.
        let Some(certificate) = (unsafe { Certificate::from_raw(cert) }) else {
            return E_INVALIDARG;
        };
        verdict(callback.validate(certificate), CERTIFICATE_REFUSED)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::callback::CallbackError;
    use std::ptr::null;
    use wws_security_model::SecretString;

    fn ws(text: &str) -> WS_STRING {
        wide::to_ws_string(text).unwrap()
    }

    #[test]
    fn the_password_trampoline_maps_verdicts_errors_and_panics() {
        let validator = PasswordValidator::new(|user: &str, password: &SecretString| match user {
            "ok" => Ok(password.expose_secret() == "pw"),
            "boom" => panic!("validator panicked"),
            _ => Err(CallbackError::from_hresult(-7)),
        });
        let state = &validator as *const PasswordValidator as *const c_void;
        let call = |user: &str, password: &str| {
            let (u, p) = (ws(user), ws(password));
            let hr = unsafe { validate_password(state, &u, &p, null(), null()) };
            unsafe {
                wide::free_ws_string(u);
                wide::free_ws_string(p);
            }
            hr
        };
        assert_eq!(call("ok", "pw"), S_OK);
        assert_eq!(call("ok", "wrong"), S_FALSE);
        assert_eq!(call("other", "pw"), -7);
        assert_eq!(call("boom", "pw"), E_UNEXPECTED);
        let u = ws("ok");
        assert_eq!(
            unsafe { validate_password(state, &u, null(), null(), null()) },
            E_INVALIDARG
        );
        assert_eq!(
            unsafe { validate_password(null(), &u, &u, null(), null()) },
            E_INVALIDARG
        );
        let lone_surrogate = [0xd800_u16];
        let bad = WS_STRING {
            length: 1,
            chars: lone_surrogate.as_ptr().cast_mut(),
        };
        assert_eq!(
            unsafe { validate_password(state, &u, &bad, null(), null()) },
            S_FALSE
        );
        unsafe { wide::free_ws_string(u) };
    }

    #[test]
    fn the_get_cert_trampoline_hands_the_certificate_over() {
        let mut der = [0x30_u8, 0];
        let context = CERT_CONTEXT {
            pbCertEncoded: der.as_mut_ptr(),
            cbCertEncoded: 2,
            ..Default::default()
        };
        let address = &context as *const CERT_CONTEXT as usize;
        let callback = GetCertCallback::new(move |request: &CertificateRequest<'_>| match request
            .via()
            .as_deref()
        {
            Some("none") => Ok(None),
            Some("fail") => Err(CallbackError::FAILED),
            _ => Ok(unsafe { Certificate::from_raw(address as *const CERT_CONTEXT) }),
        });
        let state = &callback as *const GetCertCallback as *const c_void;
        let mut out: *mut CERT_CONTEXT = std::ptr::dangling_mut();
        let hr = unsafe { get_cert(state, null(), null(), &mut out, null()) };
        assert_eq!((hr, out as usize), (S_OK, address));
        let via = ws("none");
        let hr = unsafe { get_cert(state, null(), &via, &mut out, null()) };
        assert_eq!((hr, out.is_null()), (S_OK, true));
        let fail = ws("fail");
        out = std::ptr::dangling_mut();
        let hr = unsafe { get_cert(state, null(), &fail, &mut out, null()) };
        assert_eq!(hr, windows_sys::Win32::Foundation::E_FAIL);
        assert_eq!(
            out,
            std::ptr::dangling_mut(),
            "nothing is written on failure"
        );
        assert_eq!(
            unsafe { get_cert(state, null(), null(), std::ptr::null_mut(), null()) },
            E_INVALIDARG
        );
        unsafe {
            wide::free_ws_string(via);
            wide::free_ws_string(fail);
        }
    }

    #[test]
    fn the_certificate_validation_trampoline_gives_the_closure_the_certificate() {
        let mut der = [0x30_u8, 0];
        let context = CERT_CONTEXT {
            pbCertEncoded: der.as_mut_ptr(),
            cbCertEncoded: 2,
            ..Default::default()
        };
        let callback = CertificateValidationCallback::new(|certificate: Certificate| {
            let accepted = certificate.encoded() == [0x30, 0];
            // A test context is not crypt32's: never release it.
            let _ = certificate.into_raw();
            accepted
        });
        let state = &callback as *const CertificateValidationCallback as *const c_void;
        assert_eq!(unsafe { validate_certificate(&context, state) }, S_OK);
        // Through the context's own pointer, which a write to `der` would invalidate.
        unsafe { *context.pbCertEncoded.add(1) = 1 };
        assert_eq!(
            unsafe { validate_certificate(&context, state) },
            CERTIFICATE_REFUSED
        );
        assert_eq!(unsafe { validate_certificate(null(), state) }, E_INVALIDARG);
        let panicking = CertificateValidationCallback::new(|certificate: Certificate| -> bool {
            let _ = certificate.into_raw();
            panic!("validation panicked")
        });
        let state = &panicking as *const CertificateValidationCallback as *const c_void;
        assert_eq!(
            unsafe { validate_certificate(&context, state) },
            E_UNEXPECTED
        );
    }

    #[test]
    fn the_saml_and_issuer_list_trampolines_reach_their_closures() {
        let saml =
            SamlValidator::new(|assertion: &SamlAssertion<'_>| !assertion.as_ptr().is_null());
        let buffer = std::ptr::dangling::<WS_XML_BUFFER>();
        let state = &saml as *const SamlValidator as *const c_void;
        assert_eq!(unsafe { validate_saml(state, buffer, null()) }, S_OK);
        assert_eq!(
            unsafe { validate_saml(state, null(), null()) },
            E_INVALIDARG
        );

        let seen = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = seen.clone();
        let notify = CertIssuerListNotificationCallback::new(move |issuers: &IssuerList<'_>| {
            counter.store(issuers.len() + 1, std::sync::atomic::Ordering::SeqCst);
        });
        let state = &notify as *const CertIssuerListNotificationCallback as *const c_void;
        assert_eq!(unsafe { notify_issuer_list(state, null(), null()) }, S_OK);
        assert_eq!(seen.load(std::sync::atomic::Ordering::SeqCst), 1);
    }
}
