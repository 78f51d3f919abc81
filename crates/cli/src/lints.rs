//! The lint flags (`--deny`, `--allow`, `--warn`) of `check` and `compat`, as a policy.

use clap::ArgMatches;
use wws_security_policy::{Level, LintSetting, Policy};

/// The policy the lint flags of `matches` ask for, applied in command-line order, so a later
/// flag overrides an earlier one (`--deny warnings --allow P-069`); or why a flag is invalid.
pub fn policy(matches: &ArgMatches) -> Result<Policy, String> {
    let mut policy = Policy::new();
    for (level, id) in in_command_line_order(matches) {
        let flag = level.name();
        let setting = LintSetting::parse(level, &id).map_err(|e| {
            format!(
                "invalid value `{id}` for `--{flag}`: {e}\n  note: expected the id of a lint \
                 (`wws-security rules --severity warning` lists them), or `warnings`"
            )
        })?;
        policy = policy.apply(setting);
    }
    Ok(policy)
}

/// Every lint flag as (level, id), in the order written.
fn in_command_line_order(matches: &ArgMatches) -> Vec<(Level, String)> {
    let mut all = Vec::new();
    for level in Level::ALL {
        let flag = level.name();
        if let (Some(values), Some(indices)) =
            (matches.get_many::<String>(flag), matches.indices_of(flag))
        {
            for (value, index) in values.zip(indices) {
                all.push((index, level, value.clone()));
            }
        }
    }
    all.sort_by_key(|(index, _, _)| *index);
    all.into_iter().map(|(_, l, v)| (l, v)).collect()
}
