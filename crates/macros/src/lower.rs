//! [`ast`](crate::ast) to the model's document tree, and on demand a map from every [`Path`] to
//! the tokens it came from.
//!
//! The tree is then read by the model's own decoder (`decode_file_partial`: a plain endpoint, or
//! a template with a `template` key), so the macro and the endpoint files share every format
//! rule (F-001..) and every name: nothing is checked twice. Only two things are decided here,
//! because files have no equivalent, and both come from the model's field tables
//! ([`field_tables`], and the template structures' members):
//! - a bare name where a credential or authenticator goes is that table's `type`
//!   (`client_credential: default` is `{ type = "default" }`);
//! - Rust expressions (callbacks, handles, computed passwords) become runtime slots with
//!   generated names, and the expressions are handed to the expansion, typed by [`ValueKind`].
//!
//! The span map costs as much as the lowering itself and is only needed to place diagnostics,
//! so a declaration without any is lowered once, without it ([`LazySpans`]).

use crate::ast::{Entry, SpanRange, Table, Value};
use proc_macro2::TokenStream;
use std::collections::HashMap;
use std::sync::OnceLock;
use wws_security_model::decode::Node;
use wws_security_model::{
    field_tables, BindingTemplate, BindingTemplateType, CEnum, Callback, Field, FieldKind,
    FieldOwner, Path, SecurityBindingPropertyId, Segment,
};

/// Where an element of the endpoint was written.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    /// The key (`require_ssl_client_cert`), or the type name of a list item (`ssl_transport`).
    pub key: Option<SpanRange>,
    /// The value.
    pub value: SpanRange,
    /// Where it comes in the declaration, for listing diagnostics in source order (stable
    /// proc-macro spans cannot be compared): see [`Order`].
    pub order: Order,
}

/// The position of a diagnostic's tokens in the declaration: the declaration as a whole (shown
/// at the macro's name) first, then its lint attributes, then the elements in the order they are
/// written. Every element is recorded before the elements inside it, and its key and type name
/// come before its value, so this is the order of the tokens a diagnostic is shown at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Order(u32);

impl Order {
    /// The declaration as a whole.
    pub const DECLARATION: Order = Order(0);
    /// The lint attributes (`#![deny(..)]`), written before the entries.
    pub const LINTS: Order = Order(1);
    const FIRST_ELEMENT: u32 = 2;
}

/// Every path of the lowered tree with its tokens. A key written twice has two places.
pub struct SpanMap {
    places: HashMap<Path, Vec<Place>>,
    next: u32,
}

impl Default for SpanMap {
    fn default() -> Self {
        SpanMap {
            places: HashMap::new(),
            next: Order::FIRST_ELEMENT,
        }
    }
}

impl SpanMap {
    /// Records the next element written, at `path`.
    fn insert(&mut self, path: &Path, key: Option<SpanRange>, value: SpanRange) {
        let order = if path.is_root() {
            Order::DECLARATION
        } else {
            self.next += 1;
            Order(self.next - 1)
        };
        let place = Place { key, value, order };
        self.places.entry(path.clone()).or_default().push(place);
    }

    /// The places of `path`, or of its longest recorded prefix (a policy path may name an
    /// element the user left out, such as an omitted `binding_usage`: its binding is shown).
    /// In the template form, a member that was not written at all is shown at the `template`
    /// key, as in template files.
    pub fn lookup(&self, path: &Path) -> Option<(&[Place], bool)> {
        let segments = path.segments();
        for len in (1..=segments.len()).rev() {
            let prefix = prefix_path(&segments[..len]);
            if let Some(places) = self.places.get(&prefix) {
                return Some((places, len == segments.len()));
            }
        }
        let exact = segments.is_empty();
        if !exact {
            if let Some(places) = self.places.get(&Path::root().key("template")) {
                return Some((places, false));
            }
        }
        self.places
            .get(&Path::root())
            .map(|places| (&places[..], exact))
    }

    /// Number of recorded paths (for tests).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Records a place directly (for tests of the mapping).
    #[cfg(test)]
    pub fn record(&mut self, path: &Path, key: Option<SpanRange>, value: SpanRange) {
        self.insert(path, key, value);
    }
}

/// The span map of a declaration, built the first time a diagnostic needs it.
pub struct LazySpans<'a> {
    body: &'a Table,
    map: Option<SpanMap>,
}

impl<'a> LazySpans<'a> {
    /// Nothing is built yet.
    pub fn new(body: &'a Table) -> Self {
        LazySpans { body, map: None }
    }

    /// True once [`get`](Self::get) built the map (for tests).
    #[cfg(test)]
    pub fn is_built(&self) -> bool {
        self.map.is_some()
    }

    /// The map, lowering the declaration again with places recorded.
    pub fn get(&mut self) -> &SpanMap {
        self.map.get_or_insert_with(|| span_map(self.body))
    }
}

fn prefix_path(segments: &[Segment]) -> Path {
    let mut p = Path::root();
    for s in segments {
        match s {
            Segment::Key(k) => p.push_key(k.clone()),
            Segment::Index(i) => p.push_index(*i),
        }
    }
    p
}

/// The Rust type a program value must have (documented in docs/macro.md and on
/// `wws_security::values`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A password computed by the program: `impl Into<String>`, kept as a `SecretString`.
    Secret,
    /// A callback: a function (or non-capturing closure) coercing to its alias in
    /// `wws_security::values` ([`Callback::rust_type`]).
    Callback(Callback),
    /// A program object (callback state, token, identity handle, certificate):
    /// any `Send + Sync + 'static` value.
    Opaque,
}

/// What the lowering does with a field's value, by its [`FieldKind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A bare name is the `type` of the table.
    TypedTable,
    /// The program supplies the value.
    Program(ValueKind),
}

impl Role {
    /// The role of a field of this kind, if it has one; other values are lowered as written.
    pub fn of(kind: FieldKind) -> Option<Role> {
        Some(match kind {
            FieldKind::Credential(_) | FieldKind::Authenticator | FieldKind::Identity => {
                Role::TypedTable
            }
            FieldKind::Callback(c) => Role::Program(ValueKind::Callback(c)),
            FieldKind::Object | FieldKind::Objects => Role::Program(ValueKind::Opaque),
            FieldKind::Secret => Role::Program(ValueKind::Secret),
            FieldKind::Usage
            | FieldKind::Description
            | FieldKind::Text
            | FieldKind::Name(_)
            | FieldKind::Bytes
            | FieldKind::Structure(_)
            | FieldKind::Properties(_) => return None,
        })
    }
}

/// The roles of keys, from the model's field tables: the keys of bindings, credentials and
/// authenticators wherever they are written, the keys of a property's structure only under
/// that property's key, and every value of `message_properties` (a program object).
pub struct Roles {
    anywhere: Vec<(&'static str, Role)>,
    under: Vec<(&'static str, &'static str, Role)>,
    objects_table: &'static str,
}

impl Roles {
    /// Built once per compiler process (the macro's statics live as long as its library).
    pub fn get() -> &'static Roles {
        static ROLES: OnceLock<Roles> = OnceLock::new();
        ROLES.get_or_init(Roles::build)
    }

    fn build() -> Roles {
        let mut roles = Roles {
            anywhere: Vec::new(),
            under: Vec::new(),
            objects_table: SecurityBindingPropertyId::MessageProperties.name(),
        };
        for table in field_tables() {
            for field in table.fields {
                let Some(role) = Role::of(field.kind) else {
                    continue;
                };
                match table.owner {
                    FieldOwner::Property(_) => roles.under.push((table.name, field.key, role)),
                    _ => roles.anywhere_add(field.key, role),
                }
            }
        }
        // The members of template values and policy descriptions, embedded structures included.
        for template_type in BindingTemplateType::ALL {
            roles.add_members(BindingTemplate::value_fields(*template_type));
            roles.add_members(BindingTemplate::policy_fields(*template_type));
        }
        roles
    }

    fn anywhere_add(&mut self, key: &'static str, role: Role) {
        if !self.anywhere.contains(&(key, role)) {
            self.anywhere.push((key, role));
        }
    }

    fn add_members(&mut self, fields: &'static [Field]) {
        for field in fields {
            match field.kind {
                FieldKind::Structure(inner) => self.add_members(inner),
                kind => {
                    if let Some(role) = Role::of(kind) {
                        self.anywhere_add(field.key, role);
                    }
                }
            }
        }
    }

    /// The role of `key` written in the table under key `parent`.
    pub fn of(&self, key: &str, parent: Option<&str>) -> Option<Role> {
        if let Some(parent) = parent {
            if parent == self.objects_table {
                return Some(Role::Program(ValueKind::Opaque));
            }
            if let Some((_, _, role)) = self
                .under
                .iter()
                .find(|(p, k, _)| *p == parent && *k == key)
            {
                return Some(*role);
            }
        }
        self.anywhere
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, role)| *role)
    }

    /// Every key with a role, with the table key it must be written under, if any (for tests).
    #[cfg(test)]
    pub fn entries(&self) -> Vec<(Option<&'static str>, &'static str, Role)> {
        let anywhere = self.anywhere.iter().map(|(k, r)| (None, *k, *r));
        let under = self.under.iter().map(|(p, k, r)| (Some(*p), *k, *r));
        anywhere.chain(under).collect()
    }
}

/// A Rust expression of the declaration, registered in the `Runtime` under `slot`.
pub struct ProgramValue {
    /// The generated slot name (`rust:bindings[1].password_validator`).
    pub slot: String,
    /// The type it must have.
    pub kind: ValueKind,
    /// The expression.
    pub tokens: TokenStream,
    /// Where it is written.
    pub span: SpanRange,
}

/// The result of lowering.
pub struct Lowered {
    /// The document tree for the model's decoder.
    pub node: Node,
    /// The program values, in order.
    pub values: Vec<ProgramValue>,
    /// Values of the wrong kind for their place (a Rust expression where a name goes), with
    /// their paths, so the decoder's report about the same place can be dropped.
    pub errors: Vec<(Path, syn::Error)>,
}

/// Lowers the top-level table of a declaration.
pub fn lower(body: &Table) -> Lowered {
    let mut l = Lowerer::new(None);
    let node = l.root(body);
    Lowered {
        node,
        values: l.values,
        errors: l.errors,
    }
}

/// The places of every path of the declaration (the same walk as [`lower`], recording them).
pub fn span_map(body: &Table) -> SpanMap {
    let mut l = Lowerer::new(Some(SpanMap::default()));
    l.root(body);
    l.spans.unwrap_or_default()
}

struct Lowerer {
    /// The path of the element being lowered.
    path: Path,
    /// `Some` when places are recorded.
    spans: Option<SpanMap>,
    values: Vec<ProgramValue>,
    errors: Vec<(Path, syn::Error)>,
    roles: &'static Roles,
}

impl Lowerer {
    fn new(spans: Option<SpanMap>) -> Self {
        Lowerer {
            path: Path::root(),
            spans,
            values: Vec::new(),
            errors: Vec::new(),
            roles: Roles::get(),
        }
    }

    fn root(&mut self, body: &Table) -> Node {
        self.record(None, body.span);
        self.table(&body.entries, None)
    }

    /// Records where the current path was written, when places are recorded.
    fn record(&mut self, key: Option<SpanRange>, value: SpanRange) {
        if let Some(spans) = &mut self.spans {
            spans.insert(&self.path, key, value);
        }
    }

    fn table(&mut self, entries: &[Entry], type_name: Option<(&str, SpanRange)>) -> Node {
        let parent = match self.path.segments().last() {
            Some(Segment::Key(k)) => Some(k.clone()),
            _ => None,
        };
        let mut out = Vec::with_capacity(entries.len() + 1);
        if let Some((name, span)) = type_name {
            self.path.push_key("type");
            self.record(Some(span), span);
            self.path.pop();
            out.push(("type".to_owned(), Node::String(name.to_owned())));
        }
        for entry in entries {
            self.path.push_key(entry.key.clone());
            self.record(Some(SpanRange::single(entry.key_span)), entry.value.span());
            let role = self.roles.of(&entry.key, parent.as_deref());
            let node = self.value(&entry.value, role);
            self.path.pop();
            out.push((entry.key.clone(), node));
        }
        Node::Table(out)
    }

    fn list(&mut self, items: &[Value], role: Option<Role>) -> Node {
        Node::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    self.path.push_index(i);
                    let key = match item {
                        Value::Typed { name_span, .. } => Some(SpanRange::single(*name_span)),
                        _ => None,
                    };
                    self.record(key, item.span());
                    let node = self.value(item, role);
                    self.path.pop();
                    node
                })
                .collect(),
        )
    }

    fn value(&mut self, value: &Value, role: Option<Role>) -> Node {
        let program = match role {
            Some(Role::Program(kind)) => Some(kind),
            _ => None,
        };
        match (value, program) {
            // A list of program values (`trusted_issuer_certs: [a, b]`).
            (Value::List(items, _), Some(ValueKind::Opaque)) => self.list(items, role),
            (Value::Runtime(slot, span), _) => self.slot_node("runtime", slot, *span),
            (Value::Env(var, span), _) => self.slot_node("env", var, *span),
            (Value::Secret(tokens, span), Some(ValueKind::Secret)) => {
                self.program_value(ValueKind::Secret, tokens.clone(), *span)
            }
            (Value::Secret(_, span), _) => {
                self.wrong_kind(*span, "`secret(..)` only goes where a password is expected");
                Node::Null
            }
            (Value::Str(..) | Value::Name(..) | Value::Expr(..), Some(ValueKind::Secret)) => {
                match value {
                    Value::Str(text, _) => Node::String(text.clone()),
                    _ => {
                        self.wrong_kind(
                            value.span(),
                            "a password is a string literal, `env(\"VAR\")`, `runtime(\"slot\")` \
                             or `secret(<expression>)`",
                        );
                        Node::Null
                    }
                }
            }
            (Value::Name(name, span), Some(kind)) => {
                let tokens = TokenStream::from(proc_macro2::TokenTree::Ident(
                    proc_macro2::Ident::new(name, *span),
                ));
                self.program_value(kind, tokens, SpanRange::single(*span))
            }
            (Value::Expr(tokens, span), Some(kind)) => {
                self.program_value(kind, tokens.clone(), *span)
            }
            // A program value is an expression, not a table or (but for certificate lists) a list.
            (
                Value::Table(_) | Value::Typed { .. } | Value::List(..),
                Some(ValueKind::Callback(_) | ValueKind::Opaque),
            ) => {
                self.wrong_kind(
                    value.span(),
                    "a table or a list is not a value here; write the Rust expression of the \
                     program's value, or `runtime(\"<slot name>\")`",
                );
                Node::Null
            }
            (Value::Expr(_, span), None) => {
                self.wrong_kind(
                    *span,
                    "a Rust expression is not a value here; write a value name, a string, a \
                     number, `true`/`false`, a list or a table (only callbacks, states, tokens, \
                     certificates and passwords come from the program)",
                );
                Node::Null
            }
            (Value::Name(name, span), None) if role == Some(Role::TypedTable) => {
                self.table(&[], Some((name, SpanRange::single(*span))))
            }
            (Value::Name(name, _), None) => Node::String(name.clone()),
            (Value::Str(text, _), _) => Node::String(text.clone()),
            (Value::Int(n, _), _) => Node::Integer(*n),
            (Value::Bool(b, _), _) => Node::Bool(*b),
            (Value::List(items, _), _) => self.list(items, None),
            (Value::Table(t), _) => self.table(&t.entries, None),
            (
                Value::Typed {
                    name,
                    name_span,
                    table,
                },
                _,
            ) => self.table(&table.entries, Some((name, SpanRange::single(*name_span)))),
        }
    }

    /// `{ env = "VAR" }` / `{ runtime = "slot" }`.
    fn slot_node(&mut self, key: &'static str, name: &str, span: SpanRange) -> Node {
        self.path.push_key(key);
        self.record(Some(span), span);
        self.path.pop();
        Node::Table(vec![(key.to_owned(), Node::String(name.to_owned()))])
    }

    fn program_value(&mut self, kind: ValueKind, tokens: TokenStream, span: SpanRange) -> Node {
        let slot = format!("rust:{}", self.path);
        let node = self.slot_node("runtime", &slot, span);
        self.values.push(ProgramValue {
            slot,
            kind,
            tokens,
            span,
        });
        node
    }

    fn wrong_kind(&mut self, span: SpanRange, message: &str) {
        self.errors.push((
            self.path.clone(),
            crate::check::error_at(span, &format!("[F-004] {message}")),
        ));
    }
}
