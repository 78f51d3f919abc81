//! The constraint model against windows-sys: each binding constraint variant selects the C type
//! and structure of the same name, the documented default constraint values are the SDK's
//! numbers, and the model's field names are the C members by the naming rule (the C structures
//! are built below from those members, so a renamed or missing member fails to compile).

use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::constraint::*;
use wws_security_model::*;

fn struct_name_of<T>() -> &'static str {
    let full = std::any::type_name::<T>();
    full.rsplit("::").next().unwrap_or(full)
}

/// One variant of every constraint kind, with the windows-sys type number and structure name.
fn every_constraint() -> Vec<(SecurityBindingConstraint, i32, &'static str)> {
    let message = MessageBindingConstraint::default;
    vec![
        (
            SecurityBindingConstraint::SslTransport(BindingConstraint::default()),
            WS_SSL_TRANSPORT_SECURITY_BINDING_CONSTRAINT_TYPE,
            struct_name_of::<WS_SSL_TRANSPORT_SECURITY_BINDING_CONSTRAINT>(),
        ),
        (
            SecurityBindingConstraint::TcpSspiTransport(BindingConstraint::default()),
            WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_CONSTRAINT_TYPE,
            struct_name_of::<WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_CONSTRAINT>(),
        ),
        (
            SecurityBindingConstraint::HttpHeaderAuth(BindingConstraint::default()),
            WS_HTTP_HEADER_AUTH_SECURITY_BINDING_CONSTRAINT_TYPE,
            struct_name_of::<WS_HTTP_HEADER_AUTH_SECURITY_BINDING_CONSTRAINT>(),
        ),
        (
            SecurityBindingConstraint::UsernameMessage(message()),
            WS_USERNAME_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
            struct_name_of::<WS_USERNAME_MESSAGE_SECURITY_BINDING_CONSTRAINT>(),
        ),
        (
            SecurityBindingConstraint::KerberosApreqMessage(message()),
            WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
            struct_name_of::<WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_CONSTRAINT>(),
        ),
        (
            SecurityBindingConstraint::IssuedTokenMessage(IssuedTokenBindingConstraint::default()),
            WS_ISSUED_TOKEN_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
            struct_name_of::<WS_ISSUED_TOKEN_MESSAGE_SECURITY_BINDING_CONSTRAINT>(),
        ),
        (
            SecurityBindingConstraint::CertMessage(message()),
            WS_CERT_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
            struct_name_of::<WS_CERT_MESSAGE_SECURITY_BINDING_CONSTRAINT>(),
        ),
        (
            SecurityBindingConstraint::SecurityContextMessage(
                SecurityContextBindingConstraint::default(),
            ),
            WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
            struct_name_of::<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_CONSTRAINT>(),
        ),
    ]
}

#[test]
fn every_constraint_selects_the_sdk_type_and_structure() {
    let all = every_constraint();
    let mut types: Vec<SecurityBindingConstraintType> =
        all.iter().map(|(c, _, _)| c.constraint_type()).collect();
    for (constraint, number, structure) in &all {
        let kind = constraint.constraint_type();
        assert_eq!(kind.to_raw(), *number, "{kind:?}");
        assert_eq!(constraint_struct_name(kind), *structure, "{kind:?}");
        assert_eq!(
            is_message_constraint(kind),
            constraint.binding_usage().is_some() || !matches!(kind.to_raw(), 1..=3),
            "{kind:?}"
        );
    }
    types.sort();
    types.dedup();
    assert_eq!(
        types,
        SecurityBindingConstraintType::ALL,
        "every constraint type exactly once"
    );
}

#[test]
fn default_constraint_values_are_the_sdk_defaults() {
    use SecurityPropertyId as Id;
    let expected: [(Id, i64); 5] = [
        (
            Id::TimestampUsage,
            WS_SECURITY_TIMESTAMP_USAGE_ALWAYS.into(),
        ),
        (
            Id::TransportProtectionLevel,
            WS_PROTECTION_LEVEL_SIGN_AND_ENCRYPT.into(),
        ),
        (
            Id::SecurityHeaderLayout,
            WS_SECURITY_HEADER_LAYOUT_STRICT.into(),
        ),
        (
            Id::SecurityHeaderVersion,
            WS_SECURITY_HEADER_VERSION_1_1.into(),
        ),
        (
            Id::AlgorithmSuiteName,
            WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256.into(),
        ),
    ];
    for id in Id::ALL {
        let value = default_security_property_constraint(*id);
        match expected.iter().find(|(e, _)| e == id) {
            None => assert_eq!(value, None, "{id:?} cannot be constrained"),
            Some((_, number)) => {
                let raw: i64 = match value.expect("a default") {
                    ChannelProperty::TimestampUsage(v) => v.to_raw().into(),
                    ChannelProperty::TransportProtectionLevel(v) => v.to_raw().into(),
                    ChannelProperty::SecurityHeaderLayout(v) => v.to_raw().into(),
                    ChannelProperty::SecurityHeaderVersion(v) => v.to_raw().into(),
                    ChannelProperty::AlgorithmSuiteName(v) => v.to_raw().into(),
                    other => panic!("{id:?} defaults to {other:?}"),
                };
                assert_eq!(raw, *number, "{id:?}");
            }
        }
    }
    for id in SecurityBindingPropertyId::ALL {
        let value = default_binding_property_constraint(*id);
        if *id == SecurityBindingPropertyId::HttpHeaderAuthScheme {
            let Some(BindingProperty::HttpHeaderAuthScheme(schemes)) = value else {
                panic!("the scheme has a default")
            };
            assert_eq!(
                i64::from(schemes.bits()),
                i64::from(WS_HTTP_HEADER_AUTH_SCHEME_NEGOTIATE)
            );
        } else {
            assert_eq!(value, None, "{id:?}");
        }
    }
}

/// Lowers the model to the C structures through their member names; the model's names are the
/// members in snake case.
#[test]
fn model_fields_are_the_c_members() {
    let base = WS_SECURITY_BINDING_CONSTRAINT {
        r#type: SecurityBindingConstraintType::SecurityContextMessage.to_raw(),
        propertyConstraints: std::ptr::null_mut(),
        propertyConstraintCount: 0,
    };
    let context = WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_CONSTRAINT {
        bindingConstraint: base,
        bindingUsage: MessageSecurityUsage::Supporting.to_raw(),
        bootstrapSecurityConstraint: std::ptr::null_mut(),
    };
    assert_eq!(context.bindingUsage, WS_SUPPORTING_MESSAGE_SECURITY_USAGE);
    let issued = WS_ISSUED_TOKEN_MESSAGE_SECURITY_BINDING_CONSTRAINT {
        bindingConstraint: base,
        bindingUsage: WS_SUPPORTING_MESSAGE_SECURITY_USAGE,
        claimConstraints: std::ptr::null_mut(),
        claimConstraintCount: 0,
        requestSecurityTokenPropertyConstraints: std::ptr::null_mut(),
        requestSecurityTokenPropertyConstraintCount: 0,
        out: Default::default(),
    };
    let constraints = WS_SECURITY_CONSTRAINTS {
        securityPropertyConstraints: std::ptr::null_mut(),
        securityPropertyConstraintCount: 0,
        securityBindingConstraints: std::ptr::null_mut(),
        securityBindingConstraintCount: 0,
    };
    let policy = WS_POLICY_CONSTRAINTS {
        channelBinding: ChannelBinding::Tcp.to_raw(),
        channelPropertyConstraints: std::ptr::null_mut(),
        channelPropertyConstraintCount: 0,
        securityConstraints: std::ptr::null_mut(),
        policyExtensions: std::ptr::null_mut(),
        policyExtensionCount: 0,
    };
    assert_eq!(policy.channelBinding, WS_TCP_CHANNEL_BINDING);
    let _ = (issued.claimConstraintCount, constraints);

    // Field names, C member -> model field, by the mechanical rule.
    let pairs = [
        ("channelBinding", "channel_binding"),
        ("securityConstraints", "security_constraints"),
        (
            "securityPropertyConstraints",
            "security_property_constraints",
        ),
        ("securityBindingConstraints", "security_binding_constraints"),
        ("propertyConstraints", "property_constraints"),
        ("allowedValues", "allowed_values"),
        ("bindingUsage", "binding_usage"),
        ("claimConstraints", "claim_constraints"),
        (
            "requestSecurityTokenPropertyConstraints",
            "request_security_token_property_constraints",
        ),
        (
            "bootstrapSecurityConstraint",
            "bootstrap_security_constraint",
        ),
    ];
    for (c, ours) in pairs {
        assert_eq!(snake_case(c), ours);
    }
}

fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for ch in name.chars() {
        if ch.is_ascii_uppercase() {
            out.push('_');
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}
