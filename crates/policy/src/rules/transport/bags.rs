//! The two property bags hold only their own keys: a binding property written in the
//! description's bag, or a description-wide property in a binding's bag, is reported under the
//! rule of the bag (the decoder finds it; it cannot be stored in the model).

use crate::facts::properties::binding_property;
use crate::registry::{Claim, Kind, Rule, RuleSet, Status};
use wws_security_model::decode::{DecodeError, DecodeErrorKind, PropertyBagKind};
use wws_security_model::{CEnum, SecurityBindingPropertyId};

pub(crate) static SET: RuleSet = RuleSet::decoded(&[&T_007, &T_009], &[property_in_the_other_bag]);

pub(crate) static T_007: Rule = Rule::error("T-007", Kind::Value, Status::Implemented)
    .also(&["P-002"])
    .title("channel-wide property keys are WS_SECURITY_PROPERTY_ID values")
    .rationale("The description's bag takes description-wide settings only; a binding setting written there configures nothing. The model cannot hold it (`PropertyBag<ChannelProperty>`), so the decoder finds it and this rule says where it goes.")
    .source("api/ns-webservices-ws_security_description.md § properties");

pub(crate) static T_009: Rule = Rule::error("T-009", Kind::Value, Status::Implemented)
    .also(&["P-001"])
    .title("binding property keys are WS_SECURITY_BINDING_PROPERTY_ID values")
    .rationale("A binding's bag takes that binding's settings only; a description-wide setting written there configures nothing. The model cannot hold it (`PropertyBag<BindingProperty>`), so the decoder finds it and this rule says where it goes.")
    .source("api/ns-webservices-ws_security_binding.md § properties");

// T-007, T-009: a key of the other bag.
fn property_in_the_other_bag(e: &DecodeError) -> Option<Claim> {
    let DecodeErrorKind::MisplacedProperty { key, written_in } = &e.kind else {
        return None;
    };
    Some(match written_in {
        PropertyBagKind::Channel => {
            let help = SecurityBindingPropertyId::from_name(key).ok().map(|id| {
                let places: Vec<String> = binding_property(id)
                    .bindings
                    .iter()
                    .map(|(b, sides)| format!("`{}` ({})", b.name(), sides.names().join(" or ")))
                    .collect();
                format!(
                    "move it into the `properties` of the binding it configures: {}",
                    places.join(", ")
                )
            });
            Claim {
                rule: &T_007,
                message: None,
                help,
            }
        }
        PropertyBagKind::Binding => Claim::rule(&T_009),
    })
}
