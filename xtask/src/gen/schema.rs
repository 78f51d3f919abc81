//! `docs/schema/endpoint.schema.json`: the JSON Schema of the endpoint file, from the model,
//! with the policy's facts added to each property's description (shown by editors on hover).

use super::{Data, GENERATED_BY};
use serde_json::Value;

/// The schema as the file holds it: the model's schema, property descriptions from the fact
/// tables, and a generated-by note.
pub fn schema() -> Value {
    with_facts(wws_security_model::schema::endpoint_schema())
}

/// The schema of template files (`docs/schema/template.schema.json`), likewise.
pub fn template_schema() -> Value {
    with_facts(wws_security_model::schema::template_schema())
}

/// Adds the fact tables' property descriptions and the generated-by note to `schema`.
fn with_facts(mut schema: Value) -> Value {
    let data = Data::collect();
    for row in &data.binding_properties {
        let accepted: Vec<String> = row
            .bindings
            .iter()
            .map(|(b, sides)| format!("{b} ({})", sides.join(", ")))
            .collect();
        let text = format!(
            "{}. Accepted by: {}. Values: {}. Default: {}.",
            row.c_name,
            accepted.join("; "),
            row.allowed,
            row.default.markdown().replace('`', "")
        );
        describe(&mut schema, "BindingPropertyBag", row.name, text);
    }
    for row in &data.channel_properties {
        let channels = if row.channels.is_empty() {
            "any".to_owned()
        } else {
            row.channels.join(", ")
        };
        let text = format!(
            "{}. Sides: {}; channels: {}. Values: {}. Default: {}. Conditions: {}.",
            row.c_name,
            row.sides.join(", "),
            channels,
            row.allowed,
            row.default.markdown().replace('`', ""),
            row.conditions
        );
        describe(&mut schema, "ChannelPropertyBag", row.name, text);
    }
    if let Value::Object(map) = &mut schema {
        map.insert("$comment".to_owned(), GENERATED_BY.into());
        map.insert("generated_by".to_owned(), GENERATED_BY.into());
    }
    schema
}

/// Sets the description of property `name` of the table schema `$defs[table]`.
fn describe(schema: &mut Value, table: &str, name: &str, text: String) {
    let property = schema
        .pointer_mut(&format!("/$defs/{table}/properties/{name}"))
        .unwrap_or_else(|| panic!("the schema has no property {table}.{name}"));
    property["description"] = text.into();
}

/// The whole file (pretty JSON).
pub fn render() -> String {
    super::json_text(schema())
}

/// The whole template schema file (pretty JSON).
pub fn render_template() -> String {
    super::json_text(template_schema())
}
