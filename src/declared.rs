//! The value of a `security_binding!` declaration.

use crate::ffi::{LowerError, Lowered, LoweredTemplate};
use crate::model::{compact, Endpoint, Template};
use crate::policy::{Runtime, Validated};
use std::ops::Deref;

/// A security description declared with [`security_binding!`](crate::security_binding): the
/// endpoint the policy accepted at compile time, and the program values of the declaration.
/// A declaration of the template form (`template: http_ssl_username, ..`) also keeps its
/// [`Template`]; its endpoint is the template's expansion.
#[derive(Debug, Clone)]
pub struct DeclaredEndpoint {
    endpoint: Validated<Endpoint>,
    runtime: Runtime,
    template: Option<Box<Validated<Template>>>,
}

impl DeclaredEndpoint {
    /// The checked endpoint: for the template form, the description the template call builds
    /// ([`Template::expand`]).
    pub fn endpoint(&self) -> &Validated<Endpoint> {
        &self.endpoint
    }

    /// The template of a declaration of the template form (`template: <name>, ..`): the input
    /// of `WsCreateServiceProxyFromTemplate` or `WsCreateServiceEndpointFromTemplate`. `None`
    /// for a plain declaration.
    pub fn template(&self) -> Option<&Template> {
        self.template.as_deref().map(Validated::get)
    }

    /// The Rust values of the declaration, each under its generated slot name
    /// (`rust:<path>`, see [`values`](crate::values)).
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// The `WS_SECURITY_DESCRIPTION` WWSAPI takes, built from the declaration and its values:
    /// [`Lowered::as_ptr`] is the pointer for `WsCreateChannel` or `WsCreateListener`. Fails
    /// only for a slot the declaration names with `runtime("..")` and nobody filled, or an
    /// `env("VAR")` password whose variable is not set ([`ffi::lower`](crate::ffi::lower)).
    pub fn lower(&self) -> Result<Lowered, LowerError> {
        crate::ffi::lower(&self.endpoint, &self.runtime)
    }

    /// For a declaration of the template form, the template value and policy description
    /// `WsCreateServiceProxyFromTemplate` and `WsCreateServiceEndpointFromTemplate` take, built
    /// from the template and the declaration's values ([`ffi::lower_template`](crate::ffi::lower_template));
    /// `None` for a plain declaration. Fails as [`lower`](Self::lower) does.
    pub fn lower_template(&self) -> Option<Result<LoweredTemplate, LowerError>> {
        self.template
            .as_deref()
            .map(|template| crate::ffi::lower_template(template, &self.runtime))
    }

    /// The two parts.
    pub fn into_parts(self) -> (Validated<Endpoint>, Runtime) {
        (self.endpoint, self.runtime)
    }

    /// Used by the macro's expansion only: `data` is the compact form
    /// (`wws_security_model::compact`) of the endpoint the policy accepted at compile time, so it
    /// is read back without checking it again.
    ///
    /// # Panics
    ///
    /// When `data` was not written by the macro of this version (the expansion always is: the
    /// facade pins the macro crate to its own version).
    #[doc(hidden)]
    pub fn __from_macro(data: &[u8], runtime: Runtime) -> Self {
        let endpoint = compact::decode(data).unwrap_or_else(|e| panic!("security_binding!: {e}"));
        DeclaredEndpoint {
            endpoint: Validated::__checked_at_compile_time(endpoint),
            runtime,
            template: None,
        }
    }

    /// Used by the macro's expansion only, for the template form: `data` is the compact form of
    /// the template the policy accepted at compile time (its own rules and every rule on its
    /// expansion); the endpoint is its expansion, built again here.
    ///
    /// # Panics
    ///
    /// When `data` was not written by the macro of this version.
    #[doc(hidden)]
    pub fn __from_macro_template(data: &[u8], runtime: Runtime) -> Self {
        let template =
            compact::decode_template(data).unwrap_or_else(|e| panic!("security_binding!: {e}"));
        DeclaredEndpoint {
            endpoint: Validated::__checked_at_compile_time(template.expand()),
            runtime,
            template: Some(Box::new(Validated::__checked_at_compile_time(template))),
        }
    }

    /// The placeholder a declaration with errors expands to, so the rest of the program still
    /// type-checks; the `compile_error!`s next to it mean it is never built.
    #[doc(hidden)]
    pub fn __fallback() -> Self {
        unreachable!("a security_binding! declaration with errors never compiles")
    }
}

impl Deref for DeclaredEndpoint {
    type Target = Validated<Endpoint>;
    fn deref(&self) -> &Validated<Endpoint> {
        &self.endpoint
    }
}
