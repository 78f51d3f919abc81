//! wws-security: WWSAPI security descriptions that are correct by construction.
//!
//! - [`model`]: every type and enumeration of the WWSAPI security layer, and the endpoint file
//!   format (TOML / JSON).
//! - [`policy`]: every documented rule, run on an endpoint at run time (`validate`).
//! - [`security_binding!`]: the same rules at compile time, for endpoints declared in Rust.
//! - [`wsdl`]: a service's WSDL or WS-Policy read into the endpoints WWSAPI can build from it.
//! - [`ffi`]: a checked endpoint lowered to the `WS_SECURITY_DESCRIPTION` WWSAPI takes
//!   ([`DeclaredEndpoint::lower`]), a checked template to the template value and policy
//!   description of the template calls ([`DeclaredEndpoint::lower_template`]), and raw
//!   descriptions built by C read back and checked.
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
/// The top level takes `side`, `channel_binding`, `channel_type`, `address`, `properties` and
/// `bindings`. A bare name where a credential goes is that credential's type:
/// `client_credential: default`. Durations are strings with one unit: `"5m"`, `"300ms"`.
///
/// # The template form
///
/// With a `template` key the declaration is a template call's input, with the keys of a
/// template file (`docs/templates.md`): the template value's members at the top level and the
/// policy description in `policy { .. }`.
///
/// ```
/// use wws_security::model::BindingTemplateType;
/// use wws_security::security_binding;
///
/// let proxy = security_binding! {
///     side: client,
///     template: http_ssl_username,
///     username_message_security_binding {
///         client_credential: string { username: "svc-orders", password: env("ORDERS_PASSWORD") },
///     }
///     policy { security_properties { timestamp_usage: always } }
/// };
/// let template = proxy.template().expect("the template form keeps its template");
/// assert_eq!(template.template_type(), BindingTemplateType::HttpSslUsername);
/// // The checked endpoint is the description the template call builds.
/// assert_eq!(proxy.description.bindings.len(), 2);
/// ```
///
/// # Output
///
/// An expression of type [`DeclaredEndpoint`]: the [`Validated`](policy::Validated) endpoint,
/// carried as data and read back without validating again at run time, the
/// [`Template`](model::Template) of the template form, and a [`Runtime`](policy::Runtime)
/// holding the Rust values of the declaration (see [`values`]).
///
/// # Diagnostics
///
/// Every error at once, in the order of the declaration, each at its tokens, with the rule id, a
/// help line and, where the fix is an edit, a suggestion in the macro's syntax. A format error
/// does not hide the policy's errors about the rest of the declaration. Security lints are
/// compiler warnings (shown as a use of a deprecated item), and can be allowed or denied inside
/// the declaration: `#![allow(P-022)]`, `#![deny(warnings)]`.
pub use wws_security_macros::security_binding;
