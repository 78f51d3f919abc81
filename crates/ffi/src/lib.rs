//! Live WWSAPI structures, both ways.
//!
//! - [`lower`] turns a checked endpoint ([`Validated<Endpoint>`](wws_security_policy::Validated))
//!   and the program's values ([`Runtime`](wws_security_policy::Runtime)) into a
//!   [`Lowered`] graph whose [`as_ptr`](Lowered::as_ptr) is the `*const WS_SECURITY_DESCRIPTION`
//!   that `WsCreateChannel`, `WsCreateListener` and `WsCreateServiceProxy` take: every value in
//!   its exact C type and `valueSize`, every callback an `extern "system"` trampoline into a Rust
//!   closure, every password in memory that is wiped when the graph drops. No `unsafe` is needed
//!   to get there.
//! - [`read_description`] does the reverse for a description built by any code (C, C++, Rust),
//!   checking every pointer, count, type tag and size before it reads, so the policy can judge
//!   it; [`check_raw`] returns the policy's report directly.
//!
//! ```
//! use wws_security_model::{Endpoint, Side, ChannelBinding, ChannelType};
//! use wws_security_policy::{Policy, Runtime};
//! use wws_security_ffi::{lower, read_description, with_raw_slot_names};
//!
//! let endpoint = Endpoint::from_toml_str(r#"
//!     side = "client"
//!     channel_binding = "http"
//!     channel_type = "request"
//!     [[bindings]]
//!     type = "ssl_transport"
//!     [[bindings]]
//!     type = "username_message"
//!     binding_usage = "supporting"
//!     client_credential = { type = "string", username = "svc", password = { env = "SVC_PW" } }
//! "#).unwrap();
//! let (checked, _) = Policy::new().check(endpoint).unwrap();
//! let runtime = Runtime::new().with_env(|var| (var == "SVC_PW").then(|| "s3cret".to_owned()));
//! let lowered = lower(&checked, &runtime).unwrap();
//!
//! // What WWSAPI receives, read back: the same endpoint, the password now a slot.
//! let (back, values) = unsafe {
//!     read_description(lowered.as_ptr(), Side::Client, ChannelBinding::Http, Some(ChannelType::Request))
//! }.unwrap();
//! assert_eq!(back, with_raw_slot_names(&checked));
//! let password = values.get::<wws_security_model::SecretString>("raw:bindings[1].client_credential.password");
//! assert_eq!(password.unwrap().expose_secret(), "s3cret");
//! ```
#![deny(missing_docs)]

mod alloc;
mod at;
mod callback;
pub mod ctype;
mod lower;
#[cfg(windows)]
mod platform;
mod read;
mod slots;
mod template;
mod values;
mod wide;

pub use callback::{
    CallbackError, CertIssuerListNotificationCallback, CertIssuerListNotificationFn, Certificate,
    CertificateOutcome, CertificateRequest, CertificateValidationCallback, CertificateValidationFn,
    GetCertCallback, GetCertFn, IssuerList, Notification, PasswordValidator, PasswordValidatorFn,
    RawCertIssuerListNotificationCallback, RawCertificateValidationCallback, RawGetCertCallback,
    RawPasswordValidator, RawSamlValidator, SamlAssertion, SamlValidator, SamlValidatorFn,
    Validation,
};
pub use lower::{
    lower, AddressLayout, BindingLayout, DescriptionLayout, LowerError, LowerErrorKind, Lowered,
    LoweredAddress, PropertyLayout,
};
pub use read::{
    check_raw, read_address, read_description, ReadError, ReadErrorKind, MAX_BOOTSTRAP_DEPTH,
    MAX_ENTRIES,
};
pub use slots::{
    slot_uses, with_placeholders, with_raw_slot_names, SlotKind, SlotUse, RAW_SLOT_PREFIX,
};
pub use template::{
    lower_template, BagLayout, LoweredTemplate, MemberLayout, StructLayout, TemplateLayout,
};
pub use values::{
    CertificatePtr, MessagePropertyValue, OpaquePtr, RawPtr, SecurityTokenHandle, XmlBuffer,
    XmlBufferHandle, XmlToken,
};

/// The `HRESULT` a certificate-validation closure's `false` becomes
/// (`WS_E_SECURITY_VERIFICATION_FAILURE`); password and SAML validators refuse with `S_FALSE`.
pub const CERTIFICATE_REFUSED: windows_sys::core::HRESULT =
    callback::trampoline::CERTIFICATE_REFUSED;
