//! What an import finds: per port, each policy alternative with its verdict, the endpoint it
//! describes, the template file that expresses it, and the reasons an alternative does not
//! match.

use crate::channel::ChannelValues;
use crate::xml::Position;
use wws_security_model::constraint::PolicyConstraints;
use wws_security_model::{BindingTemplateType, ChannelBinding, Endpoint, EndpointFile, Template};

/// What kind of document was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// A WSDL 1.1 `wsdl:definitions`.
    Wsdl,
    /// A bare `wsp:Policy`.
    Policy,
}

/// The result of importing one document.
#[derive(Debug, Clone)]
pub struct Import {
    /// What was read.
    pub kind: DocumentKind,
    /// Each endpoint the document describes, in document order.
    pub ports: Vec<Port>,
}

impl Import {
    /// True when every port has at least one matching alternative.
    pub fn all_ports_match(&self) -> bool {
        self.ports.iter().all(Port::matched)
    }
}

/// One endpoint: a WSDL port, a SOAP binding of a document without a service, or the policy of
/// a bare policy document.
#[derive(Debug, Clone)]
pub struct Port {
    /// The port's name (the binding's when there is no service; the policy's id for a policy).
    pub name: String,
    /// The WSDL binding's name.
    pub binding: Option<String>,
    /// The endpoint address, when the port gives one.
    pub address: Option<String>,
    /// The channel binding from the SOAP transport URI; for a bare policy, the one its
    /// transport assertions imply when every alternative agrees.
    pub channel_binding: Option<ChannelBinding>,
    /// Where the port (binding, policy) is.
    pub position: Position,
    /// The alternatives of its policy in normal form, numbered from 0.
    pub alternatives: Vec<Alternative>,
    /// Why the port has no alternative to match at all (empty when it has alternatives).
    pub reasons: Vec<Reason>,
}

impl Port {
    /// True when some alternative matches.
    pub fn matched(&self) -> bool {
        self.alternatives.iter().any(Alternative::matched)
    }
}

/// What WWSAPI makes of one alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// It matches, and one of the 14 binding templates expresses it.
    Template(BindingTemplateType),
    /// It matches policy constraints (`WsMatchPolicyAlternative`), but no template expresses
    /// it; the endpoint is built from the match directly. The reasons say why no template.
    Constraints,
    /// WWSAPI cannot use it; the reasons say why.
    NoMatch,
}

/// One alternative of a port's policy.
#[derive(Debug, Clone)]
pub struct Alternative {
    /// Its index in the normal form, from 0 (as `WsMatchPolicyAlternative` counts).
    pub index: usize,
    /// Where its first assertion is.
    pub position: Option<Position>,
    /// The verdict.
    pub verdict: Verdict,
    /// The client endpoint it describes, when it matches: for a template match the expansion
    /// of [`Alternative::template`], otherwise the description built from the match.
    pub endpoint: Option<Endpoint>,
    /// The constraints that match it, when they can be built.
    pub constraints: Option<PolicyConstraints>,
    /// The template file, when a template expresses it: the template type, side `client`, the
    /// policy description under `policy` and the template value's members, credentials named
    /// from the port.
    pub template: Option<Template>,
    /// The channel properties policy and WSDL give it.
    pub channel: Option<ChannelValues>,
    /// Why it does not match (for [`Verdict::NoMatch`]), or why no template expresses it (for
    /// [`Verdict::Constraints`]).
    pub reasons: Vec<Reason>,
}

impl Alternative {
    /// True for a template or constraints match.
    pub fn matched(&self) -> bool {
        self.verdict != Verdict::NoMatch
    }

    /// The template's name, by the naming rule.
    pub fn template_name(&self) -> Option<&'static str> {
        match self.verdict {
            Verdict::Template(t) => Some(wws_security_model::CEnum::name(t)),
            _ => None,
        }
    }

    /// The file an import writes for it: the template file of a template match, the plain
    /// endpoint file of a constraints match, nothing when it does not match.
    pub fn file(&self) -> Option<EndpointFile> {
        match (&self.verdict, &self.template, &self.endpoint) {
            (Verdict::Template(_), Some(t), _) => Some(EndpointFile::Template(Box::new(t.clone()))),
            (Verdict::Constraints, _, Some(e)) => Some(EndpointFile::Endpoint(e.clone())),
            _ => None,
        }
    }
}

/// One reason: the rule or mapping gap, what was found, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// An S-, T-, M- or P- rule id, or the name of a mapping gap (docs/import.md lists them).
    pub rule: &'static str,
    /// What was found, naming the assertion.
    pub message: String,
    /// How to get a matching alternative.
    pub help: String,
    /// Where, in the document.
    pub position: Option<Position>,
    /// The byte range to underline (the start tag), in the document's text.
    pub span: Option<std::ops::Range<usize>>,
}

/// The names of the mapping gaps a reason may carry instead of a rule id.
pub mod gap {
    /// An assertion outside WWSAPI's metadata mapping.
    pub const UNKNOWN_ASSERTION: &str = "unknown-assertion";
    /// A known assertion whose content the mapping does not cover (a missing, repeated or
    /// unmapped value).
    pub const ASSERTION_CONTENT: &str = "assertion-content";
    /// A policy written in WS-Policy 1.5; WWSAPI reads 1.2.
    pub const WS_POLICY_VERSION: &str = "ws-policy-version";
    /// An assertion of WS-SecurityPolicy 1.2 or 1.3; WWSAPI maps 1.1.
    pub const WS_SECURITY_POLICY_VERSION: &str = "ws-securitypolicy-version";
    /// A policy reference that cannot be followed (unknown, external, cyclic).
    pub const POLICY_REFERENCE: &str = "policy-reference";
    /// A nested policy with several alternatives where the mapping reads one.
    pub const NESTED_ALTERNATIVES: &str = "nested-alternatives";
    /// A policy that expands past the importer's limits.
    pub const POLICY_LIMIT: &str = "policy-limit";
    /// A binding without a SOAP transport in the mapping (no SOAP binding, unknown URI).
    pub const TRANSPORT: &str = "transport";
    /// A policy on an operation or message that asks for more than the endpoint's.
    pub const MESSAGE_POLICY: &str = "message-policy";
}
