//! The expansion: parse, lower, check, then write the checked endpoint as constructor
//! expressions of model types. No policy code is emitted; nothing is validated again at run time.
//!
//! A valid declaration expands to:
//! ```text
//! {
//!     <one #[deprecated] shim per security lint left at warning level>
//!     ::wws_security::DeclaredEndpoint::__from_macro(
//!         ::wws_security::policy::Validated::__checked_at_compile_time(<Endpoint { .. }>),
//!         ::wws_security::policy::Runtime::new().with("rust:<path>", <expression>)...,
//!     )
//! }
//! ```

use crate::check::{check, Warning};
use crate::lower::{lower, ProgramValue, ValueKind};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use wws_security_model::*;

/// The whole macro: `security_binding! { .. }` input to its expansion (errors included).
pub fn expand(input: TokenStream) -> TokenStream {
    let declaration = match crate::parse::parse(input) {
        Ok(d) => d,
        Err(e) => return crate::fallback::fallback(vec![e], &[]),
    };
    let mut lowered = lower(&declaration.body);
    let values = std::mem::take(&mut lowered.values);
    let checked = check(lowered, &declaration.lints);
    match checked.endpoint {
        Some(endpoint) if checked.errors.is_empty() => {
            let warnings = checked.warnings.iter().map(warning);
            let endpoint = endpoint_tokens(&endpoint);
            let runtime = runtime_tokens(&values);
            quote! {
                {
                    #(#warnings)*
                    ::wws_security::DeclaredEndpoint::__from_macro(
                        ::wws_security::policy::Validated::__checked_at_compile_time(#endpoint),
                        #runtime,
                    )
                }
            }
        }
        _ => crate::fallback::fallback(checked.errors, &values),
    }
}

/// A lint as a compiler warning on stable: the use of a deprecated item at the lint's tokens.
fn warning(w: &Warning) -> TokenStream {
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

#[cfg(test)]
pub fn warning_for_tests(w: &Warning) -> TokenStream {
    warning(w)
}

fn runtime_tokens(values: &[ProgramValue]) -> TokenStream {
    let mut out = quote!(::wws_security::policy::Runtime::new());
    for v in values {
        let slot = &v.slot;
        let tokens = &v.tokens;
        let typed = match v.kind {
            ValueKind::Secret => quote_spanned! {v.span.start=>
                ::wws_security::model::SecretString::new(#tokens)
            },
            ValueKind::Callback(alias) => {
                let alias = format_ident!("{}", alias, span = v.span.start);
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

fn model(name: &str) -> TokenStream {
    let ident = Ident::new(name, Span::call_site());
    quote!(::wws_security::model::#ident)
}

fn some<T>(value: &Option<T>, f: impl FnOnce(&T) -> TokenStream) -> TokenStream {
    match value {
        Some(v) => {
            let v = f(v);
            quote!(::core::option::Option::Some(#v))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn string(s: &str) -> TokenStream {
    quote!(::std::string::String::from(#s))
}

fn cenum<E: CEnum>(value: E) -> TokenStream {
    let type_name = std::any::type_name::<E>().rsplit("::").next().unwrap_or("");
    let ty = model(type_name);
    let variant = format_ident!("{}", format!("{value:?}"));
    quote!(#ty::#variant)
}

fn flags<F: CEnum<Raw = i32>>(set: &FlagSet<F>) -> TokenStream {
    let mut out = quote!(::wws_security::model::FlagSet::empty());
    for f in set.iter() {
        let f = cenum(f);
        out = quote!(#out.with(#f));
    }
    out
}

fn ulong(n: u32) -> TokenStream {
    let lit = Literal::u32_unsuffixed(n);
    quote!(#lit)
}

fn timespan(t: Timespan) -> TokenStream {
    let ticks = t.ticks();
    let ty = model("Timespan");
    for (unit, size) in [
        ("from_hours", 36_000_000_000i64),
        ("from_mins", 600_000_000),
        ("from_secs", 10_000_000),
        ("from_millis", 10_000),
    ] {
        if ticks % size == 0 {
            if let Ok(n) = u32::try_from(ticks / size) {
                let f = format_ident!("{}", unit);
                let n = ulong(n);
                return quote!(#ty::#f(#n));
            }
        }
    }
    let lit = Literal::i64_unsuffixed(ticks);
    quote!(#ty::from_ticks(#lit).unwrap_or(#ty::ZERO))
}

fn slot(s: &RuntimeSlot) -> TokenStream {
    let name = s.name();
    let ty = model("RuntimeSlot");
    quote!(#ty::new(#name))
}

fn secret(s: &Secret) -> TokenStream {
    let ty = model("Secret");
    match s {
        Secret::Literal(text) => {
            let text = text.expose_secret();
            quote!(#ty::literal(#text))
        }
        Secret::Env(var) => quote!(#ty::env(#var)),
        Secret::Runtime(s) => {
            let s = slot(s);
            quote!(#ty::Runtime(#s))
        }
    }
}

fn endpoint_tokens(e: &Endpoint) -> TokenStream {
    let ty = model("Endpoint");
    let side = match e.side {
        Side::Client => quote!(::wws_security::model::Side::Client),
        Side::Server => quote!(::wws_security::model::Side::Server),
    };
    let channel_binding = cenum(e.channel_binding);
    let channel_type = some(&e.channel_type, |t| cenum(*t));
    let description = description(&e.description);
    quote! {
        #ty {
            side: #side,
            channel_binding: #channel_binding,
            channel_type: #channel_type,
            description: #description,
        }
    }
}

fn description(d: &SecurityDescription) -> TokenStream {
    let ty = model("SecurityDescription");
    let properties = bag(d.properties.iter().map(channel_property));
    let bindings = vec_of(d.bindings.iter().map(binding));
    quote!(#ty { properties: #properties, bindings: #bindings })
}

/// A `Vec` without the `vec!` macro (what it expands to), so the expansion needs no further
/// macro expansion.
fn vec_of(items: impl Iterator<Item = TokenStream>) -> TokenStream {
    let items: Vec<TokenStream> = items.collect();
    if items.is_empty() {
        quote!(::std::vec::Vec::new())
    } else {
        quote!(<[_]>::into_vec(::std::boxed::Box::new([#(#items),*])))
    }
}

fn bag(entries: impl Iterator<Item = TokenStream>) -> TokenStream {
    let mut out = quote!(::wws_security::model::PropertyBag::new());
    for e in entries {
        out = quote!(#out.with(#e));
    }
    out
}

fn channel_property(p: &ChannelProperty) -> TokenStream {
    use ChannelProperty as P;
    let value = match p {
        P::TransportProtectionLevel(v) => cenum(*v),
        P::AlgorithmSuite(s) => algorithm_suite(s),
        P::AlgorithmSuiteName(v) => cenum(*v),
        P::MaxAllowedLatency(t) | P::TimestampValidityDuration(t) | P::MaxAllowedClockSkew(t) => {
            timespan(*t)
        }
        P::TimestampUsage(v) => cenum(*v),
        P::SecurityHeaderLayout(v) => cenum(*v),
        P::SecurityHeaderVersion(v) => cenum(*v),
        P::ExtendedProtectionPolicy(v) => cenum(*v),
        P::ExtendedProtectionScenario(v) => cenum(*v),
        P::ServiceIdentities(list) => {
            let items = list.iter().map(|s| string(s));
            vec_of(items)
        }
    };
    let ty = model("ChannelProperty");
    let variant = format_ident!("{}", format!("{:?}", p.id()));
    quote!(#ty::#variant(#value))
}

fn binding_property(p: &BindingProperty) -> TokenStream {
    use BindingProperty as P;
    let value = match p {
        P::RequireSslClientCert(b)
        | P::RequireServerAuth(b)
        | P::AllowAnonymousClients(b)
        | P::SecurityContextSupportRenew(b)
        | P::DisableCertRevocationCheck(b) => quote!(#b),
        P::WindowsIntegratedAuthPackage(v) => cenum(*v),
        P::AllowedImpersonationLevel(v) => cenum(*v),
        P::HttpHeaderAuthScheme(f) => flags(f),
        P::HttpHeaderAuthTarget(v) => cenum(*v),
        P::HttpHeaderAuthBasicRealm(s)
        | P::HttpHeaderAuthDigestRealm(s)
        | P::HttpHeaderAuthDigestDomain(s) => string(s),
        P::SecurityContextKeySize(n)
        | P::SecurityContextMaxPendingContexts(n)
        | P::SecurityContextMaxActiveContexts(n) => ulong(*n),
        P::SecurityContextKeyEntropyMode(v) => cenum(*v),
        P::MessageProperties(m) => {
            let items = m.entries.iter().map(|(id, s)| {
                let id = cenum(*id);
                let s = slot(s);
                quote!((#id, #s))
            });
            let ty = model("MessageProperties");
            let entries = vec_of(items);
            quote!(#ty { entries: #entries })
        }
        P::SecureConversationVersion(v) => cenum(*v),
        P::SecurityContextRenewalInterval(t) | P::SecurityContextRolloverInterval(t) => {
            timespan(*t)
        }
        P::CertFailuresToIgnore(f) => flags(f),
        P::DisallowedSecureProtocols(f) => flags(f),
        P::CertificateValidationCallbackContext(c) => {
            let ty = model("CertificateValidationCallbackContext");
            let callback = slot(&c.callback);
            let state = some(&c.state, slot);
            quote!(#ty { callback: #callback, state: #state })
        }
    };
    let ty = model("BindingProperty");
    let variant = format_ident!("{}", format!("{:?}", p.id()));
    quote!(#ty::#variant(#value))
}

fn algorithm_suite(s: &AlgorithmSuite) -> TokenStream {
    let ty = model("AlgorithmSuite");
    let algorithms = s.algorithms().map(|(name, v)| {
        let name = format_ident!("{}", name);
        let v = some(&v, |a| cenum(*a));
        quote!(#name: #v)
    });
    let lengths = s.key_lengths().map(|(name, v)| {
        let name = format_ident!("{}", name);
        let v = some(&v, |n| ulong(*n));
        quote!(#name: #v)
    });
    quote!(#ty { #(#algorithms,)* #(#lengths,)* })
}

fn binding(b: &SecurityBinding) -> TokenStream {
    use SecurityBinding as B;
    let properties = bag(b.properties().iter().map(binding_property));
    let usage = some(&b.binding_usage(), |u| cenum(*u));
    let outer = model("SecurityBinding");
    let (variant, ty, fields) = match b {
        B::SslTransport(x) => {
            let cert = some(&x.local_cert_credential, cert_credential);
            (
                "SslTransport",
                "SslTransportBinding",
                quote!(properties: #properties, local_cert_credential: #cert),
            )
        }
        B::TcpSspiTransport(x) | B::NamedpipeSspiTransport(x) => {
            let cred = some(&x.client_credential, windows_credential);
            let variant = if matches!(b, B::TcpSspiTransport(_)) {
                "TcpSspiTransport"
            } else {
                "NamedpipeSspiTransport"
            };
            (
                variant,
                "SspiTransportBinding",
                quote!(properties: #properties, client_credential: #cred),
            )
        }
        B::HttpHeaderAuth(x) => {
            let cred = some(&x.client_credential, windows_credential);
            (
                "HttpHeaderAuth",
                "HttpHeaderAuthBinding",
                quote!(properties: #properties, client_credential: #cred),
            )
        }
        B::UsernameMessage(x) => {
            let cred = some(&x.client_credential, |c| match c {
                UsernameCredential::String { username, password } => {
                    let ty = model("UsernameCredential");
                    let username = string(username);
                    let password = secret(password);
                    quote!(#ty::String { username: #username, password: #password })
                }
            });
            let validator = some(&x.password_validator, slot);
            let state = some(&x.password_validator_callback_state, slot);
            (
                "UsernameMessage",
                "UsernameMessageBinding",
                quote! {
                    binding_usage: #usage,
                    properties: #properties,
                    client_credential: #cred,
                    password_validator: #validator,
                    password_validator_callback_state: #state
                },
            )
        }
        B::KerberosApreqMessage(x) => {
            let cred = some(&x.client_credential, windows_credential);
            (
                "KerberosApreqMessage",
                "KerberosApreqMessageBinding",
                quote!(binding_usage: #usage, properties: #properties, client_credential: #cred),
            )
        }
        B::XmlTokenMessage(x) => {
            let token = some(&x.xml_token, slot);
            (
                "XmlTokenMessage",
                "XmlTokenMessageBinding",
                quote!(binding_usage: #usage, properties: #properties, xml_token: #token),
            )
        }
        B::SamlMessage(x) => {
            let auth = some(&x.authenticator, |a| match a {
                SamlAuthenticator::CertSigned {
                    trusted_issuer_certs,
                    decryption_cert,
                    saml_validator,
                    saml_validator_callback_state,
                } => {
                    let ty = model("SamlAuthenticator");
                    let certs = vec_of(trusted_issuer_certs.iter().map(slot));
                    let decryption = some(decryption_cert, slot);
                    let validator = some(saml_validator, slot);
                    let state = some(saml_validator_callback_state, slot);
                    quote! {
                        #ty::CertSigned {
                            trusted_issuer_certs: #certs,
                            decryption_cert: #decryption,
                            saml_validator: #validator,
                            saml_validator_callback_state: #state,
                        }
                    }
                }
            });
            (
                "SamlMessage",
                "SamlMessageBinding",
                quote!(binding_usage: #usage, properties: #properties, authenticator: #auth),
            )
        }
        B::SecurityContextMessage(x) => {
            let bootstrap = some(&x.bootstrap_security_description, |d| {
                let d = description(d);
                quote!(::std::boxed::Box::new(#d))
            });
            (
                "SecurityContextMessage",
                "SecurityContextMessageBinding",
                quote! {
                    binding_usage: #usage,
                    properties: #properties,
                    bootstrap_security_description: #bootstrap
                },
            )
        }
    };
    let variant = format_ident!("{}", variant);
    let ty = model(ty);
    quote!(#outer::#variant(#ty { #fields }))
}

fn cert_credential(c: &CertCredential) -> TokenStream {
    let ty = model("CertCredential");
    match c {
        CertCredential::SubjectName {
            store_location,
            store_name,
            subject_name,
        } => {
            let (l, n, s) = (
                cenum(*store_location),
                string(store_name),
                string(subject_name),
            );
            quote!(#ty::SubjectName { store_location: #l, store_name: #n, subject_name: #s })
        }
        CertCredential::Thumbprint {
            store_location,
            store_name,
            thumbprint,
        } => {
            let (l, n, t) = (
                cenum(*store_location),
                string(store_name),
                string(thumbprint),
            );
            quote!(#ty::Thumbprint { store_location: #l, store_name: #n, thumbprint: #t })
        }
        CertCredential::Custom {
            get_cert_callback,
            get_cert_callback_state,
            cert_issuer_list_notification_callback,
            cert_issuer_list_notification_callback_state,
        } => {
            let a = slot(get_cert_callback);
            let b = some(get_cert_callback_state, slot);
            let c = some(cert_issuer_list_notification_callback, slot);
            let d = some(cert_issuer_list_notification_callback_state, slot);
            quote! {
                #ty::Custom {
                    get_cert_callback: #a,
                    get_cert_callback_state: #b,
                    cert_issuer_list_notification_callback: #c,
                    cert_issuer_list_notification_callback_state: #d,
                }
            }
        }
    }
}

fn windows_credential(c: &WindowsIntegratedAuthCredential) -> TokenStream {
    let ty = model("WindowsIntegratedAuthCredential");
    match c {
        WindowsIntegratedAuthCredential::String {
            username,
            password,
            domain,
        } => {
            let u = string(username);
            let p = secret(password);
            let d = some(domain, |d| string(d));
            quote!(#ty::String { username: #u, password: #p, domain: #d })
        }
        WindowsIntegratedAuthCredential::Default => quote!(#ty::Default),
        WindowsIntegratedAuthCredential::Opaque {
            opaque_auth_identity,
        } => {
            let s = slot(opaque_auth_identity);
            quote!(#ty::Opaque { opaque_auth_identity: #s })
        }
    }
}
