//! Reads a service's WSDL 1.1 (or a bare WS-Policy document) and says, for each port and each
//! alternative of its policy, which WWSAPI endpoint it describes, or why WWSAPI cannot use it.
//!
//! The policy attached to each port is brought to WS-Policy normal form, each alternative is
//! read against the assertions WWSAPI's metadata mapping understands, and a matching alternative
//! becomes the policy constraints that match it (checked with the S- rules) and a client file:
//! the template file of the binding template that expresses it (template type, the policy
//! description wsutil would generate, the template value with credentials named from the port),
//! or, when no template does, the plain endpoint built from the match. The file is checked as
//! `wws-security check` checks it (a template file with the template rules and every T/M/P rule
//! on its expansion). Anything the mapping does not cover makes the alternative fail, with the
//! assertion named and located.
//!
//! ```
//! let wsdl = br#"<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
//!     xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
//!     xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy"
//!     xmlns:sp="http://schemas.xmlsoap.org/ws/2005/07/securitypolicy">
//!   <wsdl:binding name="B" type="tns:C">
//!     <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
//!     <wsp:Policy><sp:TransportBinding><wsp:Policy>
//!       <sp:TransportToken><wsp:Policy><sp:HttpsToken/></wsp:Policy></sp:TransportToken>
//!     </wsp:Policy></sp:TransportBinding></wsp:Policy>
//!   </wsdl:binding>
//! </wsdl:definitions>"#;
//! let import = wws_security_wsdl::import(wsdl).unwrap();
//! let alternative = &import.ports[0].alternatives[0];
//! assert_eq!(alternative.template_name(), Some("http_ssl"));
//! // The file an import writes: a template file, whose expansion is the alternative's endpoint.
//! let file = alternative.file().unwrap();
//! let template_type = file.template().map(|t| t.template_type());
//! assert_eq!(template_type, Some(wws_security_model::BindingTemplateType::HttpSsl));
//! assert_eq!(Some(&file.expand()), alternative.endpoint.as_ref());
//! ```
#![deny(missing_docs)]

mod channel;
mod derive;
mod normalize;
mod ns;
pub mod output;
mod report;
mod template;
mod vocabulary;
mod wsdl;
mod xml;

pub use channel::ChannelValues;
pub use report::{gap, Alternative, DocumentKind, Import, Port, Reason, Verdict};
pub use xml::{Position, MAX_DEPTH, MAX_DOCUMENT_BYTES};

use normalize::{Normal, Normalizer, PolicyIndex, PolicyVersion};
use roxmltree::Node;
use std::borrow::Cow;
use vocabulary::{Reader, Reading, Scope, TransportToken};
use wws_security_model::{ChannelBinding, EndpointAddress, EnvelopeVersion};
use wws_security_policy::Severity;
use xml::Xml;

/// A document that cannot be read: not UTF-8, not XML, too large or too deep, or neither a
/// WSDL 1.1 document nor a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// What is wrong and how to fix it.
    pub message: String,
    /// Where, when the problem has a place.
    pub position: Option<Position>,
}

impl ReadError {
    pub(crate) fn whole(message: impl Into<String>) -> Self {
        ReadError {
            message: message.into(),
            position: None,
        }
    }

    pub(crate) fn at(message: impl Into<String>, position: Position) -> Self {
        ReadError {
            message: message.into(),
            position: Some(position),
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.position {
            Some(p) => write!(f, "{}:{}: {}", p.line, p.column, self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ReadError {}

/// The text of a document's bytes (UTF-8, or UTF-16 with a byte order mark); positions and
/// spans of an import refer to this text.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ReadError> {
    xml::text_of(bytes)
}

/// Imports a document given as bytes.
pub fn import(bytes: &[u8]) -> Result<Import, ReadError> {
    import_str(&decode(bytes)?)
}

/// Imports a document given as text.
pub fn import_str(text: &str) -> Result<Import, ReadError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(ReadError::whole(format!(
            "the document is {} bytes; the importer reads documents of at most {MAX_DOCUMENT_BYTES} bytes",
            text.len()
        )));
    }
    let xml = Xml::parse(text)?;
    let root = xml.doc.root_element();
    let name = root.tag_name();
    match (name.namespace(), name.name()) {
        (Some(ns::WSDL), "definitions") => Ok(Import {
            kind: DocumentKind::Wsdl,
            ports: wsdl_ports(&xml, root),
        }),
        (namespace, "Policy") if PolicyVersion::of(namespace).is_some() => Ok(Import {
            kind: DocumentKind::Policy,
            ports: vec![policy_port(&xml, root)],
        }),
        (Some(ns::WSDL20), _) => Err(ReadError::at(
            "this is WSDL 2.0; WWSAPI and the importer read WSDL 1.1 (`http://schemas.xmlsoap.org/wsdl/`)",
            xml.position(root),
        )),
        _ => embedded(&xml, root),
    }
}

/// A document that holds WSDL or policy inside another element (a WS-MetadataExchange
/// response, a service's configuration file): every outermost `wsdl:definitions` is read, or,
/// when there is none, every outermost `wsp:Policy`.
fn embedded(xml: &Xml<'_>, root: Node<'_, '_>) -> Result<Import, ReadError> {
    let is_definitions = |n: &Node<'_, '_>| {
        n.is_element()
            && n.tag_name().namespace() == Some(ns::WSDL)
            && n.tag_name().name() == "definitions"
    };
    let definitions: Vec<Node<'_, '_>> = xml
        .definitions()
        .filter(|n| !n.ancestors().skip(1).any(|a| is_definitions(&a)))
        .collect();
    if !definitions.is_empty() {
        return Ok(Import {
            kind: DocumentKind::Wsdl,
            ports: definitions
                .into_iter()
                .flat_map(|d| wsdl_ports(xml, d))
                .collect(),
        });
    }
    let is_policy = |n: &Node<'_, '_>| normalize::is_operator(*n, "Policy");
    let policies: Vec<Node<'_, '_>> = xml
        .policies()
        .filter(|n| !n.ancestors().skip(1).any(|a| is_policy(&a)))
        .collect();
    if policies.is_empty() {
        return Err(ReadError::at(
            format!(
                "the root element `{}` is neither a WSDL 1.1 `wsdl:definitions` nor a `wsp:Policy`, and holds neither",
                vocabulary::written_name(xml, root)
            ),
            xml.position(root),
        ));
    }
    Ok(Import {
        kind: DocumentKind::Policy,
        ports: policies.into_iter().map(|p| policy_port(xml, p)).collect(),
    })
}

/// The canonical text of a policy document's normal form (alternatives and assertions sorted),
/// for comparing two policies.
pub fn normal_form(text: &str) -> Result<String, ReadError> {
    let xml = Xml::parse(text)?;
    let root = xml.doc.root_element();
    if PolicyVersion::of(root.tag_name().namespace()).is_none()
        || root.tag_name().name() != "Policy"
    {
        return Err(ReadError::at(
            "the root element is not a `wsp:Policy`",
            xml.position(root),
        ));
    }
    let index = PolicyIndex::of(&xml);
    let normal = Normalizer::new(&index)
        .policy(root)
        .map_err(|o| ReadError::at(o.what, xml.position(o.node)))?;
    Ok(normalize::canonical(&normal))
}

/// The place of an alternative's reasons that concern the whole alternative.
#[derive(Clone, Copy)]
struct Anchor<'a, 'i> {
    /// The alternative's first assertion, or the port.
    alternative: Node<'a, 'i>,
    /// The SOAP binding element, for reasons about the channel binding.
    channel: Option<Node<'a, 'i>>,
}

/// What is known about a port before its alternatives are read.
struct PortContext<'a, 'i> {
    name: String,
    node: Node<'a, 'i>,
    /// The port's address, when it gives one.
    address: Option<String>,
    channel_binding: Option<ChannelBinding>,
    channel_node: Option<Node<'a, 'i>>,
    envelope: Option<EnvelopeVersion>,
    /// Reasons every alternative inherits (transport, message policies).
    inherited: Vec<Reason>,
    /// A bare policy: each alternative's transport assertions give its channel binding.
    infer_channel: bool,
}

fn reason_at(
    xml: &Xml<'_>,
    rule: &'static str,
    node: Node<'_, '_>,
    message: String,
    help: &str,
) -> Reason {
    Reason {
        rule,
        message,
        help: help.to_owned(),
        position: Some(xml.position(node)),
        span: Some(xml.name_range(node)),
    }
}

fn wsdl_ports(xml: &Xml<'_>, definitions: Node<'_, '_>) -> Vec<Port> {
    let index = PolicyIndex::of(xml);
    wsdl::subjects(definitions)
        .into_iter()
        .map(|subject| {
            let mut inherited = Vec::new();
            let (channel_binding, channel_node, envelope) =
                subject_channel(xml, &subject, &mut inherited);
            inherited.extend(message_policy_reasons(xml, &index, &subject));
            let context = PortContext {
                name: subject.name.clone(),
                node: subject.node,
                address: subject.address.clone(),
                channel_binding,
                channel_node,
                envelope,
                inherited,
                infer_channel: false,
            };
            let mut normalizer = Normalizer::new(&index);
            let attached: Result<Vec<Normal<'_, '_>>, _> = subject
                .endpoint_policies
                .iter()
                .map(|a| match *a {
                    wsdl::Attachment::Element(node) if normalize::is_operator(node, "Policy") => {
                        normalizer.policy(node)
                    }
                    wsdl::Attachment::Element(node) => normalizer.reference(node),
                    wsdl::Attachment::Uri(holder, uri) => normalizer.uri(holder, uri),
                })
                .collect();
            let normal = attached.and_then(|policies| normalize::merge(policies, subject.node));
            let mut port = evaluate_port(xml, &context, normal);
            port.binding = subject.binding_name.clone();
            port.address = subject.address.clone();
            port
        })
        .collect()
}

/// The channel binding and envelope version of a WSDL port, or the reason they are unknown.
fn subject_channel<'a, 'i>(
    xml: &Xml<'_>,
    subject: &wsdl::Subject<'a, 'i>,
    reasons: &mut Vec<Reason>,
) -> (
    Option<ChannelBinding>,
    Option<Node<'a, 'i>>,
    Option<EnvelopeVersion>,
) {
    let Some(binding) = subject.binding else {
        let name = subject.binding_name.as_deref().unwrap_or("?");
        reasons.push(reason_at(
            xml,
            gap::TRANSPORT,
            subject.node,
            format!("the port's binding `{name}` is not in this document"),
            "import the WSDL that holds the binding; the importer reads one file",
        ));
        return (None, None, None);
    };
    let Some((soap, transport, soap_node)) = subject.soap else {
        reasons.push(reason_at(
            xml,
            gap::TRANSPORT,
            binding,
            "the binding has no SOAP 1.1 or SOAP 1.2 binding element".to_owned(),
            "WWSAPI reads SOAP bindings (`soap:binding` or `soap12:binding`)",
        ));
        return (None, None, None);
    };
    let envelope = Some(match soap {
        wsdl::Soap::V1_1 => EnvelopeVersion::Soap1_1,
        wsdl::Soap::V1_2 => EnvelopeVersion::Soap1_2,
    });
    let channel = match transport.map(str::trim) {
        Some(ns::TRANSPORT_HTTP) => Some(ChannelBinding::Http),
        Some(ns::TRANSPORT_TCP) => Some(ChannelBinding::Tcp),
        Some(ns::TRANSPORT_NAMED_PIPE) => Some(ChannelBinding::Namedpipe),
        Some(other) => {
            reasons.push(reason_at(
                xml,
                gap::TRANSPORT,
                soap_node,
                format!("transport `{other}` is not in the metadata mapping, which knows `{}` (HTTP) and `{}` (TCP)", ns::TRANSPORT_HTTP, ns::TRANSPORT_TCP),
                "publish the endpoint over HTTP or TCP",
            ));
            None
        }
        None => {
            reasons.push(reason_at(
                xml,
                gap::TRANSPORT,
                soap_node,
                "the SOAP binding element has no `transport`".to_owned(),
                "name the transport URI of HTTP or TCP",
            ));
            None
        }
    };
    (channel, Some(soap_node), envelope)
}

/// Reasons from policies on operations and messages: each such policy must offer an
/// alternative WWSAPI satisfies by securing the endpoint (the parts it signs and encrypts).
fn message_policy_reasons(
    xml: &Xml<'_>,
    index: &PolicyIndex<'_, '_>,
    subject: &wsdl::Subject<'_, '_>,
) -> Vec<Reason> {
    let mut out = Vec::new();
    for (label, attachment) in &subject.message_policies {
        let mut normalizer = Normalizer::new(index);
        let normal = match *attachment {
            wsdl::Attachment::Element(node) if normalize::is_operator(node, "Policy") => {
                normalizer.policy(node)
            }
            wsdl::Attachment::Element(node) => normalizer.reference(node),
            wsdl::Attachment::Uri(holder, uri) => normalizer.uri(holder, uri),
        };
        let normal = match normal {
            Ok(n) => n,
            Err(overflow) => {
                out.push(reason_at(
                    xml,
                    gap::POLICY_LIMIT,
                    overflow.node,
                    format!("the policy of the {label}: {}", overflow.what),
                    "simplify the policy",
                ));
                continue;
            }
        };
        let mut first_reasons = None;
        let mut satisfied = false;
        for alternative in &normal.alternatives {
            let mut reader = Reader::new(xml);
            reader.message_alternative(alternative, label);
            if reader.reasons.is_empty() {
                satisfied = true;
                break;
            }
            first_reasons.get_or_insert(reader.reasons);
        }
        if !satisfied {
            match first_reasons {
                Some(reasons) => out.extend(reasons),
                None => {
                    let node = match attachment {
                        wsdl::Attachment::Element(n) | wsdl::Attachment::Uri(n, _) => *n,
                    };
                    out.push(reason_at(
                        xml,
                        gap::MESSAGE_POLICY,
                        node,
                        format!("the policy of the {label} admits no alternative"),
                        "give the policy at least one alternative",
                    ));
                }
            }
        }
    }
    out
}

/// A bare policy document: one port, named by the policy's id.
fn policy_port(xml: &Xml<'_>, root: Node<'_, '_>) -> Port {
    let index = PolicyIndex::of(xml);
    let name = root
        .attribute((ns::WSU, "Id"))
        .or_else(|| root.attribute("Name"))
        .unwrap_or("policy")
        .to_owned();
    let normal = Normalizer::new(&index).policy(root);
    let context = PortContext {
        name,
        node: root,
        address: None,
        channel_binding: None,
        channel_node: None,
        envelope: None,
        inherited: Vec::new(),
        infer_channel: true,
    };
    let mut port = evaluate_port(xml, &context, normal);
    let inferred: Vec<ChannelBinding> = port
        .alternatives
        .iter()
        .filter_map(|a| a.endpoint.as_ref().map(|e| e.channel_binding))
        .collect();
    port.channel_binding = match inferred.split_first() {
        Some((first, rest)) if rest.iter().all(|c| c == first) => Some(*first),
        _ => None,
    };
    port
}

fn evaluate_port<'a, 'i>(
    xml: &Xml<'_>,
    context: &PortContext<'a, 'i>,
    normal: Result<Normal<'a, 'i>, normalize::Overflow<'a, 'i>>,
) -> Port {
    let mut port = Port {
        name: context.name.clone(),
        binding: None,
        address: None,
        channel_binding: context.channel_binding,
        position: xml.position(context.node),
        alternatives: Vec::new(),
        reasons: Vec::new(),
    };
    match normal {
        Err(overflow) => port.reasons.push(reason_at(
            xml,
            gap::POLICY_LIMIT,
            overflow.node,
            format!("{}: more than the importer expands", overflow.what),
            "simplify the policy; real policies have a handful of alternatives",
        )),
        Ok(normal) if normal.alternatives.is_empty() => {
            port.reasons.extend(context.inherited.iter().cloned());
            port.reasons.push(reason_at(
                xml,
                gap::ASSERTION_CONTENT,
                context.node,
                "the policy admits no alternative (an empty `wsp:ExactlyOne`)".to_owned(),
                "a policy without alternatives can never be satisfied; give it one",
            ));
        }
        Ok(normal) => {
            for (index, alternative) in normal.alternatives.iter().enumerate() {
                port.alternatives
                    .push(evaluate(xml, context, index, alternative));
            }
        }
    }
    port
}

/// The channel binding a bare policy's transport assertions imply.
fn inferred_channel(reading: &Reading<'_, '_>) -> Option<ChannelBinding> {
    match (reading.transport.map(|(t, _)| t), reading.header_auth) {
        (Some(TransportToken::Https { .. }), _) | (None, Some(_)) => Some(ChannelBinding::Http),
        (Some(TransportToken::Windows { .. }), _) => Some(ChannelBinding::Tcp),
        (None, None) => None,
    }
}

fn evaluate<'a, 'i>(
    xml: &Xml<'_>,
    context: &PortContext<'a, 'i>,
    index: usize,
    alternative: &normalize::Alternative<'a, 'i>,
) -> Alternative {
    let anchor = Anchor {
        alternative: alternative.first().map_or(context.node, |a| a.node),
        channel: context.channel_node,
    };
    let mut reader = Reader::new(xml);
    let reading = reader.alternative(alternative, Scope::Endpoint);
    let mut reasons = reader.reasons;
    reasons.extend(context.inherited.iter().cloned());
    // The same assertion can be reached twice (a policy referenced from two messages).
    let mut seen = std::collections::HashSet::new();
    reasons.retain(|r| seen.insert((r.rule, r.position, r.message.clone())));
    let mut result = Alternative {
        index,
        position: Some(xml.position(anchor.alternative)),
        verdict: Verdict::NoMatch,
        endpoint: None,
        constraints: None,
        template: None,
        channel: None,
        reasons: Vec::new(),
    };
    let channel_binding = match (context.channel_binding, inferred_channel(&reading)) {
        (Some(c), _) => Some(c),
        (None, inferred) if context.infer_channel => {
            if inferred.is_none() && reasons.is_empty() {
                reasons.push(reason_at(
                    xml,
                    gap::TRANSPORT,
                    anchor.alternative,
                    "a policy document does not name its transport, and this alternative has no transport assertion to tell it".to_owned(),
                    "import the WSDL whose binding uses the policy",
                ));
            }
            inferred
        }
        (None, _) => None,
    };
    if !reasons.is_empty() {
        result.reasons = reasons;
        return result;
    }
    let Some(channel_binding) = channel_binding else {
        result.reasons = reasons;
        return result;
    };
    let constraints = derive::constraints(&reading, channel_binding);
    let checked = wws_security_policy::constraints::validate(&constraints);
    let binding_nodes = binding_nodes(&reading);
    for d in checked
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
    {
        let node = if d.rule.id == "S-056" {
            anchor.channel.unwrap_or(anchor.alternative)
        } else {
            first_index(&d.path)
                .and_then(|j| binding_nodes.get(j).copied())
                .unwrap_or(anchor.alternative)
        };
        reasons.push(reason_at(xml, d.rule.id, node, d.message.clone(), &d.help));
    }
    result.constraints = Some(constraints);
    if !reasons.is_empty() {
        result.reasons = reasons;
        return result;
    }
    let names = derive::Names::new(&context.name);
    let channel = derive::channel_values(&reading, context.envelope);
    // A template match is written as its template file and checked as one (the template rules,
    // then every rule on its expansion); any other match as the description built from it.
    let (verdict, template, endpoint, report, no_template) =
        match derive::template(&reading, channel_binding) {
            Ok(template_type) => {
                let file = template::template(
                    template_type,
                    &reading,
                    &channel,
                    &names,
                    context.address.as_deref(),
                );
                let report = wws_security_policy::validate_template(&file);
                let endpoint = file.expand();
                (
                    Verdict::Template(template_type),
                    Some(file),
                    endpoint,
                    report,
                    None,
                )
            }
            Err(no) => {
                let mut endpoint = derive::endpoint(&reading, channel_binding, &names);
                endpoint.address = context.address.as_deref().map(EndpointAddress::new);
                let report = wws_security_policy::validate(&endpoint);
                (Verdict::Constraints, None, endpoint, report, Some(no))
            }
        };
    for d in report.errors() {
        reasons.push(reason_at(
            xml,
            d.rule.id,
            anchor.alternative,
            format!(
                "the endpoint this alternative describes breaks a rule: {} (at `{}`)",
                d.message, d.path
            ),
            &d.help,
        ));
    }
    if !reasons.is_empty() {
        result.reasons = reasons;
        return result;
    }
    if let Some(no) = no_template {
        let node = no.at.unwrap_or(anchor.alternative);
        reasons.push(reason_at(xml, no.rule, node, no.message, no.help));
    }
    result.verdict = verdict;
    result.template = template;
    result.channel = Some(channel);
    result.endpoint = Some(endpoint);
    result.reasons = reasons;
    result
}

/// The assertion behind each binding constraint of the top-level set, in constraint order.
fn binding_nodes<'a, 'i>(reading: &Reading<'a, 'i>) -> Vec<Node<'a, 'i>> {
    reading
        .transport
        .map(|(_, n)| n)
        .into_iter()
        .chain(reading.header_auth.map(|(_, n)| n))
        .chain(reading.tokens.iter().map(|(_, n)| *n))
        .collect()
}

/// The first list index of a path (`security_constraints.security_binding_constraints[1]`).
fn first_index(path: &wws_security_model::Path) -> Option<usize> {
    path.segments().iter().find_map(|s| match s {
        wws_security_model::Segment::Index(i) => Some(*i),
        _ => None,
    })
}
