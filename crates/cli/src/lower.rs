//! `wws-security lower`: what WWSAPI would receive for each valid file. Every binding with its
//! type number and C structure, every property with its id, C name and `valueSize`, bootstraps
//! nested, and the endpoint address with its identity structure; for a template file also the
//! template value and policy description the template call takes, with their C names, sizes and
//! what they hold. Runtime slots are filled with named placeholders (the program fills the real
//! ones); `{ env = .. }` passwords are read as when loading, and never printed.

use crate::args::{ColorChoice, LowerArgs, LowerFormat};
use crate::check::{check_files, CheckedFile, Summary};
use crate::report::printable::escaped;
use crate::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use serde_json::{json, Value};
use std::io::{self, Write};
use wws_security_ffi::{
    lower, lower_template, slot_uses, with_placeholders, AddressLayout, BindingLayout,
    DescriptionLayout, PropertyLayout, StructLayout, TemplateLayout,
};
use wws_security_model::decode::{decode_file, parse_node};
use wws_security_model::{Endpoint, EndpointFile};
use wws_security_policy::{Policy, Runtime};

/// One valid file, lowered (or why not: an unset variable).
struct LoweredFile<'a> {
    file: &'a CheckedFile,
    /// The endpoint lowered (a template file's expansion), when the file decoded.
    endpoint: Option<Endpoint>,
    outcome: Result<Layouts, String>,
}

/// What a file lowers to: the description, the address when it declares one, and for a template
/// file the template call's two structures.
struct Layouts {
    description: DescriptionLayout,
    address: Option<AddressLayout>,
    template: Option<TemplateLayout>,
}

pub(crate) fn run(args: &LowerArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let policy = Policy::new();
    let (files, summary) = check_files(&args.files, &policy);
    let lowered: Vec<LoweredFile<'_>> = files
        .iter()
        .filter(|f| f.is_valid())
        .map(|f| lower_file(f, &policy))
        .collect();
    let unlowered: Vec<&CheckedFile> = files.iter().filter(|f| !f.is_valid()).collect();
    match args.format {
        LowerFormat::Json => {
            serde_json::to_writer(&mut *out, &json_document(&files, &lowered))?;
            writeln!(out)?;
        }
        LowerFormat::Human => {
            // Files with errors (or unreadable) are reported as `check` reports them.
            if !unlowered.is_empty() {
                let summary = Summary::of(&unlowered);
                crate::report::human::write(&unlowered, &summary, ColorChoice::Never, out)?;
            }
            for file in &lowered {
                human(file, out, err)?;
            }
        }
    }
    let invalid: Vec<&CheckedFile> = unlowered
        .into_iter()
        .filter(|f| f.outcome.is_ok())
        .collect();
    Ok(if summary.unreadable > 0 {
        EXIT_USAGE
    } else if !invalid.is_empty() || lowered.iter().any(|l| l.outcome.is_err()) {
        EXIT_ERRORS
    } else {
        EXIT_OK
    })
}

fn lower_file<'a>(file: &'a CheckedFile, policy: &Policy) -> LoweredFile<'a> {
    // A valid file decodes; a template file is lowered as the description it expands to.
    let decoded = match &file.outcome {
        Ok(checked) => parse_node(&checked.text, checked.format)
            .and_then(|node| decode_file(&node))
            .map_err(|e| e.to_string()),
        Err(reason) => Err(reason.clone()),
    };
    let (endpoint, endpoint_file) = match decoded {
        Ok(decoded) => (decoded.expand(), decoded),
        Err(reason) => {
            return LoweredFile {
                file,
                endpoint: None,
                outcome: Err(reason),
            }
        }
    };
    let outcome = match policy.check(endpoint.clone()) {
        Err(report) => Err(format!("the policy rejects the file:\n{report}")),
        Ok((checked, _)) => {
            let runtime = with_placeholders(&endpoint, Runtime::new());
            lower(&checked, &runtime)
                .map_err(|e| e.to_string())
                .and_then(|lowered| {
                    Ok(Layouts {
                        description: lowered.layout(),
                        address: lowered.address().map(|a| a.layout()),
                        template: template_layout(&endpoint_file, policy, &runtime)?,
                    })
                })
        }
    };
    LoweredFile {
        file,
        endpoint: Some(endpoint),
        outcome,
    }
}

/// The template call's structures of a template file (its slots are the expansion's, so the
/// same placeholders fill them).
fn template_layout(
    file: &EndpointFile,
    policy: &Policy,
    runtime: &Runtime,
) -> Result<Option<TemplateLayout>, String> {
    let Some(template) = file.template() else {
        return Ok(None);
    };
    let (checked, _) = policy
        .check_template_value(template)
        .map_err(|report| format!("the policy rejects the file:\n{report}"))?;
    lower_template(&checked, runtime)
        .map(|lowered| Some(lowered.layout()))
        .map_err(|e| e.to_string())
}

/// `{"files": [...]}`: a lowered file as `{"path", "description"}` (`"address"` when it declares
/// one, `"template"` for a template file), a file with errors as
/// `check --format json` reports it, a file that could not be lowered with its `error`.
fn json_document(files: &[CheckedFile], lowered: &[LoweredFile<'_>]) -> Value {
    let checked = crate::report::json::document(files);
    let entries: Vec<Value> = files
        .iter()
        .zip(checked["files"].as_array().into_iter().flatten())
        .map(
            |(file, check_entry)| match lowered.iter().find(|l| std::ptr::eq(l.file, file)) {
                Some(LoweredFile {
                    outcome: Ok(layouts),
                    ..
                }) => {
                    let mut entry = json!({
                        "path": file.path.display().to_string(),
                        "description": description_json(&layouts.description),
                    });
                    if let Some(address) = &layouts.address {
                        entry["address"] = address_json(address);
                    }
                    if let Some(template) = &layouts.template {
                        entry["template"] = template_json(template);
                    }
                    entry
                }
                Some(LoweredFile {
                    outcome: Err(e), ..
                }) => json!({
                    "path": file.path.display().to_string(),
                    "error": e,
                }),
                None => check_entry.clone(),
            },
        )
        .collect();
    json!({ "files": entries })
}

fn description_json(layout: &DescriptionLayout) -> Value {
    json!({
        "properties": layout.properties.iter().map(property_json).collect::<Vec<_>>(),
        "bindings": layout.bindings.iter().map(binding_json).collect::<Vec<_>>(),
    })
}

fn address_json(a: &AddressLayout) -> Value {
    json!({
        "url": a.url,
        "headers": a.headers,
        "extensions": a.extensions,
        "identity": a.identity.map(|(identity_type, name)| json!({
            "identity_type": identity_type,
            "struct": name,
        })),
    })
}

fn template_json(t: &TemplateLayout) -> Value {
    json!({
        "type": t.template_type,
        "name": t.name,
        "value_struct": t.value.struct_name,
        "value_size": t.value.size,
        "policy_struct": t.policy.struct_name,
        "policy_size": t.policy.size,
        "value": struct_json(&t.value),
        "policy": struct_json(&t.policy),
    })
}

fn struct_json(s: &StructLayout) -> Value {
    json!({
        "bags": s.bags.iter().map(|b| json!({
            "member": b.member,
            "container": b.container,
            "properties": b.properties.iter().map(property_json).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "members": s.members.iter().map(|m| json!({"member": m.member, "value": m.value})).collect::<Vec<_>>(),
    })
}

fn binding_json(b: &BindingLayout) -> Value {
    json!({
        "binding_type": b.binding_type,
        "struct": b.struct_name,
        "properties": b.properties.iter().map(property_json).collect::<Vec<_>>(),
        "bootstrap": b.bootstrap.as_deref().map(description_json),
    })
}

fn property_json(p: &PropertyLayout) -> Value {
    json!({ "id": p.id, "name": p.name, "value_size": p.value_size })
}

fn human(file: &LoweredFile<'_>, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<()> {
    let path = escaped(&file.file.path.display().to_string()).into_owned();
    match &file.outcome {
        Err(e) => writeln!(err, "error: {path}: {e}"),
        Ok(layouts) => {
            writeln!(out, "{path}: WS_SECURITY_DESCRIPTION")?;
            description_human(&layouts.description, "  ", out)?;
            if let Some(address) = &layouts.address {
                address_human(address, out)?;
            }
            if let Some(template) = &layouts.template {
                template_human(template, out)?;
            }
            let slots = file.endpoint.as_ref().map(slot_uses).unwrap_or_default();
            if !slots.is_empty() {
                writeln!(out, "  placeholders (the program fills these slots):")?;
                for s in slots {
                    // Slot names and paths are the file's text.
                    writeln!(
                        out,
                        "    {} <- `{}` ({})",
                        escaped(&s.path.to_string()),
                        escaped(&s.slot),
                        s.kind.expected_types()
                    )?;
                }
            }
            writeln!(out)
        }
    }
}

fn address_human(address: &AddressLayout, out: &mut dyn Write) -> io::Result<()> {
    // Debug quoting: a URL is the file's text, and may hold anything.
    writeln!(
        out,
        "  endpoint address: WS_ENDPOINT_ADDRESS, url {:?}",
        address.url
    )?;
    for (member, set) in [
        ("headers", address.headers),
        ("extensions", address.extensions),
    ] {
        if set {
            writeln!(out, "    {member}: WS_XML_BUFFER*")?;
        }
    }
    if let Some((identity_type, name)) = address.identity {
        writeln!(out, "    identity: {name} (identityType {identity_type})")?;
    }
    Ok(())
}

fn description_human(
    layout: &DescriptionLayout,
    indent: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    properties_human(&layout.properties, indent, out)?;
    for (i, b) in layout.bindings.iter().enumerate() {
        writeln!(
            out,
            "{indent}securityBindings[{i}]: {} (bindingType {})",
            b.struct_name, b.binding_type
        )?;
        let inner = format!("{indent}  ");
        properties_human(&b.properties, &inner, out)?;
        if let Some(bootstrap) = &b.bootstrap {
            writeln!(
                out,
                "{inner}bootstrapSecurityDescription: WS_SECURITY_DESCRIPTION"
            )?;
            description_human(bootstrap, &format!("{inner}  "), out)?;
        }
    }
    Ok(())
}

fn template_human(t: &TemplateLayout, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "  template `{}` (WS_BINDING_TEMPLATE_TYPE {}):",
        t.name, t.template_type
    )?;
    for (argument, s) in [
        ("templateValue", &t.value),
        ("templateDescription", &t.policy),
    ] {
        writeln!(out, "    {argument}: {} ({} bytes)", s.struct_name, s.size)?;
        // Empty bags are `{NULL, 0}`, as in a zeroed structure: only bags with entries show.
        for bag in s.bags.iter().filter(|b| !b.properties.is_empty()) {
            writeln!(out, "      {}: {}", bag.member, bag.container)?;
            properties_human(&bag.properties, "        ", out)?;
        }
        for member in &s.members {
            writeln!(out, "      {}: {}", member.member, member.value)?;
        }
    }
    Ok(())
}

fn properties_human(
    properties: &[PropertyLayout],
    indent: &str,
    out: &mut dyn Write,
) -> io::Result<()> {
    for (i, p) in properties.iter().enumerate() {
        writeln!(
            out,
            "{indent}properties[{i}]: {} (id {}): {}, valueSize {}",
            p.name, p.id, p.c_type, p.value_size
        )?;
    }
    Ok(())
}
