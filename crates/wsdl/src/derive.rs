//! From what an alternative says to what WWSAPI does with it: the policy constraints that match
//! it (table 3.2 of the constraint model), the binding template that expresses it, and the
//! client endpoint it describes (one security binding per binding constraint, S-093), with
//! credentials left to the program as slots and environment variables named from the port.

use crate::channel::{AddressingVersion, ChannelValues, EncodingFamily, EnvelopeVersion};
use crate::report::{BindingPolicy, SecurityContextPolicy, TemplateData};
use crate::vocabulary::{Reading, Token, TransportToken};
use wws_security_model::constraint::{
    BindingConstraint, IssuedTokenBindingConstraint, MessageBindingConstraint, PolicyConstraints,
    PropertyConstraint, SecurityBindingConstraint, SecurityConstraints,
    SecurityContextBindingConstraint,
};
use wws_security_model::*;

/// The usage of every message binding a policy can describe.
const SUPPORTING: Option<MessageSecurityUsage> = Some(MessageSecurityUsage::Supporting);

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
fn context_properties(reading: &Reading<'_, '_>) -> Vec<BindingProperty> {
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
    let help = "build the description from the match instead (the endpoint file written here), as the metadata-import samples do";
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
            let same_transport = bootstrap.transport.map(|(t, _)| kind(t)) == transport.map(kind);
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
            if !same_transport || bootstrap.header_auth.is_some() {
                return Err(no_template(
                    "S-050",
                    "the bootstrap policy's transport security differs from the service channel's; the security-context templates use the same for both",
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

fn kind(t: TransportToken) -> u8 {
    match t {
        TransportToken::Https { .. } => 1,
        TransportToken::Windows { .. } => 2,
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

fn bag<P: PropertyEntry>(entries: impl IntoIterator<Item = P>) -> PropertyBag<P> {
    entries.into_iter().collect()
}

/// The policy description (and template additions) of a template match.
pub(crate) fn template_data(
    template: BindingTemplateType,
    reading: &Reading<'_, '_>,
    channel: ChannelValues,
) -> TemplateData {
    let transport_member = match reading.transport.map(|(t, _)| t) {
        Some(TransportToken::Https { .. }) => Some("ssl_transport_security_binding"),
        Some(TransportToken::Windows { .. }) => Some("sspi_transport_security_binding"),
        None => None,
    };
    let mut bindings: Vec<BindingPolicy> = transport_member
        .map(|member| BindingPolicy {
            member,
            security_binding_properties: BindingProperties::new(),
            binding_usage: None,
        })
        .into_iter()
        .collect();
    if let Some((scheme, _)) = reading.header_auth {
        bindings.push(BindingPolicy {
            member: "http_header_auth_security_binding",
            security_binding_properties: bag([BindingProperty::HttpHeaderAuthScheme(
                HttpHeaderAuthSchemes::from([scheme]),
            )]),
            binding_usage: None,
        });
    }
    // The policy description carries the protection level and three message properties; the
    // algorithm suite is not among them (S-014), so the template value adds it.
    let policy_part = |r: &Reading<'_, '_>| -> (ChannelProperties, ChannelProperties) {
        let mut carried: ChannelProperties =
            bag(protection_level(r).map(ChannelProperty::TransportProtectionLevel));
        let mut extra = ChannelProperties::new();
        for p in message_properties(r) {
            match p {
                ChannelProperty::AlgorithmSuiteName(SecurityAlgorithmSuiteName::Basic256) => {}
                ChannelProperty::AlgorithmSuiteName(_) => extra.push(p),
                other => carried.push(other),
            }
        }
        (carried, extra)
    };
    let (mut security_properties, mut template_security_properties) = policy_part(reading);
    let mut security_context = None;
    match reading.tokens.first().map(|(t, _)| t) {
        Some(Token::Username) => bindings.push(BindingPolicy {
            member: "username_message_security_binding",
            security_binding_properties: BindingProperties::new(),
            binding_usage: SUPPORTING,
        }),
        Some(Token::Kerberos) => bindings.push(BindingPolicy {
            member: "kerberos_apreq_message_security_binding",
            security_binding_properties: BindingProperties::new(),
            binding_usage: SUPPORTING,
        }),
        Some(Token::SecureConversation(bootstrap)) => {
            // The template's top-level security properties belong to the bootstrap channel
            // (S-046); the service channel's go into the security-context member (S-044).
            let member = match bootstrap.tokens.first().map(|(t, _)| t) {
                Some(Token::Kerberos) => "kerberos_apreq_message_security_binding",
                _ => "username_message_security_binding",
            };
            bindings.push(BindingPolicy {
                member,
                security_binding_properties: BindingProperties::new(),
                binding_usage: SUPPORTING,
            });
            let (bootstrap_carried, bootstrap_extra) = policy_part(bootstrap);
            let (service_carried, service_extra) =
                (security_properties, template_security_properties);
            security_properties = bootstrap_carried;
            template_security_properties = bootstrap_extra;
            security_context = Some(SecurityContextPolicy {
                security_context_message_security_binding: BindingPolicy {
                    member: "security_context_message_security_binding",
                    security_binding_properties: bag(context_properties(reading)),
                    binding_usage: SUPPORTING,
                },
                security_properties: service_carried,
            });
            for p in &service_extra {
                // A service-channel suite other than the bootstrap's has no member to go to in
                // the template value except the security-context one; record it there.
                if !template_security_properties.entries().contains(p) {
                    template_security_properties.push(p.clone());
                }
            }
        }
        _ => {}
    }
    TemplateData {
        template,
        channel_properties: channel,
        security_properties,
        bindings,
        security_context,
        template_security_properties,
        client_certificate_required: matches!(
            reading.transport,
            Some((
                TransportToken::Https {
                    client_certificate: true
                },
                _
            ))
        ),
    }
}

/// Names of the program's values, made from the port's name.
pub(crate) struct Names {
    base: String,
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
        Names { base }
    }

    /// A runtime slot, `<port>_<what>`.
    pub(crate) fn slot(&self, what: &str) -> RuntimeSlot {
        RuntimeSlot::new(format!("{}_{what}", self.base))
    }

    /// An environment variable, `<PORT>_<WHAT>`.
    pub(crate) fn env(&self, what: &str) -> String {
        format!("{}_{}", self.base, what).to_ascii_uppercase()
    }

    /// The user name written for a username or Basic/Digest credential, which the policy
    /// cannot give; the file's header says to replace it.
    pub(crate) fn user(&self) -> String {
        format!("{}_user", self.base)
    }
}

/// The client endpoint an alternative describes.
pub(crate) fn endpoint(
    reading: &Reading<'_, '_>,
    channel_binding: ChannelBinding,
    names: &Names,
) -> Endpoint {
    let mut endpoint = Endpoint::new(Side::Client, channel_binding);
    // HTTP proxies are request channels; TCP needs the program's choice (S-011), and the
    // official TCP samples use a duplex session.
    endpoint.channel_type = Some(match channel_binding {
        ChannelBinding::Tcp => ChannelType::DuplexSession,
        _ => ChannelType::Request,
    });
    endpoint.description = description(reading, names, "");
    endpoint
}

/// The description of a reading; `scope` prefixes the names of values inside a bootstrap.
fn description(reading: &Reading<'_, '_>, names: &Names, scope: &str) -> SecurityDescription {
    let mut properties = ChannelProperties::new();
    match protection_level(reading) {
        // The default; written only when it differs.
        Some(ProtectionLevel::SignAndEncrypt) | None => {}
        Some(level) => properties.push(ChannelProperty::TransportProtectionLevel(level)),
    }
    for p in message_properties(reading) {
        properties.push(p);
    }
    let mut bindings = Vec::new();
    match reading.transport.map(|(t, _)| t) {
        Some(TransportToken::Https { client_certificate }) => {
            bindings.push(SecurityBinding::SslTransport(SslTransportBinding {
                properties: BindingProperties::new(),
                local_cert_credential: client_certificate.then(|| CertCredential::Custom {
                    get_cert_callback: names.slot(&format!("{scope}client_certificate")),
                    get_cert_callback_state: None,
                    cert_issuer_list_notification_callback: None,
                    cert_issuer_list_notification_callback_state: None,
                }),
            }));
        }
        Some(TransportToken::Windows { .. }) => {
            bindings.push(SecurityBinding::TcpSspiTransport(SspiTransportBinding {
                properties: BindingProperties::new(),
                client_credential: Some(WindowsIntegratedAuthCredential::Opaque {
                    opaque_auth_identity: names.slot(&format!("{scope}windows_identity")),
                }),
            }));
        }
        None => {}
    }
    if let Some((scheme, _)) = reading.header_auth {
        // Basic and Digest send a user name and password; the others use a Windows identity.
        let client_credential = if matches!(
            scheme,
            HttpHeaderAuthScheme::Basic | HttpHeaderAuthScheme::Digest
        ) {
            WindowsIntegratedAuthCredential::String {
                username: names.user(),
                password: Secret::env(names.env(&format!("{scope}http_password"))),
                domain: None,
            }
        } else {
            WindowsIntegratedAuthCredential::Opaque {
                opaque_auth_identity: names.slot(&format!("{scope}http_identity")),
            }
        };
        bindings.push(SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
            properties: bag([BindingProperty::HttpHeaderAuthScheme(
                HttpHeaderAuthSchemes::from([scheme]),
            )]),
            client_credential: Some(client_credential),
        }));
    }
    for (token, _) in &reading.tokens {
        bindings.push(match token {
            Token::Username => SecurityBinding::UsernameMessage(UsernameMessageBinding {
                binding_usage: SUPPORTING,
                properties: BindingProperties::new(),
                client_credential: Some(UsernameCredential::String {
                    username: names.user(),
                    password: Secret::env(names.env(&format!("{scope}password"))),
                }),
                password_validator: None,
                password_validator_callback_state: None,
            }),
            Token::Kerberos => SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding {
                binding_usage: SUPPORTING,
                properties: BindingProperties::new(),
                client_credential: Some(WindowsIntegratedAuthCredential::Opaque {
                    opaque_auth_identity: names.slot(&format!("{scope}kerberos_identity")),
                }),
            }),
            Token::X509 => SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding {
                binding_usage: SUPPORTING,
                properties: BindingProperties::new(),
                xml_token: Some(names.slot(&format!("{scope}x509_token"))),
            }),
            Token::Issued { .. } => SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding {
                binding_usage: SUPPORTING,
                properties: BindingProperties::new(),
                xml_token: Some(names.slot(&format!("{scope}issued_token"))),
            }),
            Token::SecureConversation(bootstrap) => {
                SecurityBinding::SecurityContextMessage(SecurityContextMessageBinding {
                    binding_usage: SUPPORTING,
                    properties: bag(context_properties(reading)),
                    bootstrap_security_description: Some(Box::new(description(
                        bootstrap,
                        names,
                        "bootstrap_",
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
