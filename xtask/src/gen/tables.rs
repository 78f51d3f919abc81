//! The Markdown tables. Each `render_*` function takes plain data (built from the model and the
//! policy in `gen/mod.rs`, or by hand in the snapshot tests) and returns the whole file.

use super::{DefaultInfo, MARKDOWN_HEADER};
use std::fmt::Write as _;
use wws_security_model::EnumInfo;

/// One binding property, with everything its row shows.
#[derive(Debug, Clone, PartialEq)]
pub struct BindingPropertyRow {
    /// Canonical name.
    pub name: &'static str,
    /// C name.
    pub c_name: &'static str,
    /// The C id.
    pub id: i64,
    /// The C value type.
    pub value_type: &'static str,
    /// The bindings that accept it, each with its sides.
    pub bindings: Vec<(&'static str, &'static [&'static str])>,
    /// The documented default.
    pub default: DefaultInfo,
    /// Allowed values or range.
    pub allowed: &'static str,
}

/// One channel property.
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelPropertyRow {
    /// Canonical name.
    pub name: &'static str,
    /// C name.
    pub c_name: &'static str,
    /// The C id.
    pub id: i64,
    /// The C value type.
    pub value_type: &'static str,
    /// Sides it is allowed on.
    pub sides: &'static [&'static str],
    /// Channel bindings it is allowed on; empty for any.
    pub channels: Vec<&'static str>,
    /// The documented default.
    pub default: DefaultInfo,
    /// Allowed values.
    pub allowed: &'static str,
    /// Conditions on the rest of the description.
    pub conditions: &'static str,
}

/// One field of a binding structure.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldRow {
    /// Canonical name.
    pub name: &'static str,
    /// C member name.
    pub c_name: &'static str,
    /// C type.
    pub c_type: &'static str,
    /// Need on a client.
    pub client: &'static str,
    /// Need on a server.
    pub server: &'static str,
}

/// One binding.
#[derive(Debug, Clone, PartialEq)]
pub struct BindingRow {
    /// Canonical name.
    pub name: &'static str,
    /// C name of the structure.
    pub c_name: &'static str,
    /// C name of the type selector value.
    pub type_c_name: &'static str,
    /// The selector's number.
    pub value: i64,
    /// Channel bindings it works on.
    pub channels: Vec<&'static str>,
    /// Sides it may be used on.
    pub sides: Vec<&'static str>,
    /// How many one description may hold, when documented.
    pub max_per_description: Option<usize>,
    /// Fields besides `type` and `properties`.
    pub fields: Vec<FieldRow>,
    /// Properties it accepts, each with its sides.
    pub properties: Vec<(&'static str, &'static [&'static str])>,
    /// What it must be combined with.
    pub companions: &'static str,
}

/// One rule of the registry.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleRow {
    /// The id.
    pub id: &'static str,
    /// Other ids stating the same rule.
    pub also: Vec<&'static str>,
    /// Area name.
    pub area: &'static str,
    /// Kind name.
    pub kind: &'static str,
    /// `error` / `warning`.
    pub severity: &'static str,
    /// Status name.
    pub status: &'static str,
    /// Title.
    pub title: &'static str,
    /// Source page and section.
    pub source: &'static str,
}

/// Escapes text for a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// `` `a` `` for each name, joined with ", ".
fn code_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The bindings of a property with their sides: "`ssl_transport` (server)".
fn with_sides(items: &[(&str, &[&str])]) -> String {
    items
        .iter()
        .map(|(name, sides)| format!("`{name}` ({})", sides.join(", ")))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// 1. The value enumerations.
pub fn render_security_binding_settings(enums: &[EnumInfo]) -> String {
    let mut out = String::new();
    writeln!(out, "{MARKDOWN_HEADER}").unwrap();
    out.push_str(
        "# Security binding settings: the value enumerations\n\
         \n\
         A security description is made of bindings, and each binding and the description as a \
         whole are tuned by settings. Almost every setting is chosen from a C enumeration of \
         `webservices.h`: a binding's type, a credential's kind, a protection level, an algorithm \
         suite, and so on. This page lists every enumeration the model mirrors, with the name an \
         endpoint file (or the macro) uses for each value, the C name it stands for and its number. \
         Names follow the mechanical rule of the file format: the C name without the enumeration's \
         prefix, in lower case.\n\
         \n\
         Bit-flag enumerations are written as a list of names; the C value is their bitwise OR.\n\
         \n",
    );
    writeln!(
        out,
        "{} enumerations, {} values.\n",
        enums.len(),
        enums.iter().map(|e| e.values.len()).sum::<usize>()
    )
    .unwrap();
    out.push_str(
        "| Enumeration | C name | Flags | Values | Description |\n|---|---|---|---|---|\n",
    );
    for e in enums {
        writeln!(
            out,
            "| [`{}`](#{}) | `{}` | {} | {} | {} |",
            e.name,
            e.name,
            e.c_name,
            if e.flags { "yes" } else { "" },
            e.values.len(),
            cell(e.doc)
        )
        .unwrap();
    }
    for e in enums {
        writeln!(out, "\n## {}\n", e.name).unwrap();
        writeln!(
            out,
            "`{}`{}. {}\n",
            e.c_name,
            if e.flags { " (bit flags)" } else { "" },
            cell(e.doc)
        )
        .unwrap();
        if e.values.is_empty() {
            out.push_str("The enumeration has no values.\n");
            continue;
        }
        out.push_str("| Name | C name | Number |\n|---|---|---|\n");
        for v in &e.values {
            let number = if e.flags || v.value >= 0x1_0000 {
                format!("{} (`{:#x}`)", v.value, v.value)
            } else {
                v.value.to_string()
            };
            writeln!(out, "| `{}` | `{}` | {} |", v.name, v.c_name, number).unwrap();
        }
    }
    out
}

/// 2. The binding property matrix.
pub fn render_binding_properties(bindings: &[&str], rows: &[BindingPropertyRow]) -> String {
    let mut out = String::new();
    writeln!(out, "{MARKDOWN_HEADER}").unwrap();
    out.push_str(
        "# Binding properties\n\
         \n\
         Each binding has its own property table (`[bindings.properties]` in a file). A property is \
         only meaningful on some bindings and, often, on one side. The matrix shows where each \
         property may be written: `C` client, `S` server, `C S` either side, blank: not accepted \
         (the policy reports it). A default is what applies when the property is left out; it may \
         depend on the binding or on the side.\n\
         \n",
    );
    writeln!(
        out,
        "{} properties, {} bindings.\n",
        rows.len(),
        bindings.len()
    )
    .unwrap();
    out.push_str("## Where each property applies\n\n| Property |");
    for b in bindings {
        write!(out, " `{b}` |").unwrap();
    }
    out.push_str("\n|---|");
    for _ in bindings {
        out.push_str(":---:|");
    }
    out.push('\n');
    for row in rows {
        write!(out, "| `{}` |", row.name).unwrap();
        for b in bindings {
            let mark = row
                .bindings
                .iter()
                .find(|(name, _)| name == b)
                .map(|(_, sides)| {
                    sides
                        .iter()
                        .map(|s| if *s == "client" { "C" } else { "S" })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default();
            write!(out, " {mark} |").unwrap();
        }
        out.push('\n');
    }
    out.push_str("\n## Values and defaults\n\n| Id | Property | C name | Value type | Default | Allowed |\n|---|---|---|---|---|---|\n");
    for row in rows {
        writeln!(
            out,
            "| {} | `{}` | `{}` | {} | {} | {} |",
            row.id,
            row.name,
            row.c_name,
            cell(row.value_type),
            cell(&row.default.markdown()),
            cell(row.allowed)
        )
        .unwrap();
    }
    out.push_str("\n## Accepted by\n\n| Property | Bindings (sides) |\n|---|---|\n");
    for row in rows {
        writeln!(out, "| `{}` | {} |", row.name, with_sides(&row.bindings)).unwrap();
    }
    out
}

/// 3. The channel (description-wide) properties.
pub fn render_channel_properties(rows: &[ChannelPropertyRow]) -> String {
    let mut out = String::new();
    writeln!(out, "{MARKDOWN_HEADER}").unwrap();
    out.push_str(
        "# Channel properties\n\
         \n\
         Channel properties belong to the description as a whole (the top-level `[properties]` \
         table of a file, or of a bootstrap description). Most tune message security and only \
         take effect when a message binding is present; a few belong to HTTP servers only. A \
         default can depend on which bindings the description holds.\n\
         \n",
    );
    writeln!(out, "{} properties.\n", rows.len()).unwrap();
    out.push_str("| Id | Property | C name | Value type | Sides | Channels | Default | Allowed | Conditions |\n|---|---|---|---|---|---|---|---|---|\n");
    for row in rows {
        let channels = if row.channels.is_empty() {
            "any".to_owned()
        } else {
            code_list(&row.channels)
        };
        writeln!(
            out,
            "| {} | `{}` | `{}` | {} | {} | {} | {} | {} | {} |",
            row.id,
            row.name,
            row.c_name,
            cell(row.value_type),
            row.sides.join(", "),
            channels,
            cell(&row.default.markdown()),
            cell(row.allowed),
            cell(row.conditions)
        )
        .unwrap();
    }
    out
}

/// 4. The bindings, one section each.
pub fn render_bindings(rows: &[BindingRow]) -> String {
    let mut out = String::new();
    writeln!(out, "{MARKDOWN_HEADER}").unwrap();
    out.push_str(
        "# Security bindings\n\
         \n\
         A description lists its bindings in order (`[[bindings]]` in a file, each with a `type`). \
         This page gives, for each binding type, the C structure, the channel bindings and sides \
         it can be used with, its fields and whether each side must, may or must not set them, \
         the properties it accepts, and what else the description needs for it to be valid.\n\
         \n",
    );
    writeln!(out, "{} bindings.\n", rows.len()).unwrap();
    out.push_str("| Binding | C structure | Number | Channels | Sides | At most |\n|---|---|---|---|---|---|\n");
    for b in rows {
        writeln!(
            out,
            "| [`{}`](#{}) | `{}` | {} | {} | {} | {} |",
            b.name,
            b.name,
            b.c_name,
            b.value,
            code_list(&b.channels),
            b.sides.join(", "),
            b.max_per_description
                .map(|n| n.to_string())
                .unwrap_or_else(|| "not limited".to_owned())
        )
        .unwrap();
    }
    for b in rows {
        writeln!(out, "\n## {}\n", b.name).unwrap();
        writeln!(
            out,
            "- C structure: `{}`; type selector `{}` = {}",
            b.c_name, b.type_c_name, b.value
        )
        .unwrap();
        writeln!(out, "- Channel bindings: {}", code_list(&b.channels)).unwrap();
        writeln!(out, "- Sides: {}", b.sides.join(", ")).unwrap();
        if let Some(n) = b.max_per_description {
            writeln!(out, "- At most {n} per description").unwrap();
        }
        writeln!(out, "- Combine with: {}", b.companions).unwrap();
        out.push_str("\n### Fields\n\n");
        out.push_str("Besides `type` and `properties`");
        if b.fields.is_empty() {
            out.push_str(": none.\n");
        } else {
            out.push_str(
                ":\n\n| Field | C member | C type | Client | Server |\n|---|---|---|---|---|\n",
            );
            for f in &b.fields {
                writeln!(
                    out,
                    "| `{}` | `{}` | `{}` | {} | {} |",
                    f.name, f.c_name, f.c_type, f.client, f.server
                )
                .unwrap();
            }
        }
        out.push_str("\n### Properties\n\n");
        if b.properties.is_empty() {
            out.push_str("None.\n");
        } else {
            out.push_str("| Property | Sides |\n|---|---|\n");
            for (name, sides) in &b.properties {
                writeln!(
                    out,
                    "| [`{name}`](binding-properties.md) | {} |",
                    sides.join(", ")
                )
                .unwrap();
            }
        }
    }
    out
}

/// 5. The rules, grouped by area and kind.
pub fn render_rules(statuses: &[&str], rules: &[RuleRow]) -> String {
    let mut out = String::new();
    writeln!(out, "{MARKDOWN_HEADER}").unwrap();
    out.push_str(
        "# Rules\n\
         \n\
         Every rule the project knows, by id. A diagnostic names the rule it reports; `also` lists \
         other catalogue ids that state the same rule (they are never reported on their own). \
         Status: `implemented` (a check reports it), `by-construction` (the model's types cannot \
         express a violation), `runtime` (only WWSAPI can judge it when it runs) and `note` \
         (documentation or a reading decided in docs/decisions). Warnings are lints a `Policy` \
         can allow or deny.\n\
         \n",
    );
    out.push_str("| Status | Rules |\n|---|---:|\n");
    for s in statuses {
        let n = rules.iter().filter(|r| r.status == *s).count();
        writeln!(out, "| {s} | {n} |").unwrap();
    }
    writeln!(out, "| **total** | {} |", rules.len()).unwrap();
    let also: usize = rules.iter().map(|r| r.also.len()).sum();
    writeln!(
        out,
        "\nIds covered, counting `also`: {}.",
        rules.len() + also
    )
    .unwrap();

    let mut areas: Vec<&str> = Vec::new();
    for r in rules {
        if !areas.contains(&r.area) {
            areas.push(r.area);
        }
    }
    for area in areas {
        let in_area: Vec<&RuleRow> = rules.iter().filter(|r| r.area == area).collect();
        writeln!(out, "\n## {area} ({})", in_area.len()).unwrap();
        let mut kinds: Vec<&str> = in_area.iter().map(|r| r.kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        for kind in kinds {
            writeln!(out, "\n### {kind}\n").unwrap();
            out.push_str(
                "| Id | Also | Severity | Status | Title | Source |\n|---|---|---|---|---|---|\n",
            );
            for r in in_area.iter().filter(|r| r.kind == kind) {
                writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} |",
                    r.id,
                    r.also.join(", "),
                    r.severity,
                    r.status,
                    cell(r.title),
                    cell(r.source)
                )
                .unwrap();
            }
        }
    }
    out
}
