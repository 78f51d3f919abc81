//! The Rust types of the values a `security_binding!` declaration takes from the program.
//!
//! A field that only the running program can fill (a callback, a handle, a token, a computed
//! password) is written as an ordinary Rust expression; rustc checks it against the type listed
//! here, and the value is registered in the declaration's [`Runtime`](crate::policy::Runtime)
//! under a generated slot name (`rust:<path>`, e.g. `rust:bindings[1].password_validator`).
//! [`DeclaredEndpoint::lower`](crate::DeclaredEndpoint::lower) then builds the
//! `WS_SECURITY_DESCRIPTION` with them.
//!
//! | field | expected Rust value |
//! |---|---|
//! | `password` | `secret(expr)` with `expr: impl Into<String>` (stored as [`SecretString`]) |
//! | `password_validator` | a closure or function `(&str, &SecretString) -> bool` (or `-> Result<bool, CallbackError>`), made a [`PasswordValidator`] |
//! | `saml_validator` | a closure `(&SamlAssertion) -> bool` (or a `Result`), made a [`SamlValidator`] |
//! | `get_cert_callback` | a closure `(&CertificateRequest) -> Option<Certificate>` (or a [`Certificate`], or either in a `Result`), made a [`GetCertCallback`]; WWSAPI takes ownership of the certificate |
//! | `cert_issuer_list_notification_callback` | a closure `(&IssuerList)` (or `-> Result<(), CallbackError>`), made a [`CertIssuerListNotificationCallback`] |
//! | `certificate_validation_callback_context.callback` | a closure `(Certificate) -> bool` (or a `Result`), made a [`CertificateValidationCallback`]; the closure owns the certificate |
//! | `xml_token` | an [`XmlToken`] (the `WS_SECURITY_TOKEN*` of `WsCreateXmlSecurityToken`) |
//! | `decryption_cert`, each item of `trusted_issuer_certs` | a [`CertificatePtr`] |
//! | `opaque_auth_identity` | an [`OpaquePtr`] |
//! | each value of `message_properties` | a [`MessagePropertyValue`] |
//! | every `*_callback_state`, `certificate_validation_callback_context.state` | an [`OpaquePtr`], only beside a C callback: a closure captures its own state |
//!
//! Any of these fields may instead name a slot the program fills later, `runtime("slot")`, exactly
//! as an endpoint file does with `{ runtime = "slot" }`; a slot may also hold a C function
//! ([`RawPasswordValidator`](crate::ffi::RawPasswordValidator) and its siblings).
//!
//! A closure with several parameters is written in parentheses
//! (`password_validator: (|user, password| ..)`): the declaration separates its entries at
//! top-level commas. Closures capture what they need, are `Send + Sync` (WWSAPI calls them from its own threads),
//! and are called through `extern "system"` trampolines; a panic in one becomes a failing
//! `HRESULT` rather than an unwind into WWSAPI.

pub use crate::ffi::{
    CallbackError, CertIssuerListNotificationCallback, Certificate, CertificatePtr,
    CertificateRequest, CertificateValidationCallback, GetCertCallback, IssuerList,
    MessagePropertyValue, OpaquePtr, PasswordValidator, SamlAssertion, SamlValidator, XmlToken,
};
pub use crate::model::SecretString;
