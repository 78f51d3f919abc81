//! The expansion of a declaration with errors: every error as a `compile_error!`, and a
//! placeholder of the right type, so the code after the declaration still type-checks and the
//! user sees our errors and no cascade (the way thiserror's `fallback.rs` does it).

use crate::lower::ProgramValue;
use proc_macro2::TokenStream;
use quote::quote;

/// `compile_error!`s, the program values (still type-checked and counted as used, inside a
/// closure that never runs), and `DeclaredEndpoint::__fallback()`.
pub fn fallback(errors: Vec<syn::Error>, values: &[ProgramValue]) -> TokenStream {
    let errors = errors.iter().map(syn::Error::to_compile_error);
    let values = values.iter().map(|v| &v.tokens);
    let values = if values.len() == 0 {
        TokenStream::new()
    } else {
        quote!(let _ = || { #( let _ = #values; )* };)
    };
    quote! {
        {
            #(#errors)*
            #values
            ::wws_security::DeclaredEndpoint::__fallback()
        }
    }
}
