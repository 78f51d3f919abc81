//! `wws-security lower`: what WWSAPI would receive for each valid file. Every binding with its
//! type number and C structure, every property with its id, C name and `valueSize`, bootstraps
//! nested. Runtime slots are filled with named placeholders (the program fills the real ones);
//! `{ env = .. }` passwords are read as when loading, and never printed.

use crate::args::{LowerArgs, OutputFormat};
use crate::check::{check_files, CheckedFile, Summary};
use crate::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use serde_json::{json, Value};
use std::io::{self, Write};
use wws_security_ffi::{
    lower, slot_uses, with_placeholders, BindingLayout, DescriptionLayout, PropertyLayout,
};
use wws_security_model::decode::{decode_endpoint, parse_node, Format};
use wws_security_model::Endpoint;
use wws_security_policy::{Policy, Runtime, Severity};

/// One valid file, lowered (or why not: an unset variable).
struct LoweredFile<'a> {
    file: &'a CheckedFile,
    endpoint: Endpoint,
    outcome: Result<DescriptionLayout, String>,
}

pub(crate) fn run(args: &LowerArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let policy = Policy::new();
    let (files, summary) = check_files(&args.files, &policy);
    for file in &files {
        if let Err(reason) = &file.outcome {
            writeln!(err, "error: {}: {reason}", file.path.display())?;
        }
    }
    let (valid, invalid): (Vec<&CheckedFile>, Vec<&CheckedFile>) = files
        .iter()
        .filter(|f| f.outcome.is_ok())
        .partition(|f| f.is_valid());
    let lowered: Vec<LoweredFile<'_>> = valid.into_iter().map(|f| lower_file(f, &policy)).collect();
    match args.format {
        OutputFormat::Json => {
            serde_json::to_writer(&mut *out, &json_document(&files, &lowered))?;
            writeln!(out)?;
        }
        OutputFormat::Human => {
            if !invalid.is_empty() {
                let invalid: Vec<CheckedFile> = invalid.iter().map(|f| (*f).clone()).collect();
                crate::check::human(&invalid, &summarize(&invalid), false, out)?;
            }
            for file in &lowered {
                human(file, out, err)?;
            }
        }
    }
    Ok(if summary.unreadable > 0 {
        EXIT_USAGE
    } else if !invalid.is_empty() || lowered.iter().any(|l| l.outcome.is_err()) {
        EXIT_ERRORS
    } else {
        EXIT_OK
    })
}

/// The totals `check` prints for these files.
fn summarize(files: &[CheckedFile]) -> Summary {
    let mut summary = Summary {
        files: files.len(),
        ..Summary::default()
    };
    for file in files {
        if let Ok((_, diagnostics)) = &file.outcome {
            for d in diagnostics {
                match d.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                }
            }
        }
    }
    summary
}

fn lower_file<'a>(file: &'a CheckedFile, policy: &Policy) -> LoweredFile<'a> {
    let Ok((text, _)) = &file.outcome else {
        unreachable!("only files that were read are lowered")
    };
    let format = Format::from_path(&file.path).unwrap_or(Format::Toml);
    let endpoint = parse_node(text, format)
        .and_then(|node| decode_endpoint(&node))
        .expect("a file without errors decodes");
    let outcome = match policy.check(endpoint.clone()) {
        Err(report) => Err(format!("the policy rejects the file:\n{report}")),
        Ok((checked, _)) => {
            let runtime = with_placeholders(&endpoint, Runtime::new());
            lower(&checked, &runtime)
                .map(|lowered| lowered.layout())
                .map_err(|e| e.to_string())
        }
    };
    LoweredFile {
        file,
        endpoint,
        outcome,
    }
}

/// `{"files": [...]}`: a lowered file as `{"path", "description"}`, a file with errors as
/// `check --format json` reports it, a file that could not be lowered with its `error`.
fn json_document(files: &[CheckedFile], lowered: &[LoweredFile<'_>]) -> Value {
    let checked = crate::check::json(files);
    let entries: Vec<Value> = files
        .iter()
        .zip(checked["files"].as_array().into_iter().flatten())
        .map(
            |(file, check_entry)| match lowered.iter().find(|l| std::ptr::eq(l.file, file)) {
                Some(LoweredFile {
                    outcome: Ok(layout),
                    ..
                }) => json!({
                    "path": file.path.display().to_string(),
                    "description": description_json(layout),
                }),
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
    let path = file.file.path.display();
    match &file.outcome {
        Err(e) => writeln!(err, "error: {path}: {e}"),
        Ok(layout) => {
            writeln!(out, "{path}: WS_SECURITY_DESCRIPTION")?;
            description_human(layout, "  ", out)?;
            let slots = slot_uses(&file.endpoint);
            if !slots.is_empty() {
                writeln!(out, "  placeholders (the program fills these slots):")?;
                for s in slots {
                    writeln!(
                        out,
                        "    {} <- `{}` ({})",
                        s.path,
                        s.slot,
                        s.kind.expected_types()
                    )?;
                }
            }
            writeln!(out)
        }
    }
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
