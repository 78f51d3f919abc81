//! Tokens to [`ast`](crate::ast): the grammar of `security_binding!` (docs/macro.md).
//!
//! ```text
//! declaration := lint* entries
//! lint        := '#' '!' '[' ('allow' | 'warn' | 'deny') '(' lint_id (',' lint_id)* ','? ')' ']'
//! lint_id     := ID '-' DIGITS | 'warnings'                      e.g. P-022
//! entries     := (entry (',' | <nothing after a '}' or ']'>))*
//! entry       := key ':' value | key table | key list           key: any identifier
//! value       := STRING | INTEGER | '-' INTEGER | 'true' | 'false'
//!              | list | table | NAME table                       a table with `type = NAME`
//!              | 'env' '(' STRING ')' | 'runtime' '(' STRING ')' | 'secret' '(' rust-expr ')'
//!              | NAME                                            a value name
//!              | rust-expr                                       tokens up to the next ','
//! list        := '[' (value (',' value)* ','?)? ']'
//! table       := '{' entries '}'
//! ```
//! No meaning is given here: unknown keys and names are reported by the decoder, with
//! suggestions, once the tree is lowered.

use crate::ast::{Declaration, Entry, LintLevel, SpanRange, Table, Value};
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::{braced, bracketed, parenthesized, token, Ident, Lit, LitInt, LitStr, Token};
use wws_security_policy::Level;

/// Parses a whole declaration.
pub fn parse(input: TokenStream) -> syn::Result<Declaration> {
    declaration.parse2(input)
}

fn declaration(input: ParseStream) -> syn::Result<Declaration> {
    let mut lints = Vec::new();
    while input.peek(Token![#]) {
        lint_attribute(input, &mut lints)?;
    }
    let entries = entries(input)?;
    Ok(Declaration {
        lints,
        body: Table {
            entries,
            span: SpanRange::single(Span::call_site()),
        },
    })
}

/// `#![deny(P-022, warnings)]`
fn lint_attribute(input: ParseStream, out: &mut Vec<LintLevel>) -> syn::Result<()> {
    input.parse::<Token![#]>()?;
    input.parse::<Token![!]>().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected `!`: lint levels are inner attributes, `#![deny(P-022)]`",
        )
    })?;
    let content;
    bracketed!(content in input);
    let level_ident = Ident::parse_any(&content)?;
    let name = level_ident.to_string();
    let Some(level) = Level::from_name(&name) else {
        return Err(syn::Error::new(
            level_ident.span(),
            format!("unknown lint level `{name}`; expected `allow`, `warn` or `deny`"),
        ));
    };
    let ids;
    parenthesized!(ids in content);
    if !content.is_empty() {
        return Err(content.error("expected `]` after the lint list"));
    }
    loop {
        if ids.is_empty() {
            break;
        }
        out.push(lint_id(&ids, level)?);
        if ids.is_empty() {
            break;
        }
        ids.parse::<Token![,]>()?;
    }
    Ok(())
}

/// `P-022` (lexed as `P`, `-`, `022`) or `warnings`.
fn lint_id(input: ParseStream, level: Level) -> syn::Result<LintLevel> {
    let prefix = Ident::parse_any(input).map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a rule id such as `P-022`, or `warnings`",
        )
    })?;
    if prefix == "warnings" {
        return Ok(LintLevel {
            level,
            id: "warnings".to_owned(),
            span: SpanRange::single(prefix.span()),
        });
    }
    input
        .parse::<Token![-]>()
        .map_err(|e| syn::Error::new(e.span(), "expected `-`: rule ids are written `P-022`"))?;
    let number: LitInt = input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), "expected the rule number, as in `P-022`"))?;
    Ok(LintLevel {
        level,
        id: format!("{prefix}-{}", number.token()),
        span: SpanRange {
            start: prefix.span(),
            end: number.span(),
        },
    })
}

/// Entries up to the end of the stream.
fn entries(input: ParseStream) -> syn::Result<Vec<Entry>> {
    let mut out = Vec::new();
    while !input.is_empty() {
        let key = Ident::parse_any(input).map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected a key, such as `side`, `channel_binding`, `properties` or `bindings`",
            )
        })?;
        let lookahead = input.lookahead1();
        let value = if lookahead.peek(Token![:]) {
            input.parse::<Token![:]>()?;
            value(input)?
        } else if lookahead.peek(token::Brace) {
            Value::Table(table(input)?)
        } else if lookahead.peek(token::Bracket) {
            list(input)?
        } else {
            return Err(lookahead.error());
        };
        let block_like = matches!(
            value,
            Value::Table(_) | Value::Typed { .. } | Value::List(..)
        );
        out.push(Entry {
            key: key.unraw().to_string(),
            key_span: key.span(),
            value,
        });
        if input.is_empty() {
            break;
        }
        if input.peek(Token![,]) {
            input.parse::<Token![,]>()?;
        } else if !block_like {
            return Err(input.error("expected `,` after this value"));
        }
    }
    Ok(out)
}

fn table(input: ParseStream) -> syn::Result<Table> {
    let content;
    let brace = braced!(content in input);
    let entries = entries(&content)?;
    Ok(Table {
        entries,
        span: SpanRange {
            start: brace.span.open(),
            end: brace.span.close(),
        },
    })
}

fn list(input: ParseStream) -> syn::Result<Value> {
    let content;
    let bracket = bracketed!(content in input);
    let mut items = Vec::new();
    while !content.is_empty() {
        items.push(value(&content)?);
        if content.is_empty() {
            break;
        }
        content
            .parse::<Token![,]>()
            .map_err(|e| syn::Error::new(e.span(), "expected `,` between list items"))?;
    }
    Ok(Value::List(
        items,
        SpanRange {
            start: bracket.span.open(),
            end: bracket.span.close(),
        },
    ))
}

fn at_value_end(input: ParseStream) -> bool {
    input.is_empty() || input.peek(Token![,])
}

fn value(input: ParseStream) -> syn::Result<Value> {
    if input.is_empty() || input.peek(Token![,]) {
        return Err(input.error(
            "expected a value: a name, a string, a number, `true`, `false`, a list `[..]`, \
             a table `{..}`, `env(\"VAR\")`, `runtime(\"slot\")`, `secret(..)` or a Rust expression",
        ));
    }
    // One look at a literal, negative numbers included (syn's `peek(LitStr)` parses the token
    // and builds an error for every other kind, which cost more than the rest of the macro).
    let negative = input.peek(Token![-])
        && input
            .cursor()
            .punct()
            .is_some_and(|(_, rest)| rest.literal().is_some());
    if input.cursor().literal().is_some() || negative {
        let fork = input.fork();
        match fork.parse::<Lit>() {
            Ok(Lit::Str(lit)) => {
                input.advance_to(&fork);
                if at_value_end(input) {
                    return Ok(Value::Str(lit.value(), lit.span()));
                }
                missing_comma(input)?;
                return expr_from(input, TokenStream::from(TokenTree::Literal(lit.token())));
            }
            Ok(Lit::Int(lit)) => {
                input.advance_to(&fork);
                if at_value_end(input) {
                    return Ok(Value::Int(integer(&lit)?, SpanRange::single(lit.span())));
                }
                return expr_from(input, TokenStream::from(TokenTree::Literal(lit.token())));
            }
            _ => return expr_from(input, TokenStream::new()),
        }
    }
    if input.peek(token::Bracket) {
        return list(input);
    }
    if input.peek(token::Brace) {
        return Ok(Value::Table(table(input)?));
    }
    if input.peek(Ident::peek_any) {
        let fork = input.fork();
        let name = Ident::parse_any(&fork)?;
        let text = name.to_string();
        if at_value_end(&fork) {
            input.parse::<TokenTree>()?;
            return Ok(match text.as_str() {
                "true" => Value::Bool(true, name.span()),
                "false" => Value::Bool(false, name.span()),
                _ => Value::Name(name.unraw().to_string(), name.span()),
            });
        }
        missing_comma(&fork)?;
        if fork.peek(token::Brace) {
            input.parse::<TokenTree>()?;
            let table = table(input)?;
            return Ok(Value::Typed {
                name: name.unraw().to_string(),
                name_span: name.span(),
                table,
            });
        }
        if fork.peek(token::Paren) && matches!(text.as_str(), "env" | "runtime" | "secret") {
            input.parse::<TokenTree>()?;
            let content;
            let paren = parenthesized!(content in input);
            let span = SpanRange {
                start: name.span(),
                end: paren.span.close(),
            };
            if !at_value_end(input) {
                // `env("X").to_owned()` and the like: an ordinary expression after all.
                let mut head = TokenStream::from(TokenTree::Ident(name));
                head.extend([TokenTree::Group(proc_macro2::Group::new(
                    proc_macro2::Delimiter::Parenthesis,
                    content.parse::<TokenStream>()?,
                ))]);
                return expr_from(input, head);
            }
            if text == "secret" {
                let tokens: TokenStream = content.parse()?;
                if tokens.is_empty() {
                    return Err(syn::Error::new(
                        paren.span.join(),
                        "expected the password expression, e.g. `secret(config.password.clone())`",
                    ));
                }
                return Ok(Value::Secret(tokens, span));
            }
            let lit: LitStr = content.parse().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format!("expected a string literal: `{text}(\"NAME\")`"),
                )
            })?;
            if !content.is_empty() {
                return Err(content.error("expected `)`: only one name goes here"));
            }
            return Ok(if text == "env" {
                Value::Env(lit.value(), span)
            } else {
                Value::Runtime(lit.value(), span)
            });
        }
    }
    expr_from(input, TokenStream::new())
}

/// A value followed by a name is two entries without their comma (`side: client channel_binding`),
/// not an expression.
fn missing_comma(after_value: ParseStream) -> syn::Result<()> {
    if after_value.peek(Ident::peek_any) {
        return Err(
            after_value.error("expected `,` before this key: entries are separated by commas")
        );
    }
    Ok(())
}

/// A Rust expression: `head`, then every token up to the next top-level `,`.
fn expr_from(input: ParseStream, head: TokenStream) -> syn::Result<Value> {
    let mut tokens = head;
    while !at_value_end(input) {
        let tt: TokenTree = input.parse()?;
        tokens.extend([tt]);
    }
    let mut iter = tokens.clone().into_iter();
    let first = iter
        .next()
        .map(|t| t.span())
        .unwrap_or_else(Span::call_site);
    let last = iter.last().map(|t| t.span()).unwrap_or(first);
    Ok(Value::Expr(
        tokens,
        SpanRange {
            start: first,
            end: last,
        },
    ))
}

fn integer(lit: &LitInt) -> syn::Result<i128> {
    if !lit.suffix().is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            "write the number without a type suffix; its C type is known",
        ));
    }
    lit.base10_parse::<i128>()
}
