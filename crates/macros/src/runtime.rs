//! The program values of a declaration (callbacks, objects, computed passwords) as the
//! registration of each in the declaration's `Runtime`, under its generated slot name; each
//! expression is typed at its own tokens, so rustc reports a wrong type where it is written.

use crate::lower::{ProgramValue, ValueKind};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};

/// `Runtime::new().with("rust:<path>", <value>)...`
pub fn runtime_tokens(values: &[ProgramValue]) -> TokenStream {
    let mut out = quote!(::wws_security::policy::Runtime::new());
    for v in values {
        let slot = &v.slot;
        let tokens = &v.tokens;
        let typed = match v.kind {
            ValueKind::Secret => quote_spanned! {v.span.start=>
                ::wws_security::model::SecretString::new(#tokens)
            },
            ValueKind::Callback(callback) => {
                let alias = format_ident!("{}", callback.rust_type(), span = v.span.start);
                quote_spanned! {v.span.start=>
                    ::wws_security::values::#alias::new(#tokens)
                }
            }
            ValueKind::Opaque => quote!(#tokens),
        };
        out = quote!(#out.with(#slot, #typed));
    }
    out
}
