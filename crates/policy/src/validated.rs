//! `Validated<Endpoint>`: an endpoint the policy has accepted. Only [`Policy::check`] (run time)
//! and the `security_binding!` macro (compile time) produce one, so an API can demand it.

use crate::{Policy, Report};
use std::ops::Deref;
use wws_security_model::Endpoint;

/// A value the policy accepted (no errors; warnings may have been reported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validated<T> {
    inner: T,
}

impl<T> Validated<T> {
    /// A value the policy has just accepted (crate-internal: only validation makes one).
    pub(crate) fn accepted(inner: T) -> Self {
        Validated { inner }
    }

    /// The checked value.
    pub fn get(&self) -> &T {
        &self.inner
    }

    /// Gives the value back, dropping the guarantee.
    pub fn into_inner(self) -> T {
        self.inner
    }
}

impl<T> Deref for Validated<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> AsRef<T> for Validated<T> {
    fn as_ref(&self) -> &T {
        &self.inner
    }
}

impl<T> Validated<T> {
    /// Wraps an endpoint or template the `security_binding!` macro validated while compiling;
    /// not for other callers (use [`Policy::check`] or [`Policy::check_template_value`]).
    /// Hidden because it trusts its caller.
    #[doc(hidden)]
    pub fn __checked_at_compile_time(value: T) -> Self {
        Validated { inner: value }
    }
}

impl Policy {
    /// Validates `endpoint`: the checked endpoint and the report of its warnings, or the report
    /// with every error (and warning).
    pub fn check(&self, endpoint: Endpoint) -> Result<(Validated<Endpoint>, Report), Report> {
        let report = self.validate(&endpoint);
        if report.has_errors() {
            Err(report)
        } else {
            Ok((Validated { inner: endpoint }, report))
        }
    }
}
