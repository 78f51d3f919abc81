//! E-001: a property set both in the policy description and in the template value. The
//! runtime merges the two sets, but no page says which wins (S-012); we refuse the guess.

use super::TemplateCx;
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::{Applicability, Edit, Suggestion};
use wws_security_model::{MemberValue, Path, Segment};

pub(crate) static SET: RuleSet = RuleSet::rules(&[&E_001]);

pub(crate) static E_001: Rule = Rule::error("E-001", Kind::Combination, Status::Implemented)
    .also(&["S-012"])
    .title("a property is set in the policy description or in the template, not in both")
    .rationale("The template holds what policy cannot express, and the runtime adds it to what the policy description holds. The documentation does not say which value wins when both set the same property, so rather than guess we report it: keep the policy's value when the service's policy states it, else the template's.")
    .source("api/ns-webservices-ws_http_ssl_binding_template.md § struct-fields; templates.md § S-012");

/// The template value's place matching a policy description's place (`policy.x.y` is `x.y`).
fn value_place(policy_path: &Path) -> Path {
    let mut out = Path::root();
    for segment in policy_path.segments().iter().skip(1) {
        if let Segment::Key(k) = segment {
            out.push_key(k.clone());
        }
    }
    out
}

// E-001: the same property name in a policy bag and the template bag at the same place.
pub(crate) fn one_part_per_property(cx: &mut TemplateCx<'_>) {
    let mut policy_bags = Vec::new();
    let mut value_bags = Vec::new();
    cx.template().visit_members(|m| {
        let MemberValue::Properties(bag) = m.value else {
            return;
        };
        if bag.is_empty() {
            return;
        }
        match m.path.segments().first() {
            Some(Segment::Key(k)) if k == "policy" => {
                policy_bags.push((value_place(m.path), m.path.clone(), bag.names()));
            }
            _ => value_bags.push((m.path.clone(), bag.names())),
        }
    });
    let mut found = Vec::new();
    for (place, policy_place, policy_names) in &policy_bags {
        let Some((_, names)) = value_bags.iter().find(|(p, _)| p == place) else {
            continue;
        };
        let mut reported = Vec::new();
        for name in names {
            if policy_names.contains(name) && !reported.contains(name) {
                reported.push(*name);
                found.push((place.key(*name), policy_place.key(*name)));
            }
        }
    }
    for (at, policy_at) in found {
        let message = format!(
            "`{at}` is also set by the policy description at `{policy_at}`; which of the two the runtime uses is not documented"
        );
        // Keeping the policy's value is the usual fix, but the choice is the user's.
        let fix = Suggestion::new(
            Applicability::MaybeIncorrect,
            vec![Edit::Remove { path: at.clone() }],
        );
        cx.emit(
            &E_001,
            at,
            message,
            "keep one: the policy description's when the service's policy states it, else the template's",
            Some(fix),
        );
    }
}
