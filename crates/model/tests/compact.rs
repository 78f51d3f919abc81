//! The compact form the macro emits: every endpoint reads back equal, and damaged bytes give an
//! error, never a panic.

use std::path::Path;
use wws_security_model::compact::{decode, encode};
use wws_security_model::*;

fn round_trip(endpoint: &Endpoint) {
    let bytes = encode(endpoint);
    assert_eq!(decode(&bytes).as_ref(), Ok(endpoint), "bytes: {bytes:?}");
}

#[test]
fn every_example_endpoint_reads_back_equal() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/endpoints");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("examples/endpoints exists") {
        let path = entry.expect("directory entry").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable example");
        let endpoint = Endpoint::from_toml_str(&text).expect("the example loads");
        round_trip(&endpoint);
        count += 1;
    }
    assert!(count >= 34, "{count} examples");
}

/// One value for each binding property, chosen away from the defaults.
fn binding_property(id: SecurityBindingPropertyId) -> BindingProperty {
    use BindingProperty as P;
    use SecurityBindingPropertyId as Id;
    let slot = |name: &str| RuntimeSlot::new(name);
    match id {
        Id::RequireSslClientCert => P::RequireSslClientCert(true),
        Id::WindowsIntegratedAuthPackage => {
            P::WindowsIntegratedAuthPackage(WindowsIntegratedAuthPackage::Spnego)
        }
        Id::RequireServerAuth => P::RequireServerAuth(false),
        Id::AllowAnonymousClients => P::AllowAnonymousClients(true),
        Id::AllowedImpersonationLevel => {
            P::AllowedImpersonationLevel(SecurityImpersonationLevel::Delegation)
        }
        Id::HttpHeaderAuthScheme => P::HttpHeaderAuthScheme(
            [HttpHeaderAuthScheme::Basic, HttpHeaderAuthScheme::Digest].into(),
        ),
        Id::HttpHeaderAuthTarget => P::HttpHeaderAuthTarget(HttpHeaderAuthTarget::Proxy),
        Id::HttpHeaderAuthBasicRealm => P::HttpHeaderAuthBasicRealm("basic réalm".into()),
        Id::HttpHeaderAuthDigestRealm => P::HttpHeaderAuthDigestRealm("digest".into()),
        Id::HttpHeaderAuthDigestDomain => P::HttpHeaderAuthDigestDomain(String::new()),
        Id::SecurityContextKeySize => P::SecurityContextKeySize(u32::MAX),
        Id::SecurityContextKeyEntropyMode => {
            P::SecurityContextKeyEntropyMode(SecurityKeyEntropyMode::ServerOnly)
        }
        Id::MessageProperties => P::MessageProperties(MessageProperties {
            entries: MessagePropertyId::ALL
                .iter()
                .map(|id| (*id, slot(id.name())))
                .collect(),
        }),
        Id::SecurityContextMaxPendingContexts => P::SecurityContextMaxPendingContexts(0),
        Id::SecurityContextMaxActiveContexts => P::SecurityContextMaxActiveContexts(128),
        Id::SecureConversationVersion => {
            P::SecureConversationVersion(*SecureConversationVersion::ALL.last().unwrap())
        }
        Id::SecurityContextSupportRenew => P::SecurityContextSupportRenew(false),
        Id::SecurityContextRenewalInterval => {
            P::SecurityContextRenewalInterval(Timespan::from_ticks(i64::MAX).unwrap())
        }
        Id::SecurityContextRolloverInterval => {
            P::SecurityContextRolloverInterval(Timespan::from_millis(1))
        }
        Id::CertFailuresToIgnore => {
            P::CertFailuresToIgnore(CertFailure::ALL.iter().copied().collect())
        }
        Id::DisableCertRevocationCheck => P::DisableCertRevocationCheck(true),
        Id::DisallowedSecureProtocols => {
            P::DisallowedSecureProtocols(SecureProtocol::ALL.iter().copied().collect())
        }
        Id::CertificateValidationCallbackContext => {
            P::CertificateValidationCallbackContext(CertificateValidationCallbackContext {
                callback: slot("callback"),
                state: Some(slot("state")),
            })
        }
    }
}

/// One value for each channel property.
fn channel_property(id: SecurityPropertyId) -> ChannelProperty {
    use ChannelProperty as P;
    use SecurityPropertyId as Id;
    match id {
        Id::TransportProtectionLevel => P::TransportProtectionLevel(ProtectionLevel::Sign),
        Id::AlgorithmSuite => P::AlgorithmSuite(AlgorithmSuite {
            canonicalization_algorithm: Some(SecurityAlgorithmId::ALL[1]),
            digest_algorithm: None,
            symmetric_signature_algorithm: Some(*SecurityAlgorithmId::ALL.last().unwrap()),
            min_symmetric_key_length: Some(128),
            max_asymmetric_key_length: Some(0),
            ..AlgorithmSuite::default()
        }),
        Id::AlgorithmSuiteName => {
            P::AlgorithmSuiteName(*SecurityAlgorithmSuiteName::ALL.last().unwrap())
        }
        Id::MaxAllowedLatency => P::MaxAllowedLatency(Timespan::from_secs(30)),
        Id::TimestampValidityDuration => P::TimestampValidityDuration(Timespan::ZERO),
        Id::MaxAllowedClockSkew => P::MaxAllowedClockSkew(Timespan::from_hours(2)),
        Id::TimestampUsage => P::TimestampUsage(SecurityTimestampUsage::Never),
        Id::SecurityHeaderLayout => {
            P::SecurityHeaderLayout(SecurityHeaderLayout::LaxWithTimestampLast)
        }
        Id::SecurityHeaderVersion => {
            P::SecurityHeaderVersion(*SecurityHeaderVersion::ALL.last().unwrap())
        }
        Id::ExtendedProtectionPolicy => {
            P::ExtendedProtectionPolicy(ExtendedProtectionPolicy::Always)
        }
        Id::ExtendedProtectionScenario => {
            P::ExtendedProtectionScenario(ExtendedProtectionScenario::TerminatedSsl)
        }
        Id::ServiceIdentities => {
            P::ServiceIdentities(vec!["host/a".into(), String::new(), "http/b".into()])
        }
    }
}

fn binding_properties() -> BindingProperties {
    SecurityBindingPropertyId::ALL
        .iter()
        .map(|id| binding_property(*id))
        .collect()
}

/// Every binding type, every field set, every credential and secret kind somewhere.
fn bindings(bootstrap: Option<SecurityDescription>) -> Vec<SecurityBinding> {
    let slot = |name: &str| Some(RuntimeSlot::new(name));
    let usage = Some(MessageSecurityUsage::Supporting);
    let store = |location: usize| CertStoreLocation::ALL[location % CertStoreLocation::ALL.len()];
    vec![
        SecurityBinding::SslTransport(SslTransportBinding {
            properties: binding_properties(),
            local_cert_credential: Some(CertCredential::SubjectName {
                store_location: store(0),
                store_name: "My".into(),
                subject_name: "CN=a".into(),
            }),
        }),
        SecurityBinding::SslTransport(SslTransportBinding {
            properties: BindingProperties::new(),
            local_cert_credential: Some(CertCredential::Thumbprint {
                store_location: store(1),
                store_name: "Root".into(),
                thumbprint: "00ff".into(),
            }),
        }),
        SecurityBinding::SslTransport(SslTransportBinding {
            properties: BindingProperties::new(),
            local_cert_credential: Some(CertCredential::Custom {
                get_cert_callback: RuntimeSlot::new("get"),
                get_cert_callback_state: slot("get-state"),
                cert_issuer_list_notification_callback: slot("issuers"),
                cert_issuer_list_notification_callback_state: None,
            }),
        }),
        SecurityBinding::TcpSspiTransport(SspiTransportBinding {
            properties: BindingProperties::new(),
            client_credential: Some(WindowsIntegratedAuthCredential::String {
                username: "user".into(),
                password: Secret::literal("literal password"),
                domain: Some("DOMAIN".into()),
            }),
        }),
        SecurityBinding::NamedpipeSspiTransport(SspiTransportBinding {
            properties: BindingProperties::new(),
            client_credential: Some(WindowsIntegratedAuthCredential::Opaque {
                opaque_auth_identity: RuntimeSlot::new("identity"),
            }),
        }),
        SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
            properties: BindingProperties::new(),
            client_credential: Some(WindowsIntegratedAuthCredential::Default),
        }),
        SecurityBinding::UsernameMessage(UsernameMessageBinding {
            binding_usage: usage,
            properties: BindingProperties::new(),
            client_credential: Some(UsernameCredential::String {
                username: "svc".into(),
                password: Secret::env("PASSWORD"),
            }),
            password_validator: slot("validator"),
            password_validator_callback_state: slot("validator-state"),
        }),
        SecurityBinding::UsernameMessage(UsernameMessageBinding {
            binding_usage: None,
            properties: BindingProperties::new(),
            client_credential: Some(UsernameCredential::String {
                username: String::new(),
                password: Secret::Runtime(RuntimeSlot::new("password")),
            }),
            password_validator: None,
            password_validator_callback_state: None,
        }),
        SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding {
            binding_usage: Some(MessageSecurityUsage::ALL[0]),
            properties: BindingProperties::new(),
            client_credential: Some(WindowsIntegratedAuthCredential::Default),
        }),
        SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding {
            binding_usage: usage,
            properties: BindingProperties::new(),
            xml_token: slot("token"),
        }),
        SecurityBinding::SamlMessage(SamlMessageBinding {
            binding_usage: usage,
            properties: BindingProperties::new(),
            authenticator: Some(SamlAuthenticator::CertSigned {
                trusted_issuer_certs: vec![RuntimeSlot::new("a"), RuntimeSlot::new("b")],
                decryption_cert: slot("decrypt"),
                saml_validator: slot("saml"),
                saml_validator_callback_state: slot("saml-state"),
            }),
        }),
        SecurityBinding::SecurityContextMessage(SecurityContextMessageBinding {
            binding_usage: usage,
            properties: BindingProperties::new(),
            bootstrap_security_description: bootstrap.map(Box::new),
        }),
    ]
}

/// An endpoint that uses every part of the model.
fn everything() -> Endpoint {
    let channel_properties: ChannelProperties = SecurityPropertyId::ALL
        .iter()
        .map(|id| channel_property(*id))
        .collect();
    let bootstrap = SecurityDescription {
        properties: channel_properties.clone(),
        bindings: bindings(None),
    };
    Endpoint {
        side: Side::Server,
        channel_binding: *ChannelBinding::ALL.last().unwrap(),
        channel_type: Some(*ChannelType::ALL.last().unwrap()),
        address: Some(EndpointAddress {
            url: "net.tcp://svc.contoso.com:808/orders".to_owned(),
            headers: Some(RuntimeSlot::new("headers")),
            extensions: Some(RuntimeSlot::new("extensions")),
            identity: Some(EndpointIdentity::Rsa {
                modulus: Bytes(vec![0xc1, 0x3d, 0x01, 0x82]),
                exponent: Bytes(vec![1, 0, 1]),
            }),
        }),
        description: SecurityDescription {
            properties: channel_properties,
            bindings: bindings(Some(bootstrap)),
        },
    }
}

#[test]
fn every_identity_kind_reads_back_equal() {
    let identities = [
        EndpointIdentity::Dns {
            dns: "a.example".to_owned(),
        },
        EndpointIdentity::Upn {
            upn: "svc@example".to_owned(),
        },
        EndpointIdentity::Spn {
            spn: "host/a".to_owned(),
        },
        EndpointIdentity::Rsa {
            modulus: Bytes(vec![1]),
            exponent: Bytes(vec![]),
        },
        EndpointIdentity::Cert {
            raw_certificate_data: Bytes(vec![0x30, 0x82]),
        },
        EndpointIdentity::Unknown {
            element: RuntimeSlot::new("xml"),
        },
    ];
    assert_eq!(identities.len(), EndpointIdentityType::ALL.len());
    for identity in identities {
        let mut endpoint = Endpoint::new(Side::Client, ChannelBinding::Tcp);
        endpoint.address = Some(EndpointAddress {
            identity: Some(identity),
            ..EndpointAddress::new("net.tcp://a/")
        });
        round_trip(&endpoint);
    }
}

#[test]
fn every_part_of_the_model_reads_back_equal() {
    round_trip(&everything());
    round_trip(&Endpoint::new(Side::Client, ChannelBinding::Http));
}

#[test]
fn every_binding_type_is_exercised() {
    let endpoint = everything();
    for t in SecurityBindingType::ALL {
        assert!(
            endpoint
                .description
                .bindings
                .iter()
                .any(|b| b.binding_type() == *t),
            "{t:?}"
        );
    }
}

#[test]
fn cut_or_extended_bytes_are_an_error() {
    let bytes = encode(&everything());
    for len in 0..bytes.len() {
        assert!(
            decode(&bytes[..len]).is_err(),
            "a prefix of {len} bytes decoded"
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    let e = decode(&longer).unwrap_err();
    assert_eq!(e.offset, bytes.len());
    assert!(e.to_string().contains("not written by"), "{e}");
}

#[test]
fn damaged_bytes_never_panic() {
    let endpoint = Endpoint {
        description: SecurityDescription {
            properties: ChannelProperties::new(),
            bindings: bindings(None),
        },
        ..Endpoint::new(Side::Client, ChannelBinding::Http)
    };
    let bytes = encode(&endpoint);
    // Every byte replaced by a few values, including out-of-range tags and indices.
    for i in 0..bytes.len() {
        for value in [0u8, 1, 2, 3, 0x7f, 0x80, 0xff] {
            let mut damaged = bytes.clone();
            damaged[i] = value;
            let _ = decode(&damaged);
        }
    }
}

#[test]
fn deep_nesting_is_refused() {
    let mut description = SecurityDescription::default();
    for _ in 0..20 {
        description = SecurityDescription {
            properties: ChannelProperties::new(),
            bindings: vec![SecurityBinding::SecurityContextMessage(
                SecurityContextMessageBinding {
                    bootstrap_security_description: Some(Box::new(description)),
                    ..Default::default()
                },
            )],
        };
    }
    let endpoint = Endpoint {
        description,
        ..Endpoint::new(Side::Client, ChannelBinding::Http)
    };
    let e = decode(&encode(&endpoint)).unwrap_err();
    assert_eq!(e.problem, "descriptions nested too deep");
}

// Templates: the compact form of the template form of `security_binding!`.

fn template_round_trip(template: &Template) {
    let bytes = compact::encode_template(template);
    assert_eq!(
        compact::decode_template(&bytes).as_ref(),
        Ok(template),
        "bytes: {bytes:?}"
    );
}

#[test]
fn every_example_template_reads_back_equal() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/templates");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("examples/templates exists") {
        let path = entry.expect("directory entry").path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable example");
        let EndpointFile::Template(template) = EndpointFile::from_toml_str(&text).unwrap() else {
            panic!("{} is not a template file", path.display());
        };
        template_round_trip(&template);
        count += 1;
    }
    assert!(count >= 3, "{count} examples");
}

/// A value for a member of kind `kind`, as a template file writes it.
fn member_node(kind: FieldKind) -> decode::Node {
    use decode::Node;
    let table = |entries: &[(&str, Node)]| {
        Node::Table(
            entries
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        )
    };
    let text = |s: &str| Node::String(s.to_owned());
    let slot = |s: &str| table(&[("runtime", text(s))]);
    match kind {
        FieldKind::Usage => text("supporting"),
        FieldKind::Credential(CredentialFamily::Certificate) => table(&[
            ("type", text("thumbprint")),
            ("store_location", text("local_machine")),
            ("store_name", text("My")),
            ("thumbprint", text("00ff")),
        ]),
        FieldKind::Credential(CredentialFamily::Windows) => table(&[
            ("type", text("string")),
            ("username", text("user")),
            ("password", table(&[("env", text("PASSWORD"))])),
            ("domain", text("CORP")),
        ]),
        FieldKind::Credential(CredentialFamily::Username) => table(&[
            ("type", text("string")),
            ("username", text("svc")),
            ("password", slot("password")),
        ]),
        FieldKind::Callback(_) | FieldKind::Object => slot("program-value"),
        FieldKind::Properties(PropertyContainer::ChannelProperties) => table(&[
            ("encoding", text("xml_binary_session_1")),
            ("envelope_version", text("soap_1_1")),
            ("addressing_version", text("transport")),
        ]),
        FieldKind::Properties(PropertyContainer::SecurityProperties) => table(&[
            ("timestamp_usage", text("requests_only")),
            ("max_allowed_clock_skew", text("7m")),
        ]),
        FieldKind::Properties(PropertyContainer::SecurityBindingProperties) => table(&[
            ("require_server_auth", Node::Bool(false)),
            ("security_context_key_size", Node::Integer(256)),
        ]),
        FieldKind::Structure(fields) => members_node(fields),
        other => panic!("no template member is a {other:?}"),
    }
}

fn members_node(fields: &[Field]) -> decode::Node {
    decode::Node::Table(
        fields
            .iter()
            .map(|f| (f.key.to_owned(), member_node(f.kind)))
            .collect(),
    )
}

#[test]
fn every_template_with_every_member_set_reads_back_equal() {
    use decode::Node;
    for (i, template_type) in BindingTemplateType::ALL.iter().enumerate() {
        let mut entries = vec![
            (
                "template".to_owned(),
                Node::String(template_type.name().to_owned()),
            ),
            (
                "side".to_owned(),
                Node::String(Side::NAMES[i % 2].to_owned()),
            ),
            (
                "channel_type".to_owned(),
                Node::String("duplex_session".to_owned()),
            ),
        ];
        let Node::Table(members) = members_node(BindingTemplate::value_fields(*template_type))
        else {
            unreachable!()
        };
        entries.extend(members);
        entries.push((
            "policy".to_owned(),
            members_node(BindingTemplate::policy_fields(*template_type)),
        ));
        let template = decode::decode_template(&Node::Table(entries))
            .unwrap_or_else(|e| panic!("{template_type:?}: {e}"));
        assert!(!template.binding_template.policy_is_empty());
        template_round_trip(&template);
        template_round_trip(&Template::new(Side::Server, *template_type));
    }
}

#[test]
fn cut_or_damaged_template_bytes_are_an_error_never_a_panic() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/templates/policytemplateexample.toml"),
    )
    .unwrap();
    let EndpointFile::Template(template) = EndpointFile::from_toml_str(&text).unwrap() else {
        unreachable!()
    };
    let bytes = compact::encode_template(&template);
    for len in 0..bytes.len() {
        assert!(compact::decode_template(&bytes[..len]).is_err(), "{len}");
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(compact::decode_template(&longer).is_err());
    for i in 0..bytes.len() {
        for value in [0u8, 1, 2, 0x7f, 0x80, 0xff] {
            let mut damaged = bytes.clone();
            damaged[i] = value;
            let _ = compact::decode_template(&damaged);
        }
    }
    // The two forms are not confused: endpoint bytes are no template.
    assert!(compact::decode_template(&encode(&everything())).is_err());
}
