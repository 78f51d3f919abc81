//! JSON Schema of the endpoint file (feature `schema`), for editors that complete and check
//! endpoint files (TOML through taplo, JSON natively).
//!
//! The model's types derive [`schemars::JsonSchema`] with the shape they serialize to, which is
//! the file's shape. The types whose file form is not their Rust shape have manual impls here:
//! enumerations (a string naming one value), flag sets (a list of names), durations (a string
//! with a unit), runtime slots, passwords and the property tables.

use crate::{CEnum, FlagSet, MessageProperties, MessagePropertyId, RuntimeSlot, Secret, Timespan};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};
use std::borrow::Cow;

pub use crate::template::schema::template_schema;

/// The pattern of a duration string, exactly what [`Timespan::parse`] reads: a whole number
/// (digits, `_` allowed as a separator) and one unit.
pub const TIMESPAN_PATTERN: &str = r"^\s*_*[0-9][0-9_]*\s*(ms|s|m|h|d|ticks)\s*$";

/// A name that is not empty or blank (runtime slots, environment variables).
const NAME_PATTERN: &str = r"\S";

/// The schema of the whole endpoint file (JSON Schema 2020-12).
///
/// Every table rejects keys it does not know (`additionalProperties: false`), as the decoder
/// does, and no value may be `null` (TOML has no null, and the decoder rejects it in JSON).
pub fn endpoint_schema() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut schema = generator.into_root_schema_for::<crate::Endpoint>();
    schema.insert("title".to_owned(), "wws-security endpoint file".into());
    let mut root = schema.to_value();
    let defs = root.get("$defs").cloned().unwrap_or_default();
    fix_schema(&mut root, &defs);
    drop_unused_defs(&mut root);
    root
}

/// Adjusts one schema and everything under it to the decoder's rules:
/// - a tagged variant (`$ref` to the variant's struct plus the `type` tag) is inlined, so that
///   one object lists every key the variant takes and can be closed;
/// - every object that lists `properties` is closed (`additionalProperties: false`);
/// - `null` is taken out of every type list and every alternative list.
pub(crate) fn fix_schema(schema: &mut Value, defs: &Value) {
    let Value::Object(map) = schema else { return };
    inline_tagged_ref(map, defs);
    if let Some(Value::Array(types)) = map.get_mut("type") {
        types.retain(|t| t != "null");
        if let [single] = types.as_slice() {
            let single = single.clone();
            map.insert("type".to_owned(), single);
        }
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(Value::Array(alternatives)) = map.get_mut(key) {
            alternatives.retain(|a| a.get("type").and_then(Value::as_str) != Some("null"));
            // `anyOf: [{ $ref }]` left by an `Option`: just the reference.
            if let [Value::Object(only)] = alternatives.as_slice() {
                if only.len() == 1 && only.contains_key("$ref") {
                    let reference = only["$ref"].clone();
                    map.remove(key);
                    map.insert("$ref".to_owned(), reference);
                }
            }
        }
    }
    // A ULONG: the decoder rejects what does not fit.
    if map.get("format").and_then(Value::as_str) == Some("uint32") && !map.contains_key("maximum") {
        map.insert("maximum".to_owned(), u32::MAX.into());
    }
    if map.contains_key("properties") && !map.contains_key("additionalProperties") {
        map.insert("additionalProperties".to_owned(), Value::Bool(false));
    }
    for (key, value) in map.iter_mut() {
        match key.as_str() {
            // Maps from names to schemas.
            "properties" | "$defs" => {
                if let Value::Object(children) = value {
                    children.values_mut().for_each(|c| fix_schema(c, defs));
                }
            }
            // Lists of schemas.
            "anyOf" | "oneOf" | "allOf" | "prefixItems" => {
                if let Value::Array(children) = value {
                    children.iter_mut().for_each(|c| fix_schema(c, defs));
                }
            }
            // Single schemas.
            "items" | "additionalProperties" | "not" => fix_schema(value, defs),
            _ => {}
        }
    }
}

/// `{ $ref: X, properties: { type: const } }` becomes one object with X's keys and the tag.
fn inline_tagged_ref(map: &mut Map<String, Value>, defs: &Value) {
    if !map.contains_key("properties") {
        return;
    }
    let Some(reference) = map.get("$ref").and_then(Value::as_str) else {
        return;
    };
    let name = reference.trim_start_matches("#/$defs/");
    let Some(Value::Object(target)) = defs.get(name) else {
        return;
    };
    let target = target.clone();
    map.remove("$ref");
    if let (Some(Value::Object(props)), Some(Value::Object(extra))) =
        (map.get_mut("properties"), target.get("properties"))
    {
        for (k, v) in extra {
            props.insert(k.clone(), v.clone());
        }
    }
    if let Some(Value::Array(extra)) = target.get("required") {
        let required = map
            .entry("required")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(required) = required {
            required.extend(extra.iter().cloned());
        }
    }
}

/// Removes definitions no longer referenced (the variant structs inlined above).
pub(crate) fn drop_unused_defs(root: &mut Value) {
    loop {
        let text = serde_json::to_string(root).unwrap_or_default();
        let Some(Value::Object(defs)) = root.get_mut("$defs") else {
            return;
        };
        let before = defs.len();
        defs.retain(|name, _| text.contains(&format!("\"#/$defs/{name}\"")));
        if defs.len() == before {
            return;
        }
    }
}

/// A string naming one value of the enumeration `E`.
pub fn c_enum_schema<E: CEnum>() -> Schema {
    json_schema!({
        "type": "string",
        "enum": E::NAMES,
        "description": format!("{} ({})", E::DOC, E::C_NAME),
    })
}

/// A property table: each key of `Id` with the schema `value` gives it; nothing else.
pub(crate) fn bag_schema<Id: CEnum>(
    description: &str,
    mut value: impl FnMut(Id) -> Schema,
) -> Schema {
    let mut properties = Map::new();
    for id in Id::ALL {
        let mut schema = value(*id);
        schema.insert("description".to_owned(), id.c_name().into());
        properties.insert(id.name().to_owned(), schema.to_value());
    }
    json_schema!({
        "type": "object",
        "description": description,
        "properties": properties,
        "additionalProperties": false,
    })
}

/// A list of flag names.
impl<F: CEnum<Raw = i32> + JsonSchema> JsonSchema for FlagSet<F> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("{}Set", F::schema_name()))
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "array",
            "description": format!("A list of {} flag names; the C value is their OR.", F::C_NAME),
            "items": g.subschema_for::<F>(),
        })
    }
}

/// `"<digits><unit>"`.
impl JsonSchema for Timespan {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Timespan")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": TIMESPAN_PATTERN,
            "description": "A WS_TIMESPAN: a whole number and one unit (ms, s, m, h, d, or ticks of 100 ns), e.g. \"30s\" or \"10h\".",
        })
    }
}

/// `{ runtime = "<slot>" }`.
impl JsonSchema for RuntimeSlot {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("RuntimeSlot")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "description": "A value the program supplies when it loads the file, named by its slot.",
            "properties": { "runtime": { "type": "string", "pattern": NAME_PATTERN } },
            "required": ["runtime"],
            "additionalProperties": false,
        })
    }
}

/// A literal string, `{ env = "VAR" }` or `{ runtime = "<slot>" }`.
impl JsonSchema for Secret {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Secret")
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A password: a literal string (warned about), an environment variable or a runtime slot.",
            "oneOf": [
                { "type": "string" },
                {
                    "type": "object",
                    "properties": { "env": { "type": "string", "pattern": NAME_PATTERN } },
                    "required": ["env"],
                    "additionalProperties": false,
                },
                g.subschema_for::<RuntimeSlot>(),
            ],
        })
    }
}

/// A table of message property names, each a runtime slot.
impl JsonSchema for MessageProperties {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("MessageProperties")
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let slot = g.subschema_for::<RuntimeSlot>();
        bag_schema::<MessagePropertyId>(
            "Message properties: message property name = runtime slot.",
            |_| slot.clone(),
        )
    }
}
