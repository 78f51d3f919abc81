//! JSON Schema of template endpoint files, built from the field tables of the template
//! structures: one alternative per template type, each listing exactly the members that type's
//! template value and policy description have.

use super::BindingTemplate;
use crate::schema::{drop_unused_defs, fix_schema};
use crate::{
    BindingProperties, BindingTemplateType, Bytes, CEnum, CertCredential, ChannelBinding,
    ChannelProperties, ChannelType, CredentialFamily, EndpointAddress, EndpointIdentity, Field,
    FieldKind, MessageSecurityUsage, PropertyContainer, RuntimeSlot, SamlAuthenticator, Secret,
    SecurityDescription, Side, TemplateChannelProperties, UsernameCredential,
    WindowsIntegratedAuthCredential,
};
use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{json, Map, Value};

/// The schema of a template endpoint file (JSON Schema 2020-12). Like the decoder, every table
/// rejects keys it does not know, and the `template` name selects the members.
pub fn template_schema() -> Value {
    let mut g = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let alternatives: Vec<Value> = BindingTemplateType::ALL
        .iter()
        .map(|t| alternative(&mut g, *t))
        .collect();
    let defs: Map<String, Value> = g.take_definitions(true).into_iter().collect();
    let mut root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "wws-security template endpoint file",
        "description": "An endpoint built by a binding template: `template` names the WS_BINDING_TEMPLATE_TYPE; the template value's members sit at the top level and the policy description under `policy`.",
        "oneOf": alternatives,
        "$defs": defs,
    });
    let defs = root["$defs"].clone();
    fix_schema(&mut root, &defs);
    drop_unused_defs(&mut root);
    root
}

/// The file of one template type.
fn alternative(g: &mut SchemaGenerator, template_type: BindingTemplateType) -> Value {
    let (value_c, policy_c) = BindingTemplate::c_names(template_type);
    let mut properties = Map::new();
    properties.insert(
        "template".to_owned(),
        json!({
            "const": template_type.name(),
            "description": format!("{} ({value_c} with {policy_c})", template_type.c_name()),
        }),
    );
    properties.insert("side".to_owned(), g.subschema_for::<Side>().to_value());
    let mut channel_binding = g.subschema_for::<ChannelBinding>().to_value();
    channel_binding["description"] = format!(
        "Optional: the template fixes the channel binding (`{}`).",
        template_type.channel_binding().name()
    )
    .into();
    properties.insert("channel_binding".to_owned(), channel_binding);
    properties.insert(
        "channel_type".to_owned(),
        g.subschema_for::<ChannelType>().to_value(),
    );
    properties.insert(
        "address".to_owned(),
        g.subschema_for::<EndpointAddress>().to_value(),
    );
    for field in BindingTemplate::value_fields(template_type) {
        properties.insert(field.key.to_owned(), member(g, field));
    }
    let mut policy = structure(g, BindingTemplate::policy_fields(template_type));
    policy["description"] = format!("The policy description {policy_c}.").into();
    properties.insert("policy".to_owned(), policy);
    json!({
        "type": "object",
        "properties": properties,
        "required": ["template", "side"],
        "additionalProperties": false,
    })
}

/// A table with the members of a structure.
fn structure(g: &mut SchemaGenerator, fields: &[Field]) -> Value {
    let properties: Map<String, Value> = fields
        .iter()
        .map(|f| (f.key.to_owned(), member(g, f)))
        .collect();
    json!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
    })
}

/// The schema of one member, described with its C member, C type and need per side.
fn member(g: &mut SchemaGenerator, field: &Field) -> Value {
    let mut schema = match field.kind {
        FieldKind::Usage => sub::<MessageSecurityUsage>(g),
        FieldKind::Credential(CredentialFamily::Certificate) => sub::<CertCredential>(g),
        FieldKind::Credential(CredentialFamily::Windows) => {
            sub::<WindowsIntegratedAuthCredential>(g)
        }
        FieldKind::Credential(CredentialFamily::Username) => sub::<UsernameCredential>(g),
        FieldKind::Authenticator => sub::<SamlAuthenticator>(g),
        FieldKind::Identity => sub::<EndpointIdentity>(g),
        FieldKind::Bytes => sub::<Bytes>(g),
        FieldKind::Description => sub::<SecurityDescription>(g),
        FieldKind::Callback(_) | FieldKind::Object => sub::<RuntimeSlot>(g),
        FieldKind::Objects => sub::<Vec<RuntimeSlot>>(g),
        FieldKind::Secret => sub::<Secret>(g),
        FieldKind::Text | FieldKind::Name(_) => sub::<String>(g),
        FieldKind::Properties(PropertyContainer::ChannelProperties) => {
            sub::<TemplateChannelProperties>(g)
        }
        FieldKind::Properties(PropertyContainer::SecurityProperties) => sub::<ChannelProperties>(g),
        FieldKind::Properties(PropertyContainer::SecurityBindingProperties) => {
            sub::<BindingProperties>(g)
        }
        FieldKind::Structure(fields) => structure(g, fields),
    };
    let description = format!(
        "{} ({}). Client: {}; server: {}.",
        field.c_member,
        field.c_type,
        field.client.name(),
        field.server.name()
    );
    // Beside a `$ref`, the member's description shows in editors instead of the target's.
    if let Value::Object(map) = &mut schema {
        map.insert("description".to_owned(), description.into());
    }
    schema
}

fn sub<T: JsonSchema>(g: &mut SchemaGenerator) -> Value {
    g.subschema_for::<T>().to_value()
}
