//! The value of a `security_binding!` declaration.

use crate::ffi::{LowerError, Lowered};
use crate::model::{compact, Endpoint};
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
