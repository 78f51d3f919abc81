//! Checks of the channel-settings bag (`WS_SECURITY_PROPERTY`) of a description.

use crate::context::{At, Ctx, Help};
use crate::facts::properties::{
    channel_property, ALGORITHM_SUITE_FIELDS, ALGORITHM_SUITE_KEY_LENGTH_DEFAULTS,
};
use crate::registry::{Kind, Rule, RuleSet, Status};
use crate::Value;
use wws_security_model::{
    CEnum, ChannelBinding, ChannelProperty as P, ExtendedProtectionScenario, ProtectionLevel,
    SecurityAlgorithmId, SecurityBindingType as T, SecurityHeaderLayout, SecurityPropertyId as Id,
    SecurityTimestampUsage, Side,
};

pub(crate) static SET: RuleSet = RuleSet::checked(
    &[
        &P_087, &P_089, &P_091, &P_094, &P_095, &P_096, &P_097, &P_098, &P_099, &P_100, &P_101,
        &P_103, &P_111, &P_113, &P_115, &P_117, &P_120, &P_121, &P_128, &P_131, &P_132, &P_134,
        &P_135, &P_136,
    ],
    &[
        placement,
        extended_protection_needs_hdr_or_krb,
        suites,
        mixed_mode_only,
        protection_level_lowered,
        timestamps,
        service_identities,
    ],
);

pub(crate) static P_120: Rule = Rule::error("P-120", Kind::Side, Status::Implemented)
    .also(&[
        "P-130",
        "T-070", // extended-protection properties are server-only
    ])
    .title("extended-protection properties are server-only")
    .rationale("Clients set up extended protection on their own; the policy, scenario and SPN list only configure a server's validation.")
    .source("concepts/extended-protection.md");

pub(crate) static P_131: Rule = Rule::error("P-131", Kind::Channel, Status::Implemented)
    .title("service_identities only on HTTP")
    .rationale(
        "The SPN list validates HTTP authentication; other channel bindings never consult it.",
    )
    .source(
        "api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_SERVICE_IDENTITIES",
    );

pub(crate) static P_121: Rule = Rule::error("P-121", Kind::Channel, Status::Implemented)
    .also(&[
        "M-047", // extended-protection policy and scenario need an HTTP server with header auth or Kerberos (server side: P-120)
        "P-127",
        "T-069", // extended-protection properties need HTTP plus header auth or Kerberos (also P-131)
    ])
    .title("extended protection needs HTTP with header auth or Kerberos AP-REQ")
    .rationale("Channel binding tokens are only validated for HTTP authentication by header auth or Kerberos AP-REQ; elsewhere the policy and scenario have nothing to act on.")
    .source("concepts/extended-protection.md § Supported Configurations");

/// The rules reporting a channel property on the wrong side and on the wrong channel binding,
/// for the properties the fact table restricts (all others are allowed everywhere).
fn placement_rules(id: Id) -> (&'static Rule, &'static Rule) {
    match id {
        Id::ServiceIdentities => (&P_120, &P_131),
        _ => (&P_120, &P_121),
    }
}

/// True when the description holds a binding of type `t`.
fn has(cx: &Ctx<'_>, t: T) -> bool {
    cx.bindings().iter().any(|b| b.binding_type() == t)
}

/// True when the fact table allows `id` on this endpoint's side and channel binding.
fn placed(cx: &Ctx<'_>, id: Id) -> bool {
    let facts = channel_property(id);
    facts.sides.allows(cx.side())
        && facts
            .channels
            .is_none_or(|c| c.contains(&cx.channel_binding()))
}

// P-120, P-121, P-131: channel properties only on the sides and channel bindings the fact
// table (`facts::properties::CHANNEL_PROPERTIES`) lists.
fn placement(cx: &mut Ctx<'_>) {
    let side = cx.side();
    let channel = cx.channel_binding();
    for p in &cx.description().properties {
        let id = p.id();
        let facts = channel_property(id);
        let (side_rule, channel_rule) = placement_rules(id);
        if !facts.sides.allows(side) {
            cx.emit(
                side_rule,
                At::Property(id),
                format!(
                    "channel property `{}` is {}-only, but this endpoint is a {}",
                    id.name(),
                    facts.sides.names().join("/"),
                    side.name()
                ),
                Help::text(format!(
                    "remove `{}`; a client sets up extended protection by itself",
                    id.name()
                ))
                .remove(),
            );
        } else if let Some(channels) = facts.channels.filter(|c| !c.contains(&channel)) {
            let names: Vec<&str> = channels.iter().map(|c| c.name()).collect();
            cx.emit(
                channel_rule,
                At::Property(id),
                format!("channel property `{}` applies only to channel binding {}, but this endpoint uses `{}`", id.name(), names.join(" or "), channel.name()),
                Help::text(format!("remove `{}` from this declaration", id.name())).remove(),
            );
        }
    }
}

// P-121: extended-protection policy and scenario need a header-auth or Kerberos AP-REQ binding.
fn extended_protection_needs_hdr_or_krb(cx: &mut Ctx<'_>) {
    if has(cx, T::HttpHeaderAuth) || has(cx, T::KerberosApreqMessage) {
        return;
    }
    for id in [Id::ExtendedProtectionPolicy, Id::ExtendedProtectionScenario] {
        if cx.description().properties.contains(id) && placed(cx, id) {
            cx.emit(
                &P_121,
                At::Property(id),
                format!("`{}` is set, but the description has neither an `http_header_auth` nor a `kerberos_apreq_message` binding to protect", id.name()),
                Help::text(format!("remove `{}`, or add the binding that authenticates the client", id.name()))
                    .propose_removal_at(At::Property(id)),
            );
        }
    }
}

pub(crate) static P_089: Rule = Rule::error("P-089", Kind::Combination, Status::Implemented)
    .title("algorithm_suite and algorithm_suite_name exclude each other")
    .rationale("The two describe the same suite; giving both leaves it unclear which applies, and the pages allow only one.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_ALGORITHM_SUITE");

pub(crate) static P_094: Rule = Rule::error("P-094", Kind::Value, Status::Implemented)
    .title("canonicalization_algorithm takes a canonicalization id")
    .rationale("Each suite field names one role; an algorithm of another role cannot fill it.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § canonicalizationAlgorithm");

pub(crate) static P_095: Rule = Rule::error("P-095", Kind::Value, Status::Implemented)
    .title("digest_algorithm takes a digest id")
    .rationale("A signature or key-wrap algorithm cannot serve as a digest.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § digestAlgorithm");

pub(crate) static P_096: Rule = Rule::error("P-096", Kind::Value, Status::Implemented)
    .title("symmetric_signature_algorithm takes an HMAC id")
    .rationale("Symmetric signatures are HMACs; other algorithm kinds do not fit.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § symmetricSignatureAlgorithm");

pub(crate) static P_097: Rule = Rule::error("P-097", Kind::Value, Status::Implemented)
    .title("asymmetric_signature_algorithm takes an RSA/DSA signature id")
    .rationale("Only public-key signature algorithms fit the asymmetric signature role.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § asymmetricSignatureAlgorithm");

pub(crate) static P_098: Rule = Rule::error("P-098", Kind::Value, Status::Implemented)
    .title("encryption_algorithm is reserved: default only")
    .rationale("No algorithm id denotes message encryption; the field must stay at default.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § encryptionAlgorithm");

pub(crate) static P_099: Rule = Rule::error("P-099", Kind::Value, Status::Implemented)
    .title("key_derivation_algorithm takes P_SHA1")
    .rationale("P_SHA1 is the only key-derivation algorithm.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § keyDerivationAlgorithm");

pub(crate) static P_100: Rule = Rule::error("P-100", Kind::Value, Status::Implemented)
    .title("symmetric_key_wrap_algorithm is reserved: default only")
    .rationale("No algorithm id denotes a symmetric key wrap; the field must stay at default.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § symmetricKeyWrapAlgorithm");

pub(crate) static P_101: Rule = Rule::error("P-101", Kind::Value, Status::Implemented)
    .title("asymmetric_key_wrap_algorithm takes an RSA key-wrap id")
    .rationale("Only RSA 1.5 and RSA-OAEP wrap keys.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § asymmetricKeyWrapAlgorithm");

pub(crate) static P_103: Rule = Rule::error("P-103", Kind::Value, Status::Implemented)
    .title("minimum key length must not exceed maximum")
    .rationale("With min above max (after defaults) no key can satisfy the suite and every message would fail.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § maxSymmetricKeyLength");

// P-089, P-094..P-101, P-103: the algorithm suite.
fn suites(cx: &mut Ctx<'_>) {
    let bag = &cx.description().properties;
    // P-089: a custom suite and a named suite never together.
    if bag.contains(Id::AlgorithmSuite) && bag.contains(Id::AlgorithmSuiteName) {
        cx.emit(
            &P_089,
            At::Property(Id::AlgorithmSuite),
            "both `algorithm_suite` and `algorithm_suite_name` are set; only one may describe the suite",
            "keep either the custom `algorithm_suite` or the named `algorithm_suite_name`",
        );
    }
    let Some(P::AlgorithmSuite(suite)) = bag.get(Id::AlgorithmSuite) else {
        return;
    };
    // P-094..P-101: each algorithm field takes an id of its own category (or default).
    const FIELD_RULES: [&Rule; 8] = [
        &P_094, &P_095, &P_096, &P_097, &P_098, &P_099, &P_100, &P_101,
    ];
    for (k, (field, value)) in suite.algorithms().into_iter().enumerate() {
        let facts = &ALGORITHM_SUITE_FIELDS[k];
        debug_assert_eq!(facts.field, field);
        let Some(algorithm) = value else { continue };
        if algorithm == SecurityAlgorithmId::Default || facts.allowed.contains(&algorithm) {
            continue;
        }
        let allowed: Vec<&str> = std::iter::once("default")
            .chain(facts.allowed.iter().map(|a| a.name()))
            .collect();
        let message = if facts.allowed.is_empty() {
            format!(
                "`algorithm_suite.{field}` is `{}`, but the field is {} and takes only `default`",
                algorithm.name(),
                facts.category
            )
        } else {
            format!(
                "`algorithm_suite.{field}` is `{}`, but the field takes only {} algorithms",
                algorithm.name(),
                facts.category
            )
        };
        cx.emit(
            FIELD_RULES[k],
            At::Property(Id::AlgorithmSuite),
            message,
            format!("use one of: {}", allowed.join(", ")),
        );
    }
    // P-103: after defaults, minimum key lengths do not exceed maximum ones.
    let lengths = suite.key_lengths();
    let resolved = |k: usize| match lengths[k].1 {
        Some(0) | None => ALGORITHM_SUITE_KEY_LENGTH_DEFAULTS[k],
        Some(n) => n,
    };
    for (min, max) in [(0, 1), (2, 3)] {
        if resolved(min) > resolved(max) {
            cx.emit(
                &P_103,
                At::Property(Id::AlgorithmSuite),
                format!(
                    "`algorithm_suite.{}` ({} bits) exceeds `algorithm_suite.{}` ({} bits, 0 or omitted meaning the default), so no key can satisfy the suite",
                    lengths[min].0, resolved(min), lengths[max].0, resolved(max)
                ),
                "lower the minimum or raise the maximum",
            );
        }
    }
}

pub(crate) static P_091: Rule = Rule::warning("P-091", Kind::Applicability, Status::Implemented)
    .also(&[
        "M-018", // P-091 warns on each mixed-mode channel property in a description without a message binding
    ])
    .title("mixed-mode channel properties have no effect without a message binding")
    .rationale("Suites, timestamps and header layout/version only shape WS-Security headers; without a message binding nothing writes one, so the setting is dead.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_ALGORITHM_SUITE");

// P-091: mixed-mode-only channel properties need a message binding in the description.
fn mixed_mode_only(cx: &mut Ctx<'_>) {
    if cx
        .bindings()
        .iter()
        .any(|b| b.binding_type().is_message_binding())
    {
        return;
    }
    for p in &cx.description().properties {
        let id = p.id();
        if channel_property(id).mixed_mode_only {
            cx.emit(
                &P_091,
                At::Property(id),
                format!("`{}` only affects WS-Security headers, but the description has no message binding", id.name()),
                Help::text(format!("remove `{}`, or add the message binding it is meant for", id.name()))
                    .propose_removal_at(At::Property(id)),
            );
        }
    }
}

pub(crate) static P_087: Rule = Rule::warning("P-087", Kind::Value, Status::Implemented)
    .title("lowering the transport protection level is discouraged")
    .rationale("none or sign switches off protections the defaults provide; keep them for the narrow no-SSL set-ups that need them.")
    .source("concepts/security-overview.md § Security");

// P-087: an explicit protection level below sign_and_encrypt.
fn protection_level_lowered(cx: &mut Ctx<'_>) {
    if let Some(P::TransportProtectionLevel(level)) = cx
        .description()
        .properties
        .get(Id::TransportProtectionLevel)
    {
        if *level != ProtectionLevel::SignAndEncrypt {
            cx.emit(
                &P_087,
                At::Property(Id::TransportProtectionLevel),
                format!("`transport_protection_level` is lowered to `{}`", level.name()),
                Help::text("keep `sign_and_encrypt` (the default) unless this is one of the documented no-SSL set-ups on a trusted network")
                    .propose_removal_at(At::Property(Id::TransportProtectionLevel)),
            );
        }
    }
}

pub(crate) static P_111: Rule = Rule::warning("P-111", Kind::Value, Status::Implemented)
    .title("timestamp time limits of zero are undocumented")
    .rationale("Negative spans are unrepresentable (`Timespan`); a zero limit would reject or expire every timestamp, so we warn. The mixed-mode-only part is reported as P-091.")
    .source("api/ns-webservices-ws_timespan.md");

pub(crate) static P_113: Rule = Rule::error("P-113", Kind::Forbidden, Status::Implemented)
    .title("timestamp_usage never is illegal when a message signature is required")
    .rationale("Keyed supporting tokens (Kerberos AP-REQ, security context) sign the timestamp, so refusing timestamps breaks them. Decision: error with those two bindings only.")
    .source("api/ne-webservices-ws_security_timestamp_usage.md § WS_SECURITY_TIMESTAMP_USAGE_NEVER");

pub(crate) static P_115: Rule = Rule::warning("P-115", Kind::Combination, Status::Implemented)
    .title("without timestamps the time limits are dead settings")
    .rationale("With timestamp_usage never, latency, validity and clock-skew limits can never apply; setting them suggests a mistake.")
    .source("api/ne-webservices-ws_security_timestamp_usage.md");

pub(crate) static P_117: Rule = Rule::warning("P-117", Kind::Note, Status::Implemented)
    .title("a timestamp-position layout needs timestamps")
    .rationale("lax_with_timestamp_first/last pin a timestamp that timestamp_usage never never sends; the combination is contradictory, so we warn. Message order itself is a run-time matter.")
    .source("api/ne-webservices-ws_security_header_layout.md");

// P-111, P-113, P-115, P-117: timestamp settings.
fn timestamps(cx: &mut Ctx<'_>) {
    let bag = &cx.description().properties;
    const SPANS: [Id; 3] = [
        Id::MaxAllowedLatency,
        Id::TimestampValidityDuration,
        Id::MaxAllowedClockSkew,
    ];
    // P-111: a zero time limit.
    for p in bag {
        if let P::MaxAllowedLatency(t)
        | P::TimestampValidityDuration(t)
        | P::MaxAllowedClockSkew(t) = p
        {
            if t.ticks() == 0 {
                cx.emit(
                    &P_111,
                    At::Property(p.id()),
                    format!(
                        "`{}` is zero, which would reject or expire every timestamp",
                        p.id().name()
                    ),
                    Help::text("give a positive duration such as `5m`, or leave the default")
                        .propose_removal_at(At::Property(p.id())),
                );
            }
        }
    }
    let never = matches!(
        bag.get(Id::TimestampUsage),
        Some(P::TimestampUsage(SecurityTimestampUsage::Never))
    );
    if !never {
        return;
    }
    // P-113: keyed supporting tokens sign the timestamp.
    for t in [T::KerberosApreqMessage, T::SecurityContextMessage] {
        if has(cx, t) {
            cx.emit(
                &P_113,
                At::Property(Id::TimestampUsage),
                format!("`timestamp_usage` is `never`, but the `{}` binding signs the message timestamp", t.name()),
                Help::text("use `always` or `requests_only`").propose_at(
                    At::Property(Id::TimestampUsage),
                    Value::Name(SecurityTimestampUsage::Always.name().to_owned()),
                ),
            );
        }
    }
    // P-115: time limits without timestamps.
    for id in SPANS {
        if bag.contains(id) {
            cx.emit(
                &P_115,
                At::Property(id),
                format!(
                    "`{}` has no effect because `timestamp_usage` is `never`",
                    id.name()
                ),
                Help::text(format!("remove `{}`, or send timestamps", id.name()))
                    .propose_removal_at(At::Property(id)),
            );
        }
    }
    // P-117: a layout that positions a timestamp never sent.
    if let Some(P::SecurityHeaderLayout(
        layout @ (SecurityHeaderLayout::LaxWithTimestampFirst
        | SecurityHeaderLayout::LaxWithTimestampLast),
    )) = bag.get(Id::SecurityHeaderLayout)
    {
        cx.emit(
            &P_117,
            At::Property(Id::SecurityHeaderLayout),
            format!("`security_header_layout` `{}` places a timestamp, but `timestamp_usage` is `never`", layout.name()),
            "use `strict` or `lax`, or send timestamps",
        );
    }
}

/// The help of a missing SPN list: the list to add, with the SPNs only the user knows.
fn add_identities() -> Help {
    Help::text("add `service_identities` with the SPNs clients use").propose_at(
        At::Property(Id::ServiceIdentities),
        Value::List(vec![Value::Placeholder(
            "SPN, e.g. HTTP/host.example.com".to_owned(),
        )]),
    )
}

pub(crate) static P_128: Rule = Rule::error("P-128", Kind::Combination, Status::Implemented)
    .also(&[
        "P-133",
        "T-078", // service_identities required with terminated_ssl (also P-128)
    ])
    .title("terminated_ssl requires service_identities")
    .rationale("When SSL ends at an intermediary the server can only bind authentication to itself through its SPNs, so the list must be given.")
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static P_132: Rule = Rule::error("P-132", Kind::Required, Status::Implemented)
    .also(&[
        "T-074", // service_identities required for header auth without SSL
    ])
    .title("service_identities is required for header auth without SSL")
    .rationale("Without SSL there is no channel to bind to, so the server ties authentication to its SPNs and must list them.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_SERVICE_IDENTITIES");

pub(crate) static P_134: Rule = Rule::error("P-134", Kind::Forbidden, Status::Implemented)
    .also(&[
        "M-048", // service_identities with a Kerberos server: required with terminated_ssl (P-133), forbidden otherwise
        "T-076", // service_identities forbidden for Kerberos without SSL in bound_server
    ])
    .title("service_identities is forbidden in every other configuration")
    .rationale(
        "Outside the two SPN-binding set-ups the list is refused rather than silently ignored.",
    )
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static P_136: Rule = Rule::error("P-136", Kind::Cardinality, Status::Implemented)
    .title("the service identity list is not empty")
    .rationale("Array and count agree by construction (a `Vec`); an empty list gives the server nothing to match.")
    .source("api/ns-webservices-ws_service_security_identities.md § serviceIdentityCount");

pub(crate) static P_135: Rule = Rule::error("P-135", Kind::Value, Status::Implemented)
    .title("service identities are exact SPNs")
    .rationale("SPNs are compared exactly, so a wildcard (`*`, `?`) or an empty name can never match and hides a mistake.")
    .source("api/ns-webservices-ws_service_security_identities.md § serviceIdentities");

// P-128, P-132, P-134, P-135, P-136: the SPN list of extended protection on an HTTP server.
fn service_identities(cx: &mut Ctx<'_>) {
    if cx.side() != Side::Server || cx.channel_binding() != ChannelBinding::Http {
        return; // misplacement is P-120 / P-131
    }
    let bag = &cx.description().properties;
    let identities = match bag.get(Id::ServiceIdentities) {
        Some(P::ServiceIdentities(list)) => Some(list),
        _ => None,
    };
    let hdr = has(cx, T::HttpHeaderAuth);
    let krb = has(cx, T::KerberosApreqMessage);
    let hdr_without_ssl = hdr && !has(cx, T::SslTransport);
    let terminated = (hdr || krb)
        && matches!(
            bag.get(Id::ExtendedProtectionScenario),
            Some(P::ExtendedProtectionScenario(
                ExtendedProtectionScenario::TerminatedSsl
            ))
        );
    match identities {
        None if terminated => cx.emit(
            &P_128,
            At::Property(Id::ExtendedProtectionScenario),
            "`extended_protection_scenario` is `terminated_ssl`, but `service_identities` is missing",
            add_identities(),
        ),
        None if hdr_without_ssl => cx.emit(
            &P_132,
            At::Properties,
            "this HTTP server authenticates with header auth without SSL, but `service_identities` is missing",
            add_identities(),
        ),
        None => {}
        Some(_) if !(terminated || hdr_without_ssl) => cx.emit(
            &P_134,
            At::Property(Id::ServiceIdentities),
            "`service_identities` is set, but this server neither runs header auth without SSL nor uses the `terminated_ssl` scenario",
            Help::text("remove `service_identities`").remove(),
        ),
        Some(list) => {
            if list.is_empty() {
                cx.emit(
                    &P_136,
                    At::Property(Id::ServiceIdentities),
                    "`service_identities` is an empty list, so no SPN can match",
                    "list the SPNs clients use, e.g. `HTTP/host.example.com`",
                );
            }
            for spn in list {
                if spn.is_empty() || spn.contains(['*', '?']) {
                    let what = if spn.is_empty() { "is empty" } else { "contains a wildcard" };
                    cx.emit(
                        &P_135,
                        At::Property(Id::ServiceIdentities),
                        format!("service identity `{spn}` {what}; SPNs are matched exactly"),
                        "write each SPN in full, e.g. `HTTP/host.example.com`",
                    );
                }
            }
        }
    }
}
