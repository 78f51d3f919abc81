//! R-: what loading an endpoint file at run time needs from the program. A file can only name
//! runtime values (`{ runtime = "<slot>" }`) and environment secrets (`{ env = "VAR" }`); the
//! loader ([`crate::load`]) reports those the program did not supply. Checking a file without
//! loading it treats them as present, so these rules have no check function and no fixture.

use crate::registry::{Kind, Rule, Severity, Status};

pub(crate) static RULES: &[Rule] = &[
    Rule {
        id: "R-001",
        also: &[],
        kind: Kind::Required,
        severity: Severity::Error,
        status: Status::Implemented,
        title: "Every runtime slot a loaded file names must be registered",
        rationale: "A slot stands for a value only the program has (a callback, a certificate, a \
                    token). Loading a file whose slot the program never filled would leave a \
                    required part of the description empty, so the loader refuses it.",
        source: "spec/format.md § Values",
    },
    Rule {
        id: "R-002",
        also: &[],
        kind: Kind::Required,
        severity: Severity::Error,
        status: Status::Implemented,
        title: "Every environment variable a loaded file names must be set",
        rationale: "A password given as `{ env = \"VAR\" }` is read when the file is loaded; an \
                    unset variable would otherwise become an empty or missing credential and \
                    fail later, far from its cause.",
        source: "spec/format.md § Values",
    },
];
