//! F-: rules of our endpoint file format, checked by the model's decoder.

use crate::registry::{Kind, Rule, Severity, Status};
use wws_security_model::decode::FORMAT_RULES;

const fn format_rule(index: usize, rationale: &'static str) -> Rule {
    Rule {
        id: FORMAT_RULES[index].0,
        also: &[],
        kind: Kind::Format,
        severity: Severity::Error,
        status: Status::Implemented,
        title: FORMAT_RULES[index].1,
        rationale,
        source: "spec/format.md",
    }
}

pub(crate) static RULES: &[Rule] = &[
    format_rule(0, "An endpoint file is TOML, or JSON of the same shape; anything else cannot be read."),
    format_rule(1, "A misspelt key would otherwise be ignored and its setting silently lost, so every key must be one the table knows."),
    format_rule(2, "Value names follow one mechanical rule from the C names; a name outside the enumeration has no C value."),
    format_rule(3, "Each place takes one kind of value (boolean, number, string, list or table), like the C type behind it."),
    format_rule(4, "Some keys cannot be left out because nothing could stand in for them (a binding's type, a credential's user name)."),
    format_rule(5, "WS_TIMESPAN counts 100-ns ticks; a duration is converted exactly, so it must be a whole number of one unit, and never negative."),
    format_rule(6, "A number must fit the C type it becomes (ULONG: 0 to 4294967295); nothing is truncated."),
    format_rule(7, "A repeated key would make one of the two values win silently."),
    format_rule(8, "A runtime slot or environment variable needs a name the program can look up."),
];
