//! The Rust types of the values a `security_binding!` declaration takes from the program.
//!
//! A field that only the running program can fill (a callback, a handle, a token, a computed
//! password) is written as an ordinary Rust expression; rustc checks it against the type listed
//! here, and the value is registered in the declaration's [`Runtime`](crate::policy::Runtime)
//! under a generated slot name (`rust:<path>`, e.g. `rust:bindings[1].password_validator`).
//!
//! The fields and their types, from the model's field tables (`cargo xtask gen` writes the
//! table):
//!
#![doc = include_str!("values.md")]
//!
//! Any of these fields may instead name a slot the program fills later, `runtime("slot")`, exactly
//! as an endpoint file does with `{ runtime = "slot" }`.
//!
//! The callback types are plain function pointers: a named function or a closure that captures
//! nothing coerces to them; state the callback needs goes in its `*_callback_state` field.

use crate::model::SecretString;

/// Checks a user name and password received by a server (`password_validator` of
/// `username_message`): `true` accepts them.
pub type PasswordValidator = fn(username: &str, password: &SecretString) -> bool;

/// Checks a SAML assertion received by a server (`saml_validator` of the `cert_signed`
/// authenticator), given as its XML bytes: `true` accepts it.
pub type SamlValidator = fn(assertion_xml: &[u8]) -> bool;

/// Supplies the client certificate of a `custom` certificate credential, DER-encoded, or `None`
/// when there is none.
pub type GetCertCallback = fn() -> Option<Vec<u8>>;

/// Is told which certificate issuers the server accepts (DER-encoded distinguished names).
pub type CertIssuerListNotificationCallback = fn(issuers: &[Vec<u8>]);

/// Checks the server certificate (DER-encoded) of an SSL connection: `true` accepts it.
pub type CertificateValidationCallback = fn(certificate_der: &[u8]) -> bool;

#[cfg(test)]
mod tests {
    /// The macro names these types through `Callback::rust_type`; each must exist here.
    #[test]
    fn every_callback_of_the_model_has_its_type_here() {
        let source = include_str!("values.rs");
        for callback in crate::model::Callback::ALL {
            let declaration = format!("pub type {} = fn(", callback.rust_type());
            assert!(source.contains(&declaration), "{callback:?}");
        }
    }
}
