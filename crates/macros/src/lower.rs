//! [`ast`](crate::ast) to the model's document tree, keeping a map from every [`Path`] to the
//! tokens it came from.
//!
//! The tree is then read by the model's own decoder (`decode_endpoint`), so the macro and the
//! endpoint files share every format rule (F-001..) and every name: nothing is checked twice.
//! Only two things are decided here, because files have no equivalent:
//! - a bare name where a credential or authenticator goes is that table's `type`
//!   (`client_credential: default` is `{ type = "default" }`);
//! - Rust expressions (callbacks, handles, computed passwords) become runtime slots with
//!   generated names, and the expressions are handed to `expand`, typed by [`ValueKind`].

use crate::ast::{Entry, SpanRange, Table, Value};
use proc_macro2::TokenStream;
use std::collections::HashMap;
use wws_security_model::decode::Node;
use wws_security_model::{Path, Segment};

/// Where an element of the endpoint was written.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    /// The key (`require_ssl_client_cert`), or the type name of a list item (`ssl_transport`).
    pub key: Option<SpanRange>,
    /// The value.
    pub value: SpanRange,
}

/// Every path of the lowered tree with its tokens. A key written twice has two places.
#[derive(Default)]
pub struct SpanMap {
    places: HashMap<Path, Vec<Place>>,
}

impl SpanMap {
    fn insert(&mut self, path: &Path, place: Place) {
        self.places.entry(path.clone()).or_default().push(place);
    }

    /// The places of `path`, or of its longest recorded prefix (a policy path may name an
    /// element the user left out, such as an omitted `binding_usage`: its binding is shown).
    pub fn lookup(&self, path: &Path) -> Option<(&[Place], bool)> {
        let segments = path.segments();
        for len in (0..=segments.len()).rev() {
            let prefix = prefix_path(&segments[..len]);
            if let Some(places) = self.places.get(&prefix) {
                return Some((places, len == segments.len()));
            }
        }
        None
    }

    /// Number of recorded paths (for tests).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Records a place directly (for tests of the mapping).
    #[cfg(test)]
    pub fn record(&mut self, path: &Path, place: Place) {
        self.insert(path, place);
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
    /// A callback: a function (or non-capturing closure) coercing to this alias in
    /// `wws_security::values`.
    Callback(&'static str),
    /// A program object (callback state, token, identity handle, certificate):
    /// any `Send + Sync + 'static` value.
    Opaque,
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
    /// Path to tokens.
    pub spans: SpanMap,
    /// The program values, in order.
    pub values: Vec<ProgramValue>,
    /// Values of the wrong kind for their place (a Rust expression where a name goes), with
    /// their paths, so the decoder's report about the same place can be dropped.
    pub errors: Vec<(Path, syn::Error)>,
}

/// Fields whose bare name value is the `type` of a table (credentials, authenticators).
const TYPED_FIELDS: [&str; 3] = [
    "client_credential",
    "local_cert_credential",
    "authenticator",
];

/// What a field takes from the program, by key and the key of the table around it.
fn program_field(key: &str, parent: Option<&str>) -> Option<ValueKind> {
    use ValueKind::*;
    if parent == Some("message_properties") {
        return Some(Opaque);
    }
    Some(match (key, parent) {
        ("password", _) => Secret,
        ("password_validator", _) => Callback("PasswordValidator"),
        ("saml_validator", _) => Callback("SamlValidator"),
        ("get_cert_callback", _) => Callback("GetCertCallback"),
        ("cert_issuer_list_notification_callback", _) => {
            Callback("CertIssuerListNotificationCallback")
        }
        ("callback", Some("certificate_validation_callback_context")) => {
            Callback("CertificateValidationCallback")
        }
        ("state", Some("certificate_validation_callback_context")) => Opaque,
        (
            "password_validator_callback_state"
            | "saml_validator_callback_state"
            | "get_cert_callback_state"
            | "cert_issuer_list_notification_callback_state"
            | "xml_token"
            | "opaque_auth_identity"
            | "decryption_cert"
            | "trusted_issuer_certs",
            _,
        ) => Opaque,
        _ => return None,
    })
}

/// Lowers the top-level table of a declaration.
pub fn lower(body: &Table) -> Lowered {
    let mut l = Lowerer {
        spans: SpanMap::default(),
        values: Vec::new(),
        errors: Vec::new(),
    };
    let root = Path::root();
    l.spans.insert(
        &root,
        Place {
            key: None,
            value: body.span,
        },
    );
    let node = l.table(&root, &body.entries, None);
    Lowered {
        node,
        spans: l.spans,
        values: l.values,
        errors: l.errors,
    }
}

struct Lowerer {
    spans: SpanMap,
    values: Vec<ProgramValue>,
    errors: Vec<(Path, syn::Error)>,
}

impl Lowerer {
    fn table(
        &mut self,
        path: &Path,
        entries: &[Entry],
        type_name: Option<(&str, SpanRange)>,
    ) -> Node {
        let parent = match path.segments().last() {
            Some(Segment::Key(k)) => Some(k.as_ref()),
            _ => None,
        };
        let mut out = Vec::with_capacity(entries.len() + 1);
        if let Some((name, span)) = type_name {
            let p = path.key("type");
            self.spans.insert(
                &p,
                Place {
                    key: Some(span),
                    value: span,
                },
            );
            out.push(("type".to_owned(), Node::String(name.to_owned())));
        }
        for entry in entries {
            let p = path.key(entry.key.clone());
            self.spans.insert(
                &p,
                Place {
                    key: Some(SpanRange::single(entry.key_span)),
                    value: entry.value.span(),
                },
            );
            let kind = program_field(&entry.key, parent);
            let node = self.value(&p, &entry.key, &entry.value, kind);
            out.push((entry.key.clone(), node));
        }
        Node::Table(out)
    }

    fn value(&mut self, path: &Path, key: &str, value: &Value, kind: Option<ValueKind>) -> Node {
        match (value, kind) {
            // A list of program values (`trusted_issuer_certs: [a, b]`).
            (Value::List(items, _), Some(ValueKind::Opaque)) => Node::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let p = path.index(i);
                        self.record_item(&p, item);
                        self.value(&p, key, item, Some(ValueKind::Opaque))
                    })
                    .collect(),
            ),
            (Value::Runtime(slot, span), _) => self.slot_node(path, "runtime", slot, *span),
            (Value::Env(var, span), _) => self.slot_node(path, "env", var, *span),
            (Value::Secret(tokens, span), Some(ValueKind::Secret)) => {
                self.program_value(path, ValueKind::Secret, tokens.clone(), *span)
            }
            (Value::Secret(_, span), _) => {
                self.wrong_kind(
                    path,
                    *span,
                    "`secret(..)` only goes where a password is expected",
                );
                Node::Null
            }
            (Value::Str(..) | Value::Name(..) | Value::Expr(..), Some(ValueKind::Secret)) => {
                match value {
                    Value::Str(text, _) => Node::String(text.clone()),
                    _ => {
                        self.wrong_kind(
                            path,
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
                self.program_value(path, kind, tokens, SpanRange::single(*span))
            }
            (Value::Expr(tokens, span), Some(kind)) => {
                self.program_value(path, kind, tokens.clone(), *span)
            }
            (Value::Expr(_, span), None) => {
                self.wrong_kind(
                    path,
                    *span,
                    "a Rust expression is not a value here; write a value name, a string, a \
                     number, `true`/`false`, a list or a table (only callbacks, states, tokens, \
                     certificates and passwords come from the program)",
                );
                Node::Null
            }
            (Value::Name(name, span), None) if TYPED_FIELDS.contains(&key) => {
                let span = SpanRange::single(*span);
                self.table(path, &[], Some((name, span)))
            }
            (Value::Name(name, _), None) => Node::String(name.clone()),
            (Value::Str(text, _), _) => Node::String(text.clone()),
            (Value::Int(n, _), _) => Node::Integer(*n),
            (Value::Bool(b, _), _) => Node::Bool(*b),
            (Value::List(items, _), _) => Node::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let p = path.index(i);
                        self.record_item(&p, item);
                        self.value(&p, key, item, None)
                    })
                    .collect(),
            ),
            (Value::Table(t), _) => self.table(path, &t.entries, None),
            (
                Value::Typed {
                    name,
                    name_span,
                    table,
                },
                _,
            ) => self.table(
                path,
                &table.entries,
                Some((name, SpanRange::single(*name_span))),
            ),
        }
    }

    fn record_item(&mut self, path: &Path, item: &Value) {
        let key = match item {
            Value::Typed { name_span, .. } => Some(SpanRange::single(*name_span)),
            _ => None,
        };
        self.spans.insert(
            path,
            Place {
                key,
                value: item.span(),
            },
        );
    }

    /// `{ env = "VAR" }` / `{ runtime = "slot" }`.
    fn slot_node(&mut self, path: &Path, key: &'static str, name: &str, span: SpanRange) -> Node {
        self.spans.insert(
            &path.key(key),
            Place {
                key: Some(span),
                value: span,
            },
        );
        Node::Table(vec![(key.to_owned(), Node::String(name.to_owned()))])
    }

    fn program_value(
        &mut self,
        path: &Path,
        kind: ValueKind,
        tokens: TokenStream,
        span: SpanRange,
    ) -> Node {
        let slot = format!("rust:{path}");
        self.values.push(ProgramValue {
            slot: slot.clone(),
            kind,
            tokens,
            span,
        });
        self.slot_node(path, "runtime", &slot, span)
    }

    fn wrong_kind(&mut self, path: &Path, span: SpanRange, message: &str) {
        self.errors.push((
            path.clone(),
            crate::check::error_at(span, &format!("[F-004] {message}")),
        ));
    }
}
