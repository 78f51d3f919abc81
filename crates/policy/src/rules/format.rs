//! F-: rules of our endpoint file format. The model's decoder finds the problems; this file names
//! the rule each one breaks. A decoder error that another area's rule describes better (a value
//! valid elsewhere but not here) is claimed by that area's decode check first.

use crate::registry::{Claim, Kind, Rule, RuleSet, Status};
use crate::{Applicability, Diagnostic, Edit, Suggestion, Value};
use wws_security_model::decode::{DecodeError, DecodeErrorKind};

pub(crate) static SET: RuleSet = RuleSet::rules(&[
    &F_001, &F_002, &F_003, &F_004, &F_005, &F_006, &F_007, &F_008, &F_009, &F_010,
]);

const FORMAT: &str = "docs/format.md";

pub(crate) static F_001: Rule = Rule::error("F-001", Kind::Format, Status::Implemented)
    .title("The text must be valid TOML or JSON")
    .rationale("An endpoint file is TOML, or JSON of the same shape; anything else cannot be read.")
    .source(FORMAT);

pub(crate) static F_002: Rule = Rule::error("F-002", Kind::Format, Status::Implemented)
    .title("Every key must be one the table has")
    .rationale("A misspelt key would otherwise be ignored and its setting silently lost, so every key must be one the table knows.")
    .source(FORMAT);

pub(crate) static F_003: Rule = Rule::error("F-003", Kind::Format, Status::Implemented)
    .title("Every value name must be a canonical name of its enumeration")
    .rationale("Value names follow one mechanical rule from the C names; a name outside the enumeration has no C value.")
    .source(FORMAT);

pub(crate) static F_004: Rule = Rule::error("F-004", Kind::Format, Status::Implemented)
    .title("Every value must have the kind its place takes")
    .rationale("Each place takes one kind of value (boolean, number, string, list or table), like the C type behind it.")
    .source(FORMAT);

pub(crate) static F_005: Rule = Rule::error("F-005", Kind::Format, Status::Implemented)
    .title("Required keys must be present")
    .rationale("Some keys cannot be left out because nothing could stand in for them (a binding's type, a credential's user name).")
    .source(FORMAT);

pub(crate) static F_006: Rule = Rule::error("F-006", Kind::Format, Status::Implemented)
    .title("Durations are a whole number and one unit")
    .rationale("WS_TIMESPAN counts 100-ns ticks; a duration is converted exactly, so it must be a whole number of one unit, and never negative.")
    .source(FORMAT);

pub(crate) static F_007: Rule = Rule::error("F-007", Kind::Format, Status::Implemented)
    .title("Numbers must fit their C type")
    .rationale(
        "A number must fit the C type it becomes (ULONG: 0 to 4294967295); nothing is truncated.",
    )
    .source(FORMAT);

pub(crate) static F_008: Rule = Rule::error("F-008", Kind::Format, Status::Implemented)
    .title("A key may appear only once per table")
    .rationale("A repeated key would make one of the two values win silently.")
    .source(FORMAT);

pub(crate) static F_009: Rule = Rule::error("F-009", Kind::Format, Status::Implemented)
    .title("Slot and variable names must not be empty")
    .rationale("A runtime slot or environment variable needs a name the program can look up.")
    .source(FORMAT);

pub(crate) static F_010: Rule = Rule::error("F-010", Kind::Format, Status::Implemented)
    .title("Bytes are written in base64")
    .rationale("`WS_BYTES` values (key moduli, certificates) are written as standard base64 text, so that any byte can be written and read back exactly.")
    .source(FORMAT);

/// The format rule of a decoder error, by what went wrong.
fn format_rule(kind: &DecodeErrorKind) -> &'static Rule {
    match kind {
        DecodeErrorKind::Syntax { .. } => &F_001,
        DecodeErrorKind::UnknownKey { .. } => &F_002,
        DecodeErrorKind::UnknownName(_) => &F_003,
        DecodeErrorKind::WrongType { .. } => &F_004,
        DecodeErrorKind::MissingKey { .. } => &F_005,
        DecodeErrorKind::BadDuration(_) => &F_006,
        DecodeErrorKind::OutOfRange { .. } => &F_007,
        DecodeErrorKind::DuplicateKey { .. } => &F_008,
        DecodeErrorKind::EmptyName { .. } => &F_009,
        DecodeErrorKind::BadBytes(_) => &F_010,
        // Claimed by the rules that say where such a value goes (transport/credentials.rs,
        // transport/bags.rs); a name or key of the wrong kind if none did.
        DecodeErrorKind::MisplacedCredential { .. } => &F_003,
        DecodeErrorKind::MisplacedProperty { .. } => &F_002,
    }
}

impl Diagnostic {
    /// The diagnostic of a decoder error: the rule of the area that claims it, else its format
    /// rule; always an error. Worded for a TOML file; see [`Diagnostic::from_decode_in`].
    pub fn from_decode(e: &DecodeError) -> Diagnostic {
        Diagnostic::from_decode_in(e, crate::Syntax::Toml)
    }

    /// [`Diagnostic::from_decode`], with the values its message and help show (a runtime slot,
    /// a password) written in `syntax`.
    pub fn from_decode_in(e: &DecodeError, syntax: crate::Syntax) -> Diagnostic {
        let claim = super::SETS
            .iter()
            .flat_map(|set| set.decode_checks)
            .find_map(|check| check(e))
            .unwrap_or_else(|| Claim::rule(format_rule(&e.kind)));
        Diagnostic {
            rule: claim.rule,
            severity: crate::Severity::Error,
            message: claim.message.unwrap_or_else(|| e.message_in(syntax)),
            help: claim.help.unwrap_or_else(|| e.help_in(syntax)),
            path: e.path.clone(),
            part: e.part(),
            suggestion: suggestion(e),
        }
    }
}

/// The edit a decoder error calls for, when it is mechanical: a misspelt key or value name
/// becomes the name it is closest to (what the user meant to write, so no setting is chosen for
/// them).
fn suggestion(e: &DecodeError) -> Option<Suggestion> {
    let edit = match &e.kind {
        DecodeErrorKind::UnknownKey {
            suggestion: Some(to),
            ..
        } => Edit::Rename {
            path: e.path.clone(),
            to: (*to).to_owned(),
        },
        DecodeErrorKind::UnknownName(name) => Edit::Set {
            path: e.path.clone(),
            value: Value::Name(name.suggestion?.to_owned()),
        },
        _ => return None,
    };
    Some(Suggestion::new(
        Applicability::MachineApplicable,
        vec![edit],
    ))
}
