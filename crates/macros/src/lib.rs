//! The `security_binding!` macro of [wws-security](https://docs.rs/wws-security): declare an
//! endpoint's WWSAPI security in Rust, with the names of the endpoint file format, and have the
//! compiler reject every mistake the policy knows, each at the token that causes it.
//!
//! Use it through the facade crate, `wws_security::security_binding!`; the grammar, the output
//! type and the diagnostics are documented there and in `docs/macro.md`.
//!
//! The work is split in phases, each in its own module, and `pipeline` runs them: `parse`
//! (tokens to `ast`), `lower` (AST to the model's document tree, and a path-to-span map when
//! a diagnostic needs one), `check` (the model's decoder and the policy, diagnostics to spans,
//! in the order of the declaration), then `expand` (the checked endpoint or template as data,
//! with `runtime` registering the program's values) or `fallback` (the output on errors).

mod ast;
mod check;
mod expand;
mod fallback;
mod lower;
mod parse;
mod pipeline;
mod runtime;

#[cfg(test)]
mod tests;

/// Declares a WWSAPI endpoint security description, checked by the policy at compile time.
///
/// See the facade crate's documentation (`wws_security::security_binding!`) and
/// `docs/macro.md` for the grammar.
#[proc_macro]
pub fn security_binding(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    pipeline::security_binding(input.into()).into()
}
