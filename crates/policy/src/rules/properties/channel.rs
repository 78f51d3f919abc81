//! Checks of the channel-settings bag (`WS_SECURITY_PROPERTY`) of a description.

use crate::facts::properties::{
    channel_property, ALGORITHM_SUITE_FIELDS, ALGORITHM_SUITE_KEY_LENGTH_DEFAULTS,
};
use crate::{At, Ctx};
use wws_security_model::{
    CEnum, ChannelBinding, ChannelProperty as P, ExtendedProtectionScenario, ProtectionLevel,
    SecurityAlgorithmId, SecurityBindingType as T, SecurityHeaderLayout, SecurityPropertyId as Id,
    SecurityTimestampUsage, Side,
};

/// The rules reporting a channel property on the wrong side and on the wrong channel binding,
/// for the properties the fact table restricts (all others are allowed everywhere).
fn placement_rules(id: Id) -> (&'static str, &'static str) {
    match id {
        Id::ServiceIdentities => ("P-120", "P-131"),
        _ => ("P-120", "P-121"),
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
pub(super) fn placement(cx: &mut Ctx<'_>) {
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
                format!(
                    "remove `{}`; a client sets up extended protection by itself",
                    id.name()
                ),
            );
        } else if let Some(channels) = facts.channels.filter(|c| !c.contains(&channel)) {
            let names: Vec<&str> = channels.iter().map(|c| c.name()).collect();
            cx.emit(
                channel_rule,
                At::Property(id),
                format!("channel property `{}` applies only to channel binding {}, but this endpoint uses `{}`", id.name(), names.join(" or "), channel.name()),
                format!("remove `{}` from this declaration", id.name()),
            );
        }
    }
}

// P-121: extended-protection policy and scenario need a header-auth or Kerberos AP-REQ binding.
pub(super) fn extended_protection_needs_hdr_or_krb(cx: &mut Ctx<'_>) {
    if has(cx, T::HttpHeaderAuth) || has(cx, T::KerberosApreqMessage) {
        return;
    }
    for id in [Id::ExtendedProtectionPolicy, Id::ExtendedProtectionScenario] {
        if cx.description().properties.contains(id) && placed(cx, id) {
            cx.emit(
                "P-121",
                At::Property(id),
                format!("`{}` is set, but the description has neither an `http_header_auth` nor a `kerberos_apreq_message` binding to protect", id.name()),
                format!("remove `{}`, or add the binding that authenticates the client", id.name()),
            );
        }
    }
}

// P-089, P-094..P-101, P-103: the algorithm suite.
pub(super) fn suites(cx: &mut Ctx<'_>) {
    let bag = &cx.description().properties;
    // P-089: a custom suite and a named suite never together.
    if bag.contains(Id::AlgorithmSuite) && bag.contains(Id::AlgorithmSuiteName) {
        cx.emit(
            "P-089",
            At::Property(Id::AlgorithmSuite),
            "both `algorithm_suite` and `algorithm_suite_name` are set; only one may describe the suite",
            "keep either the custom `algorithm_suite` or the named `algorithm_suite_name`",
        );
    }
    let Some(P::AlgorithmSuite(suite)) = bag.get(Id::AlgorithmSuite) else {
        return;
    };
    // P-094..P-101: each algorithm field takes an id of its own category (or default).
    const FIELD_RULES: [&str; 8] = [
        "P-094", "P-095", "P-096", "P-097", "P-098", "P-099", "P-100", "P-101",
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
                "P-103",
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

// P-091: mixed-mode-only channel properties need a message binding in the description.
pub(super) fn mixed_mode_only(cx: &mut Ctx<'_>) {
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
                "P-091",
                At::Property(id),
                format!("`{}` only affects WS-Security headers, but the description has no message binding", id.name()),
                format!("remove `{}`, or add the message binding it is meant for", id.name()),
            );
        }
    }
}

// P-087: an explicit protection level below sign_and_encrypt.
pub(super) fn protection_level_lowered(cx: &mut Ctx<'_>) {
    if let Some(P::TransportProtectionLevel(level)) = cx
        .description()
        .properties
        .get(Id::TransportProtectionLevel)
    {
        if *level != ProtectionLevel::SignAndEncrypt {
            cx.emit(
                "P-087",
                At::Property(Id::TransportProtectionLevel),
                format!("`transport_protection_level` is lowered to `{}`", level.name()),
                "keep sign_and_encrypt unless this is one of the documented no-SSL set-ups on a trusted network",
            );
        }
    }
}

// P-111, P-113, P-115, P-117: timestamp settings.
pub(super) fn timestamps(cx: &mut Ctx<'_>) {
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
                    "P-111",
                    At::Property(p.id()),
                    format!(
                        "`{}` is zero, which would reject or expire every timestamp",
                        p.id().name()
                    ),
                    "give a positive duration such as \"5m\", or leave the default",
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
                "P-113",
                At::Property(Id::TimestampUsage),
                format!("`timestamp_usage` is `never`, but the `{}` binding signs the message timestamp", t.name()),
                "use `always` or `requests_only`",
            );
        }
    }
    // P-115: time limits without timestamps.
    for id in SPANS {
        if bag.contains(id) {
            cx.emit(
                "P-115",
                At::Property(id),
                format!(
                    "`{}` has no effect because `timestamp_usage` is `never`",
                    id.name()
                ),
                format!("remove `{}`, or send timestamps", id.name()),
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
            "P-117",
            At::Property(Id::SecurityHeaderLayout),
            format!("`security_header_layout` `{}` places a timestamp, but `timestamp_usage` is `never`", layout.name()),
            "use `strict` or `lax`, or send timestamps",
        );
    }
}

// P-128, P-132, P-134, P-135, P-136: the SPN list of extended protection on an HTTP server.
pub(super) fn service_identities(cx: &mut Ctx<'_>) {
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
            "P-128",
            At::Property(Id::ExtendedProtectionScenario),
            "`extended_protection_scenario` is `terminated_ssl`, but `service_identities` is missing",
            "add `service_identities = [\"HTTP/host.example.com\"]` with the SPNs clients use",
        ),
        None if hdr_without_ssl => cx.emit(
            "P-132",
            At::Properties,
            "this HTTP server authenticates with header auth without SSL, but `service_identities` is missing",
            "add `service_identities = [\"HTTP/host.example.com\"]` with the SPNs clients use",
        ),
        None => {}
        Some(_) if !(terminated || hdr_without_ssl) => cx.emit(
            "P-134",
            At::Property(Id::ServiceIdentities),
            "`service_identities` is set, but this server neither runs header auth without SSL nor uses the `terminated_ssl` scenario",
            "remove `service_identities`",
        ),
        Some(list) => {
            if list.is_empty() {
                cx.emit(
                    "P-136",
                    At::Property(Id::ServiceIdentities),
                    "`service_identities` is an empty list, so no SPN can match",
                    "list the SPNs clients use, e.g. [\"HTTP/host.example.com\"]",
                );
            }
            for spn in list {
                if spn.is_empty() || spn.contains(['*', '?']) {
                    let what = if spn.is_empty() { "is empty" } else { "contains a wildcard" };
                    cx.emit(
                        "P-135",
                        At::Property(Id::ServiceIdentities),
                        format!("service identity `{spn}` {what}; SPNs are matched exactly"),
                        "write each SPN in full, e.g. \"HTTP/host.example.com\"",
                    );
                }
            }
        }
    }
}
