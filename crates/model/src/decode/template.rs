//! Decoding template endpoint files (`template = "<name>"`), and the one entry point that reads
//! either kind of endpoint file.
//!
//! A template file holds the header keys (`template`, `side`, and optionally `channel_binding`
//! and `channel_type`), the members of the template value at the top level, and the policy
//! description under `policy`. The template type decides which members exist; their keys come
//! from the structures' field tables.

use super::endpoint::address;
use super::properties::{binding_properties, channel_properties, property_id};
use super::{DecodeErrorKind, DecodeErrors, DecodeField, Decoder, Node};
use crate::*;

/// The header keys of a template file, before the template value's members.
pub const TEMPLATE_HEADER_KEYS: &[&str] = &[
    "template",
    "side",
    "channel_binding",
    "channel_type",
    "address",
];

/// Every key of a template file of `template_type`: the header keys, the template value's
/// members, then `policy`.
pub fn template_keys(template_type: BindingTemplateType) -> Vec<&'static str> {
    let members = BindingTemplate::value_fields(template_type)
        .iter()
        .map(|f| f.key);
    TEMPLATE_HEADER_KEYS
        .iter()
        .copied()
        .chain(members)
        .chain(std::iter::once("policy"))
        .collect()
}

/// Decodes an endpoint file of either kind: a table with a `template` key is a template
/// endpoint, any other document a plain endpoint.
pub fn decode_file(node: &Node) -> Result<EndpointFile, DecodeErrors> {
    if is_template(node) {
        decode_template(node).map(|t| EndpointFile::Template(Box::new(t)))
    } else {
        super::decode_endpoint(node).map(EndpointFile::Endpoint)
    }
}

pub(super) fn is_template(node: &Node) -> bool {
    matches!(node, Node::Table(entries) if entries.iter().any(|(k, _)| k == "template"))
}

/// Decodes a template endpoint, reporting every problem.
pub fn decode_template(node: &Node) -> Result<Template, DecodeErrors> {
    let mut d = Decoder::default();
    let template = template(&mut d, node);
    match template {
        Some(t) if d.errors.is_empty() => Ok(t),
        _ => Err(DecodeErrors(d.errors)),
    }
}

/// Every key some template file may have, so that a misspelt `side` is reported once.
fn any_template_key() -> impl Iterator<Item = &'static str> {
    BindingTemplateType::ALL
        .iter()
        .flat_map(|t| template_keys(*t))
        .chain(std::iter::once("properties"))
}

pub(super) fn template(d: &mut Decoder, node: &Node) -> Option<Template> {
    let mut t = d.table(node)?.knowing(any_template_key());
    let template_type = t.required(d, "template", |d, n| d.name::<BindingTemplateType>(n));
    let side = t.required(d, "side", |d, n| {
        d.choice(n, "side", Side::NAMES, Side::from_name)
    });
    let channel_binding = t.optional(d, "channel_binding", |d, n| d.name::<ChannelBinding>(n));
    let channel_type = t.optional(d, "channel_type", |d, n| d.name::<ChannelType>(n));
    let address = t.optional(d, "address", address);
    // Without a template type the valid keys are unknown, so only the header is reported.
    let template_type = template_type?;
    let binding_template = BindingTemplate::decode(template_type, d, &mut t);
    let keys = template_keys(template_type);
    // The description-wide bag of a plain file is `security_properties` here.
    if t.get("properties").is_some() && keys.contains(&"security_properties") {
        d.at_key("properties", |d| {
            d.error(DecodeErrorKind::UnknownKey {
                key: "properties".to_owned(),
                suggestion: Some("security_properties"),
                expected: keys.clone(),
            })
        });
    }
    t.finish(d, &keys);
    Some(Template {
        side: side?,
        channel_binding,
        channel_type,
        address,
        binding_template,
    })
}

impl DecodeField for BindingProperties {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        binding_properties(d, node)
    }
}

impl DecodeField for ChannelProperties {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        channel_properties(d, node)
    }
}

impl DecodeField for TemplateChannelProperties {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        template_channel_properties(d, node)
    }
}

/// A `channel_properties` table: the channel properties policy can carry.
fn template_channel_properties(d: &mut Decoder, node: &Node) -> Option<TemplateChannelProperties> {
    use ChannelPropertyId as Id;
    use TemplateChannelProperty as P;
    let Node::Table(entries) = node else {
        d.wrong_type("a table of channel properties", node);
        return None;
    };
    let mut bag = TemplateChannelProperties::new();
    for (key, value) in entries {
        let Some(id) = property_id::<Id>(d, key, None, entries) else {
            continue;
        };
        let property = d.entry(key, value, |d, value| -> Option<TemplateChannelProperty> {
            Some(match id {
                Id::Encoding => P::Encoding(d.name(value)?),
                Id::EnvelopeVersion => P::EnvelopeVersion(d.name(value)?),
                Id::AddressingVersion => P::AddressingVersion(d.name(value)?),
            })
        });
        if let Some(p) = property {
            bag.push(p);
        }
    }
    // Entries that did not decode are left out (each a hole); the errors say the bag is wrong.
    Some(bag)
}
