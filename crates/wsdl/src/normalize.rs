//! WS-Policy normal form: a policy as a list of alternatives, each a list of assertions, with
//! every assertion's nested policy in normal form too.
//!
//! `wsp:Policy` and `wsp:All` combine their terms (the cross product of their alternatives),
//! `wsp:ExactlyOne` offers each term's alternatives, `wsp:Optional="true"` offers an assertion
//! and its absence, and `wsp:PolicyReference` stands for the policy it names. WS-Policy 1.2 and
//! 1.5 operators are both read; each assertion remembers which version enclosed it, because
//! WWSAPI reads only 1.2. A reference that cannot be followed (unknown, outside the document,
//! or leading back to a policy being expanded) stays in place as a broken assertion, so only the
//! alternatives that contain it fail, and expansion always ends.

use crate::ns;
use roxmltree::Node;
use std::collections::HashMap;
use std::rc::Rc;

/// The most alternatives a policy may expand to; beyond it the policy is refused rather than
/// letting nested `ExactlyOne` operators multiply without end.
pub(crate) const MAX_ALTERNATIVES: usize = 4096;

/// The most assertions all alternatives of one policy may hold together.
const MAX_ASSERTIONS: usize = 1 << 18;

/// The longest chain of references followed inside one another.
const MAX_REFERENCE_DEPTH: usize = 32;

/// How deep the expansion recurses (operators, nested policies and references together).
const MAX_RECURSION: usize = crate::xml::MAX_DEPTH + MAX_REFERENCE_DEPTH;

/// The WS-Policy version of the operators around an assertion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PolicyVersion {
    /// `http://schemas.xmlsoap.org/ws/2004/09/policy`, the version WWSAPI reads.
    V1_2,
    /// `http://www.w3.org/ns/ws-policy`.
    V1_5,
}

impl PolicyVersion {
    pub(crate) fn of(namespace: Option<&str>) -> Option<PolicyVersion> {
        match namespace {
            Some(ns::WSP12) => Some(PolicyVersion::V1_2),
            Some(ns::WSP15) => Some(PolicyVersion::V1_5),
            _ => None,
        }
    }
}

/// Why a reference was not followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Broken {
    /// No policy in the document has this id or name.
    Unknown(String),
    /// The URI points outside the document.
    External(String),
    /// The policy is already being expanded: the reference closes a cycle.
    Cycle(String),
    /// References nest deeper than [`MAX_REFERENCE_DEPTH`].
    TooDeep,
    /// The reference has no `URI`.
    NoUri,
}

/// One assertion of an alternative.
#[derive(Debug, Clone)]
pub(crate) struct Assertion<'a, 'i> {
    /// The assertion element (or the reference element, when `broken`).
    pub(crate) node: Node<'a, 'i>,
    /// The version of the operators around it.
    pub(crate) version: PolicyVersion,
    /// Its nested policy in normal form, when it has one.
    pub(crate) nested: Option<Rc<Normal<'a, 'i>>>,
    /// Set on a reference that could not be followed; `node` is the reference.
    pub(crate) broken: Option<Broken>,
}

/// One alternative: assertions, in document order.
pub(crate) type Alternative<'a, 'i> = Vec<Assertion<'a, 'i>>;

/// A policy in normal form.
#[derive(Debug, Clone, Default)]
pub(crate) struct Normal<'a, 'i> {
    pub(crate) alternatives: Vec<Alternative<'a, 'i>>,
}

/// A policy that expands past a limit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Overflow<'a, 'i> {
    /// The operator where the limit was passed.
    pub(crate) node: Node<'a, 'i>,
    /// Which limit.
    pub(crate) what: &'static str,
}

/// The policies of a document by `wsu:Id` / `xml:id` (as `#id`) and by `Name`.
#[derive(Default)]
pub(crate) struct PolicyIndex<'a, 'i> {
    by_id: HashMap<&'a str, Node<'a, 'i>>,
    by_name: HashMap<&'a str, Node<'a, 'i>>,
}

impl<'a, 'i> PolicyIndex<'a, 'i> {
    /// Every `wsp:Policy` element of the document with an id or a name.
    pub(crate) fn of(xml: &'a crate::xml::Xml<'i>) -> Self {
        let mut index = PolicyIndex::default();
        for node in xml.policies() {
            if let Some(id) = node
                .attribute((ns::WSU, "Id"))
                .or_else(|| node.attribute((ns::XML, "id")))
            {
                index.by_id.entry(id).or_insert(node);
            }
            if let Some(name) = node.attribute("Name") {
                index.by_name.entry(name).or_insert(node);
            }
        }
        index
    }

    fn find(&self, uri: &str) -> Result<Node<'a, 'i>, Broken> {
        if let Some(id) = uri.strip_prefix('#') {
            return self
                .by_id
                .get(id)
                .copied()
                .ok_or_else(|| Broken::Unknown(uri.to_owned()));
        }
        if let Some(node) = self.by_name.get(uri) {
            return Ok(*node);
        }
        Err(Broken::External(uri.to_owned()))
    }
}

/// True for a WS-Policy (1.2 or 1.5) element named `local`.
pub(crate) fn is_operator(node: Node<'_, '_>, local: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == local
        && PolicyVersion::of(node.tag_name().namespace()).is_some()
}

/// Expands policies of one document.
pub(crate) struct Normalizer<'x, 'a, 'i> {
    index: &'x PolicyIndex<'a, 'i>,
    /// The policies being expanded through references, innermost last.
    expanding: Vec<Node<'a, 'i>>,
    recursion: usize,
}

impl<'x, 'a, 'i> Normalizer<'x, 'a, 'i> {
    pub(crate) fn new(index: &'x PolicyIndex<'a, 'i>) -> Self {
        Normalizer {
            index,
            expanding: Vec::new(),
            recursion: 0,
        }
    }

    /// The normal form of a `wsp:Policy` element (or of anything read as `wsp:All`).
    pub(crate) fn policy(
        &mut self,
        node: Node<'a, 'i>,
    ) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
        let version = PolicyVersion::of(node.tag_name().namespace()).unwrap_or(PolicyVersion::V1_2);
        self.all(node, version)
    }

    /// The normal form of a `wsp:PolicyReference` (or the broken assertion it becomes).
    pub(crate) fn reference(
        &mut self,
        node: Node<'a, 'i>,
    ) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
        let version = PolicyVersion::of(node.tag_name().namespace()).unwrap_or(PolicyVersion::V1_2);
        self.follow(node, version)
    }

    /// The normal form of a policy named by a URI written outside any operator (`wsp:PolicyURIs`).
    pub(crate) fn uri(
        &mut self,
        holder: Node<'a, 'i>,
        uri: &str,
    ) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
        match self.index.find(uri) {
            Ok(policy) => self.referenced(policy, holder, PolicyVersion::V1_2),
            Err(broken) => Ok(broken_alone(holder, PolicyVersion::V1_2, broken)),
        }
    }

    fn enter(&mut self, node: Node<'a, 'i>) -> Result<(), Overflow<'a, 'i>> {
        self.recursion += 1;
        if self.recursion > MAX_RECURSION {
            return Err(Overflow {
                node,
                what: "policies nest too deep",
            });
        }
        Ok(())
    }

    /// `wsp:All` semantics over the element children of `node`.
    fn all(
        &mut self,
        node: Node<'a, 'i>,
        version: PolicyVersion,
    ) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
        self.enter(node)?;
        let mut result: Vec<Alternative<'a, 'i>> = vec![Vec::new()];
        for child in node.children().filter(Node::is_element) {
            let term = self.term(child, version)?;
            result = cross(result, term.alternatives, node)?;
        }
        self.recursion -= 1;
        Ok(Normal {
            alternatives: result,
        })
    }

    /// `wsp:ExactlyOne` semantics over the element children of `node`.
    fn exactly_one(
        &mut self,
        node: Node<'a, 'i>,
        version: PolicyVersion,
    ) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
        self.enter(node)?;
        let mut result: Vec<Alternative<'a, 'i>> = Vec::new();
        for child in node.children().filter(Node::is_element) {
            let term = self.term(child, version)?;
            result.extend(term.alternatives);
            check_size(&result, node)?;
        }
        self.recursion -= 1;
        Ok(Normal {
            alternatives: result,
        })
    }

    /// One term inside an operator: another operator, a reference, or an assertion.
    fn term(
        &mut self,
        node: Node<'a, 'i>,
        outer: PolicyVersion,
    ) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
        if let Some(version) = PolicyVersion::of(node.tag_name().namespace()) {
            match node.tag_name().name() {
                "Policy" | "All" => return self.all(node, version),
                "ExactlyOne" => return self.exactly_one(node, version),
                "PolicyReference" => return self.follow(node, version),
                _ => {}
            }
        }
        let assertion = self.assertion(node, outer)?;
        let mut alternatives = vec![vec![assertion]];
        if is_optional(node) {
            alternatives.insert(0, Vec::new());
        }
        Ok(Normal { alternatives })
    }

    /// An assertion, with its nested policy (its `wsp:Policy` child) in normal form.
    fn assertion(
        &mut self,
        node: Node<'a, 'i>,
        version: PolicyVersion,
    ) -> Result<Assertion<'a, 'i>, Overflow<'a, 'i>> {
        let nested = match node.children().find(|c| is_operator(*c, "Policy")) {
            Some(policy) => {
                let v = PolicyVersion::of(policy.tag_name().namespace()).unwrap_or(version);
                Some(Rc::new(self.all(policy, v)?))
            }
            None => None,
        };
        Ok(Assertion {
            node,
            version,
            nested,
            broken: None,
        })
    }

    /// A reference: the referenced policy's alternatives, or a broken assertion.
    fn follow(
        &mut self,
        node: Node<'a, 'i>,
        version: PolicyVersion,
    ) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
        let Some(uri) = node.attribute("URI") else {
            return Ok(broken_alone(node, version, Broken::NoUri));
        };
        match self.index.find(uri) {
            Ok(policy) => self.referenced(policy, node, version),
            Err(broken) => Ok(broken_alone(node, version, broken)),
        }
    }

    fn referenced(
        &mut self,
        policy: Node<'a, 'i>,
        reference: Node<'a, 'i>,
        version: PolicyVersion,
    ) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
        if self.expanding.contains(&policy) {
            let uri = reference.attribute("URI").unwrap_or_default().to_owned();
            return Ok(broken_alone(reference, version, Broken::Cycle(uri)));
        }
        if self.expanding.len() >= MAX_REFERENCE_DEPTH {
            return Ok(broken_alone(reference, version, Broken::TooDeep));
        }
        self.expanding.push(policy);
        let result = self.policy(policy);
        self.expanding.pop();
        result
    }
}

fn broken_alone<'a, 'i>(node: Node<'a, 'i>, version: PolicyVersion, why: Broken) -> Normal<'a, 'i> {
    Normal {
        alternatives: vec![vec![Assertion {
            node,
            version,
            nested: None,
            broken: Some(why),
        }]],
    }
}

/// `wsp:Optional="true"` in either WS-Policy namespace.
fn is_optional(node: Node<'_, '_>) -> bool {
    [ns::WSP12, ns::WSP15].iter().any(|namespace| {
        node.attribute((*namespace, "Optional"))
            .is_some_and(|v| matches!(v.trim(), "true" | "1"))
    })
}

/// Every alternative of `left` joined with every alternative of `right`.
fn cross<'a, 'i>(
    left: Vec<Alternative<'a, 'i>>,
    right: Vec<Alternative<'a, 'i>>,
    at: Node<'a, 'i>,
) -> Result<Vec<Alternative<'a, 'i>>, Overflow<'a, 'i>> {
    if left.len().saturating_mul(right.len()) > MAX_ALTERNATIVES {
        return Err(Overflow {
            node: at,
            what: "the policy has too many alternatives",
        });
    }
    if right.len() == 1 {
        // The common case (an assertion, or a single alternative): extend in place.
        let mut left = left;
        let only = &right[0];
        for alternative in &mut left {
            alternative.extend(only.iter().cloned());
        }
        check_size(&left, at)?;
        return Ok(left);
    }
    let mut out = Vec::with_capacity(left.len() * right.len());
    for l in &left {
        for r in &right {
            let mut joined = Vec::with_capacity(l.len() + r.len());
            joined.extend(l.iter().cloned());
            joined.extend(r.iter().cloned());
            out.push(joined);
        }
    }
    check_size(&out, at)?;
    Ok(out)
}

fn check_size<'a, 'i>(
    alternatives: &[Alternative<'a, 'i>],
    at: Node<'a, 'i>,
) -> Result<(), Overflow<'a, 'i>> {
    if alternatives.len() > MAX_ALTERNATIVES {
        return Err(Overflow {
            node: at,
            what: "the policy has too many alternatives",
        });
    }
    let assertions: usize = alternatives.iter().map(Vec::len).sum();
    if assertions > MAX_ASSERTIONS {
        return Err(Overflow {
            node: at,
            what: "the policy's alternatives hold too many assertions",
        });
    }
    Ok(())
}

/// Joins the alternatives of several policies attached to one subject (their `wsp:All`).
pub(crate) fn merge<'a, 'i>(
    policies: Vec<Normal<'a, 'i>>,
    at: Node<'a, 'i>,
) -> Result<Normal<'a, 'i>, Overflow<'a, 'i>> {
    let mut result: Vec<Alternative<'a, 'i>> = vec![Vec::new()];
    for p in policies {
        result = cross(result, p.alternatives, at)?;
    }
    Ok(Normal {
        alternatives: result,
    })
}

/// A canonical text of a normal form, for comparing two policies: assertions by namespace and
/// name with their attributes (but not `wsp:Optional`), parameters and nested policy, sorted
/// within each alternative, and the alternatives sorted too, since order carries no meaning.
pub(crate) fn canonical(normal: &Normal<'_, '_>) -> String {
    let mut alternatives: Vec<String> = normal
        .alternatives
        .iter()
        .map(|alternative| {
            let mut items: Vec<String> = alternative.iter().map(canonical_assertion).collect();
            items.sort();
            format!("All[{}]", items.join(", "))
        })
        .collect();
    alternatives.sort();
    format!("ExactlyOne[{}]", alternatives.join(", "))
}

fn canonical_assertion(a: &Assertion<'_, '_>) -> String {
    if let Some(broken) = &a.broken {
        return format!("broken-reference({broken:?})");
    }
    let mut s = canonical_element(a.node);
    if let Some(nested) = &a.nested {
        s.push_str(&format!(" policy {}", canonical(nested)));
    }
    s
}

/// An element without its nested policy: name, attributes, text and parameter elements.
fn canonical_element(node: Node<'_, '_>) -> String {
    let name = node.tag_name();
    let mut attributes: Vec<String> = node
        .attributes()
        .filter(|a| !(a.name() == "Optional" && PolicyVersion::of(a.namespace()).is_some()))
        .map(|a| {
            format!(
                "{{{}}}{}={:?}",
                a.namespace().unwrap_or(""),
                a.name(),
                a.value()
            )
        })
        .collect();
    attributes.sort();
    let text: String = node
        .children()
        .filter(|c| c.is_text())
        .filter_map(|c| c.text())
        .collect::<String>()
        .trim()
        .to_owned();
    let parameters: Vec<String> = node
        .children()
        .filter(|c| c.is_element() && !is_operator(*c, "Policy"))
        .map(canonical_element)
        .collect();
    format!(
        "{{{}}}{}({}){:?}[{}]",
        name.namespace().unwrap_or(""),
        name.name(),
        attributes.join(" "),
        text,
        parameters.join(", ")
    )
}
