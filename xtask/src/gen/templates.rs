//! `docs/tables/templates.md`: the 14 binding templates, read from the model: what each expands
//! to (by expanding the zeroed template) and the members of its template value and policy
//! description (from the structures' field tables).

use super::MARKDOWN_HEADER;
use std::fmt::Write as _;
use wws_security_model::{
    BindingTemplate, BindingTemplateType, CEnum, Field, FieldKind, SecurityBinding, Side, Template,
};

/// The whole file.
pub fn render() -> String {
    let mut out = String::new();
    writeln!(out, "{MARKDOWN_HEADER}").unwrap();
    out.push_str(
        "# Binding templates\n\
         \n\
         A template file (`template = \"<name>\"`, see [templates.md](../templates.md)) holds the \
         template value's members at the top level and the policy description under `policy`. \
         This page lists, for each template type, the channel and bindings it expands to and every \
         member of both structures, with whether each side must, may or must not set it. \
         `wws-security expand FILE` prints the expansion of a file.\n\
         \n",
    );
    out.push_str(
        "| Template | Number | Channel | Bindings | Bootstrap bindings |\n|---|---|---|---|---|\n",
    );
    for t in BindingTemplateType::ALL {
        let (service, bootstrap) = bindings(*t);
        writeln!(
            out,
            "| [`{}`](#{}) | {} | `{}` | {} | {} |",
            t.name(),
            t.name(),
            t.to_raw(),
            t.channel_binding().name(),
            service,
            bootstrap
        )
        .unwrap();
    }
    for t in BindingTemplateType::ALL {
        let (value, policy) = BindingTemplate::c_names(*t);
        writeln!(out, "\n## {}\n", t.name()).unwrap();
        writeln!(out, "- Template type: `{}` = {}", t.c_name(), t.to_raw()).unwrap();
        writeln!(
            out,
            "- Template value: `{value}`; policy description: `{policy}`"
        )
        .unwrap();
        let channel_type = match (
            t.fixed_channel_type(Side::Client),
            t.fixed_channel_type(Side::Server),
        ) {
            (Some(c), Some(s)) => format!(
                "fixed: `{}` on a client, `{}` on a server",
                c.name(),
                s.name()
            ),
            _ => "chosen by the caller (`channel_type` is required)".to_owned(),
        };
        writeln!(
            out,
            "- Channel: `{}`; channel type {channel_type}",
            t.channel_binding().name()
        )
        .unwrap();
        out.push_str("\n### Template value (top level)\n\n");
        members(&mut out, BindingTemplate::value_fields(*t));
        out.push_str("\n### Policy description (`policy`)\n\n");
        members(&mut out, BindingTemplate::policy_fields(*t));
    }
    out
}

/// The bindings of the zeroed template's expansion, and of its bootstrap.
fn bindings(t: BindingTemplateType) -> (String, String) {
    let endpoint = Template::new(Side::Client, t).expand();
    let names = |bindings: &[SecurityBinding]| {
        if bindings.is_empty() {
            "none".to_owned()
        } else {
            bindings
                .iter()
                .map(|b| format!("`{}`", b.binding_type().name()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let bootstrap = endpoint
        .description
        .bindings
        .iter()
        .find_map(|b| match b {
            SecurityBinding::SecurityContextMessage(sc) => {
                sc.bootstrap_security_description.as_deref()
            }
            _ => None,
        })
        .map(|d| names(&d.bindings))
        .unwrap_or_else(|| "-".to_owned());
    (names(&endpoint.description.bindings), bootstrap)
}

/// One row per member, embedded structures flattened into dotted keys.
fn members(out: &mut String, fields: &[Field]) {
    out.push_str("| Member | C member | C type | Client | Server |\n|---|---|---|---|---|\n");
    rows(out, "", fields);
}

fn rows(out: &mut String, prefix: &str, fields: &[Field]) {
    for f in fields {
        let key = format!("{prefix}{}", f.key);
        if let FieldKind::Structure(inner) = f.kind {
            rows(out, &format!("{key}."), inner);
            continue;
        }
        writeln!(
            out,
            "| `{key}` | `{}` | `{}` | {} | {} |",
            f.c_member,
            f.c_type,
            f.client.name(),
            f.server.name()
        )
        .unwrap();
    }
}
