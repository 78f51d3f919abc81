//! The WS-Security header both ends write and read when they use message bindings
//! (mixed-mode security): its version and layout, the timestamp, and the algorithm suite.

use super::pair::{At, Pair, Shown, Text};
use crate::facts::properties::ALGORITHM_SUITE_FIELDS;
use crate::registry::{Kind, Rule, Status};
use std::fmt;
use wws_security_model::defaults::effective_key_lengths;
use wws_security_model::{
    AlgorithmSuite, ChannelProperty, SecurityAlgorithmId, SecurityAlgorithmSuiteName,
    SecurityPropertyId as P, SecurityTimestampUsage, Side, Timespan,
};

pub(crate) static C_011: Rule = Rule::error("C-011", Kind::Value, Status::Implemented)
    .title("both ends write the same WS-Security version")
    .rationale("With a message binding, each end writes its security header in the WS-Security version of `security_header_version` (`v1_1` by default) and reads the other's in the same version. At run time a header of the other version is not understood and the message is rejected.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_SECURITY_HEADER_VERSION; api/ne-webservices-ws_security_header_version.md");

pub(crate) static C_012: Rule = Rule::error("C-012", Kind::Value, Status::Implemented)
    .title("both ends lay out the security header the same way")
    .rationale("`security_header_layout` (`strict` by default) is how an end orders the header it writes and what order it demands in the header it reads; requests and replies each go one way, so the two ends must use the same layout. At run time a header out of the expected order is rejected.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_SECURITY_HEADER_LAYOUT; api/ne-webservices-ws_security_header_layout.md");

pub(crate) static C_013: Rule = Rule::error("C-013", Kind::Value, Status::Implemented)
    .title("each timestamp one end demands, the other end writes")
    .rationale("`timestamp_usage` says which messages an end stamps and which it demands a timestamp in: `always` both ways (the default), `requests_only` only client-to-server, `never` none. A server that demands timestamps in requests needs a client that writes them; a client with `always` demands them in replies, which a server with `requests_only` or `never` does not write. At run time the message without its timestamp is rejected.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_TIMESTAMP_USAGE; api/ne-webservices-ws_security_timestamp_usage.md");

pub(crate) static C_014: Rule = Rule::error("C-014", Kind::Value, Status::Implemented)
    .title("both ends use the same algorithm suite")
    .rationale("With a message binding, each end signs and encrypts with its algorithm suite and accepts only that suite's algorithms. The effective suites must be the same: the default is `basic256`, or `basic128` in a description with a Kerberos binding, so a Kerberos binding on one end only changes the suite too. A custom suite is compared with a custom suite field by field after its defaults; against a named suite it is not compared, since the model does not list the named suites' algorithms. At run time the receiver rejects a message signed or encrypted with an algorithm outside its suite.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_ALGORITHM_SUITE, WS_SECURITY_PROPERTY_ALGORITHM_SUITE_NAME; api/ns-webservices-ws_security_algorithm_suite.md");

pub(crate) static C_018: Rule = Rule::warning("C-018", Kind::Value, Status::Implemented)
    .title("a sender's timestamp validity fits the receiver's latency and clock-skew limits")
    .rationale("A timestamped message is good for the sender's `timestamp_validity_duration` and is accepted by the receiver up to its `max_allowed_latency`, with `max_allowed_clock_skew` as margin (5 minutes each by default). When the validity is longer than the receiver's latency plus skew, the receiver rejects as stale messages the sender still counts as valid; when it is shorter than the latency minus the skew, messages expire before the receiver's allowance is used and the receiver's setting has no effect. Checked for each direction that carries timestamps. At run time, late messages are rejected sooner, or later, than one end expects.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_MAX_ALLOWED_LATENCY, WS_SECURITY_PROPERTY_TIMESTAMP_VALIDITY_DURATION, WS_SECURITY_PROPERTY_MAX_ALLOWED_CLOCK_SKEW");

/// True when both descriptions use mixed-mode security, so both write a security header.
fn both_mixed(cx: &Pair<'_>) -> bool {
    cx.is_mixed_mode(Side::Client) && cx.is_mixed_mode(Side::Server)
}

/// Reports `id` when its effective values differ; `what` names the setting in the message.
fn same_value<T: Copy + PartialEq + fmt::Display>(
    cx: &mut Pair<'_>,
    rule: &'static Rule,
    id: P,
    pick: fn(&ChannelProperty) -> Option<T>,
    what: &str,
    symptom: &str,
) {
    let Some((client, server)) = cx.channel_mismatch(id, pick) else {
        return;
    };
    let (client_desc, server_desc) = cx.description_labels();
    let at = At::Property(id);
    cx.emit(
        rule,
        at,
        at,
        Text {
            message: format!("{client_desc} uses {what} {client}, {server_desc} {server}"),
            symptom: symptom.to_owned(),
            help: format!(
                "write the same `{}` on both ends (`{}` is the server's)",
                wws_security_model::CEnum::name(id),
                server.value
            ),
        },
    );
}

/// C-011: the WS-Security version.
pub(crate) fn header_version(cx: &mut Pair<'_>) {
    if !both_mixed(cx) {
        return;
    }
    same_value(
        cx,
        &C_011,
        P::SecurityHeaderVersion,
        |p| match p {
            ChannelProperty::SecurityHeaderVersion(v) => Some(*v),
            _ => None,
        },
        "WS-Security version",
        "each end rejects the other's security header as one of another WS-Security version, and the first call fails",
    );
}

/// C-012: the layout of the security header.
pub(crate) fn header_layout(cx: &mut Pair<'_>) {
    if !both_mixed(cx) {
        return;
    }
    same_value(
        cx,
        &C_012,
        P::SecurityHeaderLayout,
        |p| match p {
            ChannelProperty::SecurityHeaderLayout(l) => Some(*l),
            _ => None,
        },
        "the security header layout",
        "a security header whose elements are not in the order the reader demands is rejected, and the call fails",
    );
}

fn timestamp_usage(cx: &Pair<'_>, side: Side) -> Option<Shown<SecurityTimestampUsage>> {
    cx.channel(side, P::TimestampUsage, |p| match p {
        ChannelProperty::TimestampUsage(u) => Some(*u),
        _ => None,
    })
}

/// C-013: timestamps demanded and written.
pub(crate) fn timestamps(cx: &mut Pair<'_>) {
    if !both_mixed(cx) {
        return;
    }
    let (Some(client), Some(server)) = (
        timestamp_usage(cx, Side::Client),
        timestamp_usage(cx, Side::Server),
    ) else {
        return;
    };
    let (client_desc, server_desc) = cx.description_labels();
    let at = At::Property(P::TimestampUsage);
    if server.value.in_requests() && !client.value.in_requests() {
        cx.emit(&C_013, at, at, Text {
            message: format!("{server_desc} demands a timestamp in every request with timestamp usage {server}, but {client_desc} writes none with {client}"),
            symptom: "the server rejects every request for its missing timestamp".into(),
            help: format!("write the same `timestamp_usage` on both ends (`{}` is the server's)", server.value),
        });
    }
    if client.value.in_replies() && !server.value.in_replies() {
        cx.emit(&C_013, at, at, Text {
            message: format!("{client_desc} demands a timestamp in every reply with timestamp usage {client}, but {server_desc} stamps no reply with {server}"),
            symptom: "the client rejects the server's reply for its missing timestamp, although the server processed the request".into(),
            help: format!("write the same `timestamp_usage` on both ends (`{}` is the server's)", server.value),
        });
    }
}

/// An algorithm suite in effect: a named one, or a custom one with its defaults filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suite {
    Named(SecurityAlgorithmSuiteName),
    Custom {
        algorithms: [Option<SecurityAlgorithmId>; 8],
        key_lengths: [u32; 4],
    },
}

impl Suite {
    fn custom(suite: &AlgorithmSuite) -> Suite {
        let written = suite.algorithms();
        let algorithms = std::array::from_fn(|i| match written[i].1 {
            None | Some(SecurityAlgorithmId::Default) => ALGORITHM_SUITE_FIELDS[i].default,
            Some(id) => Some(id),
        });
        Suite::Custom {
            algorithms,
            key_lengths: effective_key_lengths(suite),
        }
    }
}

impl fmt::Display for Suite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Suite::Named(name) => write!(f, "{name}"),
            Suite::Custom { .. } => f.write_str("a custom suite"),
        }
    }
}

fn suite(cx: &Pair<'_>, side: Side) -> Option<(Shown<Suite>, P)> {
    if let Some(custom) = cx.channel(side, P::AlgorithmSuite, |p| match p {
        ChannelProperty::AlgorithmSuite(s) => Some(Suite::custom(s)),
        _ => None,
    }) {
        return Some((custom, P::AlgorithmSuite));
    }
    let named = cx.channel(side, P::AlgorithmSuiteName, |p| match p {
        ChannelProperty::AlgorithmSuiteName(n) => Some(Suite::Named(*n)),
        _ => None,
    })?;
    Some((named, P::AlgorithmSuiteName))
}

/// The first field in which two custom suites differ, by name.
fn first_difference(client: Suite, server: Suite) -> Option<String> {
    let (
        Suite::Custom {
            algorithms: ca,
            key_lengths: ck,
        },
        Suite::Custom {
            algorithms: sa,
            key_lengths: sk,
        },
    ) = (client, server)
    else {
        return None;
    };
    let show = |a: Option<SecurityAlgorithmId>| a.map_or("none".to_owned(), |a| a.to_string());
    if let Some(i) = (0..8).find(|&i| ca[i] != sa[i]) {
        return Some(format!(
            "`{}`: `{}` against `{}`",
            ALGORITHM_SUITE_FIELDS[i].field,
            show(ca[i]),
            show(sa[i])
        ));
    }
    let lengths = wws_security_model::ALGORITHM_SUITE_LENGTH_FIELDS;
    (0..4)
        .find(|&i| ck[i] != sk[i])
        .map(|i| format!("`{}`: {} against {} bits", lengths[i], ck[i], sk[i]))
}

/// C-014: the algorithm suites.
pub(crate) fn algorithm_suite(cx: &mut Pair<'_>) {
    if !both_mixed(cx) {
        return;
    }
    let (Some((client, client_id)), Some((server, server_id))) =
        (suite(cx, Side::Client), suite(cx, Side::Server))
    else {
        return;
    };
    let comparable = matches!(
        (client.value, server.value),
        (Suite::Named(_), Suite::Named(_)) | (Suite::Custom { .. }, Suite::Custom { .. })
    );
    if !comparable || client.value == server.value {
        return;
    }
    let (client_desc, server_desc) = cx.description_labels();
    let detail = first_difference(client.value, server.value)
        .map(|d| format!(" (first difference {d})"))
        .unwrap_or_default();
    let kerberos_note = if !client.explicit || !server.explicit {
        "; the default depends on whether the description holds a Kerberos binding"
    } else {
        ""
    };
    cx.emit(&C_014, At::Property(client_id), At::Property(server_id), Text {
        message: format!("{client_desc} uses the algorithm suite {client}, {server_desc} {server}{detail}{kerberos_note}"),
        symptom: "the receiver rejects messages signed or encrypted with algorithms outside its own suite, and the first call fails".into(),
        help: "write the same `algorithm_suite_name` (or the same custom `algorithm_suite`) on both ends".into(),
    });
}

fn span(cx: &Pair<'_>, side: Side, id: P) -> Option<Shown<Timespan>> {
    cx.channel(side, id, |p| match p {
        ChannelProperty::MaxAllowedLatency(t)
        | ChannelProperty::TimestampValidityDuration(t)
        | ChannelProperty::MaxAllowedClockSkew(t) => Some(*t),
        _ => None,
    })
}

/// C-018: timestamp validity against the receiver's latency and clock skew, each direction.
pub(crate) fn timestamp_windows(cx: &mut Pair<'_>) {
    if !both_mixed(cx) {
        return;
    }
    let (Some(client), Some(server)) = (
        timestamp_usage(cx, Side::Client),
        timestamp_usage(cx, Side::Server),
    ) else {
        return;
    };
    let requests = client.value.in_requests() && server.value.in_requests();
    let replies = client.value.in_replies() && server.value.in_replies();
    for (flows, sender, receiver, what) in [
        (requests, Side::Client, Side::Server, "requests"),
        (replies, Side::Server, Side::Client, "replies"),
    ] {
        if flows {
            window(cx, sender, receiver, what);
        }
    }
}

fn window(cx: &mut Pair<'_>, sender: Side, receiver: Side, what: &str) {
    let (Some(validity), Some(latency), Some(skew)) = (
        span(cx, sender, P::TimestampValidityDuration),
        span(cx, receiver, P::MaxAllowedLatency),
        span(cx, receiver, P::MaxAllowedClockSkew),
    ) else {
        return;
    };
    let (v, l, s) = (
        validity.value.ticks(),
        latency.value.ticks(),
        skew.value.ticks(),
    );
    let (problem, symptom) = if v > l.saturating_add(s) {
        (
            format!("stay valid for {validity}, longer than the {receiver}'s latency limit {latency} plus clock skew {skew}"),
            format!("the {receiver} rejects as stale {what} the {sender} still counts as valid"),
        )
    } else if v.saturating_add(s) < l {
        (
            format!("stay valid for {validity}, shorter than the {receiver}'s latency limit {latency} minus its clock skew {skew}"),
            format!("{what} expire before the {receiver}'s latency limit is reached, so that limit has no effect and late {what} are rejected sooner than the {receiver} expects"),
        )
    } else {
        return;
    };
    let sender_desc = cx.description_label(sender);
    let (validity_at, latency_at) = (
        At::Property(P::TimestampValidityDuration),
        At::Property(P::MaxAllowedLatency),
    );
    let (client_at, server_at) = match sender {
        Side::Client => (validity_at, latency_at),
        Side::Server => (latency_at, validity_at),
    };
    cx.emit(&C_018, client_at, server_at, Text {
        message: format!("the {what} of {sender_desc} {problem}"),
        symptom,
        help: format!("make the {sender}'s `timestamp_validity_duration` no longer than the {receiver}'s `max_allowed_latency` plus `max_allowed_clock_skew`, and no shorter than the latency minus the skew"),
    });
}
