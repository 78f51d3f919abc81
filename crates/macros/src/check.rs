//! Runs the model's decoder and the policy on the lowered declaration, and turns every
//! diagnostic into a spanned compile error or warning.
//!
//! The policy reports places as [`Path`]s in the shape of an endpoint file; [`SpanMap`] maps a
//! path back to the tokens it was lowered from. Nothing here knows any rule: a rule added to the
//! policy crate is reported by the macro, at its place, with no change here.

use crate::ast::{LintLevel, SpanRange};
use crate::lower::{LazySpans, Lowered, Order, Place, SpanMap};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use wws_security_model::decode::{decode_file_partial, DecodeError, DecodeErrorKind};
use wws_security_model::{EndpointFile, Path};
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
    /// The endpoint (plain, or a template), when it decoded and the policy found no error.
    pub file: Option<EndpointFile>,
    /// Every error, each at its tokens, in the order of the declaration.
    pub errors: Vec<syn::Error>,
    /// Every lint left at warning level, in the order of the declaration.
    pub warnings: Vec<Warning>,
}

/// An error underlining `span` (first to last token).
pub fn error_at(span: SpanRange, message: &str) -> syn::Error {
    let start = Ident::new("start", span.start);
    let end = Ident::new("end", span.end);
    let tokens: TokenStream = quote!(#start #end);
    syn::Error::new_spanned(tokens, message)
}

/// Diagnostics with where they come in the declaration, listed in that order at the end (as
/// rustc and clippy list theirs).
struct InOrder<T>(Vec<(Order, T)>);

impl<T> InOrder<T> {
    fn new() -> Self {
        InOrder(Vec::new())
    }

    fn push(&mut self, order: Order, item: T) {
        self.0.push((order, item));
    }

    fn sorted(mut self) -> Vec<T> {
        // Stable: diagnostics at the same place keep the order they were found in.
        self.0.sort_by_key(|(order, _)| *order);
        self.0.into_iter().map(|(_, item)| item).collect()
    }
}

/// Decodes, validates, and collects every diagnostic; `spans` places them.
///
/// Format errors do not stop the policy: it runs on every part the decoder could read (a
/// binding whose type is misspelt is tried as each binding type, and only what is wrong
/// whatever it was meant to be is reported; see `Policy::validate_partial`).
pub fn check(lowered: Lowered, lints: &[LintLevel], spans: &mut LazySpans<'_>) -> Checked {
    let mut errors = InOrder::new();
    let mut warnings = InOrder::new();
    let policy = policy(lints, &mut errors);
    let bad_paths: Vec<Path> = lowered.errors.iter().map(|(p, _)| p.clone()).collect();
    for (path, e) in lowered.errors {
        let order = spans
            .get()
            .lookup(&path)
            .map_or(Order::DECLARATION, |(p, _)| p[0].order);
        errors.push(order, e);
    }

    let partial = decode_file_partial(&lowered.node);
    for e in &partial.errors {
        // A place already reported as a value of the wrong kind is not reported twice.
        if bad_paths.iter().any(|p| starts_with(&e.path, p)) {
            continue;
        }
        let (span, order) = decode_place(e, spans.get());
        let d = Diagnostic::from_decode_in(e, Syntax::Macro);
        errors.push(order, error_at(span, &render(&d)));
    }
    let report = policy.validate_partial(&partial);
    for d in &report.diagnostics {
        let (span, order) = diagnostic_place(d, spans.get());
        let text = render(d);
        match d.severity {
            Severity::Error => errors.push(order, error_at(span, &text)),
            Severity::Warning => warnings.push(
                order,
                Warning {
                    span,
                    text: text.replace('\n', " "),
                },
            ),
        }
    }
    let errors = errors.sorted();
    let file = if errors.is_empty() {
        partial.complete()
    } else {
        None
    };
    Checked {
        file,
        errors,
        warnings: warnings.sorted(),
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
fn policy(lints: &[LintLevel], errors: &mut InOrder<syn::Error>) -> Policy {
    let mut policy = Policy::new();
    for lint in lints {
        match LintSetting::parse(lint.level, &lint.id) {
            Ok(setting) => policy = policy.apply(setting),
            Err(e) => errors.push(Order::LINTS, error_at(lint.span, &e.to_string())),
        }
    }
    policy
}

fn starts_with(path: &Path, prefix: &Path) -> bool {
    path.segments().starts_with(prefix.segments())
}

/// The tokens of a decoder error: the key for key problems, the value otherwise.
#[cfg(test)]
pub fn decode_span(e: &DecodeError, spans: &SpanMap) -> SpanRange {
    decode_place(e, spans).0
}

/// [`decode_span`], and where those tokens come in the declaration.
fn decode_place(e: &DecodeError, spans: &SpanMap) -> (SpanRange, Order) {
    let Some((places, exact)) = spans.lookup(&e.path) else {
        return (SpanRange::single(Span::call_site()), Order::DECLARATION);
    };
    let place = match e.kind {
        // The second occurrence is the one to remove.
        DecodeErrorKind::DuplicateKey { .. } => places[places.len() - 1],
        _ => places[0],
    };
    let span = match e.kind {
        DecodeErrorKind::UnknownKey { .. }
        | DecodeErrorKind::DuplicateKey { .. }
        | DecodeErrorKind::MissingKey { .. } => key_or_value(place),
        _ if !exact => key_or_value(place),
        _ => place.value,
    };
    (span, place.order)
}

/// The tokens of a policy diagnostic: the value for value rules, the key (or binding type)
/// otherwise; an element that was not written is shown at the nearest one that was.
fn diagnostic_place(d: &Diagnostic, spans: &SpanMap) -> (SpanRange, Order) {
    path_place(&d.path, d.rule.kind, spans)
}

/// The tokens of a policy diagnostic of `kind` at `path` (see [`diagnostic_place`]).
#[cfg(test)]
pub fn path_span(path: &Path, kind: Kind, spans: &SpanMap) -> SpanRange {
    path_place(path, kind, spans).0
}

fn path_place(path: &Path, kind: Kind, spans: &SpanMap) -> (SpanRange, Order) {
    let Some((places, exact)) = spans.lookup(path) else {
        return (SpanRange::single(Span::call_site()), Order::DECLARATION);
    };
    let place = places[0];
    let span = if exact && kind == Kind::Value {
        place.value
    } else {
        key_or_value(place)
    };
    (span, place.order)
}

fn key_or_value(place: Place) -> SpanRange {
    place.key.unwrap_or(place.value)
}
