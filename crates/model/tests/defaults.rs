//! Every `default`-kind rule of the T, M and P catalogues that concerns the endpoint model, each
//! as a test named after its id: the documented default is what the model reports when the
//! declaration leaves the value out, and an explicit value always wins.

use wws_security_model::defaults::*;
use wws_security_model::*;

fn load(text: &str) -> Endpoint {
    Endpoint::from_toml_str(text).unwrap_or_else(|e| panic!("{e}"))
}

fn binding_value(
    binding: SecurityBindingType,
    side: Side,
    id: SecurityBindingPropertyId,
) -> BindingProperty {
    binding_property_default(id, binding, side)
        .unwrap_or_else(|| panic!("{id} has a default on {binding}"))
}

fn channel_value(
    description: &SecurityDescription,
    id: SecurityPropertyId,
) -> Option<ChannelProperty> {
    effective_channel_property(description, id).value().cloned()
}

const SSL_CLIENT: &str =
    "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n";

#[test]
fn t_008_p_008_channel_bag_is_optional_and_empty_means_defaults() {
    let e = load(SSL_CLIENT);
    assert!(e.description.properties.is_empty());
    assert_eq!(
        channel_value(&e.description, SecurityPropertyId::TimestampUsage),
        Some(ChannelProperty::TimestampUsage(
            SecurityTimestampUsage::Always
        ))
    );
}

#[test]
fn t_010_p_007_binding_bag_is_optional_and_empty_means_defaults() {
    let e = load(SSL_CLIENT);
    let ssl = &e.description.bindings[0];
    assert!(ssl.properties().is_empty());
    let eff = effective_binding_property(
        ssl,
        Side::Client,
        SecurityBindingPropertyId::DisableCertRevocationCheck,
    );
    assert!(!eff.is_explicit());
    assert_eq!(
        eff.value(),
        Some(&BindingProperty::DisableCertRevocationCheck(false))
    );
}

#[test]
fn t_021_m_015_p_082_protection_level_default_needs_a_transport_binding() {
    let with_ssl = load(SSL_CLIENT);
    assert_eq!(
        channel_value(
            &with_ssl.description,
            SecurityPropertyId::TransportProtectionLevel
        ),
        Some(ChannelProperty::TransportProtectionLevel(
            ProtectionLevel::SignAndEncrypt
        ))
    );
    let header_only = load("side = \"server\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"http_header_auth\"\n");
    assert_eq!(
        channel_value(
            &header_only.description,
            SecurityPropertyId::TransportProtectionLevel
        ),
        None
    );
    assert!(channel_default_note(SecurityPropertyId::TransportProtectionLevel).is_some());
    let explicit = load("side = \"server\"\nchannel_binding = \"http\"\nproperties = { transport_protection_level = \"none\" }\n[[bindings]]\ntype = \"http_header_auth\"\n");
    let eff = effective_channel_property(
        &explicit.description,
        SecurityPropertyId::TransportProtectionLevel,
    );
    assert!(eff.is_explicit());
    assert_eq!(
        eff.value(),
        Some(&ChannelProperty::TransportProtectionLevel(
            ProtectionLevel::None
        ))
    );
}

#[test]
fn t_039_t_050_spnego_is_the_default_package_on_both_sspi_bindings() {
    for binding in [
        SecurityBindingType::TcpSspiTransport,
        SecurityBindingType::NamedpipeSspiTransport,
    ] {
        for side in Side::ALL {
            assert_eq!(
                binding_value(
                    binding,
                    side,
                    SecurityBindingPropertyId::WindowsIntegratedAuthPackage
                ),
                BindingProperty::WindowsIntegratedAuthPackage(WindowsIntegratedAuthPackage::Spnego)
            );
        }
    }
}

#[test]
fn t_050_p_019_server_authentication_default_depends_on_the_binding() {
    let id = SecurityBindingPropertyId::RequireServerAuth;
    assert_eq!(
        binding_value(SecurityBindingType::TcpSspiTransport, Side::Client, id),
        BindingProperty::RequireServerAuth(true)
    );
    assert_eq!(
        binding_value(
            SecurityBindingType::NamedpipeSspiTransport,
            Side::Client,
            id
        ),
        BindingProperty::RequireServerAuth(false)
    );
}

#[test]
fn t_059_header_auth_targets_the_service_by_default() {
    assert_eq!(
        binding_value(
            SecurityBindingType::HttpHeaderAuth,
            Side::Client,
            SecurityBindingPropertyId::HttpHeaderAuthTarget
        ),
        BindingProperty::HttpHeaderAuthTarget(HttpHeaderAuthTarget::Service)
    );
}

#[test]
fn t_094_issuer_list_callback_is_optional() {
    let e = load(
        "side = \"client\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n\
         local_cert_credential = { type = \"custom\", get_cert_callback = { runtime = \"get_cert\" } }\n",
    );
    let SecurityBinding::SslTransport(ssl) = &e.description.bindings[0] else {
        panic!("ssl")
    };
    let Some(CertCredential::Custom {
        cert_issuer_list_notification_callback,
        cert_issuer_list_notification_callback_state,
        ..
    }) = &ssl.local_cert_credential
    else {
        panic!("custom credential")
    };
    assert_eq!(cert_issuer_list_notification_callback, &None);
    assert_eq!(cert_issuer_list_notification_callback_state, &None);
}

#[test]
fn t_118_an_endpoint_without_bindings_is_representable() {
    // No description is "no security": the endpoint file simply lists no bindings.
    let e = load("side = \"client\"\nchannel_binding = \"udp\"\n");
    assert!(e.description.bindings.is_empty());
}

#[test]
fn m_025_validator_state_is_optional() {
    let e = load(
        "side = \"server\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n[[bindings]]\n\
         type = \"username_message\"\nbinding_usage = \"supporting\"\npassword_validator = { runtime = \"check\" }\n",
    );
    let SecurityBinding::UsernameMessage(u) = &e.description.bindings[1] else {
        panic!("username")
    };
    assert_eq!(u.password_validator, Some(RuntimeSlot::new("check")));
    assert_eq!(u.password_validator_callback_state, None);
}

#[test]
fn m_037_impersonation_level_defaults_to_identification() {
    assert_eq!(
        binding_value(
            SecurityBindingType::KerberosApreqMessage,
            Side::Client,
            SecurityBindingPropertyId::AllowedImpersonationLevel
        ),
        BindingProperty::AllowedImpersonationLevel(SecurityImpersonationLevel::Identification)
    );
}

#[test]
fn m_039_p_024_anonymous_clients_are_refused_by_default() {
    for binding in [
        SecurityBindingType::KerberosApreqMessage,
        SecurityBindingType::TcpSspiTransport,
    ] {
        assert_eq!(
            binding_value(
                binding,
                Side::Server,
                SecurityBindingPropertyId::AllowAnonymousClients
            ),
            BindingProperty::AllowAnonymousClients(false)
        );
    }
}

#[test]
fn m_046_p_090_kerberos_lowers_the_default_suite() {
    let plain = load(SSL_CLIENT);
    assert_eq!(
        channel_value(&plain.description, SecurityPropertyId::AlgorithmSuiteName),
        Some(ChannelProperty::AlgorithmSuiteName(
            SecurityAlgorithmSuiteName::Basic256
        ))
    );
    let krb = load(&format!(
        "{SSL_CLIENT}[[bindings]]\ntype = \"kerberos_apreq_message\"\nbinding_usage = \"supporting\"\nclient_credential = {{ type = \"default\" }}\n"
    ));
    assert_eq!(
        channel_value(&krb.description, SecurityPropertyId::AlgorithmSuiteName),
        Some(ChannelProperty::AlgorithmSuiteName(
            SecurityAlgorithmSuiteName::Basic128
        ))
    );
}

#[test]
fn m_071_saml_validator_is_optional() {
    let e = load(
        "side = \"server\"\nchannel_binding = \"http\"\n[[bindings]]\ntype = \"ssl_transport\"\n[[bindings]]\n\
         type = \"saml_message\"\nbinding_usage = \"supporting\"\n\
         authenticator = { type = \"cert_signed\", trusted_issuer_certs = [{ runtime = \"issuer\" }] }\n",
    );
    let SecurityBinding::SamlMessage(s) = &e.description.bindings[1] else {
        panic!("saml")
    };
    let Some(SamlAuthenticator::CertSigned { saml_validator, .. }) = &s.authenticator else {
        panic!("authenticator")
    };
    assert_eq!(saml_validator, &None);
}

#[test]
fn m_079_to_m_086_security_context_defaults() {
    use BindingProperty as P;
    use SecurityBindingPropertyId as Id;
    let sctx = SecurityBindingType::SecurityContextMessage;
    // M-079: no key size is sent; the issuer chooses.
    assert_eq!(
        binding_property_default(Id::SecurityContextKeySize, sctx, Side::Client),
        None
    );
    assert!(binding_default_note(Id::SecurityContextKeySize)
        .unwrap()
        .contains("issuer"));
    // M-080
    assert_eq!(
        binding_value(sctx, Side::Client, Id::SecurityContextKeyEntropyMode),
        P::SecurityContextKeyEntropyMode(SecurityKeyEntropyMode::Combined)
    );
    // M-081
    assert_eq!(
        binding_property_default(Id::MessageProperties, sctx, Side::Server),
        None
    );
    // M-082
    assert_eq!(
        binding_value(sctx, Side::Server, Id::SecureConversationVersion),
        P::SecureConversationVersion(SecureConversationVersion::February2005)
    );
    // M-083 / P-063
    assert_eq!(
        binding_value(sctx, Side::Client, Id::SecurityContextSupportRenew),
        P::SecurityContextSupportRenew(true)
    );
    // M-084 / P-064: side-dependent, exact in ticks.
    assert_eq!(
        binding_value(sctx, Side::Client, Id::SecurityContextRenewalInterval),
        P::SecurityContextRenewalInterval(Timespan::from_ticks(360_000_000_000).unwrap())
    );
    assert_eq!(
        binding_value(sctx, Side::Server, Id::SecurityContextRenewalInterval),
        P::SecurityContextRenewalInterval(Timespan::from_ticks(540_000_000_000).unwrap())
    );
    // M-085 / P-066
    assert_eq!(
        binding_value(sctx, Side::Client, Id::SecurityContextRolloverInterval),
        P::SecurityContextRolloverInterval(Timespan::from_ticks(3_000_000_000).unwrap())
    );
    // M-086 / P-057 / P-058
    assert_eq!(
        binding_value(sctx, Side::Server, Id::SecurityContextMaxPendingContexts),
        P::SecurityContextMaxPendingContexts(100)
    );
    assert_eq!(
        binding_value(sctx, Side::Server, Id::SecurityContextMaxActiveContexts),
        P::SecurityContextMaxActiveContexts(1000)
    );
}

#[test]
fn m_149_m_151_m_152_m_157_m_165_token_request_defaults() {
    use RequestSecurityTokenDefault as D;
    use RequestSecurityTokenPropertyId as Id;
    assert_eq!(
        request_security_token_default(Id::TrustVersion),
        Some(D::TrustVersion(TrustVersion::February2005))
    );
    assert_eq!(request_security_token_default(Id::IssuedTokenType), None);
    assert_eq!(
        request_security_token_default(Id::RequestAction),
        Some(D::RequestAction(RequestSecurityTokenAction::Issue))
    );
    assert_eq!(
        request_security_token_default(Id::IssuedTokenKeyType),
        Some(D::IssuedTokenKeyType(SecurityKeyType::Symmetric))
    );
    assert_eq!(request_security_token_default(Id::MessageProperties), None);
}

#[test]
fn p_012_p_071_boolean_defaults_are_false() {
    assert_eq!(
        binding_value(
            SecurityBindingType::SslTransport,
            Side::Server,
            SecurityBindingPropertyId::RequireSslClientCert
        ),
        BindingProperty::RequireSslClientCert(false)
    );
    assert_eq!(
        binding_value(
            SecurityBindingType::SslTransport,
            Side::Client,
            SecurityBindingPropertyId::DisableCertRevocationCheck
        ),
        BindingProperty::DisableCertRevocationCheck(false)
    );
}

#[test]
fn p_031_header_auth_scheme_defaults_to_negotiate() {
    let BindingProperty::HttpHeaderAuthScheme(schemes) = binding_value(
        SecurityBindingType::HttpHeaderAuth,
        Side::Client,
        SecurityBindingPropertyId::HttpHeaderAuthScheme,
    ) else {
        panic!("scheme")
    };
    assert_eq!(
        schemes.iter().collect::<Vec<_>>(),
        vec![HttpHeaderAuthScheme::Negotiate]
    );
}

#[test]
fn p_068_cert_failures_to_ignore_defaults_to_revocation_offline() {
    let BindingProperty::CertFailuresToIgnore(failures) = binding_value(
        SecurityBindingType::SslTransport,
        Side::Client,
        SecurityBindingPropertyId::CertFailuresToIgnore,
    ) else {
        panic!("failures")
    };
    assert_eq!(
        failures.iter().collect::<Vec<_>>(),
        vec![CertFailure::RevocationOffline]
    );
}

#[test]
fn p_102_zero_key_lengths_select_the_documented_defaults() {
    let suite = AlgorithmSuite {
        min_symmetric_key_length: Some(0),
        max_asymmetric_key_length: Some(4096),
        ..Default::default()
    };
    assert_eq!(effective_key_lengths(&suite), [128, 512, 1024, 4096]);
}

#[test]
fn p_108_p_109_p_110_timestamp_windows_default_to_five_minutes() {
    let e = load(SSL_CLIENT);
    let five = Timespan::from_ticks(3_000_000_000).unwrap();
    assert_eq!(
        channel_value(&e.description, SecurityPropertyId::MaxAllowedLatency),
        Some(ChannelProperty::MaxAllowedLatency(five))
    );
    assert_eq!(
        channel_value(
            &e.description,
            SecurityPropertyId::TimestampValidityDuration
        ),
        Some(ChannelProperty::TimestampValidityDuration(five))
    );
    assert_eq!(
        channel_value(&e.description, SecurityPropertyId::MaxAllowedClockSkew),
        Some(ChannelProperty::MaxAllowedClockSkew(five))
    );
}

#[test]
fn p_112_p_116_p_118_p_119_p_126_enumerated_channel_defaults() {
    let e = load(SSL_CLIENT);
    let d = &e.description;
    assert_eq!(
        channel_value(d, SecurityPropertyId::TimestampUsage),
        Some(ChannelProperty::TimestampUsage(
            SecurityTimestampUsage::Always
        ))
    );
    assert_eq!(
        channel_value(d, SecurityPropertyId::SecurityHeaderLayout),
        Some(ChannelProperty::SecurityHeaderLayout(
            SecurityHeaderLayout::Strict
        ))
    );
    assert_eq!(
        channel_value(d, SecurityPropertyId::SecurityHeaderVersion),
        Some(ChannelProperty::SecurityHeaderVersion(
            SecurityHeaderVersion::V1_1
        ))
    );
    assert_eq!(
        channel_value(d, SecurityPropertyId::ExtendedProtectionPolicy),
        Some(ChannelProperty::ExtendedProtectionPolicy(
            ExtendedProtectionPolicy::WhenSupported
        ))
    );
    assert_eq!(
        channel_value(d, SecurityPropertyId::ExtendedProtectionScenario),
        Some(ChannelProperty::ExtendedProtectionScenario(
            ExtendedProtectionScenario::BoundServer
        ))
    );
}

#[test]
fn an_explicit_value_wins_over_the_default() {
    let e = load(
        "side = \"client\"\nchannel_binding = \"tcp\"\n[[bindings]]\ntype = \"tcp_sspi_transport\"\n\
         client_credential = { type = \"default\" }\nproperties = { require_server_auth = false }\n",
    );
    let eff = effective_binding_property(
        &e.description.bindings[0],
        Side::Client,
        SecurityBindingPropertyId::RequireServerAuth,
    );
    assert!(eff.is_explicit());
    assert_eq!(
        eff.value(),
        Some(&BindingProperty::RequireServerAuth(false))
    );
}
