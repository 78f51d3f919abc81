//! `docs/schema/endpoint.schema.json`: the JSON Schema of the endpoint file, from the model.

use super::GENERATED_BY;
use serde_json::Value;

/// The schema as the file holds it: the model's schema with a generated-by note.
pub fn schema() -> Value {
    let mut schema = wws_security_model::schema::endpoint_schema();
    if let Value::Object(map) = &mut schema {
        map.insert("$comment".to_owned(), GENERATED_BY.into());
        map.insert("generated_by".to_owned(), GENERATED_BY.into());
    }
    schema
}

/// The whole file (pretty JSON).
pub fn render() -> String {
    super::json_text(schema())
}
