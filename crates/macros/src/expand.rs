//! The expansion of a checked declaration: the endpoint as data, the registration of its
//! program values, and the lints left at warning level. Model to tokens only; the driver that
//! parses and checks is `pipeline`.
//!
//! A valid declaration expands to:
//! ```text
//! ::wws_security::DeclaredEndpoint::__from_macro(b"<compact endpoint>", <Runtime>)
//! ::wws_security::DeclaredEndpoint::__from_macro_template(b"<compact template>", <Runtime>)
//! ```
//! (the second for the template form, `template: http_ssl_username, ..`) in a block after one
//! `#[deprecated]` shim per lint left at warning level, if any. The endpoint or template is the
//! byte string of `wws_security_model::compact`, which the program reads back into the model
//! without decoding a file or running the policy: the policy ran here (a template is expanded
//! again when it is read back, which only builds the description). Data
//! rather than constructor code keeps the expansion a few dozen tokens whatever the endpoint
//! holds, which is most of the macro's build cost (docs/macro.md, "Build cost").

use crate::check::Warning;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;
use wws_security_model::{compact, EndpointFile};

/// The `DeclaredEndpoint` of `file` (a plain endpoint or a template), with `runtime` (see
/// `runtime::runtime_tokens`) and a compiler warning per lint.
pub fn expand(file: &EndpointFile, runtime: TokenStream, warnings: &[Warning]) -> TokenStream {
    let declared = match file {
        EndpointFile::Endpoint(endpoint) => {
            let data = Literal::byte_string(&compact::encode(endpoint));
            quote!(::wws_security::DeclaredEndpoint::__from_macro(#data, #runtime))
        }
        EndpointFile::Template(template) => {
            let data = Literal::byte_string(&compact::encode_template(template));
            quote!(::wws_security::DeclaredEndpoint::__from_macro_template(#data, #runtime))
        }
    };
    if warnings.is_empty() {
        return declared;
    }
    let warnings = warnings.iter().map(warning);
    quote!({ #(#warnings)* #declared })
}

/// A lint as a compiler warning on stable: the use of a deprecated item at the lint's tokens.
pub fn warning(w: &Warning) -> TokenStream {
    let note = &w.text;
    let name = Ident::new("security_lint", w.span.start);
    quote! {
        {
            #[deprecated(note = #note)]
            #[allow(non_camel_case_types)]
            struct security_lint;
            let _ = #name;
        }
    }
}
