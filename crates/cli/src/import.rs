//! `wws-security import`: read a service's WSDL (or a policy), say for each port which endpoint
//! WWSAPI can build from it or why it cannot, and optionally write the endpoint files.

use crate::args::{ColorChoice, ImportArgs, ImportFormat};
use crate::report::printable::{escaped, masked};
use crate::{EXIT_ERRORS, EXIT_OK, EXIT_USAGE};
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Snippet};
use serde_json::{json, Value};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use wws_security_model::EndpointFile;
use wws_security_wsdl::{output, Alternative, Import, Port, Reason, Verdict};

/// One input file after importing.
struct Imported {
    path: PathBuf,
    /// The text the positions refer to, and what was found; or why the file was not read.
    outcome: Result<(String, Import), String>,
}

pub(crate) fn run(args: &ImportArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let mut files: Vec<Imported> = args.files.iter().map(|p| import(p)).collect();
    if let Some(name) = &args.port {
        let mut known = Vec::new();
        for file in &mut files {
            if let Ok((_, import)) = &mut file.outcome {
                known.extend(import.ports.iter().map(|p| p.name.clone()));
                import.ports.retain(|p| &p.name == name);
            }
        }
        let found = files
            .iter()
            .any(|f| matches!(&f.outcome, Ok((_, i)) if !i.ports.is_empty()));
        if !found && files.iter().any(|f| f.outcome.is_ok()) {
            writeln!(err, "error: no port is named `{name}`")?;
            writeln!(err, "  note: the ports are {}", quoted(&known))?;
            return Ok(EXIT_USAGE);
        }
    }
    for file in &files {
        if let Err(reason) = &file.outcome {
            writeln!(err, "error: {}: {reason}", file.path.display())?;
        }
    }
    let mut written = Vec::new();
    if let Some(dir) = &args.out {
        match write_files(dir, &files) {
            Ok(paths) => written = paths,
            Err(e) => {
                writeln!(err, "error: cannot write to {}: {e}", dir.display())?;
                return Ok(EXIT_USAGE);
            }
        }
    }
    match args.format {
        ImportFormat::Json => {
            serde_json::to_writer(&mut *out, &json_document(&files))?;
            writeln!(out)?;
        }
        ImportFormat::Human => {
            human(&files, &written, args.color, out)?;
        }
    }
    Ok(exit_status(&files))
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn import(path: &Path) -> Imported {
    let outcome = std::fs::read(path)
        .map_err(|e| format!("cannot read the file: {e}"))
        .and_then(|bytes| {
            let text = wws_security_wsdl::decode(&bytes).map_err(|e| e.to_string())?;
            let import = wws_security_wsdl::import_str(&text).map_err(|e| e.to_string())?;
            Ok((text.into_owned(), import))
        });
    Imported {
        path: path.to_owned(),
        outcome,
    }
}

/// 2 when a file could not be read, 1 when some port has no matching alternative, else 0.
fn exit_status(files: &[Imported]) -> i32 {
    if files.iter().any(|f| f.outcome.is_err()) {
        EXIT_USAGE
    } else if files
        .iter()
        .filter_map(|f| f.outcome.as_ref().ok())
        .all(|(_, import)| import.all_ports_match())
    {
        EXIT_OK
    } else {
        EXIT_ERRORS
    }
}

/// Writes each matching alternative's endpoint file into `dir`; with several inputs, each
/// name starts with its input's file stem.
fn write_files(dir: &Path, files: &[Imported]) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for file in files {
        let Ok((_, import)) = &file.outcome else {
            continue;
        };
        let source = file.path.display().to_string();
        let prefix = match files.len() {
            1 => String::new(),
            _ => format!(
                "{}.",
                file.path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ),
        };
        for port in &import.ports {
            for alternative in &port.alternatives {
                if let Some(text) = output::endpoint_file(&source, port, alternative) {
                    let path =
                        dir.join(format!("{prefix}{}", output::file_name(port, alternative)));
                    std::fs::write(&path, text)?;
                    written.push(path);
                }
            }
        }
    }
    Ok(written)
}

fn json_reason(r: &Reason) -> Value {
    json!({
        "rule": r.rule,
        "message": r.message,
        "help": r.help,
        "line": r.position.map(|p| p.line),
        "column": r.position.map(|p| p.column),
    })
}

/// The file the import writes for `a`, as JSON: a template file or a plain endpoint.
fn json_file(a: &Alternative) -> Value {
    let value = match a.file() {
        Some(EndpointFile::Template(t)) => serde_json::to_value(t.as_ref()),
        Some(EndpointFile::Endpoint(e)) => serde_json::to_value(&e),
        None => return Value::Null,
    };
    value.unwrap_or(Value::Null)
}

fn json_alternative(a: &Alternative) -> Value {
    json!({
        "index": a.index,
        "matched": a.matched(),
        "template": a.template_name(),
        "endpoint": json_file(a),
        "reasons": a.reasons.iter().map(json_reason).collect::<Vec<_>>(),
    })
}

fn json_port(p: &Port) -> Value {
    json!({
        "port": p.name,
        "binding": p.binding,
        "address": p.address,
        "channel_binding": p.channel_binding.map(wws_security_model::CEnum::name),
        "line": p.position.line,
        "column": p.position.column,
        "alternatives": p.alternatives.iter().map(json_alternative).collect::<Vec<_>>(),
        "reasons": p.reasons.iter().map(json_reason).collect::<Vec<_>>(),
    })
}

/// The `--format json` document.
fn json_document(files: &[Imported]) -> Value {
    let files: Vec<Value> = files
        .iter()
        .map(|f| {
            let path = f.path.display().to_string();
            match &f.outcome {
                Ok((_, import)) => json!({
                    "path": path,
                    "ports": import.ports.iter().map(json_port).collect::<Vec<_>>(),
                }),
                Err(reason) => json!({ "path": path, "ports": [], "error": reason }),
            }
        })
        .collect();
    json!({ "files": files })
}

fn human(
    files: &[Imported],
    written: &[PathBuf],
    color: ColorChoice,
    out: &mut dyn Write,
) -> io::Result<()> {
    let renderer = crate::report::human::renderer(color);
    let (mut template, mut constraints, mut none) = (0, 0, 0);
    for file in files {
        let Ok((text, import)) = &file.outcome else {
            continue;
        };
        // Names, addresses and messages quote the document, which may hold terminal controls.
        let name = escaped(&file.path.display().to_string()).into_owned();
        let text = masked(text);
        for port in &import.ports {
            let matched = port.matched();
            writeln!(out, "{}", escaped(&port_line(port, &name)))?;
            for alternative in &port.alternatives {
                match alternative.verdict {
                    Verdict::Template(_) => {
                        let t = alternative.template_name().unwrap_or_default();
                        writeln!(out, "  alternative {}: matches template `{t}`", alternative.index)?;
                    }
                    Verdict::Constraints => writeln!(
                        out,
                        "  alternative {}: matches the policy, but no binding template expresses it",
                        alternative.index
                    )?,
                    Verdict::NoMatch => {
                        writeln!(out, "  alternative {}: does not match", alternative.index)?
                    }
                }
                if alternative.matched() {
                    if let Some(endpoint) = &alternative.endpoint {
                        for need in output::needs(endpoint) {
                            writeln!(out, "    needs {}", escaped(&need))?;
                        }
                    }
                }
            }
            writeln!(out)?;
            // A reason is an error when its port has no match at all; otherwise it explains an
            // alternative the port does not need.
            let level = if matched { Level::NOTE } else { Level::ERROR };
            for r in &port.reasons {
                let title = format!("port `{}`: {}", port.name, r.message);
                writeln!(
                    out,
                    "{}\n",
                    renderer.render(&[group(level.clone(), &escaped(&title), r, &text, &name)])
                )?;
            }
            for alternative in &port.alternatives {
                let level = match alternative.verdict {
                    Verdict::Constraints => Level::WARNING,
                    _ => level.clone(),
                };
                for r in &alternative.reasons {
                    let title = format!(
                        "port `{}`, alternative {}: {}",
                        port.name, alternative.index, r.message
                    );
                    writeln!(
                        out,
                        "{}\n",
                        renderer.render(&[group(level.clone(), &escaped(&title), r, &text, &name)])
                    )?;
                }
            }
            let kind = port
                .alternatives
                .iter()
                .map(|a| match a.verdict {
                    Verdict::Template(_) => 0,
                    Verdict::Constraints => 1,
                    Verdict::NoMatch => 2,
                })
                .min()
                .unwrap_or(2);
            match kind {
                0 => template += 1,
                1 => constraints += 1,
                _ => none += 1,
            }
        }
    }
    for path in written {
        writeln!(out, "wrote {}", path.display())?;
    }
    let total = template + constraints + none;
    writeln!(
        out,
        "{total} port{}: {template} with a binding template, {constraints} matching without a template, {none} without a match",
        if total == 1 { "" } else { "s" }
    )?;
    let unread = files.iter().filter(|f| f.outcome.is_err()).count();
    if unread > 0 {
        writeln!(
            out,
            "{unread} file{} not read",
            if unread == 1 { "" } else { "s" }
        )?;
    }
    Ok(())
}

fn port_line(port: &Port, file: &str) -> String {
    let mut facts = Vec::new();
    if let Some(binding) = &port.binding {
        if binding != &port.name {
            facts.push(format!("binding `{binding}`"));
        }
    }
    if let Some(c) = port.channel_binding {
        facts.push(wws_security_model::CEnum::name(c).to_owned());
    }
    if let Some(address) = &port.address {
        facts.push(address.clone());
    }
    let facts = if facts.is_empty() {
        String::new()
    } else {
        format!(" ({})", facts.join(", "))
    };
    format!(
        "port `{}`{facts} at {file}:{}:{}",
        port.name, port.position.line, port.position.column
    )
}

/// One reason in the style of rustc: title with the rule, the document line with a caret, help.
/// `title`, `text` and `name` are already printable.
fn group<'a>(
    level: Level<'a>,
    title: &'a str,
    r: &'a Reason,
    text: &'a str,
    name: &'a str,
) -> Group<'a> {
    let title = level.primary_title(title).id(r.rule);
    let group = match &r.span {
        Some(span) if span.end <= text.len() => title.element(
            Snippet::source(text)
                .path(name)
                .fold(true)
                .annotation(AnnotationKind::Primary.span(span.clone())),
        ),
        _ => title.element(Origin::path(name)),
    };
    group.element(Level::HELP.message(escaped(&r.help)))
}
