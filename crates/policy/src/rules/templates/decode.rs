//! Template rules a decoder error breaks: the file names a template type that does not exist
//! (S-001), or lists bindings a template fixes itself (S-010).

use crate::registry::{Claim, Kind, Rule, RuleSet, Status};
use wws_security_model::decode::{DecodeError, DecodeErrorKind};
use wws_security_model::{BindingTemplateType, CEnum, Path};

pub(crate) static SET: RuleSet = RuleSet {
    rules: &[&S_001, &S_010],
    checks: &[],
    decode_checks: &[unknown_template, bindings_in_a_template],
};

pub(crate) static S_001: Rule = Rule::error("S-001", Kind::Value, Status::Implemented)
    .title("the template type is one of the 14 defined types")
    .rationale("Each template type names one supported pairing of a channel binding and security bindings, numbered 0 to 13; a name outside the list has no template behind it. The decoder suggests the nearest name.")
    .source("api/ne-webservices-ws_binding_template_type.md § enum-fields");

pub(crate) static S_010: Rule = Rule::error("S-010", Kind::Applicability, Status::Implemented)
    .title("a template fixes its bindings: no binding list, no other combination")
    .rationale("The template type decides the channel binding and the exact list of security bindings; a caller cannot add or remove one. A template file therefore has no `bindings`, and what no template type expresses (named pipes, XML token or SAML bindings, other combinations) is written as a plain endpoint file.")
    .source("api/ne-webservices-ws_binding_template_type.md § enum-fields");

// S-001: an unknown `template` name.
fn unknown_template(e: &DecodeError) -> Option<Claim> {
    match &e.kind {
        DecodeErrorKind::UnknownName(name) if name.enumeration == BindingTemplateType::NAME => {
            Some(Claim::rule(&S_001))
        }
        _ => None,
    }
}

// S-010: `bindings` at the top of a template file (whose keys start with `template`).
fn bindings_in_a_template(e: &DecodeError) -> Option<Claim> {
    match &e.kind {
        DecodeErrorKind::UnknownKey { key, expected, .. }
            if key == "bindings"
                && expected.contains(&"template")
                && e.path == Path::root().key("bindings") =>
        {
            Some(Claim {
                rule: &S_010,
                message: Some(
                    "a template endpoint lists no bindings: the template type fixes them"
                        .to_owned(),
                ),
                help: Some(
                    "remove the list and configure each binding through its template member; \
                     for bindings no template type has, write a plain endpoint"
                        .to_owned(),
                ),
            })
        }
        _ => None,
    }
}
