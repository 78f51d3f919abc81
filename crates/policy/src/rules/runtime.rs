//! R-: what loading an endpoint file at run time needs from the program. A file can only name
//! runtime values (`{ runtime = "<slot>" }`) and environment secrets (`{ env = "VAR" }`); the
//! loader ([`crate::load`]) reports those the program did not supply. Checking a file without
//! loading it treats them as present, so these rules have no check function and no fixture.

use crate::registry::{Kind, Rule, RuleSet, Status};

pub(crate) static SET: RuleSet = RuleSet::rules(&[&R_001, &R_002]);

pub(crate) static R_001: Rule = Rule::error("R-001", Kind::Required, Status::Implemented)
    .title("Every runtime slot a loaded file names must be registered")
    .rationale("A slot stands for a value only the program has (a callback, a certificate, a token). Loading a file whose slot the program never filled would leave a required part of the description empty, so the loader refuses it.")
    .source("docs/format.md § Values");

pub(crate) static R_002: Rule = Rule::error("R-002", Kind::Required, Status::Implemented)
    .title("Every environment variable a loaded file names must be set")
    .rationale("A password given as `{ env = \"VAR\" }` is read when the file is loaded; an unset variable would otherwise become an empty or missing credential and fail later, far from its cause.")
    .source("docs/format.md § Values");
