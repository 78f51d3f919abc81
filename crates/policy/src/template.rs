//! Validating a template endpoint: the template rules on the template, and every rule of the
//! plain form on its expansion, with each diagnostic at the template member it came from.

use crate::rules::templates::{restates, TemplateCx, TEMPLATE_CHECKS};
use crate::{Diagnostic, Policy, Report, Validated};
use wws_security_model::{Endpoint, Template};

impl Policy {
    /// Checks `template`: the S- and E- rules on the template itself, then every T-, M- and P-
    /// rule on [`Template::expand`]. Diagnostics of the expansion are placed at the template
    /// member they came from (`username_message_security_binding.client_credential`, never
    /// `bindings[1].client_credential`); one that a template rule already reports at the same
    /// place, or that the expansion repeats (the transport binding of a security-context
    /// template is in both channels), is given once.
    ///
    /// ```
    /// use wws_security_model::{BindingTemplateType, Side, Template};
    ///
    /// // A username proxy template without its credential.
    /// let template = Template::new(Side::Client, BindingTemplateType::HttpSslUsername);
    /// let report = wws_security_policy::Policy::new().validate_template(&template);
    /// assert_eq!(report.ids(), ["S-039"]);
    /// assert_eq!(
    ///     report.diagnostics[0].path.to_string(),
    ///     "username_message_security_binding.client_credential"
    /// );
    /// ```
    pub fn validate_template(&self, template: &Template) -> Report {
        let mut report = Report::default();
        let mut cx = TemplateCx::new(template, self, &mut report);
        for check in TEMPLATE_CHECKS {
            check(&mut cx);
        }
        let own = report.diagnostics.len();
        let expansion = template.expansion();
        for d in self.validate(&expansion.endpoint).diagnostics {
            let path = expansion.template_path(&d.path);
            let (template_rules, expansion_rules) = report.diagnostics.split_at(own);
            let restated = template_rules
                .iter()
                .any(|t| t.path == path && restates(t.rule, d.rule));
            let repeated = expansion_rules
                .iter()
                .any(|e| e.rule == d.rule && e.path == path);
            if !restated && !repeated {
                report.diagnostics.push(Diagnostic { path, ..d });
            }
        }
        report
    }

    /// Validates `template`: the checked expansion and the report of its warnings, or the report
    /// with every error (and warning), as [`Policy::check`] does for plain endpoints.
    pub fn check_template(
        &self,
        template: &Template,
    ) -> Result<(Validated<Endpoint>, Report), Report> {
        let report = self.validate_template(template);
        if report.has_errors() {
            Err(report)
        } else {
            Ok((Validated::accepted(template.expand()), report))
        }
    }
}

/// Checks `template` with the default policy; see [`Policy::validate_template`].
pub fn validate_template(template: &Template) -> Report {
    Policy::default().validate_template(template)
}
