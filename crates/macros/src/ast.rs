//! The parsed declaration: a tree in the shape of an endpoint file, every node with its spans.
//!
//! Nothing here knows the WWSAPI vocabulary; `lower` gives the tree its meaning, and names are
//! checked by the model's decoder and the policy.

use proc_macro2::{Span, TokenStream};
use wws_security_policy::Level;

/// A whole `security_binding! { ... }` input.
pub struct Declaration {
    /// Lint levels set with `#![allow(..)]`, `#![warn(..)]`, `#![deny(..)]`.
    pub lints: Vec<LintLevel>,
    /// The top-level entries (`side`, `channel_binding`, `properties`, `bindings`, ...).
    pub body: Table,
}

/// One rule id (or `warnings`) inside a lint attribute.
pub struct LintLevel {
    /// allow / warn / deny.
    pub level: Level,
    /// `P-022`, or `warnings`.
    pub id: String,
    /// Where the id is written.
    pub span: SpanRange,
}

/// A first and last token, so a message can underline a whole construct.
#[derive(Debug, Clone, Copy)]
pub struct SpanRange {
    /// First token.
    pub start: Span,
    /// Last token.
    pub end: Span,
}

impl SpanRange {
    /// One token.
    pub fn single(span: Span) -> Self {
        SpanRange {
            start: span,
            end: span,
        }
    }

    /// From the start of `self` to the end of `other`.
    pub fn to(self, other: SpanRange) -> Self {
        SpanRange {
            start: self.start,
            end: other.end,
        }
    }
}

/// `{ key: value, ... }` (or the declaration's top level), in order, duplicates kept.
pub struct Table {
    /// The entries.
    pub entries: Vec<Entry>,
    /// The braces (or the whole input at the top level).
    pub span: SpanRange,
}

/// `key: value`, or `key { ... }` / `key [ ... ]` without the colon.
pub struct Entry {
    /// The key as written (keywords such as `type` are allowed).
    pub key: String,
    /// The key's token.
    pub key_span: Span,
    /// The value.
    pub value: Value,
}

/// A value, before it is given a meaning.
pub enum Value {
    /// `"text"`.
    Str(String, Span),
    /// An integer literal, possibly negative (checked against its C type later).
    Int(i128, SpanRange),
    /// `true` / `false`.
    Bool(bool, Span),
    /// A bare name: `client`, `supporting`, `sign_and_encrypt`, or a Rust path of one segment.
    Name(String, Span),
    /// `[a, b, ...]`.
    List(Vec<Value>, SpanRange),
    /// `{ ... }`.
    Table(Table),
    /// `name { ... }`: a table whose `type` is `name` (bindings, credentials, authenticators).
    Typed {
        /// The type name.
        name: String,
        /// Its token.
        name_span: Span,
        /// The entries.
        table: Table,
    },
    /// `env("VAR")`: a password read from the environment when the program runs.
    Env(String, SpanRange),
    /// `runtime("slot")`: a value the program registers under a slot name.
    Runtime(String, SpanRange),
    /// `secret(<expr>)`: a password computed by the program; `expr: impl Into<String>`.
    Secret(TokenStream, SpanRange),
    /// Any other Rust expression (callbacks, handles, states), kept as tokens for rustc.
    Expr(TokenStream, SpanRange),
}

impl Value {
    /// The tokens the value covers.
    pub fn span(&self) -> SpanRange {
        match self {
            Value::Str(_, s) | Value::Bool(_, s) | Value::Name(_, s) => SpanRange::single(*s),
            Value::Int(_, r)
            | Value::List(_, r)
            | Value::Env(_, r)
            | Value::Runtime(_, r)
            | Value::Secret(_, r)
            | Value::Expr(_, r) => *r,
            Value::Table(t) => t.span,
            Value::Typed {
                name_span, table, ..
            } => SpanRange::single(*name_span).to(table.span),
        }
    }
}
