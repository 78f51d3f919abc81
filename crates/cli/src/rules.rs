//! `wws-security rules`: the rule list, with filters.

use crate::args::RulesArgs;
use crate::EXIT_OK;
use std::io::{self, Write};
use wws_security_policy::registry;

pub(crate) fn run(args: &RulesArgs, out: &mut dyn Write) -> io::Result<i32> {
    let keep = |filter: &Option<String>, value: &str| filter.as_deref().is_none_or(|f| f == value);
    let rules: Vec<_> = registry::rules()
        .iter()
        .filter(|r| keep(&args.area, r.area().name()))
        .filter(|r| keep(&args.kind, r.kind.name()))
        .filter(|r| keep(&args.severity, r.severity.name()))
        .filter(|r| keep(&args.status, r.status.name()))
        .collect();
    writeln!(
        out,
        "{:<7} {:<15} {:<8} {:<13} TITLE",
        "ID", "STATUS", "SEVERITY", "KIND"
    )?;
    for r in &rules {
        let mut title = r.title.to_owned();
        if !r.also.is_empty() {
            title.push_str(&format!(" (also {})", r.also.join(", ")));
        }
        writeln!(
            out,
            "{:<7} {:<15} {:<8} {:<13} {title}",
            r.id,
            r.status.name(),
            r.severity.name(),
            r.kind.name()
        )?;
    }
    writeln!(out, "{} rule(s)", rules.len())?;
    Ok(EXIT_OK)
}
