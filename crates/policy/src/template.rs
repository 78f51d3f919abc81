//! Validating a template endpoint: the template rules on the template, and every rule of the
//! plain form on its expansion, with each diagnostic at the template member it came from.

use crate::rules::templates::{restates, TemplateCx, TEMPLATE_CHECKS};
use crate::{Diagnostic, Edit, Policy, Report, Suggestion, Validated};
use wws_security_model::{Endpoint, Expansion, Path, Segment, Template};

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
                let suggestion = d.suggestion.and_then(|s| in_template(s, &expansion));
                report.diagnostics.push(Diagnostic {
                    path,
                    suggestion,
                    ..d
                });
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
        let (checked, report) = self.check_template_value(template)?;
        Ok((Validated::accepted(checked.expand()), report))
    }

    /// Validates `template` as [`Policy::check_template`] does, but gives back the checked
    /// template itself: the input of `wws_security_ffi::lower_template`, which builds the
    /// template value and policy description of the template calls. Its expansion is
    /// [`Template::expand`].
    ///
    /// ```
    /// use wws_security_model::{BindingTemplateType, Side, Template};
    ///
    /// let template = Template::new(Side::Client, BindingTemplateType::HttpSsl);
    /// let (checked, _warnings) = wws_security_policy::Policy::new()
    ///     .check_template_value(&template)
    ///     .unwrap();
    /// assert_eq!(checked.template_type(), BindingTemplateType::HttpSsl);
    /// ```
    pub fn check_template_value(
        &self,
        template: &Template,
    ) -> Result<(Validated<Template>, Report), Report> {
        let report = self.validate_template(template);
        if report.has_errors() {
            Err(report)
        } else {
            Ok((Validated::accepted(template.clone()), report))
        }
    }
}

/// A suggestion about the expansion, with its edits moved into the template file; `None` when an
/// edit touches what the template type makes itself (a binding of the list, the bootstrap), which
/// no edit of the file can change.
fn in_template(suggestion: Suggestion, expansion: &Expansion) -> Option<Suggestion> {
    let template_key = Path::root().key("template");
    let mut edits = Vec::with_capacity(suggestion.edits.len());
    for edit in suggestion.edits {
        if matches!(edit.path().segments().last(), Some(Segment::Index(_))) {
            return None;
        }
        let mapped = expansion.template_path(edit.path());
        if mapped.segments().first() == template_key.segments().first() {
            return None;
        }
        edits.push(match edit {
            Edit::Remove { .. } => Edit::Remove { path: mapped },
            Edit::Set { value, .. } => Edit::Set {
                path: mapped,
                value,
            },
            Edit::Rename { to, .. } => Edit::Rename { path: mapped, to },
        });
    }
    Some(Suggestion {
        edits,
        ..suggestion
    })
}

/// Checks `template` with the default policy; see [`Policy::validate_template`].
pub fn validate_template(template: &Template) -> Report {
    Policy::default().validate_template(template)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Applicability, Value};
    use wws_security_model::{BindingTemplateType, Side};

    fn fix(edits: Vec<Edit>) -> Suggestion {
        Suggestion::new(Applicability::MachineApplicable, edits)
    }

    #[test]
    fn fixes_move_into_the_template_or_are_dropped() {
        let expansion =
            Template::new(Side::Client, BindingTemplateType::HttpSslUsername).expansion();
        let at = |p: &str| Path::parse(p).unwrap();
        let moved = in_template(
            fix(vec![Edit::Set {
                path: at("bindings[1].binding_usage"),
                value: Value::Name("supporting".to_owned()),
            }]),
            &expansion,
        )
        .unwrap();
        assert_eq!(
            moved.edits[0].path().to_string(),
            "policy.username_message_security_binding.binding_usage"
        );
        // Removing a binding of the list, or adding to what the template type makes, has no
        // edit in the template file.
        let element = fix(vec![Edit::Remove {
            path: at("bindings[1]"),
        }]);
        assert_eq!(in_template(element, &expansion), None);
        let made = fix(vec![Edit::Set {
            path: at("bindings"),
            value: Value::List(Vec::new()),
        }]);
        assert_eq!(in_template(made, &expansion), None);
    }
}
