//! The value of a `security_binding!` declaration.

use crate::ffi::{LowerError, Lowered};
use crate::model::Endpoint;
use crate::policy::{Runtime, Validated};
use std::ops::Deref;

/// A security description declared with [`security_binding!`](crate::security_binding): the
/// endpoint the policy accepted at compile time, and the program values of the declaration.
#[derive(Debug, Clone)]
pub struct DeclaredEndpoint {
    endpoint: Validated<Endpoint>,
    runtime: Runtime,
}

impl DeclaredEndpoint {
    /// The checked endpoint.
    pub fn endpoint(&self) -> &Validated<Endpoint> {
        &self.endpoint
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

    /// The two parts.
    pub fn into_parts(self) -> (Validated<Endpoint>, Runtime) {
        (self.endpoint, self.runtime)
    }

    /// Used by the macro's expansion only.
    #[doc(hidden)]
    pub fn __from_macro(endpoint: Validated<Endpoint>, runtime: Runtime) -> Self {
        DeclaredEndpoint { endpoint, runtime }
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
