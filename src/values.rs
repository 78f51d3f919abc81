//! The Rust types of the values a `security_binding!` declaration takes from the program.
//!
//! A field that only the running program can fill (a callback, a handle, a token, a computed
//! password) is written as an ordinary Rust expression; rustc checks it against the type listed
//! here, and the value is registered in the declaration's [`Runtime`](crate::policy::Runtime)
//! under a generated slot name (`rust:<path>`, e.g. `rust:bindings[1].password_validator`).
//! [`DeclaredEndpoint::lower`](crate::DeclaredEndpoint::lower) then builds the
//! `WS_SECURITY_DESCRIPTION` with them.
//!
//! The fields and the Rust values they take, from the model's field tables (`cargo xtask gen`
//! writes the table):
//!
#![doc = include_str!("values.md")]
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
    MessagePropertyValue, OpaquePtr, PasswordValidator, SamlAssertion, SamlValidator, XmlBuffer,
    XmlToken,
};
pub use crate::model::SecretString;

#[cfg(test)]
mod tests {
    /// The macro names these types through `Callback::rust_type`; each must be exported here.
    #[test]
    fn every_callback_of_the_model_has_its_type_here() {
        let source = include_str!("values.rs");
        let exports = &source[source.find("pub use crate::ffi::{").expect("the re-export")..];
        for callback in crate::model::Callback::ALL {
            assert!(exports.contains(callback.rust_type()), "{callback:?}");
        }
    }
}
