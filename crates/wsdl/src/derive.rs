//! From what an alternative says to what WWSAPI does with it: the policy constraints that match
//! it (table 3.2 of the constraint model), the binding template that expresses it, and the
//! client endpoint it describes (one security binding per binding constraint, S-093), with
//! credentials left to the program as slots and environment variables named from the port.

use crate::channel::{ChannelValues, EncodingFamily};
use crate::vocabulary::{Reading, Token, TransportToken};
use wws_security_model::constraint::{
    BindingConstraint, IssuedTokenBindingConstraint, MessageBindingConstraint, PolicyConstraints,
    PropertyConstraint, SecurityBindingConstraint, SecurityConstraints,
    SecurityContextBindingConstraint,
};
use wws_security_model::*;

/// The usage of every message binding a policy can describe.
pub(crate) const SUPPORTING: Option<MessageSecurityUsage> = Some(MessageSecurityUsage::Supporting);

/// The constraints that match `reading` on `channel_binding`; `None` security constraints for a
/// reading without security (S-057).
pub(crate) fn constraints(
    reading: &Reading<'_, '_>,
    channel_binding: ChannelBinding,
) -> PolicyConstraints {
    let set = security_constraints(reading);
    let empty =
        set.security_binding_constraints.is_empty() && set.security_property_constraints.is_empty();
    PolicyConstraints {
        channel_binding,
        security_constraints: (!empty).then_some(set),
    }
}

fn property(
    id: SecurityPropertyId,
    value: ChannelProperty,
) -> wws_security_model::constraint::SecurityPropertyConstraint {
    PropertyConstraint::new(id, vec![value]).expect("the value is of the property it constrains")
}

fn binding_property(
    id: SecurityBindingPropertyId,
    value: BindingProperty,
) -> wws_security_model::constraint::SecurityBindingPropertyConstraint {
    PropertyConstraint::new(id, vec![value]).expect("the value is of the property it constrains")
}

/// The constraint set of one reading. A security context takes the `sp:Trust10` entropy of the
/// policy that holds it; the bootstrap's own `sp:Trust10` concerns the bootstrap exchange.
fn security_constraints(reading: &Reading<'_, '_>) -> SecurityConstraints {
    use SecurityPropertyId as Id;
    let mut bindings = Vec::new();
    let mut properties = Vec::new();
    match reading.transport.map(|(t, _)| t) {
        Some(TransportToken::Https { .. }) => {
            bindings.push(SecurityBindingConstraint::SslTransport(
                BindingConstraint::default(),
            ));
        }
        Some(TransportToken::Windows { .. }) => {
            bindings.push(SecurityBindingConstraint::TcpSspiTransport(
                BindingConstraint::default(),
            ));
        }
        None => {}
    }
    if let Some((scheme, _)) = reading.header_auth {
        bindings.push(SecurityBindingConstraint::HttpHeaderAuth(
            BindingConstraint {
                property_constraints: vec![binding_property(
                    SecurityBindingPropertyId::HttpHeaderAuthScheme,
                    BindingProperty::HttpHeaderAuthScheme(HttpHeaderAuthSchemes::from([scheme])),
                )],
            },
        ));
    }
    if let Some(level) = protection_level(reading) {
        properties.push(property(
            Id::TransportProtectionLevel,
            ChannelProperty::TransportProtectionLevel(level),
        ));
    }
    for (token, _) in &reading.tokens {
        let message = || MessageBindingConstraint {
            property_constraints: Vec::new(),
            binding_usage: SUPPORTING,
        };
        bindings.push(match token {
            Token::Username => SecurityBindingConstraint::UsernameMessage(message()),
            Token::Kerberos => SecurityBindingConstraint::KerberosApreqMessage(message()),
            Token::X509 => SecurityBindingConstraint::CertMessage(message()),
            Token::Issued { claims } => {
                SecurityBindingConstraint::IssuedTokenMessage(IssuedTokenBindingConstraint {
                    property_constraints: Vec::new(),
                    binding_usage: SUPPORTING,
                    claim_constraints: claims.clone(),
                    request_security_token_property_constraints: Vec::new(),
                })
            }
            Token::SecureConversation(bootstrap) => {
                SecurityBindingConstraint::SecurityContextMessage(
                    SecurityContextBindingConstraint {
                        property_constraints: context_properties(reading)
                            .into_iter()
                            .map(|p| binding_property(p.id(), p))
                            .collect(),
                        binding_usage: SUPPORTING,
                        bootstrap_security_constraint: Some(Box::new(security_constraints(
                            bootstrap,
                        ))),
                    },
                )
            }
        });
    }
    properties.extend(
        message_properties(reading)
            .into_iter()
            .map(|p| property(p.id(), p)),
    );
    SecurityConstraints {
        security_property_constraints: properties,
        security_binding_constraints: bindings,
    }
}

/// The protection level policy gives: `sign_and_encrypt` with SSL, the assertion's with TCP
/// SSPI, `none` for header authentication alone (metadata mapping, transport security).
fn protection_level(reading: &Reading<'_, '_>) -> Option<ProtectionLevel> {
    match (reading.transport.map(|(t, _)| t), reading.header_auth) {
        (Some(TransportToken::Https { .. }), _) => Some(ProtectionLevel::SignAndEncrypt),
        (Some(TransportToken::Windows { protection_level }), _) => Some(protection_level),
        (None, Some(_)) => Some(ProtectionLevel::None),
        (None, None) => None,
    }
}

/// The four message-level properties, when a message token is present: the timestamp (always
/// given: present or not), and layout, header version and suite when the policy names them.
fn message_properties(reading: &Reading<'_, '_>) -> Vec<ChannelProperty> {
    if !reading.has_message_token() {
        return Vec::new();
    }
    let mut out = vec![ChannelProperty::TimestampUsage(
        if reading.include_timestamp {
            SecurityTimestampUsage::Always
        } else {
            SecurityTimestampUsage::Never
        },
    )];
    out.extend(reading.layout.map(ChannelProperty::SecurityHeaderLayout));
    out.extend(
        reading
            .header_version
            .map(ChannelProperty::SecurityHeaderVersion),
    );
    out.extend(
        reading
            .algorithm_suite
            .map(ChannelProperty::AlgorithmSuiteName),
    );
    out
}

/// The properties of a security context binding: the version policy can express
/// (`sp:SecureConversationToken` of WS-SecurityPolicy 1.1 is WS-SecureConversation February
/// 2005, with or without `sp:SC10SecurityContextToken`) and the `sp:Trust10` entropy.
pub(crate) fn context_properties(reading: &Reading<'_, '_>) -> Vec<BindingProperty> {
    let mut out = vec![BindingProperty::SecureConversationVersion(
        SecureConversationVersion::February2005,
    )];
    out.extend(
        reading
            .entropy
            .map(BindingProperty::SecurityContextKeyEntropyMode),
    );
    out
}

/// Why no template expresses an alternative, and the assertion that makes it so.
pub(crate) struct NoTemplate<'a, 'i> {
    pub(crate) rule: &'static str,
    pub(crate) message: String,
    pub(crate) help: &'static str,
    pub(crate) at: Option<roxmltree::Node<'a, 'i>>,
}

fn no_template<'a, 'i>(
    rule: &'static str,
    message: impl Into<String>,
    help: &'static str,
) -> NoTemplate<'a, 'i> {
    NoTemplate {
        rule,
        message: message.into(),
        help,
        at: None,
    }
}

impl<'a, 'i> NoTemplate<'a, 'i> {
    fn at(mut self, node: Option<roxmltree::Node<'a, 'i>>) -> Self {
        self.at = node;
        self
    }
}

/// The template whose bindings are exactly the reading's (templates.md §1.2).
pub(crate) fn template<'a, 'i>(
    reading: &Reading<'a, 'i>,
    channel_binding: ChannelBinding,
) -> Result<BindingTemplateType, NoTemplate<'a, 'i>> {
    use BindingTemplateType as B;
    let transport = reading.transport.map(|(t, _)| t);
    let tokens: Vec<&Token<'_, '_>> = reading.tokens.iter().map(|(t, _)| t).collect();
    let token_node = |i: usize| reading.tokens.get(i).map(|(_, n)| *n);
    let help = "build the description from the match instead (the plain endpoint file written here), as the metadata-import samples do";
    if tokens.len() > 1 {
        return Err(no_template(
            "S-010",
            format!(
                "the alternative carries {} message tokens; every template has at most one",
                tokens.len()
            ),
            help,
        )
        .at(token_node(1)));
    }
    if reading.header_auth.is_some() && !tokens.is_empty() {
        return Err(no_template(
            "S-010",
            "no template pairs HTTP header authentication with a message token",
            help,
        )
        .at(token_node(0)));
    }
    let message = match tokens.first() {
        None => None,
        Some(Token::Username) => Some(Message::Username),
        Some(Token::Kerberos) => Some(Message::Kerberos),
        Some(Token::X509) | Some(Token::Issued { .. }) => {
            return Err(no_template(
                "S-072",
                "an X.509 or issued token is sent with an XML token binding, which no template has",
                help,
            )
            .at(token_node(0)));
        }
        Some(Token::SecureConversation(bootstrap)) => {
            let inner: Vec<&Token<'_, '_>> = bootstrap.tokens.iter().map(|(t, _)| t).collect();
            let carried = match inner.as_slice() {
                [Token::Username] => Message::ContextOverUsername,
                [Token::Kerberos] => Message::ContextOverKerberos,
                _ => {
                    return Err(no_template(
                        "S-010",
                        "the security context's bootstrap is not one username or Kerberos token over the transport; the security-context templates bootstrap with exactly that",
                        help,
                    )
                    .at(token_node(0)))
                }
            };
            // The bootstrap policy may restate the channel's addressing or encoding; a different
            // one cannot be expressed, since one set of channel properties serves both channels.
            let restated = match (
                states_another(bootstrap.addressing, reading.addressing),
                states_another(bootstrap.encoding, reading.encoding),
            ) {
                (true, true) => Some("addressing version and encoding"),
                (true, false) => Some("addressing version"),
                (false, true) => Some("encoding"),
                (false, false) => None,
            };
            if let Some(what) = restated {
                return Err(no_template(
                    "S-045",
                    format!("the bootstrap policy states another {what} than the service channel's; a security-context template has one set of channel properties for both channels"),
                    help,
                )
                .at(token_node(0)));
            }
            if !same_transport_binding(bootstrap.transport.map(|(t, _)| t), transport) {
                return Err(no_template(
                    "S-047",
                    format!(
                        "the bootstrap policy's transport security ({}) is not the service channel's ({}); a security-context template builds one transport binding for both channels",
                        transport_label(bootstrap.transport.map(|(t, _)| t)),
                        transport_label(transport)
                    ),
                    help,
                )
                .at(token_node(0)));
            }
            Some(carried)
        }
    };
    let chosen = match (
        channel_binding,
        transport,
        reading.header_auth.is_some(),
        message,
    ) {
        (ChannelBinding::Http, None, false, None) => B::Http,
        (ChannelBinding::Http, Some(TransportToken::Https { .. }), false, None) => B::HttpSsl,
        (ChannelBinding::Http, None, true, None) => B::HttpHeaderAuth,
        (ChannelBinding::Http, Some(TransportToken::Https { .. }), true, None) => {
            B::HttpSslHeaderAuth
        }
        (
            ChannelBinding::Http,
            Some(TransportToken::Https { .. }),
            false,
            Some(Message::Username),
        ) => B::HttpSslUsername,
        (
            ChannelBinding::Http,
            Some(TransportToken::Https { .. }),
            false,
            Some(Message::Kerberos),
        ) => B::HttpSslKerberosApreq,
        (
            ChannelBinding::Http,
            Some(TransportToken::Https { .. }),
            false,
            Some(Message::ContextOverUsername),
        ) => B::HttpSslUsernameSecurityContext,
        (
            ChannelBinding::Http,
            Some(TransportToken::Https { .. }),
            false,
            Some(Message::ContextOverKerberos),
        ) => B::HttpSslKerberosApreqSecurityContext,
        (ChannelBinding::Tcp, None, false, None) => B::Tcp,
        (ChannelBinding::Tcp, Some(TransportToken::Windows { .. }), false, None) => B::TcpSspi,
        (
            ChannelBinding::Tcp,
            Some(TransportToken::Windows { .. }),
            false,
            Some(Message::Username),
        ) => B::TcpSspiUsername,
        (
            ChannelBinding::Tcp,
            Some(TransportToken::Windows { .. }),
            false,
            Some(Message::Kerberos),
        ) => B::TcpSspiKerberosApreq,
        (
            ChannelBinding::Tcp,
            Some(TransportToken::Windows { .. }),
            false,
            Some(Message::ContextOverUsername),
        ) => B::TcpSspiUsernameSecurityContext,
        (
            ChannelBinding::Tcp,
            Some(TransportToken::Windows { .. }),
            false,
            Some(Message::ContextOverKerberos),
        ) => B::TcpSspiKerberosApreqSecurityContext,
        (_, None, false, Some(_)) => {
            return Err(no_template(
                "S-010",
                "a message token without transport security fits no template",
                help,
            ))
        }
        _ => {
            return Err(no_template(
                "S-010",
                format!(
                    "no template has this combination of transport and tokens on `{}`",
                    channel_binding.name()
                ),
                help,
            ))
        }
    };
    Ok(chosen)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Message {
    Username,
    Kerberos,
    ContextOverUsername,
    ContextOverKerberos,
}

/// True when a bootstrap's transport token gives the same transport binding as the service
/// channel's (S-047): the same binding and, for SSL, the same client certificate requirement. A
/// TCP SSPI protection level is a security property, which each channel states for itself.
fn same_transport_binding(
    bootstrap: Option<TransportToken>,
    service: Option<TransportToken>,
) -> bool {
    match (bootstrap, service) {
        (
            Some(TransportToken::Https {
                client_certificate: a,
            }),
            Some(TransportToken::Https {
                client_certificate: b,
            }),
        ) => a == b,
        (Some(TransportToken::Windows { .. }), Some(TransportToken::Windows { .. })) => true,
        (None, None) => true,
        _ => false,
    }
}

/// True when a bootstrap states a channel value other than the service channel's.
fn states_another<T: PartialEq>(bootstrap: Option<T>, service: Option<T>) -> bool {
    bootstrap.is_some() && bootstrap != service
}

fn transport_label(token: Option<TransportToken>) -> &'static str {
    match token {
        Some(TransportToken::Https {
            client_certificate: true,
        }) => "SSL with a client certificate",
        Some(TransportToken::Https { .. }) => "SSL",
        Some(TransportToken::Windows { .. }) => "TCP SSPI",
        None => "none",
    }
}

/// The channel properties of the alternative.
pub(crate) fn channel_values(
    reading: &Reading<'_, '_>,
    envelope: Option<EnvelopeVersion>,
) -> ChannelValues {
    ChannelValues {
        envelope_version: envelope,
        addressing_version: reading.addressing.unwrap_or(AddressingVersion::Transport),
        encoding: reading.encoding.unwrap_or(EncodingFamily::Text).encodings(),
    }
}

pub(crate) fn bag<P: PropertyEntry>(entries: impl IntoIterator<Item = P>) -> PropertyBag<P> {
    entries.into_iter().collect()
}

/// The security properties of a reading's description, split by where a template call takes
/// them from: what a policy description carries (the protection level when it is not the
/// default, and the timestamp, layout and header version, S-014), and what the template value
/// must add (the algorithm suite, which no policy description carries). A plain description
/// holds both, in this order.
pub(crate) fn security_properties(
    reading: &Reading<'_, '_>,
) -> (ChannelProperties, ChannelProperties) {
    let mut carried = ChannelProperties::new();
    match protection_level(reading) {
        // The default; written only when it differs.
        Some(ProtectionLevel::SignAndEncrypt) | None => {}
        Some(level) => carried.push(ChannelProperty::TransportProtectionLevel(level)),
    }
    let mut added = ChannelProperties::new();
    for p in message_properties(reading) {
        match p {
            ChannelProperty::AlgorithmSuiteName(_) => added.push(p),
            other => carried.push(other),
        }
    }
    (carried, added)
}

/// Names of the program's values, made from the port's name.
pub(crate) struct Names {
    base: String,
    /// What a user name the program must write is shown as.
    user: String,
}

impl Names {
    pub(crate) fn new(port: &str) -> Self {
        let mut base: String = port
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
            base.insert_str(0, "port_");
        }
        let user = format!("<user name for {port}>");
        Names { base, user }
    }

    /// A runtime slot, `<port>_<what>`.
    pub(crate) fn slot(&self, what: &str) -> RuntimeSlot {
        RuntimeSlot::new(format!("{}_{what}", self.base))
    }

    /// An environment variable, `<PORT>_<WHAT>`.
    pub(crate) fn env(&self, what: &str) -> String {
        format!("{}_{}", self.base, what).to_ascii_uppercase()
    }

    /// The user name written for a username or Basic/Digest credential. Policy never gives
    /// one, and the file format holds user names as text (no slot, no environment variable),
    /// so the file carries a placeholder in angle brackets: it passes the rules, and no
    /// account can be named like it, so it cannot pass for a real user name.
    pub(crate) fn user(&self) -> String {
        self.user.clone()
    }
}

/// The client credentials of a description, named from the port; `scope` prefixes the names of
/// values inside a bootstrap description (`bootstrap_`).
pub(crate) struct Credentials<'n> {
    names: &'n Names,
    scope: &'static str,
}

impl<'n> Credentials<'n> {
    pub(crate) fn new(names: &'n Names, scope: &'static str) -> Self {
        Credentials { names, scope }
    }

    fn slot(&self, what: &str) -> RuntimeSlot {
        self.names.slot(&format!("{}{what}", self.scope))
    }

    fn env(&self, what: &str) -> String {
        self.names.env(&format!("{}{what}", self.scope))
    }

    /// The certificate an SSL service asks for: a callback the program supplies.
    pub(crate) fn client_certificate(&self) -> CertCredential {
        CertCredential::Custom {
            get_cert_callback: self.slot("client_certificate"),
            get_cert_callback_state: None,
            cert_issuer_list_notification_callback: None,
            cert_issuer_list_notification_callback_state: None,
        }
    }

    /// The Windows identity of TCP SSPI: an opaque identity, so that using the caller's logon
    /// is the program's choice.
    pub(crate) fn windows_identity(&self) -> WindowsIntegratedAuthCredential {
        WindowsIntegratedAuthCredential::Opaque {
            opaque_auth_identity: self.slot("windows_identity"),
        }
    }

    /// HTTP header authentication: Basic and Digest send a user name and password (T-066);
    /// the other schemes use a Windows identity.
    pub(crate) fn header_auth(
        &self,
        scheme: HttpHeaderAuthScheme,
    ) -> WindowsIntegratedAuthCredential {
        if matches!(
            scheme,
            HttpHeaderAuthScheme::Basic | HttpHeaderAuthScheme::Digest
        ) {
            WindowsIntegratedAuthCredential::String {
                username: self.names.user(),
                password: Secret::env(self.env("http_password")),
                domain: None,
            }
        } else {
            WindowsIntegratedAuthCredential::Opaque {
                opaque_auth_identity: self.slot("http_identity"),
            }
        }
    }

    /// The username token's user name and password.
    pub(crate) fn username(&self) -> UsernameCredential {
        UsernameCredential::String {
            username: self.names.user(),
            password: Secret::env(self.env("password")),
        }
    }

    /// The Windows identity that obtains the Kerberos ticket.
    pub(crate) fn kerberos(&self) -> WindowsIntegratedAuthCredential {
        WindowsIntegratedAuthCredential::Opaque {
            opaque_auth_identity: self.slot("kerberos_identity"),
        }
    }
}

/// The channel type of the client: HTTP proxies use request channels; TCP needs the program's
/// choice (S-011), and the official TCP samples use a duplex session.
pub(crate) fn client_channel_type(channel_binding: ChannelBinding) -> ChannelType {
    match channel_binding {
        ChannelBinding::Tcp => ChannelType::DuplexSession,
        _ => ChannelType::Request,
    }
}

/// The client endpoint an alternative describes, built from the match directly.
pub(crate) fn endpoint(
    reading: &Reading<'_, '_>,
    channel_binding: ChannelBinding,
    names: &Names,
) -> Endpoint {
    let mut endpoint = Endpoint::new(Side::Client, channel_binding);
    endpoint.channel_type = Some(client_channel_type(channel_binding));
    endpoint.description = description(reading, &Credentials::new(names, ""));
    endpoint
}

/// The description of a reading.
fn description(reading: &Reading<'_, '_>, credentials: &Credentials<'_>) -> SecurityDescription {
    let (carried, added) = security_properties(reading);
    let properties = carried.iter().chain(&added).cloned().collect();
    let mut bindings = Vec::new();
    match reading.transport.map(|(t, _)| t) {
        Some(TransportToken::Https { client_certificate }) => {
            bindings.push(SecurityBinding::SslTransport(SslTransportBinding {
                properties: BindingProperties::new(),
                local_cert_credential: client_certificate.then(|| credentials.client_certificate()),
            }));
        }
        Some(TransportToken::Windows { .. }) => {
            bindings.push(SecurityBinding::TcpSspiTransport(SspiTransportBinding {
                properties: BindingProperties::new(),
                client_credential: Some(credentials.windows_identity()),
            }));
        }
        None => {}
    }
    if let Some((scheme, _)) = reading.header_auth {
        bindings.push(SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
            properties: bag([BindingProperty::HttpHeaderAuthScheme(
                HttpHeaderAuthSchemes::from([scheme]),
            )]),
            client_credential: Some(credentials.header_auth(scheme)),
        }));
    }
    for (token, _) in &reading.tokens {
        bindings.push(match token {
            Token::Username => SecurityBinding::UsernameMessage(UsernameMessageBinding {
                binding_usage: SUPPORTING,
                properties: BindingProperties::new(),
                client_credential: Some(credentials.username()),
                password_validator: None,
                password_validator_callback_state: None,
            }),
            Token::Kerberos => SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding {
                binding_usage: SUPPORTING,
                properties: BindingProperties::new(),
                client_credential: Some(credentials.kerberos()),
            }),
            Token::X509 => SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding {
                binding_usage: SUPPORTING,
                properties: BindingProperties::new(),
                xml_token: Some(credentials.slot("x509_token")),
            }),
            Token::Issued { .. } => SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding {
                binding_usage: SUPPORTING,
                properties: BindingProperties::new(),
                xml_token: Some(credentials.slot("issued_token")),
            }),
            Token::SecureConversation(bootstrap) => {
                SecurityBinding::SecurityContextMessage(SecurityContextMessageBinding {
                    binding_usage: SUPPORTING,
                    properties: bag(context_properties(reading)),
                    bootstrap_security_description: Some(Box::new(description(
                        bootstrap,
                        &Credentials::new(credentials.names, "bootstrap_"),
                    ))),
                })
            }
        });
    }
    SecurityDescription {
        properties,
        bindings,
    }
}
