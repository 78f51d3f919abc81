//! Value conversions: names, durations, flag sets, paths.

use wws_security_model::*;

#[test]
fn names_c_names_and_numbers_are_unique_within_each_enumeration() {
    for e in enums::catalogue() {
        let mut names: Vec<_> = e.values.iter().map(|v| v.name).collect();
        let mut c_names: Vec<_> = e.values.iter().map(|v| v.c_name).collect();
        let mut numbers: Vec<_> = e.values.iter().map(|v| v.value).collect();
        for list in [&mut names, &mut c_names] {
            let before = list.len();
            list.sort();
            list.dedup();
            assert_eq!(list.len(), before, "{}: repeated name", e.name);
        }
        let before = numbers.len();
        numbers.sort();
        numbers.dedup();
        assert_eq!(numbers.len(), before, "{}: repeated number", e.name);
        for v in &e.values {
            assert!(
                v.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{}",
                v.name
            );
            assert!(
                !v.name.starts_with(|c: char| c.is_ascii_digit()),
                "{} starts with a digit",
                v.name
            );
        }
        if e.flags {
            assert!(
                e.values.iter().all(|v| v.value.count_ones() == 1),
                "{} flags are single bits",
                e.name
            );
        }
    }
}

#[test]
fn canonical_names_follow_the_mechanical_rule() {
    assert_eq!(SecurityBindingType::SslTransport.name(), "ssl_transport");
    assert_eq!(
        SecurityBindingPropertyId::RequireSslClientCert.name(),
        "require_ssl_client_cert"
    );
    assert_eq!(
        SecurityPropertyId::TransportProtectionLevel.name(),
        "transport_protection_level"
    );
    assert_eq!(ProtectionLevel::SignAndEncrypt.name(), "sign_and_encrypt");
    assert_eq!(ChannelBinding::Namedpipe.name(), "namedpipe");
    assert_eq!(MessageSecurityUsage::Supporting.name(), "supporting");
    assert_eq!(CertCredentialType::Thumbprint.name(), "thumbprint");
    assert_eq!(TrustVersion::V1_3.name(), "v1_3");
    assert_eq!(
        SecurityImpersonationLevel::Impersonation.name(),
        "impersonation"
    );
    assert_eq!(CertStoreLocation::LocalMachine.name(), "local_machine");
    // Every C name of a binding property drops exactly the documented prefix.
    for id in SecurityBindingPropertyId::ALL {
        assert_eq!(
            id.c_name()
                .strip_prefix("WS_SECURITY_BINDING_PROPERTY_")
                .unwrap()
                .to_ascii_lowercase(),
            id.name()
        );
    }
    for id in SecurityPropertyId::ALL {
        assert_eq!(
            id.c_name()
                .strip_prefix("WS_SECURITY_PROPERTY_")
                .unwrap()
                .to_ascii_lowercase(),
            id.name()
        );
    }
    for t in SecurityBindingType::ALL {
        let c = t
            .c_name()
            .strip_prefix("WS_")
            .unwrap()
            .strip_suffix("_SECURITY_BINDING_TYPE")
            .unwrap();
        assert_eq!(c.to_ascii_lowercase(), t.name());
    }
}

#[test]
fn from_str_and_display_round_trip_and_unknown_names_suggest() {
    for level in ProtectionLevel::ALL {
        assert_eq!(level.to_string().parse::<ProtectionLevel>(), Ok(*level));
    }
    let err = "sign_and_encrpt".parse::<ProtectionLevel>().unwrap_err();
    assert_eq!(err.suggestion, Some("sign_and_encrypt"));
    assert_eq!(
        err.to_string(),
        "unknown protection_level `sign_and_encrpt`; did you mean `sign_and_encrypt`? expected one of `none`, `sign` or `sign_and_encrypt`"
    );
    let far = "zzz".parse::<ChannelBinding>().unwrap_err();
    assert_eq!(far.suggestion, None);
}

#[test]
fn durations_are_exact_in_ticks() {
    assert_eq!(Timespan::parse("300ms").unwrap().ticks(), 3_000_000);
    assert_eq!(Timespan::parse("30s").unwrap().ticks(), 300_000_000);
    assert_eq!(Timespan::parse("5m").unwrap().ticks(), 3_000_000_000);
    assert_eq!(Timespan::parse("10h").unwrap().ticks(), 360_000_000_000);
    assert_eq!(Timespan::parse("15h").unwrap().ticks(), 540_000_000_000);
    assert_eq!(Timespan::parse("1d").unwrap().ticks(), 864_000_000_000);
    assert_eq!(Timespan::parse("7ticks").unwrap().ticks(), 7);
    assert_eq!(Timespan::parse("0s").unwrap(), Timespan::ZERO);
}

#[test]
fn durations_display_in_the_largest_exact_unit() {
    for text in ["300ms", "90s", "5m", "10h", "2d", "1500ms", "7ticks", "0s"] {
        assert_eq!(Timespan::parse(text).unwrap().to_string(), text);
    }
    assert_eq!(Timespan::parse("60m").unwrap().to_string(), "1h");
}

#[test]
fn bad_durations_are_rejected_with_the_reason() {
    assert!(matches!(
        Timespan::parse("-5m"),
        Err(TimespanError::Negative(_))
    ));
    assert!(matches!(
        Timespan::parse("5"),
        Err(TimespanError::Syntax(_))
    ));
    assert!(matches!(
        Timespan::parse("m"),
        Err(TimespanError::Syntax(_))
    ));
    assert!(matches!(
        Timespan::parse("5 minutes"),
        Err(TimespanError::Unit { .. })
    ));
    assert!(matches!(
        Timespan::parse("5w"),
        Err(TimespanError::Unit { .. })
    ));
    assert!(matches!(
        Timespan::parse("99999999999d"),
        Err(TimespanError::Overflow(_))
    ));
    assert!(matches!(
        Timespan::parse("999999999999999999999999s"),
        Err(TimespanError::Overflow(_))
    ));
    assert_eq!(Timespan::from_ticks(-1), None);
}

#[test]
fn flag_sets_hold_only_known_bits() {
    let schemes: HttpHeaderAuthSchemes =
        [HttpHeaderAuthScheme::Negotiate, HttpHeaderAuthScheme::Basic].into();
    assert_eq!(schemes.bits(), 0x12);
    assert_eq!(
        schemes.iter().collect::<Vec<_>>(),
        vec![HttpHeaderAuthScheme::Basic, HttpHeaderAuthScheme::Negotiate]
    );
    assert_eq!(schemes.to_string(), "[\"basic\", \"negotiate\"]");
    assert!(HttpHeaderAuthSchemes::from_bits(0x40).is_err());
    assert!(CertFailures::empty().is_empty());
    assert!(CertFailures::from([CertFailure::CnMismatch])
        .is_subset(&CertFailures::from_bits(0x1f).unwrap()));
}

#[test]
fn paths_print_and_parse_in_file_shape() {
    let p = Path::root()
        .key("bindings")
        .index(1)
        .key("properties")
        .key("require_ssl_client_cert");
    assert_eq!(
        p.to_string(),
        "bindings[1].properties.require_ssl_client_cert"
    );
    assert_eq!(Path::parse(&p.to_string()), Some(p));
    assert_eq!(Path::parse(""), Some(Path::root()));
    assert_eq!(Path::parse("a[x]"), None);
    assert_eq!(Path::parse("a..b"), None);
}

#[test]
fn property_bags_keep_the_order_of_the_file() {
    let text = "side = \"client\"\nchannel_binding = \"http\"\n[properties]\ntimestamp_usage = \"always\"\nmax_allowed_clock_skew = \"5m\"\nalgorithm_suite_name = \"basic256\"\n";
    let e = Endpoint::from_toml_str(text).unwrap();
    let order: Vec<_> = e
        .description
        .properties
        .iter()
        .map(|p| p.id().name())
        .collect();
    assert_eq!(
        order,
        [
            "timestamp_usage",
            "max_allowed_clock_skew",
            "algorithm_suite_name"
        ]
    );
    let json = Endpoint::from_json_str(&e.to_json_string().unwrap()).unwrap();
    assert_eq!(json, e);
}
