//! Runs the model's decoder and the policy on the lowered declaration, and turns every
//! diagnostic into a spanned compile error or warning.
//!
//! The policy reports places as [`Path`]s in the shape of an endpoint file; [`SpanMap`] maps a
//! path back to the tokens it was lowered from. Nothing here knows any rule: a rule added to the
//! policy crate is reported by the macro, at its place, with no change here.

use crate::ast::{LintLevel, SpanRange};
use crate::lower::{LazySpans, Lowered, Place, SpanMap};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use wws_security_model::decode::{decode_endpoint, DecodeError, DecodeErrorKind};
use wws_security_model::{Endpoint, Path};
use wws_security_policy::{Diagnostic, Kind, LintSetting, Policy, Severity, Syntax};

/// A lint reported as a warning, to be emitted as a `#[deprecated]` use at `span`.
pub struct Warning {
    /// Where.
    pub span: SpanRange,
    /// Rule id, message and help, on one line.
    pub text: String,
}

/// The outcome of checking one declaration.
pub struct Checked {
    /// The endpoint, when it decoded and the policy found no error.
    pub endpoint: Option<Endpoint>,
    /// Every error, each at its tokens.
    pub errors: Vec<syn::Error>,
    /// Every lint left at warning level.
    pub warnings: Vec<Warning>,
}

/// An error underlining `span` (first to last token).
pub fn error_at(span: SpanRange, message: &str) -> syn::Error {
    let start = Ident::new("start", span.start);
    let end = Ident::new("end", span.end);
    let tokens: TokenStream = quote!(#start #end);
    syn::Error::new_spanned(tokens, message)
}

/// Decodes, validates, and collects every diagnostic; `spans` places them.
pub fn check(lowered: Lowered, lints: &[LintLevel], spans: &mut LazySpans<'_>) -> Checked {
    let mut errors: Vec<syn::Error> = Vec::new();
    let bad_paths: Vec<Path> = lowered.errors.iter().map(|(p, _)| p.clone()).collect();
    errors.extend(lowered.errors.into_iter().map(|(_, e)| e));
    let policy = policy(lints, &mut errors);

    let endpoint = match decode_endpoint(&lowered.node) {
        Ok(endpoint) => Some(endpoint),
        Err(decode_errors) => {
            for e in decode_errors.iter() {
                // A place already reported as a value of the wrong kind is not reported twice.
                if bad_paths.iter().any(|p| starts_with(&e.path, p)) {
                    continue;
                }
                errors.push(error_at(
                    decode_span(e, spans.get()),
                    &render(&Diagnostic::from_decode(e)),
                ));
            }
            None
        }
    };
    let mut warnings = Vec::new();
    if let Some(endpoint) = &endpoint {
        let report = policy.validate(endpoint);
        for d in &report.diagnostics {
            let span = diagnostic_span(d, spans.get());
            let text = render(d);
            match d.severity {
                Severity::Error => errors.push(error_at(span, &text)),
                Severity::Warning => warnings.push(Warning {
                    span,
                    text: text.replace('\n', " "),
                }),
            }
        }
    }
    Checked {
        endpoint: endpoint.filter(|_| errors.is_empty()),
        errors,
        warnings,
    }
}

/// `[P-014] message (also ..)` and the help on a second line, like rustc's `= help:` notes.
pub fn render(d: &Diagnostic) -> String {
    let mut text = format!("{}\n  = help: {}", d.headline(), d.help);
    if let Some(s) = &d.suggestion {
        text.push_str(&format!("\n  = suggestion: {}", s.render(Syntax::Macro)));
    }
    text
}

/// The policy of the declaration's lint attributes; a setting that names no lint is an error at
/// its id.
fn policy(lints: &[LintLevel], errors: &mut Vec<syn::Error>) -> Policy {
    let mut policy = Policy::new();
    for lint in lints {
        match LintSetting::parse(lint.level, &lint.id) {
            Ok(setting) => policy = policy.apply(setting),
            Err(e) => errors.push(error_at(lint.span, &e.to_string())),
        }
    }
    policy
}

fn starts_with(path: &Path, prefix: &Path) -> bool {
    path.segments().starts_with(prefix.segments())
}

/// The tokens of a decoder error: the key for key problems, the value otherwise.
pub fn decode_span(e: &DecodeError, spans: &SpanMap) -> SpanRange {
    let Some((places, exact)) = spans.lookup(&e.path) else {
        return SpanRange::single(Span::call_site());
    };
    let place = match e.kind {
        // The second occurrence is the one to remove.
        DecodeErrorKind::DuplicateKey { .. } => places[places.len() - 1],
        _ => places[0],
    };
    match e.kind {
        DecodeErrorKind::UnknownKey { .. }
        | DecodeErrorKind::DuplicateKey { .. }
        | DecodeErrorKind::MissingKey { .. } => key_or_value(place),
        _ if !exact => key_or_value(place),
        _ => place.value,
    }
}

/// The tokens of a policy diagnostic: the value for value rules, the key (or binding type)
/// otherwise; an element that was not written is shown at the nearest one that was.
pub fn diagnostic_span(d: &Diagnostic, spans: &SpanMap) -> SpanRange {
    path_span(&d.path, d.rule.kind, spans)
}

/// [`diagnostic_span`] without a `Diagnostic`, so the mapping can be tested on its own.
pub fn path_span(path: &Path, kind: Kind, spans: &SpanMap) -> SpanRange {
    let Some((places, exact)) = spans.lookup(path) else {
        return SpanRange::single(Span::call_site());
    };
    let place = places[0];
    if exact && kind == Kind::Value {
        place.value
    } else {
        key_or_value(place)
    }
}

fn key_or_value(place: Place) -> SpanRange {
    place.key.unwrap_or(place.value)
}
