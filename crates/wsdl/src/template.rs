//! The template file of an alternative that a binding template expresses: the template type,
//! side `client`, the policy description wsutil would generate from the alternative (under
//! `policy`), and the template value's members with what policy cannot say (credentials named
//! from the port, the algorithm suite). Its expansion is the description built from the match.

use crate::channel::ChannelValues;
use crate::derive::{
    bag, client_channel_type, context_properties, security_properties, Credentials, Names,
    SUPPORTING,
};
use crate::vocabulary::{Reading, Token, TransportToken};
use wws_security_model::*;

/// The members of one template type, each as (policy description, template value); the
/// members the type does not have stay empty and are not used.
#[derive(Default)]
struct Members {
    channel_properties: TemplateChannelProperties,
    security_properties: (ChannelProperties, ChannelProperties),
    ssl_transport_security_binding: (
        SslTransportSecurityBindingPolicyDescription,
        SslTransportSecurityBindingTemplate,
    ),
    sspi_transport_security_binding: (
        SspiTransportSecurityBindingPolicyDescription,
        TcpSspiTransportSecurityBindingTemplate,
    ),
    http_header_auth_security_binding: (
        HttpHeaderAuthSecurityBindingPolicyDescription,
        HttpHeaderAuthSecurityBindingTemplate,
    ),
    username_message_security_binding: (
        UsernameMessageSecurityBindingPolicyDescription,
        UsernameMessageSecurityBindingTemplate,
    ),
    kerberos_apreq_message_security_binding: (
        KerberosApreqMessageSecurityBindingPolicyDescription,
        KerberosApreqMessageSecurityBindingTemplate,
    ),
    security_context_security_binding: (
        SecurityContextSecurityBindingPolicyDescription,
        SecurityContextSecurityBindingTemplate,
    ),
}

/// Builds the [`BindingTemplate`] of a type from [`Members`]: the policy description takes the
/// first of each pair, the template value the second, and the channel properties are the
/// policy's (policy names them; the program adds none).
macro_rules! assemble {
    ($template_type:expr, $m:ident;
        plain { $($plain:ident => $plain_value:ident, $plain_policy:ident;)* }
        secured { $($variant:ident => $value:ident, $policy:ident { $($member:ident),* };)* }
    ) => {
        match $template_type {
            $(BindingTemplateType::$plain => BindingTemplate::$plain {
                value: $plain_value::default(),
                policy: $plain_policy { channel_properties: $m.channel_properties },
            },)*
            $(BindingTemplateType::$variant => BindingTemplate::$variant {
                value: $value {
                    channel_properties: TemplateChannelProperties::new(),
                    security_properties: $m.security_properties.1,
                    $($member: $m.$member.1,)*
                },
                policy: $policy {
                    channel_properties: $m.channel_properties,
                    security_properties: $m.security_properties.0,
                    $($member: $m.$member.0,)*
                },
            },)*
        }
    };
}

fn binding_template(template_type: BindingTemplateType, m: Members) -> BindingTemplate {
    assemble!(template_type, m;
        plain {
            Http => HttpBindingTemplate, HttpPolicyDescription;
            Tcp => TcpBindingTemplate, TcpPolicyDescription;
        }
        secured {
            HttpSsl => HttpSslBindingTemplate, HttpSslPolicyDescription {
                ssl_transport_security_binding
            };
            HttpHeaderAuth => HttpHeaderAuthBindingTemplate, HttpHeaderAuthPolicyDescription {
                http_header_auth_security_binding
            };
            HttpSslHeaderAuth => HttpSslHeaderAuthBindingTemplate, HttpSslHeaderAuthPolicyDescription {
                ssl_transport_security_binding, http_header_auth_security_binding
            };
            HttpSslUsername => HttpSslUsernameBindingTemplate, HttpSslUsernamePolicyDescription {
                ssl_transport_security_binding, username_message_security_binding
            };
            HttpSslKerberosApreq => HttpSslKerberosApreqBindingTemplate, HttpSslKerberosApreqPolicyDescription {
                ssl_transport_security_binding, kerberos_apreq_message_security_binding
            };
            TcpSspi => TcpSspiBindingTemplate, TcpSspiPolicyDescription {
                sspi_transport_security_binding
            };
            TcpSspiUsername => TcpSspiUsernameBindingTemplate, TcpSspiUsernamePolicyDescription {
                sspi_transport_security_binding, username_message_security_binding
            };
            TcpSspiKerberosApreq => TcpSspiKerberosApreqBindingTemplate, TcpSspiKerberosApreqPolicyDescription {
                sspi_transport_security_binding, kerberos_apreq_message_security_binding
            };
            HttpSslUsernameSecurityContext => HttpSslUsernameSecurityContextBindingTemplate,
                HttpSslUsernameSecurityContextPolicyDescription {
                ssl_transport_security_binding, username_message_security_binding,
                security_context_security_binding
            };
            HttpSslKerberosApreqSecurityContext => HttpSslKerberosApreqSecurityContextBindingTemplate,
                HttpSslKerberosApreqSecurityContextPolicyDescription {
                ssl_transport_security_binding, kerberos_apreq_message_security_binding,
                security_context_security_binding
            };
            TcpSspiUsernameSecurityContext => TcpSspiUsernameSecurityContextBindingTemplate,
                TcpSspiUsernameSecurityContextPolicyDescription {
                sspi_transport_security_binding, username_message_security_binding,
                security_context_security_binding
            };
            TcpSspiKerberosApreqSecurityContext => TcpSspiKerberosApreqSecurityContextBindingTemplate,
                TcpSspiKerberosApreqSecurityContextPolicyDescription {
                sspi_transport_security_binding, kerberos_apreq_message_security_binding,
                security_context_security_binding
            };
        }
    )
}

/// The template file of `reading`, which `template_type` expresses (`derive::template` chose
/// it), for a client on `channel_binding` at `address`.
pub(crate) fn template(
    template_type: BindingTemplateType,
    reading: &Reading<'_, '_>,
    channel: &ChannelValues,
    names: &Names,
    address: Option<&str>,
) -> Template {
    let channel_binding = template_type.channel_binding();
    let mut template = Template::new(Side::Client, template_type);
    // HTTP templates fix the channel type; TCP templates take the program's (S-011).
    template.channel_type = match template_type.fixed_channel_type(Side::Client) {
        Some(_) => None,
        None => Some(client_channel_type(channel_binding)),
    };
    template.address = address.map(EndpointAddress::new);
    let channel_type = template
        .channel_type
        .or_else(|| template_type.fixed_channel_type(Side::Client));
    let credentials = Credentials::new(names, "");
    let mut m = Members {
        channel_properties: channel.policy_description(channel_type),
        ..Members::default()
    };
    match reading.transport.map(|(t, _)| t) {
        Some(TransportToken::Https { client_certificate }) => {
            m.ssl_transport_security_binding.1.local_cert_credential =
                client_certificate.then(|| credentials.client_certificate());
        }
        Some(TransportToken::Windows { .. }) => {
            m.sspi_transport_security_binding.1.client_credential =
                Some(credentials.windows_identity());
        }
        None => {}
    }
    if let Some((scheme, _)) = reading.header_auth {
        m.http_header_auth_security_binding
            .0
            .security_binding_properties = bag([BindingProperty::HttpHeaderAuthScheme(
            HttpHeaderAuthSchemes::from([scheme]),
        )]);
        m.http_header_auth_security_binding.1.client_credential =
            Some(credentials.header_auth(scheme));
    }
    // The top-level security properties: the endpoint's, or for a security context the
    // bootstrap channel's (S-046); the service channel's go into the security-context member
    // (S-044).
    let mut own = reading;
    if let Some((Token::SecureConversation(bootstrap), _)) = reading.tokens.first() {
        let (carried, added) = security_properties(reading);
        m.security_context_security_binding = (
            SecurityContextSecurityBindingPolicyDescription {
                security_context_message_security_binding:
                    SecurityContextMessageSecurityBindingPolicyDescription {
                        security_binding_properties: bag(context_properties(reading)),
                        binding_usage: SUPPORTING,
                    },
                security_properties: carried,
            },
            SecurityContextSecurityBindingTemplate {
                security_properties: added,
                ..SecurityContextSecurityBindingTemplate::default()
            },
        );
        own = bootstrap;
    }
    m.security_properties = security_properties(own);
    match own.tokens.first().map(|(t, _)| t) {
        Some(Token::Username) => {
            m.username_message_security_binding.0.binding_usage = SUPPORTING;
            m.username_message_security_binding.1.client_credential = Some(credentials.username());
        }
        Some(Token::Kerberos) => {
            m.kerberos_apreq_message_security_binding.0.binding_usage = SUPPORTING;
            m.kerberos_apreq_message_security_binding
                .1
                .client_credential = Some(credentials.kerberos());
        }
        _ => {}
    }
    template.binding_template = binding_template(template_type, m);
    template
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::channel::EncodingFamily;
    use crate::derive;
    use roxmltree::{Document, Node};

    /// Every credential removed: the two builds name a bootstrap's credentials differently
    /// (a plain bootstrap has its own, a template shares the transport's, S-047).
    fn without_credentials(description: &mut SecurityDescription) {
        for binding in &mut description.bindings {
            match binding {
                SecurityBinding::SslTransport(b) => b.local_cert_credential = None,
                SecurityBinding::TcpSspiTransport(b) => b.client_credential = None,
                SecurityBinding::HttpHeaderAuth(b) => b.client_credential = None,
                SecurityBinding::UsernameMessage(b) => b.client_credential = None,
                SecurityBinding::KerberosApreqMessage(b) => b.client_credential = None,
                SecurityBinding::SecurityContextMessage(b) => {
                    if let Some(bootstrap) = &mut b.bootstrap_security_description {
                        without_credentials(bootstrap);
                    }
                }
                _ => {}
            }
        }
    }

    fn transports() -> Vec<Option<TransportToken>> {
        vec![
            None,
            Some(TransportToken::Https {
                client_certificate: false,
            }),
            Some(TransportToken::Https {
                client_certificate: true,
            }),
            Some(TransportToken::Windows {
                protection_level: ProtectionLevel::None,
            }),
            Some(TransportToken::Windows {
                protection_level: ProtectionLevel::Sign,
            }),
            Some(TransportToken::Windows {
                protection_level: ProtectionLevel::SignAndEncrypt,
            }),
        ]
    }

    /// A bootstrap over `transport` with one `token`, and message properties unlike any the
    /// outer readings use, so that a property in the wrong channel shows.
    fn bootstrap<'a, 'i>(
        node: Node<'a, 'i>,
        transport: Option<TransportToken>,
        token: Token<'a, 'i>,
    ) -> Reading<'a, 'i> {
        Reading {
            transport: transport.map(|t| (t, node)),
            tokens: vec![(token, node)],
            include_timestamp: true,
            layout: Some(SecurityHeaderLayout::LaxWithTimestampLast),
            algorithm_suite: Some(SecurityAlgorithmSuiteName::Basic192),
            ..Reading::default()
        }
    }

    /// Every shape of reading the vocabulary can give a template, with and without each
    /// property: the template file expands to exactly the description built from the match
    /// (credentials aside in a bootstrap), on both channel bindings.
    #[test]
    fn every_template_file_expands_to_the_description_of_its_match() {
        let doc = Document::parse("<a/>").unwrap();
        let node = doc.root_element();
        let mut templates = std::collections::BTreeSet::new();
        let (mut compared, mut errors) = (0, 0);
        for transport in transports() {
            let tokens = |t: Option<TransportToken>| -> Vec<Vec<Token<'_, '_>>> {
                vec![
                    vec![],
                    vec![Token::Username],
                    vec![Token::Kerberos],
                    vec![Token::SecureConversation(Box::new(bootstrap(
                        node,
                        t,
                        Token::Username,
                    )))],
                    vec![Token::SecureConversation(Box::new(bootstrap(
                        node,
                        t,
                        Token::Kerberos,
                    )))],
                ]
            };
            for header_auth in [
                None,
                Some(HttpHeaderAuthScheme::Basic),
                Some(HttpHeaderAuthScheme::Ntlm),
            ] {
                for token_list in tokens(transport) {
                    for (include_timestamp, layout, suite, version, entropy, channel) in [
                        (false, None, None, None, None, None),
                        (
                            true,
                            Some(SecurityHeaderLayout::Lax),
                            Some(SecurityAlgorithmSuiteName::Basic256),
                            Some(SecurityHeaderVersion::V1_0),
                            Some(SecurityKeyEntropyMode::ServerOnly),
                            Some((AddressingVersion::V1_0, EncodingFamily::Binary)),
                        ),
                        (
                            true,
                            None,
                            Some(SecurityAlgorithmSuiteName::Basic128Rsa15),
                            None,
                            None,
                            Some((AddressingVersion::V0_9, EncodingFamily::Mtom)),
                        ),
                    ] {
                        let reading = Reading {
                            transport: transport.map(|t| (t, node)),
                            header_auth: header_auth.map(|s| (s, node)),
                            tokens: token_list.iter().cloned().map(|t| (t, node)).collect(),
                            include_timestamp,
                            layout,
                            algorithm_suite: suite,
                            header_version: version,
                            entropy,
                            addressing: channel.map(|c| c.0),
                            encoding: channel.map(|c| c.1),
                        };
                        for channel_binding in [ChannelBinding::Http, ChannelBinding::Tcp] {
                            let Ok(template_type) = derive::template(&reading, channel_binding)
                            else {
                                continue;
                            };
                            templates.insert(template_type);
                            let names = Names::new("Orders Port");
                            let values =
                                derive::channel_values(&reading, Some(EnvelopeVersion::Soap1_2));
                            let file = template(template_type, &reading, &values, &names, None);
                            let mut expanded = file.expand();
                            let mut plain = derive::endpoint(&reading, channel_binding, &names);
                            // Checked as a template file, it is judged as the plain one is.
                            let as_template = wws_security_policy::validate_template(&file);
                            let as_plain = wws_security_policy::validate(&plain);
                            assert_eq!(
                                as_template.errors().map(|d| d.rule.id).collect::<Vec<_>>(),
                                as_plain.errors().map(|d| d.rule.id).collect::<Vec<_>>(),
                                "{template_type:?} {reading:?}"
                            );
                            errors += usize::from(as_plain.has_errors());
                            if !template_type.has_security_context() {
                                assert_eq!(expanded, plain, "{template_type:?} {reading:?}");
                            }
                            without_credentials(&mut expanded.description);
                            without_credentials(&mut plain.description);
                            assert_eq!(expanded, plain, "{template_type:?} {reading:?}");
                            compared += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(
            templates.len(),
            BindingTemplateType::ALL.len(),
            "{templates:?}"
        );
        assert!(compared >= 90, "{compared}");
        assert!(
            errors > 0 && errors < compared,
            "both kinds of reading: {errors} with errors"
        );
    }
}
