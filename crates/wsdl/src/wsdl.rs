//! The WSDL 1.1 structure the importer needs: each port (or each SOAP binding, in a document
//! without a service) with its address, SOAP version, transport and the policies attached to
//! it, and the policies attached to its operations and messages.

use crate::normalize::is_operator;
use crate::ns;
use roxmltree::Node;

/// The SOAP binding element of a WSDL binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Soap {
    V1_1,
    V1_2,
}

/// One endpoint described by the document.
pub(crate) struct Subject<'a, 'i> {
    /// The port's name, or the binding's when the document has no service.
    pub(crate) name: String,
    /// The element the subject is reported at (the port, or the binding).
    pub(crate) node: Node<'a, 'i>,
    /// The binding's name, when it was found.
    pub(crate) binding_name: Option<String>,
    /// The binding element, when found in this document.
    pub(crate) binding: Option<Node<'a, 'i>>,
    /// `soap11:address` / `soap12:address` location, or a WS-Addressing endpoint reference's.
    pub(crate) address: Option<String>,
    /// The SOAP binding element, its version and `transport`.
    pub(crate) soap: Option<(Soap, Option<&'a str>, Node<'a, 'i>)>,
    /// Policies attached to the endpoint (port and binding): `wsp:Policy` or `wsp:PolicyReference`
    /// elements, or (holder, URI) pairs from `wsp:PolicyURIs`.
    pub(crate) endpoint_policies: Vec<Attachment<'a, 'i>>,
    /// Policies attached to an operation or a message of the binding, with a label for messages.
    pub(crate) message_policies: Vec<(String, Attachment<'a, 'i>)>,
}

/// A policy attached to a WSDL element.
#[derive(Clone, Copy)]
pub(crate) enum Attachment<'a, 'i> {
    /// An inline `wsp:Policy` or a `wsp:PolicyReference` element.
    Element(Node<'a, 'i>),
    /// One URI of a `wsp:PolicyURIs` attribute, on `holder`.
    Uri(Node<'a, 'i>, &'a str),
}

fn is_wsdl(node: Node<'_, '_>, local: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == local
        && node.tag_name().namespace() == Some(ns::WSDL)
}

fn element_children<'a, 'i>(
    node: Node<'a, 'i>,
    namespace: &'static str,
    local: &'static str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children().filter(move |c| {
        c.is_element()
            && c.tag_name().namespace() == Some(namespace)
            && c.tag_name().name() == local
    })
}

/// The policies attached to one WSDL element: child `wsp:Policy` and `wsp:PolicyReference`
/// elements (either WS-Policy version), and each URI of a `wsp:PolicyURIs` attribute.
pub(crate) fn attachments<'a, 'i>(node: Node<'a, 'i>) -> Vec<Attachment<'a, 'i>> {
    let mut out: Vec<Attachment<'a, 'i>> = node
        .children()
        .filter(|c| is_operator(*c, "Policy") || is_operator(*c, "PolicyReference"))
        .map(Attachment::Element)
        .collect();
    for namespace in [ns::WSP12, ns::WSP15] {
        if let Some(uris) = node.attribute((namespace, "PolicyURIs")) {
            out.extend(uris.split_whitespace().map(|u| Attachment::Uri(node, u)));
        }
    }
    out
}

/// The local part of a QName attribute value (`tns:PingBinding` -> `PingBinding`).
fn local_part(qname: &str) -> &str {
    qname.rsplit(':').next().unwrap_or(qname)
}

/// Every endpoint of a `wsdl:definitions` element.
pub(crate) fn subjects<'a, 'i>(definitions: Node<'a, 'i>) -> Vec<Subject<'a, 'i>> {
    let bindings: Vec<Node<'a, 'i>> = definitions
        .children()
        .filter(|c| is_wsdl(*c, "binding"))
        .collect();
    let find_binding = |qname: &str| {
        let local = local_part(qname);
        bindings
            .iter()
            .copied()
            .find(|b| b.attribute("name") == Some(local))
    };
    let mut subjects = Vec::new();
    for service in definitions.children().filter(|c| is_wsdl(*c, "service")) {
        for port in service.children().filter(|c| is_wsdl(*c, "port")) {
            let binding_ref = port.attribute("binding");
            let binding = binding_ref.and_then(find_binding);
            let mut subject = subject(
                port.attribute("name")
                    .unwrap_or("(unnamed port)")
                    .to_owned(),
                port,
                binding,
            );
            subject.binding_name = binding_ref.map(|b| local_part(b).to_owned());
            subject.address = address(port);
            subject.endpoint_policies.splice(0..0, attachments(port));
            subjects.push(subject);
        }
    }
    if subjects.is_empty() {
        for binding in &bindings {
            if soap_binding(*binding).is_some() {
                let name = binding.attribute("name").unwrap_or("(unnamed binding)");
                subjects.push(subject(name.to_owned(), *binding, Some(*binding)));
            }
        }
    }
    subjects
}

fn subject<'a, 'i>(
    name: String,
    node: Node<'a, 'i>,
    binding: Option<Node<'a, 'i>>,
) -> Subject<'a, 'i> {
    let mut s = Subject {
        name,
        node,
        binding_name: binding.and_then(|b| b.attribute("name")).map(str::to_owned),
        binding,
        address: None,
        soap: None,
        endpoint_policies: Vec::new(),
        message_policies: Vec::new(),
    };
    if let Some(binding) = binding {
        s.soap = soap_binding(binding);
        s.endpoint_policies = attachments(binding);
        for operation in binding.children().filter(|c| is_wsdl(*c, "operation")) {
            let op = operation.attribute("name").unwrap_or("?");
            for a in attachments(operation) {
                s.message_policies.push((format!("operation `{op}`"), a));
            }
            for message in operation
                .children()
                .filter(|c| is_wsdl(*c, "input") || is_wsdl(*c, "output") || is_wsdl(*c, "fault"))
            {
                let label = format!("{} of operation `{op}`", message.tag_name().name());
                for a in attachments(message) {
                    s.message_policies.push((label.clone(), a));
                }
            }
        }
    }
    s
}

/// The SOAP binding element of a WSDL binding, with its version and transport URI.
fn soap_binding<'a, 'i>(binding: Node<'a, 'i>) -> Option<(Soap, Option<&'a str>, Node<'a, 'i>)> {
    binding.children().find_map(|c| {
        if !c.is_element() || c.tag_name().name() != "binding" {
            return None;
        }
        let version = match c.tag_name().namespace() {
            Some(ns::SOAP11) => Soap::V1_1,
            Some(ns::SOAP12) => Soap::V1_2,
            _ => return None,
        };
        Some((version, c.attribute("transport"), c))
    })
}

/// The endpoint address of a port: a SOAP address, or a WS-Addressing endpoint reference.
fn address(port: Node<'_, '_>) -> Option<String> {
    for namespace in [ns::SOAP11, ns::SOAP12] {
        if let Some(a) = element_children(port, namespace, "address").next() {
            return a.attribute("location").map(str::to_owned);
        }
    }
    for namespace in [ns::WSA10, ns::WSA09] {
        if let Some(epr) = element_children(port, namespace, "EndpointReference").next() {
            let text = element_children(epr, namespace, "Address")
                .next()
                .and_then(|a| a.text());
            return text.map(|t| t.trim().to_owned());
        }
    }
    None
}
