//! Endpoints that together hold every kind of value lowering handles: the five callbacks as
//! Rust closures and as C functions with their states, every credential, every property value
//! type, message properties and a bootstrap. Each is lowered and read back, and the Rust
//! closures are called through the raw graph.

mod common;

use common::kinds::*;
use common::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use windows_sys::Win32::Foundation::{E_FAIL, S_FALSE, S_OK};
use windows_sys::Win32::Networking::WindowsWebServices::*;
use windows_sys::Win32::Security::Cryptography::CERT_CONTEXT;
use wws_security_ffi::*;
use wws_security_model::{Endpoint, SecretString};
use wws_security_policy::Runtime;

fn endpoint(text: &str) -> Endpoint {
    Endpoint::from_toml_str(text).unwrap()
}

#[test]
fn every_kind_of_value_round_trips() {
    let mut kinds = std::collections::BTreeSet::new();
    for (name, text) in ALL {
        let endpoint = endpoint(text);
        for u in slot_uses(&endpoint) {
            kinds.insert(format!("{:?}", u.kind));
        }
        let runtime = runtime_for(&endpoint);
        assert_round_trip(name, &check(endpoint), &runtime);
    }
    for kind in [
        "PasswordValidator",
        "SamlValidator",
        "GetCertCallback",
        "CertIssuerListNotificationCallback",
        "CertificateValidationCallback",
        "CallbackState",
        "XmlToken",
        "OpaqueAuthIdentity",
        "Certificate",
        "Password",
        "MessageProperty(HeapProperties)",
    ] {
        assert!(
            kinds.contains(kind),
            "no endpoint has a {kind} slot: {kinds:?}"
        );
    }
}

/// The binding structure `T` at `bindings[index]` of a lowered graph.
fn binding<T>(lowered: &Lowered, index: usize) -> &T {
    let description = unsafe { &*lowered.as_ptr() };
    assert!(index < description.securityBindingCount as usize);
    unsafe { &*(*description.securityBindings.add(index)).cast::<T>() }
}

#[test]
fn rust_closures_run_through_the_lowered_graph() {
    let calls = Arc::new(AtomicUsize::new(0));
    let (get_calls, check_calls, issuer_calls) = (calls.clone(), calls.clone(), calls.clone());
    let mut der = [0x30_u8, 0x00];
    let context = CERT_CONTEXT {
        pbCertEncoded: der.as_mut_ptr(),
        cbCertEncoded: 2,
        ..Default::default()
    };
    let context_address = &context as *const CERT_CONTEXT as usize;
    let runtime =
        Runtime::new()
            .with(
                "get_cert",
                GetCertCallback::new(move |request: &CertificateRequest<'_>| {
                    get_calls.fetch_add(1, Ordering::SeqCst);
                    match request.target_url().as_deref() {
                        Some("https://orders.example/") => Ok(unsafe {
                            Certificate::from_raw(context_address as *const CERT_CONTEXT)
                        }),
                        _ => Err(CallbackError::FAILED),
                    }
                }),
            )
            .with(
                "issuers",
                CertIssuerListNotificationCallback::new(move |list: &IssuerList<'_>| {
                    issuer_calls.fetch_add(10, Ordering::SeqCst);
                    assert!(list.is_empty());
                }),
            )
            .with(
                "check_server",
                CertificateValidationCallback::new(move |certificate: Certificate| {
                    check_calls.fetch_add(100, Ordering::SeqCst);
                    let accepted = certificate.encoded() == [0x30, 0x00];
                    let _ = certificate.into_raw();
                    accepted
                }),
            )
            .with("pw", SecretString::new("pw"));
    let lowered = lower(
        &check(endpoint(CLIENT_CUSTOM_CERT_RUST_CALLBACKS)),
        &runtime,
    )
    .unwrap();

    let ssl: &WS_SSL_TRANSPORT_SECURITY_BINDING = binding(&lowered, 0);
    let custom = unsafe { &*ssl.localCertCredential.cast::<WS_CUSTOM_CERT_CREDENTIAL>() };
    let get = custom.getCertCallback.expect("a trampoline");
    let url = wide_string("https://orders.example/");
    let address = WS_ENDPOINT_ADDRESS {
        url: url.0,
        ..Default::default()
    };
    let mut out: *mut CERT_CONTEXT = std::ptr::null_mut();
    let hr = unsafe {
        get(
            custom.getCertCallbackState,
            &address,
            std::ptr::null(),
            &mut out,
            std::ptr::null(),
        )
    };
    assert_eq!((hr, out as usize), (S_OK, context_address));
    let hr = unsafe {
        get(
            custom.getCertCallbackState,
            std::ptr::null(),
            std::ptr::null(),
            &mut out,
            std::ptr::null(),
        )
    };
    assert_eq!(hr, E_FAIL);

    let notify = custom
        .certIssuerListNotificationCallback
        .expect("a trampoline");
    let hr = unsafe {
        notify(
            custom.certIssuerListNotificationCallbackState,
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    assert_eq!(hr, S_OK);

    let property = unsafe { &*ssl.binding.properties.add(3) };
    assert_eq!(
        property.id,
        WS_SECURITY_BINDING_PROPERTY_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT
    );
    let validation = unsafe {
        &*property
            .value
            .cast::<WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT>()
    };
    let check_server = validation.callback.expect("a trampoline");
    assert_eq!(unsafe { check_server(&context, validation.state) }, S_OK);
    unsafe { *context.pbCertEncoded.add(1) = 1 };
    assert_eq!(
        unsafe { check_server(&context, validation.state) },
        CERTIFICATE_REFUSED
    );
    assert_eq!(calls.load(Ordering::SeqCst), 2 + 10 + 200);

    // The closures outlive the runtime they came from: the graph holds its own references.
    drop(runtime);
    assert_eq!(
        unsafe { check_server(&context, validation.state) },
        CERTIFICATE_REFUSED
    );
}

#[test]
fn a_password_validator_closure_sees_the_received_credentials() {
    let runtime = runtime_for(&endpoint(SERVER_SAML_C_VALIDATOR)).with(
        "pv",
        PasswordValidator::new(|user: &str, password: &SecretString| {
            if user == "panic" {
                panic!("a validator that panics")
            }
            user == "usr1" && password.expose_secret() == "pwd1"
        }),
    );
    let lowered = lower(&check(endpoint(SERVER_SAML_C_VALIDATOR)), &runtime).unwrap();
    let username: &WS_USERNAME_MESSAGE_SECURITY_BINDING = binding(&lowered, 2);
    let validate = username.passwordValidator.expect("a trampoline");
    let call = |user: &str, password: &str| {
        let (u, p) = (wide_string(user), wide_string(password));
        unsafe {
            validate(
                username.passwordValidatorCallbackState,
                &u.0,
                &p.0,
                std::ptr::null(),
                std::ptr::null(),
            )
        }
    };
    assert_eq!(call("usr1", "pwd1"), S_OK);
    assert_eq!(call("usr1", "nope"), S_FALSE);
    assert_eq!(
        call("panic", "x"),
        windows_sys::Win32::Foundation::E_UNEXPECTED
    );
}

/// A WS_STRING over an owned UTF-16 buffer (the buffer lives as long as the value).
fn wide_string(text: &str) -> (WS_STRING, Vec<u16>) {
    let mut units: Vec<u16> = text.encode_utf16().collect();
    let s = WS_STRING {
        length: units.len() as u32,
        chars: units.as_mut_ptr(),
    };
    (s, units)
}
