//! Reading a constraint document (TOML or JSON) into [`PolicyConstraints`], with every problem
//! named by its place, in the same error type as endpoint files (so the policy crate gives each
//! problem its `F-` rule).
//!
//! ```toml
//! channel_binding = "http"
//! [security_constraints]
//! security_property_constraints = [{ id = "timestamp_usage", allowed_values = ["always"] }]
//! [[security_constraints.security_binding_constraints]]
//! type = "ssl_transport"
//! [[security_constraints.security_binding_constraints]]
//! type = "username_message"
//! binding_usage = "supporting"
//! ```
//!
//! Property values are read by the endpoint decoder, so a value is spelled exactly as in an
//! endpoint file's `properties` table.

use super::*;
use crate::decode::{decode_endpoint, parse_node, DecodeError, DecodeErrorKind, DecodeErrors};
use crate::decode::{Format, Node};
use crate::{CEnum, Path, SecurityBindingType, Segment};

const TOP_KEYS: &[&str] = &["channel_binding", "security_constraints"];
const SECURITY_KEYS: &[&str] = &[
    "security_property_constraints",
    "security_binding_constraints",
];
const PROPERTY_KEYS: &[&str] = &["id", "allowed_values"];
const TRANSPORT_KEYS: &[&str] = &["type", "property_constraints"];
const MESSAGE_KEYS: &[&str] = &["type", "property_constraints", "binding_usage"];
const ISSUED_KEYS: &[&str] = &[
    "type",
    "property_constraints",
    "binding_usage",
    "claim_constraints",
    "request_security_token_property_constraints",
];
const CONTEXT_KEYS: &[&str] = &[
    "type",
    "property_constraints",
    "binding_usage",
    "bootstrap_security_constraint",
];

/// Reads a constraint document from TOML text.
pub fn constraints_from_toml_str(text: &str) -> Result<PolicyConstraints, DecodeErrors> {
    decode_constraints(&parse_node(text, Format::Toml)?)
}

/// Reads a constraint document from JSON text.
pub fn constraints_from_json_str(text: &str) -> Result<PolicyConstraints, DecodeErrors> {
    decode_constraints(&parse_node(text, Format::Json)?)
}

/// Decodes a document tree into policy constraints, reporting every problem.
pub fn decode_constraints(node: &Node) -> Result<PolicyConstraints, DecodeErrors> {
    let mut d = Walker::default();
    let constraints = policy_constraints(&mut d, node);
    match constraints {
        Some(c) if d.errors.is_empty() => Ok(c),
        _ => Err(DecodeErrors(d.errors)),
    }
}

#[derive(Default)]
struct Walker {
    path: Path,
    errors: Vec<DecodeError>,
}

impl Walker {
    fn error(&mut self, kind: DecodeErrorKind) {
        self.errors.push(DecodeError {
            path: self.path.clone(),
            kind,
        });
    }

    fn at_key<T>(&mut self, key: &'static str, f: impl FnOnce(&mut Self) -> T) -> T {
        self.path.push_key(key);
        let out = f(self);
        self.path.pop();
        out
    }

    fn at_index<T>(&mut self, index: usize, f: impl FnOnce(&mut Self) -> T) -> T {
        self.path.push_index(index);
        let out = f(self);
        self.path.pop();
        out
    }

    fn wrong_type(&mut self, expected: &'static str, found: &Node) {
        self.error(DecodeErrorKind::WrongType {
            expected: expected.into(),
            found: found.kind(),
        });
    }

    /// The entries of a table whose keys must be among `expected`; unknown and repeated keys are
    /// reported, and the table's entries are returned by key.
    fn table<'n>(
        &mut self,
        node: &'n Node,
        expected: &'static [&'static str],
    ) -> Option<Vec<(&'static str, &'n Node)>> {
        let Node::Table(entries) = node else {
            self.wrong_type("a table", node);
            return None;
        };
        let mut known: Vec<(&'static str, &'n Node)> = Vec::new();
        for (key, value) in entries {
            match expected.iter().find(|k| **k == key.as_str()) {
                Some(k) if known.iter().any(|(seen, _)| seen == k) => {
                    self.path.push_key(key.clone());
                    self.error(DecodeErrorKind::DuplicateKey { key: key.clone() });
                    self.path.pop();
                }
                Some(k) => known.push((k, value)),
                None => {
                    self.path.push_key(key.clone());
                    self.error(DecodeErrorKind::UnknownKey {
                        key: key.clone(),
                        suggestion: crate::suggest(key, expected.iter().copied()),
                        expected: expected.to_vec(),
                    });
                    self.path.pop();
                }
            }
        }
        Some(known)
    }

    fn name<E: CEnum>(&mut self, node: &Node) -> Option<E> {
        match node {
            Node::String(s) => match E::from_name(s) {
                Ok(v) => Some(v),
                Err(e) => {
                    self.error(DecodeErrorKind::UnknownName(e));
                    None
                }
            },
            other => {
                self.wrong_type("a string", other);
                None
            }
        }
    }

    fn list<'n, T>(
        &mut self,
        node: &'n Node,
        mut item: impl FnMut(&mut Self, &'n Node) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Node::Array(items) = node else {
            self.wrong_type("a list", node);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, n) in items.iter().enumerate() {
            match self.at_index(i, |d| item(d, n)) {
                Some(v) => out.push(v),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// Reports the keys of `required` that are missing from `entries`.
    fn require(&mut self, entries: &[(&'static str, &Node)], required: &[&'static str]) -> bool {
        let mut ok = true;
        for key in required {
            if !entries.iter().any(|(k, _)| k == key) {
                self.error(DecodeErrorKind::MissingKey { key });
                ok = false;
            }
        }
        ok
    }
}

fn get<'n>(entries: &[(&'static str, &'n Node)], key: &str) -> Option<&'n Node> {
    entries.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn policy_constraints(d: &mut Walker, node: &Node) -> Option<PolicyConstraints> {
    let entries = d.table(node, TOP_KEYS)?;
    if !d.require(&entries, &["channel_binding"]) {
        return None;
    }
    let channel_binding = d.at_key("channel_binding", |d| {
        d.name(get(&entries, "channel_binding")?)
    });
    let security_constraints = match get(&entries, "security_constraints") {
        None => Some(None),
        Some(n) => d
            .at_key("security_constraints", |d| security_constraints(d, n))
            .map(Some),
    };
    Some(PolicyConstraints {
        channel_binding: channel_binding?,
        security_constraints: security_constraints?,
    })
}

fn security_constraints(d: &mut Walker, node: &Node) -> Option<SecurityConstraints> {
    let entries = d.table(node, SECURITY_KEYS)?;
    let properties = match get(&entries, "security_property_constraints") {
        None => Some(Vec::new()),
        Some(n) => d.at_key("security_property_constraints", |d| {
            d.list(n, security_property_constraint)
        }),
    };
    let bindings = match get(&entries, "security_binding_constraints") {
        None => Some(Vec::new()),
        Some(n) => d.at_key("security_binding_constraints", |d| {
            d.list(n, security_binding_constraint)
        }),
    };
    Some(SecurityConstraints {
        security_property_constraints: properties?,
        security_binding_constraints: bindings?,
    })
}

/// `{ id, allowed_values }`, with each value read as the property `id` takes it.
fn property_constraint<P: PropertyEntry>(
    d: &mut Walker,
    node: &Node,
    value: fn(&mut Walker, P::Id, &Node) -> Option<P>,
) -> Option<PropertyConstraint<P>> {
    let entries = d.table(node, PROPERTY_KEYS)?;
    if !d.require(&entries, PROPERTY_KEYS) {
        return None;
    }
    let id: P::Id = d.at_key("id", |d| d.name(get(&entries, "id")?))?;
    let values = d.at_key("allowed_values", |d| {
        d.list(get(&entries, "allowed_values")?, |d, n| value(d, id, n))
    })?;
    // Each value was read as a value of `id`, so the ids agree.
    PropertyConstraint::new(id, values).ok()
}

fn security_property_constraint(d: &mut Walker, node: &Node) -> Option<SecurityPropertyConstraint> {
    property_constraint(d, node, channel_property_value)
}

fn binding_property_constraint(
    d: &mut Walker,
    node: &Node,
) -> Option<SecurityBindingPropertyConstraint> {
    property_constraint(d, node, binding_property_value)
}

/// Reads one value of channel property `id` with the endpoint decoder.
fn channel_property_value(
    d: &mut Walker,
    id: SecurityPropertyId,
    value: &Node,
) -> Option<ChannelProperty> {
    let document = endpoint_around(Node::Table(vec![(
        "properties".to_owned(),
        Node::Table(vec![(id.name().to_owned(), value.clone())]),
    )]));
    match decode_endpoint(&document) {
        Ok(endpoint) => endpoint.description.properties.entries().first().cloned(),
        Err(errors) => {
            d.adopt(errors, 2);
            None
        }
    }
}

/// Reads one value of binding property `id` with the endpoint decoder.
fn binding_property_value(
    d: &mut Walker,
    id: SecurityBindingPropertyId,
    value: &Node,
) -> Option<BindingProperty> {
    let binding = Node::Table(vec![
        (
            "type".to_owned(),
            Node::String(SecurityBindingType::SslTransport.name().to_owned()),
        ),
        (
            "properties".to_owned(),
            Node::Table(vec![(id.name().to_owned(), value.clone())]),
        ),
    ]);
    let document = endpoint_around(Node::Table(vec![(
        "bindings".to_owned(),
        Node::Array(vec![binding]),
    )]));
    match decode_endpoint(&document) {
        Ok(endpoint) => endpoint
            .description
            .bindings
            .first()
            .and_then(|b| b.properties().entries().first().cloned()),
        Err(errors) => {
            d.adopt(errors, 4);
            None
        }
    }
}

/// A minimal endpoint holding `content`'s single entry, for reading one property value.
fn endpoint_around(content: Node) -> Node {
    let Node::Table(mut entries) = content else {
        unreachable!("callers pass a table")
    };
    entries.insert(0, ("side".to_owned(), Node::String("client".to_owned())));
    entries.insert(
        1,
        (
            "channel_binding".to_owned(),
            Node::String("http".to_owned()),
        ),
    );
    Node::Table(entries)
}

impl Walker {
    /// Takes the endpoint decoder's errors about one value, whose paths start with `skip`
    /// segments that lead to the value (`properties.<id>`), as errors at the current place.
    fn adopt(&mut self, errors: DecodeErrors, skip: usize) {
        for error in errors.0 {
            let mut path = self.path.clone();
            for segment in error.path.segments().iter().skip(skip) {
                match segment {
                    Segment::Key(k) => path.push_key(k.clone()),
                    Segment::Index(i) => path.push_index(*i),
                }
            }
            self.errors.push(DecodeError {
                path,
                kind: error.kind,
            });
        }
    }
}

fn property_constraints(
    d: &mut Walker,
    entries: &[(&'static str, &Node)],
) -> Option<Vec<SecurityBindingPropertyConstraint>> {
    match get(entries, "property_constraints") {
        None => Some(Vec::new()),
        Some(n) => d.at_key("property_constraints", |d| {
            d.list(n, binding_property_constraint)
        }),
    }
}

fn binding_usage(
    d: &mut Walker,
    entries: &[(&'static str, &Node)],
) -> Option<Option<MessageSecurityUsage>> {
    match get(entries, "binding_usage") {
        None => Some(None),
        Some(n) => d.at_key("binding_usage", |d| d.name(n)).map(Some),
    }
}

fn security_binding_constraint(d: &mut Walker, node: &Node) -> Option<SecurityBindingConstraint> {
    use SecurityBindingConstraintType as T;
    let Node::Table(raw) = node else {
        d.wrong_type("a table", node);
        return None;
    };
    let Some((_, type_node)) = raw.iter().find(|(k, _)| k == "type") else {
        d.error(DecodeErrorKind::MissingKey { key: "type" });
        return None;
    };
    let kind: T = d.at_key("type", |d| d.name(type_node))?;
    let keys = match kind {
        T::SslTransport | T::TcpSspiTransport | T::HttpHeaderAuth => TRANSPORT_KEYS,
        T::UsernameMessage | T::KerberosApreqMessage | T::CertMessage => MESSAGE_KEYS,
        T::IssuedTokenMessage => ISSUED_KEYS,
        T::SecurityContextMessage => CONTEXT_KEYS,
    };
    let entries = d.table(node, keys)?;
    let property_constraints = property_constraints(d, &entries);
    let base = || BindingConstraint {
        property_constraints: property_constraints.clone().unwrap_or_default(),
    };
    let constraint = match kind {
        T::SslTransport => SecurityBindingConstraint::SslTransport(base()),
        T::TcpSspiTransport => SecurityBindingConstraint::TcpSspiTransport(base()),
        T::HttpHeaderAuth => SecurityBindingConstraint::HttpHeaderAuth(base()),
        T::UsernameMessage | T::KerberosApreqMessage | T::CertMessage => {
            let message = MessageBindingConstraint {
                property_constraints: property_constraints.clone().unwrap_or_default(),
                binding_usage: binding_usage(d, &entries)?,
            };
            match kind {
                T::UsernameMessage => SecurityBindingConstraint::UsernameMessage(message),
                T::KerberosApreqMessage => SecurityBindingConstraint::KerberosApreqMessage(message),
                _ => SecurityBindingConstraint::CertMessage(message),
            }
        }
        T::IssuedTokenMessage => {
            let usage = binding_usage(d, &entries);
            let claims = match get(&entries, "claim_constraints") {
                None => Some(Vec::new()),
                Some(n) => d.at_key("claim_constraints", |d| {
                    d.list(n, |d, n| match n {
                        Node::String(s) => Some(s.clone()),
                        other => {
                            d.wrong_type("a string", other);
                            None
                        }
                    })
                }),
            };
            let request = match get(&entries, "request_security_token_property_constraints") {
                None => Some(Vec::new()),
                Some(n) => d.at_key("request_security_token_property_constraints", |d| {
                    d.list(n, request_security_token_property_constraint)
                }),
            };
            SecurityBindingConstraint::IssuedTokenMessage(IssuedTokenBindingConstraint {
                property_constraints: property_constraints.clone().unwrap_or_default(),
                binding_usage: usage?,
                claim_constraints: claims?,
                request_security_token_property_constraints: request?,
            })
        }
        T::SecurityContextMessage => {
            let usage = binding_usage(d, &entries);
            let bootstrap = match get(&entries, "bootstrap_security_constraint") {
                None => Some(None),
                Some(n) => d
                    .at_key("bootstrap_security_constraint", |d| {
                        security_constraints(d, n)
                    })
                    .map(|c| Some(Box::new(c))),
            };
            SecurityBindingConstraint::SecurityContextMessage(SecurityContextBindingConstraint {
                property_constraints: property_constraints.clone().unwrap_or_default(),
                binding_usage: usage?,
                bootstrap_security_constraint: bootstrap?,
            })
        }
    };
    property_constraints?;
    Some(constraint)
}

fn request_security_token_property_constraint(
    d: &mut Walker,
    node: &Node,
) -> Option<RequestSecurityTokenPropertyConstraint> {
    let entries = d.table(node, PROPERTY_KEYS)?;
    if !d.require(&entries, PROPERTY_KEYS) {
        return None;
    }
    let id = d.at_key("id", |d| d.name(get(&entries, "id")?));
    let values = d.at_key("allowed_values", |d| {
        d.list(get(&entries, "allowed_values")?, |d, n| d.name(n))
    });
    Some(RequestSecurityTokenPropertyConstraint {
        id: id?,
        allowed_values: values?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_document_reads() {
        let c = constraints_from_toml_str(
            r#"
channel_binding = "http"
[security_constraints]
security_property_constraints = [{ id = "timestamp_usage", allowed_values = ["always", "never"] }]
[[security_constraints.security_binding_constraints]]
type = "http_header_auth"
property_constraints = [{ id = "http_header_auth_scheme", allowed_values = [["basic"], ["ntlm"]] }]
[[security_constraints.security_binding_constraints]]
type = "security_context_message"
binding_usage = "supporting"
[security_constraints.security_binding_constraints.bootstrap_security_constraint]
security_binding_constraints = [{ type = "issued_token_message", binding_usage = "supporting", claim_constraints = ["urn:a"], request_security_token_property_constraints = [{ id = "trust_version", allowed_values = ["february_2005"] }] }]
"#,
        )
        .unwrap();
        assert_eq!(c.channel_binding, ChannelBinding::Http);
        let s = c.security_constraints.unwrap();
        assert_eq!(
            s.security_property_constraints[0].allowed_values(),
            &[
                ChannelProperty::TimestampUsage(SecurityTimestampUsage::Always),
                ChannelProperty::TimestampUsage(SecurityTimestampUsage::Never)
            ]
        );
        let SecurityBindingConstraint::HttpHeaderAuth(h) = &s.security_binding_constraints[0]
        else {
            panic!("header auth first")
        };
        assert_eq!(h.property_constraints[0].allowed_values().len(), 2);
        let SecurityBindingConstraint::SecurityContextMessage(sc) =
            &s.security_binding_constraints[1]
        else {
            panic!("security context second")
        };
        let bootstrap = sc.bootstrap_security_constraint.as_ref().unwrap();
        let SecurityBindingConstraint::IssuedTokenMessage(issued) =
            &bootstrap.security_binding_constraints[0]
        else {
            panic!("issued token in the bootstrap")
        };
        assert_eq!(issued.claim_constraints, ["urn:a"]);
        assert_eq!(
            issued.request_security_token_property_constraints[0].allowed_values,
            [TrustVersion::February2005]
        );
    }

    #[test]
    fn problems_name_their_place() {
        let errors = constraints_from_toml_str(
            r#"
channel_binding = "htp"
[security_constraints]
security_property_constraints = [{ id = "timestamp_usage", allowed_values = ["sometimes"] }]
security_binding_constraints = [{ type = "ssl_transport", binding_usage = "supporting" }, { typ = "x" }]
"#,
        )
        .unwrap_err();
        let places: Vec<String> = errors.iter().map(|e| e.path.to_string()).collect();
        assert_eq!(
            places,
            [
                "channel_binding",
                "security_constraints.security_property_constraints[0].allowed_values[0]",
                "security_constraints.security_binding_constraints[0].binding_usage",
                "security_constraints.security_binding_constraints[1]",
            ]
        );
        assert!(matches!(
            &errors.0[2].kind,
            DecodeErrorKind::UnknownKey { key, .. } if key == "binding_usage"
        ));
        assert!(matches!(
            &errors.0[3].kind,
            DecodeErrorKind::MissingKey { key: "type" }
        ));
    }

    #[test]
    fn mismatched_values_cannot_be_built() {
        let wrong = PropertyConstraint::new(
            SecurityPropertyId::TimestampUsage,
            vec![ChannelProperty::SecurityHeaderVersion(
                SecurityHeaderVersion::V1_0,
            )],
        );
        assert_eq!(
            wrong.unwrap_err().to_string(),
            "a value of `security_header_version` cannot be an allowed value of `timestamp_usage`"
        );
    }
}
