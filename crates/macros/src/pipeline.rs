//! The macro from input to output: parse, lower, check, then expand the checked endpoint or,
//! on any error, fall back.

use crate::check::check;
use crate::expand::expand;
use crate::fallback::fallback;
use crate::lower::{lower, LazySpans};
use crate::runtime::runtime_tokens;
use proc_macro2::TokenStream;

/// `security_binding! { .. }` input to its expansion (errors included).
pub fn security_binding(input: TokenStream) -> TokenStream {
    let declaration = match crate::parse::parse(input) {
        Ok(d) => d,
        Err(e) => return fallback(vec![e], &[]),
    };
    let mut lowered = lower(&declaration.body);
    let values = std::mem::take(&mut lowered.values);
    let mut spans = LazySpans::new(&declaration.body);
    let checked = check(lowered, &declaration.lints, &mut spans);
    match checked.file {
        Some(file) if checked.errors.is_empty() => {
            expand(&file, runtime_tokens(&values), &checked.warnings)
        }
        _ => fallback(checked.errors, &values),
    }
}
