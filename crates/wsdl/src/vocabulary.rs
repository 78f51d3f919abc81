//! The assertions WWSAPI understands, where they may stand, and what each one means: the
//! metadata mapping (`concepts/metadata-mapping.md`) and the assertions of the official
//! metadata-import samples. Everything else is not understood, and an alternative holding it
//! does not match, with the assertion named and located.

use crate::channel::EncodingFamily;
use crate::normalize::{Alternative, Assertion, Broken, PolicyVersion};
use crate::ns;
use crate::report::{gap, Reason};
use crate::xml::Xml;
use roxmltree::Node;
use wws_security_model::{
    AddressingVersion, HttpHeaderAuthScheme, ProtectionLevel, SecurityAlgorithmSuiteName,
    SecurityHeaderLayout, SecurityHeaderVersion, SecurityKeyEntropyMode,
};

/// The token that secures the transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TransportToken {
    /// `sp:HttpsToken`: SSL; whether the service wants a client certificate.
    Https { client_certificate: bool },
    /// `netf:WindowsTransportSecurity`: TCP SSPI at this protection level.
    Windows { protection_level: ProtectionLevel },
}

/// A supporting token the message carries.
#[derive(Debug, Clone)]
pub(crate) enum Token<'a, 'i> {
    /// `sp:UsernameToken` in `sp:SignedSupportingTokens`.
    Username,
    /// `sp:KerberosToken` (`WssGssKerberosV5ApReqToken11`) in `sp:EndorsingSupportingTokens`.
    Kerberos,
    /// `sp:X509Token` in `sp:EndorsingSupportingTokens`.
    X509,
    /// `sp:IssuedToken` in `sp:EndorsingSupportingTokens`, with the claim types it asks for.
    Issued { claims: Vec<String> },
    /// `sp:SecureConversationToken` in `sp:EndorsingSupportingTokens`, with its bootstrap.
    SecureConversation(Box<Reading<'a, 'i>>),
}

/// What one alternative (or a bootstrap policy) says, in WWSAPI's terms.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reading<'a, 'i> {
    pub(crate) transport: Option<(TransportToken, Node<'a, 'i>)>,
    pub(crate) header_auth: Option<(HttpHeaderAuthScheme, Node<'a, 'i>)>,
    pub(crate) tokens: Vec<(Token<'a, 'i>, Node<'a, 'i>)>,
    /// `sp:IncludeTimestamp` inside `sp:TransportBinding`.
    pub(crate) include_timestamp: bool,
    pub(crate) layout: Option<SecurityHeaderLayout>,
    pub(crate) algorithm_suite: Option<SecurityAlgorithmSuiteName>,
    pub(crate) header_version: Option<SecurityHeaderVersion>,
    /// From `sp:Trust10`'s entropy assertions.
    pub(crate) entropy: Option<SecurityKeyEntropyMode>,
    pub(crate) addressing: Option<AddressingVersion>,
    pub(crate) encoding: Option<EncodingFamily>,
}

impl Reading<'_, '_> {
    /// True when a message token is present (the message-level properties then apply).
    pub(crate) fn has_message_token(&self) -> bool {
        !self.tokens.is_empty()
    }
}

/// Where an alternative is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The endpoint's policy.
    Endpoint,
    /// The `sp:BootstrapPolicy` of a secure conversation token.
    Bootstrap,
}

/// Reads alternatives, collecting reasons.
pub(crate) struct Reader<'x, 'i> {
    xml: &'x Xml<'i>,
    pub(crate) reasons: Vec<Reason>,
    policy_version_reported: bool,
    security_policy_version_reported: bool,
}

/// The name of an element as written in the document (`sp:HttpsToken`).
pub(crate) fn written_name(xml: &Xml<'_>, node: Node<'_, '_>) -> String {
    let name = &xml.text()[xml.name_range(node)];
    if name.is_empty() {
        node.tag_name().name().to_owned()
    } else {
        name.to_owned()
    }
}

impl<'x, 'i> Reader<'x, 'i> {
    pub(crate) fn new(xml: &'x Xml<'i>) -> Self {
        Reader {
            xml,
            reasons: Vec::new(),
            policy_version_reported: false,
            security_policy_version_reported: false,
        }
    }

    /// Records a reason at `node`.
    pub(crate) fn reason(
        &mut self,
        rule: &'static str,
        node: Node<'_, '_>,
        message: String,
        help: impl Into<String>,
    ) {
        self.reasons.push(Reason {
            rule,
            message,
            help: help.into(),
            position: Some(self.xml.position(node)),
            span: Some(self.xml.name_range(node)),
        });
    }

    fn name(&self, node: Node<'_, '_>) -> String {
        written_name(self.xml, node)
    }

    /// Reads one alternative.
    pub(crate) fn alternative<'a>(
        &mut self,
        alternative: &Alternative<'a, 'i>,
        scope: Scope,
    ) -> Reading<'a, 'i> {
        let mut reading = Reading::default();
        for a in alternative {
            self.top(a, scope, &mut reading);
        }
        reading
    }

    /// Reads an alternative of a policy attached to an operation or a message (`label`): WWSAPI
    /// secures every message of an endpoint alike, so only the parts to sign and encrypt, which
    /// the endpoint's security covers, may stand there.
    pub(crate) fn message_alternative(&mut self, alternative: &Alternative<'_, 'i>, label: &str) {
        for a in alternative {
            if !self.readable(a) {
                continue;
            }
            let name = a.node.tag_name();
            match (name.namespace(), name.name()) {
                (Some(ns::SP11), "SignedParts") | (Some(ns::SP11), "EncryptedParts") => {
                    self.parts(a)
                }
                _ => {
                    let message = format!(
                        "the policy of the {label} asks for `{}`; WWSAPI applies the endpoint's security to every message and maps no per-message assertion but the signed and encrypted parts",
                        self.name(a.node)
                    );
                    self.reason(
                        gap::MESSAGE_POLICY,
                        a.node,
                        message,
                        "move the requirement into the endpoint's policy (the binding's)",
                    );
                }
            }
        }
    }

    /// Checks what every assertion needs (a followed reference, WS-Policy 1.2, WS-SP 1.1);
    /// returns false when the assertion cannot be read further.
    fn readable(&mut self, a: &Assertion<'_, 'i>) -> bool {
        if let Some(broken) = &a.broken {
            let (message, help) = match broken {
                Broken::Unknown(uri) => (
                    format!("policy reference `{uri}` names no policy of this document"),
                    "give the referenced policy that `wsu:Id`, or fix the URI",
                ),
                Broken::External(uri) => (
                    format!("policy reference `{uri}` points outside this document"),
                    "put the policy into this document; the importer reads one file",
                ),
                Broken::Cycle(uri) => (
                    format!("policy reference `{uri}` leads back to a policy that contains it"),
                    "break the cycle of references",
                ),
                Broken::TooDeep => (
                    "policy references nest too deep".to_owned(),
                    "write the referenced policies inline",
                ),
                Broken::NoUri => (
                    "policy reference without a `URI`".to_owned(),
                    "add the `URI` of the policy it stands for",
                ),
            };
            self.reason(gap::POLICY_REFERENCE, a.node, message, help);
            return false;
        }
        if a.version == PolicyVersion::V1_5 && !self.policy_version_reported {
            self.policy_version_reported = true;
            let message = format!(
                "`{}` is in a WS-Policy 1.5 policy (`{}`); WWSAPI reads WS-Policy 1.2 (`{}`)",
                self.name(a.node),
                ns::WSP15,
                ns::WSP12
            );
            self.reason(
                gap::WS_POLICY_VERSION,
                a.node,
                message,
                "publish the policy with WS-Policy 1.2 operators",
            );
        }
        if matches!(
            a.node.tag_name().namespace(),
            Some(ns::SP12) | Some(ns::SP13)
        ) {
            if !self.security_policy_version_reported {
                self.security_policy_version_reported = true;
                let message = format!(
                    "`{}` is WS-SecurityPolicy {} (`{}`); WWSAPI maps only WS-SecurityPolicy 1.1 (`{}`)",
                    self.name(a.node),
                    if a.node.tag_name().namespace() == Some(ns::SP12) { "1.2" } else { "1.3" },
                    a.node.tag_name().namespace().unwrap_or_default(),
                    ns::SP11
                );
                self.reason(
                    gap::WS_SECURITY_POLICY_VERSION,
                    a.node,
                    message,
                    "publish the policy with WS-SecurityPolicy 1.1 (WCF: the default security policy version)",
                );
            }
            return false;
        }
        true
    }

    fn unknown(&mut self, a: &Assertion<'_, 'i>, context: &str) {
        let namespace = a.node.tag_name().namespace().unwrap_or("no namespace");
        let message = format!(
            "`{}` ({namespace}) {context} is not an assertion WWSAPI's metadata mapping understands",
            self.name(a.node)
        );
        self.reason(
            gap::UNKNOWN_ASSERTION,
            a.node,
            message,
            "only an alternative made of mapped assertions can match; offer one without this assertion",
        );
    }

    fn content(&mut self, node: Node<'_, '_>, message: String, help: &str) {
        self.reason(gap::ASSERTION_CONTENT, node, message, help);
    }

    /// Reads `a`'s nested policy with `read`. A nested policy with several alternatives is
    /// satisfied by any one of them (WS-Policy): the first that reads without a reason is taken,
    /// and when none does, the reasons of the first are kept. `None` when no alternative reads
    /// (its reasons recorded); a missing nested policy reads as one empty alternative unless
    /// `required`.
    fn choose<'a, T>(
        &mut self,
        a: &Assertion<'a, 'i>,
        required: bool,
        mut read: impl FnMut(&mut Self, &Alternative<'a, 'i>) -> T,
    ) -> Option<T> {
        let Some(nested) = &a.nested else {
            if required {
                let message = format!("`{}` has no nested policy", self.name(a.node));
                self.content(
                    a.node,
                    message,
                    "write its nested `wsp:Policy` as the mapping shows",
                );
                return None;
            }
            let saved = std::mem::take(&mut self.reasons);
            // An absent nested policy has the one empty alternative.
            let empty: Alternative<'a, 'i> = Vec::new();
            let out = read(self, &empty);
            let failed = !self.reasons.is_empty();
            let reasons = std::mem::replace(&mut self.reasons, saved);
            self.reasons.extend(reasons);
            return (!failed).then_some(out);
        };
        if nested.alternatives.is_empty() {
            let message = format!(
                "the nested policy of `{}` admits no alternative",
                self.name(a.node)
            );
            self.reason(
                gap::NESTED_ALTERNATIVES,
                a.node,
                message,
                "give the nested policy an alternative",
            );
            return None;
        }
        let saved = std::mem::take(&mut self.reasons);
        let mut first_failure: Option<Vec<Reason>> = None;
        for alternative in &nested.alternatives {
            let out = read(self, alternative);
            let reasons = std::mem::take(&mut self.reasons);
            if reasons.is_empty() {
                self.reasons = saved;
                return Some(out);
            }
            first_failure.get_or_insert(reasons);
        }
        self.reasons = saved;
        self.reasons.extend(first_failure.unwrap_or_default());
        None
    }

    /// An assertion that takes no parameters and no nested assertions.
    fn leaf(&mut self, a: &Assertion<'_, 'i>) -> bool {
        let parameters = self.no_parameters(a, &[]);
        let nested_empty = a
            .nested
            .as_ref()
            .is_none_or(|n| n.alternatives.iter().any(Vec::is_empty));
        if !nested_empty {
            let message = format!(
                "`{}` has a nested policy the mapping does not describe",
                self.name(a.node)
            );
            self.content(a.node, message, "leave its nested policy empty");
        }
        parameters && nested_empty
    }

    /// Reports element children other than the nested policy and the `allowed` parameters.
    fn no_parameters(&mut self, a: &Assertion<'_, 'i>, allowed: &[(&str, &str)]) -> bool {
        let mut ok = true;
        for child in a.node.children().filter(Node::is_element) {
            let name = child.tag_name();
            if crate::normalize::is_operator(child, "Policy") {
                continue;
            }
            let known = allowed
                .iter()
                .any(|(n, l)| name.namespace() == Some(*n) && name.name() == *l);
            if !known {
                let message = format!(
                    "`{}` holds `{}`, which the mapping does not describe",
                    self.name(a.node),
                    self.name(child)
                );
                self.content(
                    child,
                    message,
                    "remove the element, or offer an alternative without it",
                );
                ok = false;
            }
        }
        ok
    }

    /// One top-level assertion of an alternative.
    fn top<'a>(&mut self, a: &Assertion<'a, 'i>, scope: Scope, reading: &mut Reading<'a, 'i>) {
        if !self.readable(a) {
            return;
        }
        let name = a.node.tag_name();
        match (name.namespace(), name.name()) {
            (Some(ns::SP11), "TransportBinding") => {
                if reading.transport.is_some() {
                    let message =
                        format!("`{}` appears twice in one alternative", self.name(a.node));
                    self.content(
                        a.node,
                        message,
                        "keep one transport binding per alternative",
                    );
                    return;
                }
                self.no_parameters(a, &[]);
                if let Some(values) = self.choose(a, true, |r, alt| r.transport_binding(a, alt)) {
                    let Some(token) = values.token else { return };
                    reading.transport = Some((token, a.node));
                    reading.algorithm_suite = values.algorithm_suite;
                    reading.layout = values.layout;
                    reading.include_timestamp = values.include_timestamp;
                }
            }
            (Some(ns::SP11), "SignedSupportingTokens") => {
                self.no_parameters(a, &[]);
                if let Some(tokens) = self.choose(a, true, |r, alt| r.signed_supporting(alt)) {
                    reading.tokens.extend(tokens);
                }
            }
            (Some(ns::SP11), "EndorsingSupportingTokens") => {
                self.no_parameters(a, &[]);
                if let Some(tokens) = self.choose(a, true, |r, alt| r.endorsing_supporting(alt)) {
                    reading.tokens.extend(tokens);
                }
            }
            (Some(ns::SP11), "Wss10") => self.wss(a, SecurityHeaderVersion::V1_0, reading),
            (Some(ns::SP11), "Wss11") => self.wss(a, SecurityHeaderVersion::V1_1, reading),
            (Some(ns::SP11), "Trust10") => {
                if let Some(entropy) = self.trust(a) {
                    reading.entropy = entropy;
                }
            }
            (Some(ns::SP11), "SignedParts") | (Some(ns::SP11), "EncryptedParts") => {
                self.parts(a);
            }
            (Some(ns::WSA09P), "UsingAddressing") => {
                self.set_once(
                    a,
                    &mut reading.addressing,
                    AddressingVersion::V0_9,
                    "addressing",
                );
            }
            (Some(ns::WSA10P), "UsingAddressing") => {
                self.set_once(
                    a,
                    &mut reading.addressing,
                    AddressingVersion::V1_0,
                    "addressing",
                );
            }
            (Some(ns::BINP), "BinaryEncoding") => {
                self.set_once(a, &mut reading.encoding, EncodingFamily::Binary, "encoding");
            }
            (Some(ns::MTOMP), "OptimizedMimeSerialization") => {
                self.set_once(a, &mut reading.encoding, EncodingFamily::Mtom, "encoding");
            }
            (Some(ns::HTTPP), local) if scope == Scope::Endpoint => {
                let scheme = match local {
                    "BasicAuthentication" => HttpHeaderAuthScheme::Basic,
                    "NegotiateAuthentication" => HttpHeaderAuthScheme::Negotiate,
                    "NtlmAuthentication" => HttpHeaderAuthScheme::Ntlm,
                    "DigestAuthentication" => HttpHeaderAuthScheme::Digest,
                    _ => return self.unknown(a, "in an endpoint policy"),
                };
                if !self.leaf(a) {
                    return;
                }
                if let Some((_, first)) = reading.header_auth {
                    let message = format!(
                        "`{}` is a second HTTP authentication assertion (the first is at line {})",
                        self.name(a.node),
                        self.xml.position(first).line
                    );
                    self.content(a.node, message, "offer each scheme in its own alternative");
                    return;
                }
                reading.header_auth = Some((scheme, a.node));
            }
            _ => {
                let context = match scope {
                    Scope::Endpoint => "in an endpoint policy",
                    Scope::Bootstrap => "in a bootstrap policy",
                };
                self.unknown(a, context);
            }
        }
    }

    /// Sets a value an alternative may give once (addressing, encoding).
    fn set_once<T: Copy>(
        &mut self,
        a: &Assertion<'_, 'i>,
        slot: &mut Option<T>,
        value: T,
        what: &str,
    ) {
        if !self.leaf(a) {
            return;
        }
        if slot.is_some() {
            let message = format!("`{}` gives the {what} a second time", self.name(a.node));
            self.content(a.node, message, "keep one assertion per alternative");
            return;
        }
        *slot = Some(value);
    }

    /// `sp:SignedParts` / `sp:EncryptedParts`: the parts WWSAPI protects anyway; only
    /// `sp:Body` and `sp:Header` are described.
    fn parts(&mut self, a: &Assertion<'_, 'i>) {
        self.no_parameters(a, &[(ns::SP11, "Body"), (ns::SP11, "Header")]);
    }

    /// The nested policy of `sp:TransportBinding`.
    fn transport_binding(
        &mut self,
        a: &Assertion<'_, 'i>,
        inner: &Alternative<'_, 'i>,
    ) -> TransportValues {
        let mut values = TransportValues::default();
        let (mut token_seen, mut suite_seen, mut layout_seen) = (false, false, false);
        for b in inner {
            if !self.readable(b) {
                continue;
            }
            let name = b.node.tag_name();
            match (name.namespace(), name.name()) {
                (Some(ns::SP11), "TransportToken") if !token_seen => {
                    token_seen = true;
                    self.no_parameters(b, &[]);
                    values.token = self
                        .choose(b, true, |r, alt| r.transport_token(b, alt))
                        .flatten();
                }
                (Some(ns::SP11), "AlgorithmSuite") if !suite_seen => {
                    suite_seen = true;
                    self.no_parameters(b, &[]);
                    values.algorithm_suite = self
                        .choose(b, true, |r, alt| r.algorithm_suite(b, alt))
                        .flatten();
                }
                (Some(ns::SP11), "Layout") if !layout_seen => {
                    layout_seen = true;
                    self.no_parameters(b, &[]);
                    values.layout = self.choose(b, true, |r, alt| r.layout(b, alt)).flatten();
                }
                (Some(ns::SP11), "IncludeTimestamp") if !values.include_timestamp => {
                    values.include_timestamp = self.leaf(b);
                }
                (
                    Some(ns::SP11),
                    "TransportToken" | "AlgorithmSuite" | "Layout" | "IncludeTimestamp",
                ) => {
                    let message = format!(
                        "`{}` appears twice in `{}`",
                        self.name(b.node),
                        self.name(a.node)
                    );
                    self.content(b.node, message, "keep one");
                }
                _ => self.unknown(b, "in `sp:TransportBinding`"),
            }
        }
        if !token_seen {
            let message = format!("`{}` names no `sp:TransportToken`", self.name(a.node));
            self.content(a.node, message, "name `sp:HttpsToken` or `netf:WindowsTransportSecurity` in its `sp:TransportToken`");
        }
        values
    }

    /// The nested policy of `sp:TransportToken`: exactly one token.
    fn transport_token(
        &mut self,
        a: &Assertion<'_, 'i>,
        inner: &Alternative<'_, 'i>,
    ) -> Option<TransportToken> {
        let mut found: Option<TransportToken> = None;
        for b in inner {
            if !self.readable(b) {
                continue;
            }
            let name = b.node.tag_name();
            let token = match (name.namespace(), name.name()) {
                (Some(ns::SP11), "HttpsToken") => self.https_token(b),
                (Some(ns::NETF), "WindowsTransportSecurity") => self.windows_transport(b),
                _ => {
                    self.unknown(b, "in `sp:TransportToken`");
                    continue;
                }
            };
            match (token, found) {
                (Some(t), None) => found = Some(t),
                (Some(_), Some(_)) => {
                    let message = format!("`{}` is a second transport token", self.name(b.node));
                    self.content(b.node, message, "name one transport token");
                }
                (None, _) => {}
            }
        }
        if found.is_none() && self.reasons.is_empty() {
            let message = format!("`{}` names no token", self.name(a.node));
            self.content(
                a.node,
                message,
                "name `sp:HttpsToken` (SSL) or `netf:WindowsTransportSecurity` (TCP SSPI)",
            );
        }
        found
    }

    fn https_token(&mut self, a: &Assertion<'_, 'i>) -> Option<TransportToken> {
        if !self.leaf(a) {
            return None;
        }
        let client_certificate = match a.node.attribute("RequireClientCertificate").map(str::trim) {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(other) => {
                let message = format!(
                    "`{}` has `RequireClientCertificate=\"{other}\"`, which is not a boolean",
                    self.name(a.node)
                );
                self.content(a.node, message, "write `true` or `false`");
                return None;
            }
        };
        Some(TransportToken::Https { client_certificate })
    }

    /// `netf:WindowsTransportSecurity`: the protection level is its text, or the text of a
    /// `netf:ProtectionLevel` child (the form WCF writes).
    fn windows_transport(&mut self, a: &Assertion<'_, 'i>) -> Option<TransportToken> {
        let mut ok = self.no_parameters(a, &[(ns::NETF, "ProtectionLevel")]);
        if a.nested
            .as_ref()
            .is_some_and(|n| n.alternatives.iter().all(|x| !x.is_empty()))
        {
            let message = format!(
                "`{}` has a nested policy the mapping does not describe",
                self.name(a.node)
            );
            self.content(a.node, message, "leave its nested policy empty");
            ok = false;
        }
        let own: String = a
            .node
            .children()
            .filter(|c| c.is_text())
            .filter_map(|c| c.text())
            .collect();
        let child = a
            .node
            .children()
            .find(|c| {
                c.is_element()
                    && c.tag_name().namespace() == Some(ns::NETF)
                    && c.tag_name().name() == "ProtectionLevel"
            })
            .and_then(|c| c.text())
            .unwrap_or_default();
        let text = match (own.trim(), child.trim()) {
            ("", "") => {
                let message = format!("`{}` gives no protection level", self.name(a.node));
                self.content(a.node, message, "write `None`, `Sign` or `EncryptAndSign` as its text or in `netf:ProtectionLevel`");
                return None;
            }
            (own, "") => own.to_owned(),
            ("", child) => child.to_owned(),
            (own, child) if own == child => own.to_owned(),
            (own, child) => {
                let message = format!(
                    "`{}` gives two protection levels, `{own}` and `{child}`",
                    self.name(a.node)
                );
                self.content(a.node, message, "give one");
                return None;
            }
        };
        let protection_level = match text.as_str() {
            "None" => ProtectionLevel::None,
            "Sign" => ProtectionLevel::Sign,
            "EncryptAndSign" => ProtectionLevel::SignAndEncrypt,
            other => {
                let message = format!(
                    "`{}` gives protection level `{other}`, which the mapping does not name",
                    self.name(a.node)
                );
                self.content(a.node, message, "write `None`, `Sign` or `EncryptAndSign`");
                return None;
            }
        };
        ok.then_some(TransportToken::Windows { protection_level })
    }

    /// The nested policy of `sp:AlgorithmSuite`: exactly one suite.
    fn algorithm_suite(
        &mut self,
        a: &Assertion<'_, 'i>,
        inner: &Alternative<'_, 'i>,
    ) -> Option<SecurityAlgorithmSuiteName> {
        use SecurityAlgorithmSuiteName as S;
        let mut found = None;
        for b in inner {
            if !self.readable(b) {
                return None;
            }
            let name = b.node.tag_name();
            let suite = match (name.namespace(), name.name()) {
                (Some(ns::SP11), local) => match local {
                    "Basic256" => S::Basic256,
                    "Basic192" => S::Basic192,
                    "Basic128" => S::Basic128,
                    "Basic256Rsa15" => S::Basic256Rsa15,
                    "Basic192Rsa15" => S::Basic192Rsa15,
                    "Basic128Rsa15" => S::Basic128Rsa15,
                    "Basic256Sha256" => S::Basic256Sha256,
                    "Basic192Sha256" => S::Basic192Sha256,
                    "Basic128Sha256" => S::Basic128Sha256,
                    "Basic256Sha256Rsa15" => S::Basic256Sha256Rsa15,
                    "Basic192Sha256Rsa15" => S::Basic192Sha256Rsa15,
                    "Basic128Sha256Rsa15" => S::Basic128Sha256Rsa15,
                    "TripleDes" | "TripleDesRsa15" | "TripleDesSha256" | "TripleDesSha256Rsa15" => {
                        let message = format!(
                            "`{}` has no `WS_SECURITY_ALGORITHM_SUITE_NAME`",
                            self.name(b.node)
                        );
                        self.content(b.node, message, "offer one of the Basic suites");
                        return None;
                    }
                    _ => {
                        self.unknown(b, "in `sp:AlgorithmSuite`");
                        return None;
                    }
                },
                _ => {
                    self.unknown(b, "in `sp:AlgorithmSuite`");
                    return None;
                }
            };
            if found.is_some() {
                let message = format!("`{}` is a second algorithm suite", self.name(b.node));
                self.content(b.node, message, "name one suite");
                return None;
            }
            if !self.leaf(b) {
                return None;
            }
            found = Some(suite);
        }
        if found.is_none() {
            let message = format!("`{}` names no suite", self.name(a.node));
            self.content(a.node, message, "name a suite such as `sp:Basic256`");
        }
        found
    }

    /// The nested policy of `sp:Layout`: exactly one layout.
    fn layout(
        &mut self,
        a: &Assertion<'_, 'i>,
        inner: &Alternative<'_, 'i>,
    ) -> Option<SecurityHeaderLayout> {
        let mut found = None;
        for b in inner {
            if !self.readable(b) {
                return None;
            }
            let name = b.node.tag_name();
            let layout = match (name.namespace(), name.name()) {
                (Some(ns::SP11), "Strict") => SecurityHeaderLayout::Strict,
                (Some(ns::SP11), "Lax") => SecurityHeaderLayout::Lax,
                (Some(ns::SP11), "LaxTsFirst") => SecurityHeaderLayout::LaxWithTimestampFirst,
                (Some(ns::SP11), "LaxTsLast") => SecurityHeaderLayout::LaxWithTimestampLast,
                _ => {
                    self.unknown(b, "in `sp:Layout`");
                    return None;
                }
            };
            if found.is_some() {
                let message = format!("`{}` names a second layout", self.name(a.node));
                self.content(b.node, message, "name one layout");
                return None;
            }
            if !self.leaf(b) {
                return None;
            }
            found = Some(layout);
        }
        if found.is_none() {
            let message = format!("`{}` names no layout", self.name(a.node));
            self.content(
                a.node,
                message,
                "name `sp:Strict`, `sp:Lax`, `sp:LaxTsFirst` or `sp:LaxTsLast`",
            );
        }
        found
    }

    /// The nested policy of `sp:SignedSupportingTokens`: username tokens (and parts).
    fn signed_supporting<'a>(
        &mut self,
        inner: &Alternative<'a, 'i>,
    ) -> Vec<(Token<'a, 'i>, Node<'a, 'i>)> {
        let mut tokens = Vec::new();
        for b in inner {
            if !self.readable(b) {
                continue;
            }
            let name = b.node.tag_name();
            match (name.namespace(), name.name()) {
                (Some(ns::SP11), "UsernameToken") => {
                    if self.token_policy(b, &["WssUsernameToken10"], None) {
                        tokens.push((Token::Username, b.node));
                    }
                }
                (Some(ns::SP11), "SignedParts") | (Some(ns::SP11), "EncryptedParts") => {
                    self.parts(b)
                }
                _ => self.unknown(b, "in `sp:SignedSupportingTokens`"),
            }
        }
        tokens
    }

    /// The nested policy of `sp:EndorsingSupportingTokens`.
    fn endorsing_supporting<'a>(
        &mut self,
        inner: &Alternative<'a, 'i>,
    ) -> Vec<(Token<'a, 'i>, Node<'a, 'i>)> {
        let mut tokens = Vec::new();
        for b in inner {
            if !self.readable(b) {
                continue;
            }
            let name = b.node.tag_name();
            let token = match (name.namespace(), name.name()) {
                (Some(ns::SP11), "KerberosToken") => self
                    .token_policy(
                        b,
                        &["WssGssKerberosV5ApReqToken11"],
                        Some("WssGssKerberosV5ApReqToken11"),
                    )
                    .then_some(Token::Kerberos),
                (Some(ns::SP11), "X509Token") => self
                    .token_policy(b, &["RequireThumbprintReference", "WssX509V3Token10"], None)
                    .then_some(Token::X509),
                (Some(ns::SP11), "IssuedToken") => self.issued_token(b),
                (Some(ns::SP11), "SecureConversationToken") => self.secure_conversation(b),
                (Some(ns::SP11), "SignedParts") => {
                    self.parts(b);
                    None
                }
                _ => {
                    self.unknown(b, "in `sp:EndorsingSupportingTokens`");
                    None
                }
            };
            if let Some(token) = token {
                tokens.push((token, b.node));
            }
        }
        tokens
    }

    /// A token (or `sp:Wss1x`, `sp:Trust10`) whose nested assertions are leaves among
    /// `allowed`, with `required` among them; it takes no parameters.
    fn token_policy(
        &mut self,
        a: &Assertion<'_, 'i>,
        allowed: &[&str],
        required: Option<&str>,
    ) -> bool {
        let parameters = self.no_parameters(a, &[]);
        self.nested_leaves(a, allowed, required) && parameters
    }

    /// The nested assertions of `a`, each a leaf among `allowed`, `required` among them.
    fn nested_leaves(
        &mut self,
        a: &Assertion<'_, 'i>,
        allowed: &[&str],
        required: Option<&str>,
    ) -> bool {
        self.choose(a, false, |r, inner| {
            let mut seen_required = required.is_none();
            for b in inner {
                if !r.readable(b) {
                    continue;
                }
                let name = b.node.tag_name();
                if name.namespace() == Some(ns::SP11) && allowed.contains(&name.name()) {
                    r.leaf(b);
                    seen_required |= Some(name.name()) == required;
                } else {
                    let context = format!("in `{}`", r.name(a.node));
                    r.unknown(b, &context);
                }
            }
            if !seen_required {
                let required = required.unwrap_or_default();
                let message = format!("`{}` does not name `sp:{required}`", r.name(a.node));
                let help =
                    format!("name `sp:{required}` in its nested policy, the form WWSAPI maps");
                r.content(a.node, message, &help);
            }
        })
        .is_some()
    }

    fn issued_token<'a>(&mut self, a: &Assertion<'a, 'i>) -> Option<Token<'a, 'i>> {
        let parameters = self.no_parameters(
            a,
            &[
                (ns::SP11, "Issuer"),
                (ns::SP11, "RequestSecurityTokenTemplate"),
            ],
        );
        let nested = self.nested_leaves(
            a,
            &[
                "RequireDerivedKeys",
                "RequireExternalReference",
                "RequireInternalReference",
            ],
            None,
        );
        let claims = a
            .node
            .children()
            .filter(|c| c.is_element() && c.tag_name().name() == "RequestSecurityTokenTemplate")
            .flat_map(|t| t.descendants())
            .filter(|c| c.is_element() && c.tag_name().name() == "ClaimType")
            .filter_map(|c| c.attribute("Uri"))
            .map(str::to_owned)
            .collect();
        (parameters && nested).then_some(Token::Issued { claims })
    }

    fn secure_conversation<'a>(&mut self, a: &Assertion<'a, 'i>) -> Option<Token<'a, 'i>> {
        let parameters = self.no_parameters(a, &[(ns::SP11, "Issuer")]);
        let bootstrap = self.choose(a, true, |r, inner| {
            let mut bootstrap = None;
            for b in inner {
                if !r.readable(b) {
                    continue;
                }
                let name = b.node.tag_name();
                match (name.namespace(), name.name()) {
                    (
                        Some(ns::SP11),
                        "RequireDerivedKeys"
                        | "RequireExternalUriReference"
                        | "SC10SecurityContextToken",
                    ) => {
                        r.leaf(b);
                    }
                    (Some(ns::SP11), "BootstrapPolicy") if bootstrap.is_none() => {
                        r.no_parameters(b, &[]);
                        bootstrap = r.choose(b, true, |r, alternative| {
                            r.alternative(alternative, Scope::Bootstrap)
                        });
                        if bootstrap.is_none() {
                            // Its reasons are recorded; mark the bootstrap as seen.
                            bootstrap = Some(Reading::default());
                        }
                    }
                    _ => r.unknown(b, "in `sp:SecureConversationToken`"),
                }
            }
            if bootstrap.is_none() {
                let message = format!("`{}` has no `sp:BootstrapPolicy`", r.name(a.node));
                r.content(
                    a.node,
                    message,
                    "state the bootstrap channel's security in `sp:BootstrapPolicy`",
                );
            }
            bootstrap
        });
        match (parameters, bootstrap.flatten()) {
            (true, Some(bootstrap)) => Some(Token::SecureConversation(Box::new(bootstrap))),
            _ => None,
        }
    }

    fn wss<'a>(
        &mut self,
        a: &Assertion<'a, 'i>,
        version: SecurityHeaderVersion,
        reading: &mut Reading<'a, 'i>,
    ) {
        if reading.header_version.is_some() {
            let message = format!(
                "`{}` gives the header version a second time",
                self.name(a.node)
            );
            self.content(a.node, message, "keep one of `sp:Wss10` and `sp:Wss11`");
            return;
        }
        let allowed: &[&str] = match version {
            SecurityHeaderVersion::V1_0 => {
                &["MustSupportRefKeyIdentifier", "MustSupportRefIssuerSerial"]
            }
            SecurityHeaderVersion::V1_1 => &[
                "MustSupportRefKeyIdentifier",
                "MustSupportRefIssuerSerial",
                "MustSupportRefThumbprint",
                "MustSupportRefEncryptedKey",
            ],
        };
        if self.token_policy(a, allowed, None) {
            reading.header_version = Some(version);
        }
    }

    /// `sp:Trust10`: the entropy its nested assertions ask for (`Some(None)`: none asked).
    fn trust(&mut self, a: &Assertion<'_, 'i>) -> Option<Option<SecurityKeyEntropyMode>> {
        let parameters = self.no_parameters(a, &[]);
        let allowed = [
            "MustSupportClientChallenge",
            "MustSupportServerChallenge",
            "RequireClientEntropy",
            "RequireServerEntropy",
            "MustSupportIssuedTokens",
        ];
        let entropy = self.choose(a, false, |r, inner| {
            for b in inner {
                if !r.readable(b) {
                    continue;
                }
                let name = b.node.tag_name();
                if name.namespace() == Some(ns::SP11) && allowed.contains(&name.name()) {
                    r.leaf(b);
                } else {
                    r.unknown(b, "in `sp:Trust10`");
                }
            }
            let has = |local: &str| inner.iter().any(|b| b.node.tag_name().name() == local);
            match (has("RequireClientEntropy"), has("RequireServerEntropy")) {
                (true, true) => Some(SecurityKeyEntropyMode::Combined),
                (true, false) => Some(SecurityKeyEntropyMode::ClientOnly),
                (false, true) => Some(SecurityKeyEntropyMode::ServerOnly),
                (false, false) => None,
            }
        });
        entropy.filter(|_| parameters)
    }
}

/// What `sp:TransportBinding`'s nested policy says.
#[derive(Debug, Default)]
struct TransportValues {
    token: Option<TransportToken>,
    algorithm_suite: Option<SecurityAlgorithmSuiteName>,
    layout: Option<SecurityHeaderLayout>,
    include_timestamp: bool,
}
