//! S-: binding templates and policy descriptions (templates.md §1-§2), and E-: our own rules
//! about expanding them.
//!
//! A template file is checked twice: the checks below run on the template itself (what the
//! template and its policy description say), and every T-, M- and P- check runs on its
//! expansion, with each diagnostic moved to the template member it came from
//! ([`crate::Policy::validate_template`]). Where a template rule restates a rule of the
//! expansion ([`RESTATED`]), the expansion's diagnostic at the same place is dropped, so one
//! problem gives one diagnostic.

pub(crate) mod catalogue;
pub(crate) mod channel;
pub(crate) mod decode;
pub(crate) mod fields;
pub(crate) mod merge;
pub(crate) mod policy;

use crate::{Applicability, Diagnostic, Edit, Policy, Report, Rule, Suggestion, Value};
use wws_security_model::{Part, Path, Template};

/// A check of a template: looks at the template in `cx` and emits a diagnostic per violation.
pub(crate) type TemplateCheck = fn(&mut TemplateCx<'_>);

/// Every check of a template, in the order they run.
pub(crate) static TEMPLATE_CHECKS: &[TemplateCheck] = &[
    channel::channel_binding_fixed,
    channel::channel_type_for_templates,
    fields::fields_per_side,
    policy::only_policy_properties,
    policy::header_auth_protection_level,
    merge::one_part_per_property,
];

/// Template rules and the rules of the expansion that say the same thing at the same place.
pub(crate) static RESTATED: &[(&Rule, &[&Rule])] = {
    use crate::rules::fields::{M_022, M_023, M_041, M_042, T_029, T_042, T_043, T_062, T_063};
    use crate::rules::properties::bindings::P_010;
    use crate::rules::transport::channel::{T_127, T_128, T_129};
    use crate::rules::transport::protection::T_019;
    &[
        (&channel::S_011, &[&T_127, &T_128, &T_129]),
        (&fields::S_030, &[&T_029]),
        (&fields::S_033, &[&T_042]),
        (&fields::S_034, &[&T_043]),
        (&fields::S_035, &[&T_062]),
        (&fields::S_036, &[&T_063]),
        (&fields::S_037, &[&M_041]),
        (&fields::S_038, &[&M_042]),
        (&fields::S_039, &[&M_022]),
        (&fields::S_040, &[&M_023]),
        (&policy::S_054, &[&T_019]),
        (&merge::E_001, &[&P_010]),
    ]
};

/// True when a diagnostic of `template_rule` makes one of `expansion_rule` at the same place
/// redundant.
pub(crate) fn restates(template_rule: &Rule, expansion_rule: &Rule) -> bool {
    RESTATED
        .iter()
        .any(|(t, e)| *t == template_rule && e.contains(&expansion_rule))
}

/// The context of the checks of one template.
pub(crate) struct TemplateCx<'a> {
    template: &'a Template,
    policy: &'a Policy,
    report: &'a mut Report,
}

impl<'a> TemplateCx<'a> {
    pub(crate) fn new(template: &'a Template, policy: &'a Policy, report: &'a mut Report) -> Self {
        TemplateCx {
            template,
            policy,
            report,
        }
    }

    /// The template being checked.
    pub(crate) fn template(&self) -> &'a Template {
        self.template
    }

    /// Reports a violation of `rule` at `path`, a place of the template file, with the edits
    /// that would fix it when they can be said.
    pub(crate) fn emit(
        &mut self,
        rule: &'static Rule,
        path: Path,
        message: impl Into<String>,
        help: impl Into<String>,
        suggestion: Option<Suggestion>,
    ) {
        let Some(severity) = self.policy.severity_of(rule) else {
            return;
        };
        self.report.diagnostics.push(Diagnostic {
            rule,
            severity,
            message: message.into(),
            help: help.into(),
            path,
            part: Part::Key,
            suggestion,
        });
    }
}

/// Removing the entry at `path` fixes it and changes nothing else.
pub(crate) fn remove(path: &Path) -> Option<Suggestion> {
    Some(Suggestion::new(
        Applicability::MachineApplicable,
        vec![Edit::Remove { path: path.clone() }],
    ))
}

/// Setting `path` to `value` is the one fix.
pub(crate) fn set(path: &Path, value: Value) -> Option<Suggestion> {
    Some(Suggestion::new(
        Applicability::MachineApplicable,
        vec![Edit::Set {
            path: path.clone(),
            value,
        }],
    ))
}

/// Setting `path` to `value` is one way to fix it; the user chooses.
pub(crate) fn propose(path: &Path, value: Value) -> Option<Suggestion> {
    Some(Suggestion::new(
        Applicability::MaybeIncorrect,
        vec![Edit::Set {
            path: path.clone(),
            value,
        }],
    ))
}

/// The place of a key at the top of the template file.
pub(crate) fn top(key: &'static str) -> Path {
    Path::root().key(key)
}
