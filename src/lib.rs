//! wws-security: WWSAPI security descriptions that are correct by construction.
//!
//! - [`model`]: every type and enumeration of the WWSAPI security layer, and the endpoint file
//!   format (TOML / JSON).
//! - [`policy`]: every documented rule, run on an endpoint at run time (`validate`).
//! - [`security_binding!`]: the same rules at compile time, for endpoints declared in Rust.
//! - [`wsdl`]: a service's WSDL or WS-Policy read into the endpoints WWSAPI can build from it.
//! - [`ffi`]: a checked endpoint lowered to the `WS_SECURITY_DESCRIPTION` WWSAPI takes
//!   ([`DeclaredEndpoint::lower`]), and raw descriptions built by C read back and checked.
#![deny(missing_docs)]

pub use wws_security_ffi as ffi;
pub use wws_security_model as model;
pub use wws_security_policy as policy;
pub use wws_security_wsdl as wsdl;

pub mod values;

mod declared;
pub use declared::DeclaredEndpoint;

/// Declares an endpoint's security description in Rust; the compiler rejects every mistake the
/// policy knows, each at the token that causes it.
///
/// The declaration uses the names of the endpoint file format (`docs/format.md`): the same keys,
/// binding types, property names and value names, so it reads like the endpoint file.
///
/// ```
/// use wws_security::security_binding;
///
/// fn check_password(user: &str, password: &wws_security::model::SecretString) -> bool {
///     user == "svc-orders" && password.expose_secret() == "s3cret"
/// }
///
/// let endpoint = security_binding! {
///     side: server,
///     channel_binding: http,
///     channel_type: reply,
///     bindings [
///         ssl_transport {},
///         username_message {
///             binding_usage: supporting,
///             password_validator: check_password,
///         },
///     ]
/// };
/// assert_eq!(endpoint.side, wws_security::model::Side::Server);
/// assert!(endpoint.runtime().contains("rust:bindings[1].password_validator"));
/// ```
///
/// # Grammar
///
/// ```text
/// declaration := lint* entry*
/// lint        := #![allow(ID, ..)] | #![warn(ID, ..)] | #![deny(ID | warnings, ..)]   ID: P-022
/// entry       := key: value ,      | key { entries }      | key [ values ]
/// value       := name              e.g. client, supporting, sign_and_encrypt
///              | "string" | 123 | true | false
///              | [ value, .. ]     flag lists: [basic, digest]
///              | { entries }       a table (an algorithm suite, message properties ..)
///              | name { entries }  a table of type `name`: a binding, a credential, an authenticator
///              | env("VAR") | runtime("slot") | secret(<expr>)
///              | <Rust expression> for callbacks, states, tokens, handles, certificates
/// ```
/// Entries are separated by commas; after a `{ .. }` or `[ .. ]` the comma may be left out.
/// The top level takes `side`, `channel_binding`, `channel_type`, `properties` and `bindings`.
/// A bare name where a credential goes is that credential's type: `client_credential: default`.
/// Durations are strings with one unit: `"5m"`, `"300ms"`.
///
/// # Output
///
/// An expression of type [`DeclaredEndpoint`]: the [`Validated`](policy::Validated) endpoint,
/// built from constructor expressions (nothing is validated again at run time), and a
/// [`Runtime`](policy::Runtime) holding the Rust values of the declaration (see [`values`]).
///
/// # Diagnostics
///
/// Every error at once, each at its tokens, with the rule id and a help line. Security lints are
/// compiler warnings (shown as a use of a deprecated item), and can be allowed or denied inside
/// the declaration: `#![allow(P-022)]`, `#![deny(warnings)]`.
pub use wws_security_macros::security_binding;
