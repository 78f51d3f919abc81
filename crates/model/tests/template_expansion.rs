//! The expansion of all 14 templates on both sides (snapshots, each read against templates.md
//! §1.2 and §1.4), and the map from expansion places back to template places.
//!
//! Every snapshot input fills every member its side may set, with one entry in each property
//! bag of the policy description and one in the template value's, so a snapshot shows where
//! each part of the template ends up.

use wws_security_model::*;

/// A template file of `template_type` for `side` with every member filled.
fn full_template(template_type: BindingTemplateType, side: Side) -> String {
    let mut value = String::new();
    let mut policy = String::new();
    value.push_str(&format!(
        "template = \"{}\"\nside = \"{}\"\n",
        template_type.name(),
        side.name()
    ));
    if template_type.channel_binding() == ChannelBinding::Tcp {
        value.push_str("channel_type = \"duplex_session\"\n");
    }
    for field in BindingTemplate::value_fields(template_type) {
        member(field.key, side, &mut value, &mut policy);
    }
    format!("{value}{policy}")
}

/// Appends the template value's and the policy description's tables for member `key`.
fn member(key: &str, side: Side, value: &mut String, policy: &mut String) {
    let client = side == Side::Client;
    let (template_part, policy_part): (String, &str) = match key {
        "channel_properties" => (
            "addressing_version = \"v1_0\"\n".into(),
            "encoding = \"xml_utf8\"\nenvelope_version = \"soap_1_2\"\n",
        ),
        "security_properties" => (
            "max_allowed_clock_skew = \"5m\"\n".into(),
            "timestamp_usage = \"always\"\nsecurity_header_layout = \"strict\"\n",
        ),
        "ssl_transport_security_binding" if client => (
            "[ssl_transport_security_binding.security_binding_properties]\n\
             cert_failures_to_ignore = [\"revocation_offline\"]\n\
             [ssl_transport_security_binding.local_cert_credential]\n\
             type = \"subject_name\"\nstore_location = \"current_user\"\nstore_name = \"My\"\n\
             subject_name = \"client\"\n"
                .into(),
            "",
        ),
        "ssl_transport_security_binding" => (
            "[ssl_transport_security_binding.security_binding_properties]\n\
             require_ssl_client_cert = false\n"
                .into(),
            "",
        ),
        "sspi_transport_security_binding" if client => (
            "[sspi_transport_security_binding.security_binding_properties]\n\
             windows_integrated_auth_package = \"kerberos\"\n\
             [sspi_transport_security_binding.client_credential]\ntype = \"default\"\n"
                .into(),
            "",
        ),
        "sspi_transport_security_binding" => (
            "[sspi_transport_security_binding.security_binding_properties]\n\
             allowed_impersonation_level = \"identification\"\n"
                .into(),
            "",
        ),
        "http_header_auth_security_binding" if client => (
            "[http_header_auth_security_binding.client_credential]\n\
             type = \"string\"\nusername = \"svc\"\npassword = { env = \"SVC_PASSWORD\" }\n"
                .into(),
            "[policy.http_header_auth_security_binding.security_binding_properties]\n\
             http_header_auth_scheme = [\"negotiate\"]\n",
        ),
        "http_header_auth_security_binding" => (
            String::new(),
            "[policy.http_header_auth_security_binding.security_binding_properties]\n\
             http_header_auth_scheme = [\"negotiate\"]\n",
        ),
        "username_message_security_binding" if client => (
            "[username_message_security_binding.client_credential]\n\
             type = \"string\"\nusername = \"svc\"\npassword = { env = \"SVC_PASSWORD\" }\n"
                .into(),
            "[policy.username_message_security_binding]\nbinding_usage = \"supporting\"\n",
        ),
        "username_message_security_binding" => (
            "[username_message_security_binding]\n\
             password_validator = { runtime = \"check-password\" }\n\
             password_validator_callback_state = { runtime = \"password-state\" }\n"
                .into(),
            "",
        ),
        "kerberos_apreq_message_security_binding" if client => (
            "[kerberos_apreq_message_security_binding.client_credential]\ntype = \"default\"\n"
                .into(),
            "",
        ),
        "kerberos_apreq_message_security_binding" => (String::new(), ""),
        "security_context_security_binding" => (
            "[security_context_security_binding.security_context_message_security_binding.security_binding_properties]\n\
             security_context_key_size = 256\n\
             [security_context_security_binding.security_properties]\n\
             max_allowed_latency = \"10m\"\n"
                .into(),
            "[policy.security_context_security_binding.security_context_message_security_binding.security_binding_properties]\n\
             secure_conversation_version = \"february_2005\"\n\
             [policy.security_context_security_binding.security_properties]\n\
             timestamp_usage = \"always\"\n",
        ),
        other => panic!("no sample for member {other}"),
    };
    match key {
        "channel_properties" | "security_properties" => {
            value.push_str(&format!("\n[{key}]\n{template_part}"));
            policy.push_str(&format!("\n[policy.{key}]\n{policy_part}"));
        }
        _ => {
            if !template_part.is_empty() {
                value.push('\n');
                value.push_str(&template_part);
            }
            if !policy_part.is_empty() {
                policy.push('\n');
                policy.push_str(policy_part);
            }
        }
    }
}

fn template(text: &str) -> Template {
    match EndpointFile::from_toml_str(text) {
        Ok(EndpointFile::Template(t)) => *t,
        Ok(EndpointFile::Endpoint(_)) => panic!("a template file read as a plain endpoint"),
        Err(e) => panic!("{e}\n{text}"),
    }
}

/// Every place of an endpoint that a diagnostic can name: properties, bindings, their
/// properties and set fields, and the same inside bootstraps.
fn places(description: &SecurityDescription, at: &Path, out: &mut Vec<Path>) {
    if !description.properties.is_empty() {
        out.push(at.key("properties"));
    }
    for p in &description.properties {
        out.push(at.key("properties").key(p.id().name()));
    }
    for (i, binding) in description.bindings.iter().enumerate() {
        let b = at.key("bindings").index(i);
        out.push(b.clone());
        for p in binding.properties() {
            out.push(b.key("properties").key(p.id().name()));
        }
        binding.visit_fields(|field, value| {
            if value.is_some() {
                out.push(b.key(field.key));
            }
        });
        if let SecurityBinding::SecurityContextMessage(sc) = binding {
            if let Some(bootstrap) = &sc.bootstrap_security_description {
                places(bootstrap, &b.key("bootstrap_security_description"), out);
            }
        }
    }
}

fn snapshot_of(template_type: BindingTemplateType, side: Side) -> String {
    let input = full_template(template_type, side);
    let expansion = template(&input).expansion();
    let endpoint = expansion.endpoint.to_toml_string().unwrap();
    let channel = toml::to_string(&expansion.channel_properties).unwrap();
    let mut paths = Vec::new();
    places(&expansion.endpoint.description, &Path::root(), &mut paths);
    let map: Vec<String> = paths
        .iter()
        .map(|p| format!("{p}  ->  {}", expansion.template_path(p)))
        .collect();
    format!(
        "# input\n{input}\n# expanded endpoint\n{endpoint}\n# channel properties\n{channel}\n# places\n{}\n",
        map.join("\n")
    )
}

#[test]
fn every_template_expands_on_both_sides() {
    for template_type in BindingTemplateType::ALL {
        for side in Side::ALL {
            let name = format!(
                "{:02}-{}-{}",
                template_type.to_raw(),
                template_type.name(),
                side
            );
            insta::assert_snapshot!(name, snapshot_of(*template_type, side));
        }
    }
}

/// The bindings of each template type, in the canonical order of templates.md §1.2.
#[test]
fn binding_lists_follow_the_master_table() {
    use BindingTemplateType as T;
    use SecurityBindingType as B;
    let expected: &[(T, &[B], &[B])] = &[
        (T::Http, &[], &[]),
        (T::HttpSsl, &[B::SslTransport], &[]),
        (T::HttpHeaderAuth, &[B::HttpHeaderAuth], &[]),
        (
            T::HttpSslHeaderAuth,
            &[B::SslTransport, B::HttpHeaderAuth],
            &[],
        ),
        (
            T::HttpSslUsername,
            &[B::SslTransport, B::UsernameMessage],
            &[],
        ),
        (
            T::HttpSslKerberosApreq,
            &[B::SslTransport, B::KerberosApreqMessage],
            &[],
        ),
        (T::Tcp, &[], &[]),
        (T::TcpSspi, &[B::TcpSspiTransport], &[]),
        (
            T::TcpSspiUsername,
            &[B::TcpSspiTransport, B::UsernameMessage],
            &[],
        ),
        (
            T::TcpSspiKerberosApreq,
            &[B::TcpSspiTransport, B::KerberosApreqMessage],
            &[],
        ),
        (
            T::HttpSslUsernameSecurityContext,
            &[B::SslTransport, B::SecurityContextMessage],
            &[B::SslTransport, B::UsernameMessage],
        ),
        (
            T::HttpSslKerberosApreqSecurityContext,
            &[B::SslTransport, B::SecurityContextMessage],
            &[B::SslTransport, B::KerberosApreqMessage],
        ),
        (
            T::TcpSspiUsernameSecurityContext,
            &[B::TcpSspiTransport, B::SecurityContextMessage],
            &[B::TcpSspiTransport, B::UsernameMessage],
        ),
        (
            T::TcpSspiKerberosApreqSecurityContext,
            &[B::TcpSspiTransport, B::SecurityContextMessage],
            &[B::TcpSspiTransport, B::KerberosApreqMessage],
        ),
    ];
    assert_eq!(expected.len(), T::ALL.len());
    for (template_type, service, bootstrap) in expected {
        for side in Side::ALL {
            let endpoint = Template::new(side, *template_type).expand();
            let channel = if template_type.name().starts_with("http") {
                ChannelBinding::Http
            } else {
                ChannelBinding::Tcp
            };
            assert_eq!(endpoint.channel_binding, channel, "{template_type}");
            let types: Vec<B> = endpoint
                .description
                .bindings
                .iter()
                .map(|b| b.binding_type())
                .collect();
            assert_eq!(types, *service, "{template_type} on a {side}");
            let inner: Vec<B> = endpoint
                .description
                .bindings
                .iter()
                .find_map(|b| match b {
                    SecurityBinding::SecurityContextMessage(sc) => {
                        sc.bootstrap_security_description.as_ref()
                    }
                    _ => None,
                })
                .map(|d| d.bindings.iter().map(|b| b.binding_type()).collect())
                .unwrap_or_default();
            assert_eq!(
                inner, *bootstrap,
                "bootstrap of {template_type} on a {side}"
            );
            for binding in &endpoint.description.bindings {
                if binding.binding_type().name().ends_with("_message") {
                    assert_eq!(
                        binding.binding_usage(),
                        Some(MessageSecurityUsage::Supporting)
                    );
                }
            }
        }
    }
}

#[test]
fn channel_type_is_fixed_for_http_and_chosen_for_tcp() {
    let http = Template::new(Side::Client, BindingTemplateType::HttpSsl).expand();
    assert_eq!(http.channel_type, Some(ChannelType::Request));
    let http = Template::new(Side::Server, BindingTemplateType::HttpSsl).expand();
    assert_eq!(http.channel_type, Some(ChannelType::Reply));
    let tcp = Template::new(Side::Client, BindingTemplateType::TcpSspi).expand();
    assert_eq!(tcp.channel_type, None);
    let mut tcp = Template::new(Side::Server, BindingTemplateType::TcpSspi);
    tcp.channel_type = Some(ChannelType::DuplexSession);
    assert_eq!(tcp.expand().channel_type, Some(ChannelType::DuplexSession));
}

#[test]
fn header_auth_only_policy_gives_protection_level_none_unless_set() {
    let plain = Template::new(Side::Client, BindingTemplateType::HttpHeaderAuth).expand();
    assert_eq!(
        plain
            .description
            .properties
            .get(SecurityPropertyId::TransportProtectionLevel),
        Some(&ChannelProperty::TransportProtectionLevel(
            ProtectionLevel::None
        ))
    );
    // With SSL, nothing is added.
    let ssl = Template::new(Side::Client, BindingTemplateType::HttpSslHeaderAuth).expand();
    assert!(ssl.description.properties.is_empty());
    // A level written in either part is not doubled.
    let written = template(
        "template = \"http_header_auth\"\nside = \"client\"\n\
         [security_properties]\ntransport_protection_level = \"sign\"\n",
    )
    .expand();
    assert_eq!(
        written.description.properties.entries(),
        [ChannelProperty::TransportProtectionLevel(
            ProtectionLevel::Sign
        )]
    );
}

#[test]
fn the_same_property_in_both_parts_is_kept_twice_policy_first() {
    let t = template(
        "template = \"http_ssl\"\nside = \"client\"\n\
         [security_properties]\ntimestamp_usage = \"never\"\n\
         [policy.security_properties]\ntimestamp_usage = \"always\"\n",
    );
    let expansion = t.expansion();
    assert_eq!(
        expansion.endpoint.description.properties.entries(),
        [
            ChannelProperty::TimestampUsage(SecurityTimestampUsage::Always),
            ChannelProperty::TimestampUsage(SecurityTimestampUsage::Never),
        ]
    );
    // A diagnostic about the repeated entry points at the template's entry.
    let at = Path::parse("properties.timestamp_usage").unwrap();
    assert_eq!(
        expansion.template_path(&at).to_string(),
        "security_properties.timestamp_usage"
    );
}

#[test]
fn expansion_places_point_into_the_template_file() {
    let t = template(
        "template = \"tcp_sspi_username_security_context\"\nside = \"client\"\n\
         channel_type = \"duplex_session\"\n\
         [username_message_security_binding.client_credential]\n\
         type = \"string\"\nusername = \"u\"\npassword = { env = \"P\" }\n",
    );
    let expansion = t.expansion();
    let cases = [
        ("", ""),
        ("side", "side"),
        ("channel_type", "channel_type"),
        ("address.url", "address.url"),
        ("address.identity.spn", "address.identity.spn"),
        ("channel_binding", "template"),
        ("bindings", "template"),
        ("bindings[0]", "sspi_transport_security_binding"),
        ("bindings[0].client_credential", "sspi_transport_security_binding.client_credential"),
        (
            "bindings[0].properties.require_server_auth",
            "sspi_transport_security_binding.security_binding_properties.require_server_auth",
        ),
        (
            "bindings[1]",
            "security_context_security_binding.security_context_message_security_binding",
        ),
        (
            "bindings[1].binding_usage",
            "policy.security_context_security_binding.security_context_message_security_binding.binding_usage",
        ),
        ("properties", "security_context_security_binding.security_properties"),
        ("bindings[1].bootstrap_security_description", "template"),
        ("bindings[1].bootstrap_security_description.bindings", "template"),
        (
            "bindings[1].bootstrap_security_description.bindings[0]",
            "sspi_transport_security_binding",
        ),
        (
            "bindings[1].bootstrap_security_description.bindings[1].client_credential.password",
            "username_message_security_binding.client_credential.password",
        ),
        (
            "bindings[1].bootstrap_security_description.properties.timestamp_usage",
            "security_properties.timestamp_usage",
        ),
    ];
    for (expansion_place, template_place) in cases {
        let place = Path::parse(expansion_place).unwrap();
        assert_eq!(
            expansion.template_path(&place).to_string(),
            template_place,
            "{expansion_place}"
        );
    }
}

#[test]
fn a_zeroed_template_is_a_null_template_value() {
    for template_type in BindingTemplateType::ALL {
        let t = Template::new(Side::Server, *template_type);
        assert!(t.binding_template.policy_is_empty());
        let text = format!(
            "template = \"{}\"\nside = \"server\"\n",
            template_type.name()
        );
        assert_eq!(template(&text), t, "{template_type}");
    }
}
