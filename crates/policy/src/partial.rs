//! Validating a document that has format errors: every rule on what could be read, nothing that
//! only comes from what could not ([`Partial`]).

use crate::{Diagnostic, Policy, Report};
use wws_security_model::decode::Partial;
use wws_security_model::{Endpoint, EndpointFile, Template};

/// Something the policy validates: a plain endpoint, a template, or either as read from a file.
pub trait Checkable {
    /// Every diagnostic of `policy` about it.
    fn validate_with(&self, policy: &Policy) -> Report;
}

impl Checkable for Endpoint {
    fn validate_with(&self, policy: &Policy) -> Report {
        policy.validate(self)
    }
}

impl Checkable for Template {
    fn validate_with(&self, policy: &Policy) -> Report {
        policy.validate_template(self)
    }
}

impl Checkable for EndpointFile {
    fn validate_with(&self, policy: &Policy) -> Report {
        match self {
            EndpointFile::Endpoint(endpoint) => policy.validate(endpoint),
            EndpointFile::Template(template) => policy.validate_template(template),
        }
    }
}

impl Policy {
    /// Validates a document read as far as it could be, alongside its format errors: the
    /// diagnostics that every reading has (whatever a misspelt binding type or value name was
    /// meant to be, the rule is broken), except those about a place that could not be read.
    /// A document with no reading (its side, channel binding or template type unreadable)
    /// gives an empty report.
    ///
    /// ```
    /// use wws_security_model::decode::{decode_file_partial, parse_node, Format};
    /// use wws_security_policy::Policy;
    ///
    /// // A misspelt message binding, and a server-only property on the client's SSL binding.
    /// let text = r#"
    /// side = "client"
    /// channel_binding = "http"
    /// [[bindings]]
    /// type = "ssl_transport"
    /// properties = { require_ssl_client_cert = true }
    /// [[bindings]]
    /// type = "username_mesage"
    /// "#;
    /// let partial = decode_file_partial(&parse_node(text, Format::Toml).unwrap());
    /// assert_eq!(partial.errors.len(), 1);
    /// let report = Policy::new().validate_partial(&partial);
    /// // The property is wrong whatever the second binding is; nothing is said about the
    /// // binding that could not be read.
    /// assert_eq!(report.ids(), ["P-014"]);
    /// ```
    pub fn validate_partial<T: Checkable>(&self, partial: &Partial<T>) -> Report {
        let mut reports = partial.readings.iter().map(|r| r.validate_with(self));
        let Some(first) = reports.next() else {
            return Report::default();
        };
        let mut kept: Vec<Diagnostic> = first
            .diagnostics
            .into_iter()
            .filter(|d| !partial.in_hole(&d.path))
            .collect();
        for report in reports {
            kept.retain(|d| report.diagnostics.iter().any(|other| same(d, other)));
        }
        Report { diagnostics: kept }
    }
}

/// The same problem: rule, place, words and severity.
fn same(a: &Diagnostic, b: &Diagnostic) -> bool {
    a.rule.id == b.rule.id && a.path == b.path && a.severity == b.severity && a.message == b.message
}
