//! `docs/tables/catalogue.json`: the facts of the tables, for machines.

use super::{Data, GENERATED_BY};
use serde_json::{json, Value};

/// The whole file (pretty JSON, keys in a fixed order).
pub fn render(data: &Data) -> String {
    let enumerations: Vec<Value> = data
        .enums
        .iter()
        .map(|e| {
            json!({
                "name": e.name,
                "c_name": e.c_name,
                "description": e.doc,
                "flags": e.flags,
                "values": e.values.iter().map(|v| json!({
                    "name": v.name,
                    "c_name": v.c_name,
                    "value": v.value,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let bindings: Vec<Value> = data
        .bindings
        .iter()
        .map(|b| {
            json!({
                "name": b.name,
                "c_name": b.c_name,
                "type_c_name": b.type_c_name,
                "value": b.value,
                "channel_bindings": b.channels,
                "sides": b.sides,
                "max_per_description": b.max_per_description,
                "fields": b.fields.iter().map(|f| json!({
                    "name": f.name,
                    "c_name": f.c_name,
                    "c_type": f.c_type,
                    "client": f.client,
                    "server": f.server,
                })).collect::<Vec<_>>(),
                "properties": b.properties.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
                "companions": b.companions,
            })
        })
        .collect();
    let binding_properties: Vec<Value> = data
        .binding_properties
        .iter()
        .map(|p| {
            let bindings: serde_json::Map<String, Value> = p
                .bindings
                .iter()
                .map(|(name, sides)| ((*name).to_owned(), json!(sides)))
                .collect();
            json!({
                "name": p.name,
                "c_name": p.c_name,
                "id": p.id,
                "type": p.value_type,
                "bindings": bindings,
                "default": p.default.json(),
                "default_note": p.default.note,
                "allowed": p.allowed,
            })
        })
        .collect();
    let channel_properties: Vec<Value> = data
        .channel_properties
        .iter()
        .map(|p| {
            json!({
                "name": p.name,
                "c_name": p.c_name,
                "id": p.id,
                "type": p.value_type,
                "sides": p.sides,
                "channel_bindings": if p.channels.is_empty() { Value::Null } else { json!(p.channels) },
                "default": p.default.json(),
                "default_note": p.default.note,
                "allowed": p.allowed,
                "conditions": p.conditions,
            })
        })
        .collect();
    let rules: Vec<Value> = data
        .rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "also": r.also,
                "area": r.area,
                "kind": r.kind,
                "severity": r.severity,
                "status": r.status,
                "title": r.title,
                "source": r.source,
            })
        })
        .collect();
    let doc = json!({
        "generated_by": GENERATED_BY,
        "enumerations": enumerations,
        "bindings": bindings,
        "binding_properties": binding_properties,
        "channel_properties": channel_properties,
        "rules": rules,
    });
    super::json_text(doc)
}
