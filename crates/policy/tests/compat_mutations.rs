//! The mutation test of the compatibility check.
//!
//! From each official client/server pair (compatible, without a diagnostic), one setting of one
//! end is changed at a time. The changes are generated from the model: every other value of the
//! side, the channel binding and the channel type; every value of every channel property and of
//! every binding property of every binding (enumerations in full, flag sets in every
//! combination, durations and numbers from a fixed sample); every field of every binding set or
//! cleared; every binding removed, and one binding of each type added. A changed endpoint that
//! is invalid on its own is set aside (the command line refuses it before comparing).
//!
//! For every other change, an oracle written here, independently of the checks, compares the
//! effective values (documented defaults filled in) of what the change touched and says whether
//! the two ends still agree, and if not, which rules must say so. Then:
//! - a change that makes the ends disagree is reported, with every rule the oracle names;
//! - a change that leaves them agreeing is not reported at all (no diagnostic of any rule).
//!
//! The figures are printed (`cargo test --test compat_mutations -- --nocapture`).

use std::collections::BTreeMap;
use wws_security_model::defaults::{effective_binding_property, effective_channel_property};
use wws_security_model::*;
use wws_security_policy::{compat, validate};

include!("compat_pairs.rs.inc");

/// What a change touched: the oracle compares exactly this between the two ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Setting {
    Side,
    ChannelBinding,
    ChannelType,
    Channel(SecurityPropertyId),
    Binding(SecurityBindingPropertyId),
    Field(&'static str),
    Bindings,
}

struct Change {
    side: Side,
    what: String,
    setting: Setting,
    endpoint: Endpoint,
}

// ---------------------------------------------------------------------------------------------
// Generating the changes.

/// Durations around the documented defaults (5 minutes, 10 and 15 hours).
fn durations() -> Vec<Timespan> {
    [
        "0s", "1s", "1m", "5m", "10m", "1h", "10h", "15h", "20h", "1d",
    ]
    .iter()
    .map(|t| t.parse().unwrap())
    .collect()
}

/// Every set of flags of `F`, the empty set included.
fn flag_sets<F: CEnum<Raw = i32>>() -> Vec<FlagSet<F>> {
    let all = F::ALL;
    (0..1u32 << all.len())
        .map(|mask| {
            all.iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, f)| *f)
                .collect()
        })
        .collect()
}

fn slot(name: &str) -> RuntimeSlot {
    RuntimeSlot::new(name)
}

/// Every value the change generator tries for binding property `id`.
fn binding_values(id: SecurityBindingPropertyId) -> Vec<BindingProperty> {
    use BindingProperty as P;
    use SecurityBindingPropertyId as Id;
    let bools = |f: fn(bool) -> P| vec![f(true), f(false)];
    match id {
        Id::RequireSslClientCert => bools(P::RequireSslClientCert),
        Id::WindowsIntegratedAuthPackage => WindowsIntegratedAuthPackage::ALL
            .iter()
            .map(|v| P::WindowsIntegratedAuthPackage(*v))
            .collect(),
        Id::RequireServerAuth => bools(P::RequireServerAuth),
        Id::AllowAnonymousClients => bools(P::AllowAnonymousClients),
        Id::AllowedImpersonationLevel => SecurityImpersonationLevel::ALL
            .iter()
            .map(|v| P::AllowedImpersonationLevel(*v))
            .collect(),
        Id::HttpHeaderAuthScheme => flag_sets::<HttpHeaderAuthScheme>()
            .into_iter()
            .map(P::HttpHeaderAuthScheme)
            .collect(),
        Id::HttpHeaderAuthTarget => HttpHeaderAuthTarget::ALL
            .iter()
            .map(|v| P::HttpHeaderAuthTarget(*v))
            .collect(),
        Id::HttpHeaderAuthBasicRealm => vec![P::HttpHeaderAuthBasicRealm("orders".into())],
        Id::HttpHeaderAuthDigestRealm => vec![P::HttpHeaderAuthDigestRealm("orders".into())],
        Id::HttpHeaderAuthDigestDomain => vec![P::HttpHeaderAuthDigestDomain("/orders".into())],
        Id::SecurityContextKeySize => vec![
            P::SecurityContextKeySize(128),
            P::SecurityContextKeySize(256),
        ],
        Id::SecurityContextKeyEntropyMode => SecurityKeyEntropyMode::ALL
            .iter()
            .map(|v| P::SecurityContextKeyEntropyMode(*v))
            .collect(),
        Id::MessageProperties => vec![P::MessageProperties(MessageProperties {
            entries: vec![(MessagePropertyId::Heap, slot("heap"))],
        })],
        Id::SecurityContextMaxPendingContexts => [1, 100, 1000]
            .map(P::SecurityContextMaxPendingContexts)
            .to_vec(),
        Id::SecurityContextMaxActiveContexts => [1, 100, 1000]
            .map(P::SecurityContextMaxActiveContexts)
            .to_vec(),
        Id::SecureConversationVersion => SecureConversationVersion::ALL
            .iter()
            .map(|v| P::SecureConversationVersion(*v))
            .collect(),
        Id::SecurityContextSupportRenew => bools(P::SecurityContextSupportRenew),
        Id::SecurityContextRenewalInterval => durations()
            .into_iter()
            .map(P::SecurityContextRenewalInterval)
            .collect(),
        Id::SecurityContextRolloverInterval => durations()
            .into_iter()
            .map(P::SecurityContextRolloverInterval)
            .collect(),
        Id::CertFailuresToIgnore => flag_sets::<CertFailure>()
            .into_iter()
            .map(P::CertFailuresToIgnore)
            .collect(),
        Id::DisableCertRevocationCheck => bools(P::DisableCertRevocationCheck),
        Id::DisallowedSecureProtocols => flag_sets::<SecureProtocol>()
            .into_iter()
            .map(P::DisallowedSecureProtocols)
            .collect(),
        Id::CertificateValidationCallbackContext => {
            vec![P::CertificateValidationCallbackContext(
                CertificateValidationCallbackContext {
                    callback: slot("check_certificate"),
                    state: None,
                },
            )]
        }
    }
}

/// Every value the change generator tries for channel property `id`.
fn channel_values(id: SecurityPropertyId) -> Vec<ChannelProperty> {
    use ChannelProperty as P;
    use SecurityPropertyId as Id;
    match id {
        Id::TransportProtectionLevel => ProtectionLevel::ALL
            .iter()
            .map(|v| P::TransportProtectionLevel(*v))
            .collect(),
        Id::AlgorithmSuite => vec![
            P::AlgorithmSuite(AlgorithmSuite::default()),
            P::AlgorithmSuite(AlgorithmSuite {
                digest_algorithm: Some(SecurityAlgorithmId::DigestSha256),
                ..AlgorithmSuite::default()
            }),
        ],
        Id::AlgorithmSuiteName => SecurityAlgorithmSuiteName::ALL
            .iter()
            .map(|v| P::AlgorithmSuiteName(*v))
            .collect(),
        Id::MaxAllowedLatency => durations().into_iter().map(P::MaxAllowedLatency).collect(),
        Id::TimestampValidityDuration => durations()
            .into_iter()
            .map(P::TimestampValidityDuration)
            .collect(),
        Id::MaxAllowedClockSkew => durations()
            .into_iter()
            .map(P::MaxAllowedClockSkew)
            .collect(),
        Id::TimestampUsage => SecurityTimestampUsage::ALL
            .iter()
            .map(|v| P::TimestampUsage(*v))
            .collect(),
        Id::SecurityHeaderLayout => SecurityHeaderLayout::ALL
            .iter()
            .map(|v| P::SecurityHeaderLayout(*v))
            .collect(),
        Id::SecurityHeaderVersion => SecurityHeaderVersion::ALL
            .iter()
            .map(|v| P::SecurityHeaderVersion(*v))
            .collect(),
        Id::ExtendedProtectionPolicy => ExtendedProtectionPolicy::ALL
            .iter()
            .map(|v| P::ExtendedProtectionPolicy(*v))
            .collect(),
        Id::ExtendedProtectionScenario => ExtendedProtectionScenario::ALL
            .iter()
            .map(|v| P::ExtendedProtectionScenario(*v))
            .collect(),
        Id::ServiceIdentities => vec![P::ServiceIdentities(vec!["host/orders.example.com".into()])],
    }
}

/// `bag` with every entry of `id` replaced by `value` (or removed, for `None`).
fn with_entry<P: PropertyEntry + Clone>(
    bag: &PropertyBag<P>,
    id: P::Id,
    value: Option<P>,
) -> PropertyBag<P> {
    let mut out: PropertyBag<P> = bag.iter().filter(|p| p.id() != id).cloned().collect();
    if let Some(value) = value {
        out.push(value);
    }
    out
}

fn need(kind: SecurityBindingType, key: &str, side: Side) -> bool {
    kind.fields()
        .iter()
        .any(|f| f.key == key && f.need(side) == Need::Required)
}

/// A binding of type `kind` as `side` writes it: its required fields (from the model's field
/// table) filled with placeholders.
fn sample_binding(kind: SecurityBindingType, side: Side) -> SecurityBinding {
    use SecurityBindingType as T;
    let usage = Some(MessageSecurityUsage::Supporting);
    let windows =
        need(kind, "client_credential", side).then_some(WindowsIntegratedAuthCredential::Default);
    match kind {
        T::SslTransport => SecurityBinding::SslTransport(SslTransportBinding::default()),
        T::TcpSspiTransport => SecurityBinding::TcpSspiTransport(SspiTransportBinding {
            client_credential: windows,
            ..Default::default()
        }),
        T::NamedpipeSspiTransport => {
            SecurityBinding::NamedpipeSspiTransport(SspiTransportBinding {
                client_credential: windows,
                ..Default::default()
            })
        }
        T::HttpHeaderAuth => SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
            client_credential: windows,
            ..Default::default()
        }),
        T::UsernameMessage => SecurityBinding::UsernameMessage(UsernameMessageBinding {
            binding_usage: usage,
            client_credential: need(kind, "client_credential", side).then(|| {
                UsernameCredential::String {
                    username: "usr1".into(),
                    password: Secret::env("USR1_PASSWORD"),
                }
            }),
            password_validator: need(kind, "password_validator", side).then(|| slot("validator")),
            ..Default::default()
        }),
        T::KerberosApreqMessage => {
            SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding {
                binding_usage: usage,
                client_credential: windows,
                ..Default::default()
            })
        }
        T::XmlTokenMessage => SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding {
            binding_usage: usage,
            xml_token: need(kind, "xml_token", side).then(|| slot("token")),
            ..Default::default()
        }),
        T::SamlMessage => SecurityBinding::SamlMessage(SamlMessageBinding {
            binding_usage: usage,
            authenticator: need(kind, "authenticator", side).then(|| {
                SamlAuthenticator::CertSigned {
                    trusted_issuer_certs: vec![slot("issuer")],
                    decryption_cert: None,
                    saml_validator: None,
                    saml_validator_callback_state: None,
                }
            }),
            ..Default::default()
        }),
        T::SecurityContextMessage => {
            SecurityBinding::SecurityContextMessage(SecurityContextMessageBinding {
                binding_usage: usage,
                bootstrap_security_description: Some(Box::new(SecurityDescription {
                    properties: ChannelProperties::new(),
                    bindings: vec![
                        sample_binding(T::SslTransport, side),
                        sample_binding(T::KerberosApreqMessage, side),
                    ],
                })),
                ..Default::default()
            })
        }
    }
}

/// The binding with field `key` set to a placeholder when unset, or cleared when set; `None`
/// when the generator has no placeholder for that field.
fn toggle_field(binding: &SecurityBinding, key: &str) -> Option<SecurityBinding> {
    use SecurityBinding as B;
    let mut b = binding.clone();
    fn flip<T>(field: &mut Option<T>, value: impl FnOnce() -> T) {
        *field = match field.take() {
            Some(_) => None,
            None => Some(value()),
        };
    }
    let cert = || CertCredential::Thumbprint {
        store_location: CertStoreLocation::CurrentUser,
        store_name: "My".into(),
        thumbprint: "c0f89c8d4e4e80f250b58c3fae944a0edee02804".into(),
    };
    match (&mut b, key) {
        (B::SslTransport(s), "local_cert_credential") => flip(&mut s.local_cert_credential, cert),
        (B::TcpSspiTransport(s) | B::NamedpipeSspiTransport(s), "client_credential") => {
            flip(&mut s.client_credential, || {
                WindowsIntegratedAuthCredential::Default
            })
        }
        (B::HttpHeaderAuth(h), "client_credential") => flip(&mut h.client_credential, || {
            WindowsIntegratedAuthCredential::Default
        }),
        (B::UsernameMessage(u), "client_credential") => {
            flip(&mut u.client_credential, || UsernameCredential::String {
                username: "usr1".into(),
                password: Secret::env("USR1_PASSWORD"),
            })
        }
        (B::UsernameMessage(u), "password_validator") => {
            flip(&mut u.password_validator, || slot("validator"))
        }
        (B::UsernameMessage(u), "password_validator_callback_state") => {
            flip(&mut u.password_validator_callback_state, || slot("state"))
        }
        (B::KerberosApreqMessage(k), "client_credential") => flip(&mut k.client_credential, || {
            WindowsIntegratedAuthCredential::Default
        }),
        (B::XmlTokenMessage(x), "xml_token") => flip(&mut x.xml_token, || slot("token")),
        (_, "binding_usage") => match &mut b {
            B::UsernameMessage(m) => {
                flip(&mut m.binding_usage, || MessageSecurityUsage::Supporting)
            }
            B::KerberosApreqMessage(m) => {
                flip(&mut m.binding_usage, || MessageSecurityUsage::Supporting)
            }
            B::XmlTokenMessage(m) => {
                flip(&mut m.binding_usage, || MessageSecurityUsage::Supporting)
            }
            B::SamlMessage(m) => flip(&mut m.binding_usage, || MessageSecurityUsage::Supporting),
            B::SecurityContextMessage(m) => {
                flip(&mut m.binding_usage, || MessageSecurityUsage::Supporting)
            }
            _ => return None,
        },
        _ => return None,
    }
    Some(b)
}

/// Every change of one setting of `endpoint`.
fn changes(endpoint: &Endpoint) -> Vec<Change> {
    let side = endpoint.side;
    let mut out = Vec::new();
    let mut push = |what: String, setting: Setting, e: Endpoint| {
        out.push(Change {
            side,
            what,
            setting,
            endpoint: e,
        })
    };
    let mut e = endpoint.clone();
    e.side = side.opposite();
    push(format!("side = {}", e.side), Setting::Side, e);
    for binding in ChannelBinding::ALL
        .iter()
        .filter(|b| **b != endpoint.channel_binding)
    {
        let mut e = endpoint.clone();
        e.channel_binding = *binding;
        push(
            format!("channel_binding = {binding}"),
            Setting::ChannelBinding,
            e,
        );
    }
    let types = ChannelType::ALL.iter().copied().map(Some).chain([None]);
    for channel_type in types.filter(|t| *t != endpoint.channel_type) {
        let mut e = endpoint.clone();
        e.channel_type = channel_type;
        let shown = channel_type.map_or("(none)".to_owned(), |t| t.to_string());
        push(format!("channel_type = {shown}"), Setting::ChannelType, e);
    }
    let description = &endpoint.description;
    let facts = wws_security_policy::facts::properties::channel_property;
    for id in SecurityPropertyId::ALL
        .iter()
        .filter(|id| facts(**id).sides.allows(side))
    {
        let mut values: Vec<Option<ChannelProperty>> =
            channel_values(*id).into_iter().map(Some).collect();
        if description.properties.contains(*id) {
            values.push(None);
        }
        for value in values {
            let what = match &value {
                Some(v) => format!("properties.{id} = {v:?}"),
                None => format!("properties.{id} removed"),
            };
            let mut e = endpoint.clone();
            e.description.properties = with_entry(&description.properties, *id, value);
            push(what, Setting::Channel(*id), e);
        }
    }
    for (i, binding) in description.bindings.iter().enumerate() {
        let accepted = |id: &&SecurityBindingPropertyId| {
            wws_security_policy::facts::properties::accepted_sides(**id, binding.binding_type())
                .is_some_and(|sides| sides.allows(side))
        };
        for id in SecurityBindingPropertyId::ALL.iter().filter(accepted) {
            let mut values: Vec<Option<BindingProperty>> =
                binding_values(*id).into_iter().map(Some).collect();
            if binding.properties().contains(*id) {
                values.push(None);
            }
            for value in values {
                let what = match &value {
                    Some(v) => format!("bindings[{i}].properties.{id} = {v:?}"),
                    None => format!("bindings[{i}].properties.{id} removed"),
                };
                let mut e = endpoint.clone();
                let target = &mut e.description.bindings[i];
                *target.properties_mut() = with_entry(binding.properties(), *id, value);
                push(what, Setting::Binding(*id), e);
            }
        }
        for field in binding.fields() {
            if let Some(toggled) = toggle_field(binding, field.key) {
                let mut e = endpoint.clone();
                e.description.bindings[i] = toggled;
                push(
                    format!("bindings[{i}].{} toggled", field.key),
                    Setting::Field(field.key),
                    e,
                );
            }
        }
        let mut e = endpoint.clone();
        e.description.bindings.remove(i);
        push(format!("bindings[{i}] removed"), Setting::Bindings, e);
    }
    for kind in SecurityBindingType::ALL {
        let mut e = endpoint.clone();
        e.description.bindings.push(sample_binding(*kind, side));
        push(format!("{kind} binding added"), Setting::Bindings, e);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The oracle: what the two ends must agree on, from their effective values.

fn channel(e: &Endpoint, id: SecurityPropertyId) -> Option<ChannelProperty> {
    effective_channel_property(&e.description, id)
        .value()
        .cloned()
}

fn mixed(e: &Endpoint) -> bool {
    e.description
        .bindings
        .iter()
        .any(|b| b.binding_type().is_message_binding())
}

fn transport(e: &Endpoint) -> Option<(usize, SecurityBindingType)> {
    e.description
        .bindings
        .iter()
        .enumerate()
        .map(|(i, b)| (i, b.binding_type()))
        .find(|(_, t)| t.is_transport_binding())
}

fn binding_prop(e: &Endpoint, i: usize, id: SecurityBindingPropertyId) -> Option<BindingProperty> {
    effective_binding_property(&e.description.bindings[i], e.side, id)
        .value()
        .cloned()
}

/// Client types and the server types that serve them (WS_CHANNEL_TYPE and the channel layer
/// overview), written out here rather than taken from the model.
const CHANNEL_PAIRS: &[(ChannelType, ChannelType)] = &[
    (ChannelType::Request, ChannelType::Reply),
    (ChannelType::DuplexSession, ChannelType::DuplexSession),
    (ChannelType::Duplex, ChannelType::Input),
    (ChannelType::Output, ChannelType::Input),
    (ChannelType::OutputSession, ChannelType::InputSession),
];

fn channel_types(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    match (c.channel_type, s.channel_type) {
        (Some(ct), Some(st)) if !CHANNEL_PAIRS.contains(&(ct, st)) => vec!["C-003"],
        _ => vec![],
    }
}

/// C-004 / C-021: the same transport binding, or an HTTP server running without SSL on purpose.
fn transports(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    let (ct, st) = (transport(c).map(|t| t.1), transport(s).map(|t| t.1));
    if ct == st {
        return vec![];
    }
    let server_without_ssl = st.is_none()
        && s.channel_binding == ChannelBinding::Http
        && s.description
            .properties
            .get(SecurityPropertyId::TransportProtectionLevel)
            == Some(&ChannelProperty::TransportProtectionLevel(
                ProtectionLevel::None,
            ));
    if ct == Some(SecurityBindingType::SslTransport) && server_without_ssl {
        let terminated = channel(s, SecurityPropertyId::ExtendedProtectionScenario)
            == Some(ChannelProperty::ExtendedProtectionScenario(
                ExtendedProtectionScenario::TerminatedSsl,
            ));
        return if terminated { vec![] } else { vec!["C-021"] };
    }
    vec!["C-004"]
}

fn same_sspi(c: &Endpoint, s: &Endpoint) -> Option<(usize, usize)> {
    match (transport(c), transport(s)) {
        (Some((ci, ct)), Some((si, st))) if ct == st && ct != SecurityBindingType::SslTransport => {
            Some((ci, si))
        }
        _ => None,
    }
}

fn sspi_level(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    let id = SecurityPropertyId::TransportProtectionLevel;
    match same_sspi(c, s) {
        Some(_) if channel(c, id) != channel(s, id) => vec!["C-009"],
        _ => vec![],
    }
}

fn sspi_package(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    use WindowsIntegratedAuthPackage as W;
    let Some((ci, si)) = same_sspi(c, s) else {
        return vec![];
    };
    let id = SecurityBindingPropertyId::WindowsIntegratedAuthPackage;
    let package = |e: &Endpoint, i| match binding_prop(e, i, id) {
        Some(BindingProperty::WindowsIntegratedAuthPackage(p)) => p,
        other => panic!("no package: {other:?}"),
    };
    match (package(c, ci), package(s, si)) {
        (W::Kerberos, W::Ntlm) | (W::Ntlm, W::Kerberos) => vec!["C-010"],
        _ => vec![],
    }
}

fn client_certificate(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    let find = |e: &Endpoint| {
        e.description
            .bindings
            .iter()
            .enumerate()
            .find_map(|(i, b)| match b {
                SecurityBinding::SslTransport(ssl) => {
                    Some((i, ssl.local_cert_credential.is_some()))
                }
                _ => None,
            })
    };
    let (Some((_, has_cert)), Some((si, _))) = (find(c), find(s)) else {
        return vec![];
    };
    let required = binding_prop(s, si, SecurityBindingPropertyId::RequireSslClientCert)
        == Some(BindingProperty::RequireSslClientCert(true));
    if required && !has_cert {
        vec!["C-008"]
    } else {
        vec![]
    }
}

/// The effective schemes of the header-auth binding aimed at the service, if any.
fn service_schemes(e: &Endpoint) -> Option<Vec<HttpHeaderAuthScheme>> {
    e.description
        .bindings
        .iter()
        .enumerate()
        .find_map(|(i, b)| {
            if b.binding_type() != SecurityBindingType::HttpHeaderAuth {
                return None;
            }
            let target = binding_prop(e, i, SecurityBindingPropertyId::HttpHeaderAuthTarget);
            if target
                != Some(BindingProperty::HttpHeaderAuthTarget(
                    HttpHeaderAuthTarget::Service,
                ))
            {
                return None;
            }
            match binding_prop(e, i, SecurityBindingPropertyId::HttpHeaderAuthScheme) {
                Some(BindingProperty::HttpHeaderAuthScheme(set)) => Some(set.iter().collect()),
                _ => None,
            }
        })
}

fn header_auth(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    let client = service_schemes(c);
    let active: Vec<HttpHeaderAuthScheme> = client
        .iter()
        .flatten()
        .copied()
        .filter(|x| *x != HttpHeaderAuthScheme::None)
        .collect();
    match (active.is_empty(), service_schemes(s)) {
        (true, Some(_)) => vec!["C-006"],
        (false, None) => {
            let can_do_without = client
                .iter()
                .flatten()
                .any(|x| *x == HttpHeaderAuthScheme::None);
            if active.len() > 1 && !can_do_without {
                vec!["C-006"]
            } else {
                vec![]
            }
        }
        (false, Some(server)) if !active.iter().any(|x| server.contains(x)) => vec!["C-007"],
        _ => vec![],
    }
}

/// The message bindings must pair up: the same kinds, a client XML token standing for a SAML,
/// username or Kerberos binding of the server.
fn tokens(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    use SecurityBindingType as T;
    let kinds = |e: &Endpoint| -> Vec<T> {
        e.description
            .bindings
            .iter()
            .map(SecurityBinding::binding_type)
            .filter(|t| t.is_message_binding())
            .collect()
    };
    let mut server = kinds(s);
    let mut left_over = Vec::new();
    let mut xml_tokens = 0;
    for kind in kinds(c) {
        if kind == T::XmlTokenMessage {
            xml_tokens += 1;
        } else if let Some(at) = server.iter().position(|t| *t == kind) {
            server.remove(at);
        } else {
            left_over.push(kind);
        }
    }
    for _ in 0..xml_tokens {
        let stand_in = [T::SamlMessage, T::UsernameMessage, T::KerberosApreqMessage]
            .iter()
            .find_map(|k| server.iter().position(|t| t == k));
        match stand_in {
            Some(at) => {
                server.remove(at);
            }
            None => left_over.push(T::XmlTokenMessage),
        }
    }
    left_over.extend(server);
    let mut rules: Vec<&'static str> = left_over
        .iter()
        .map(|t| {
            if *t == T::UsernameMessage {
                "C-017"
            } else {
                "C-005"
            }
        })
        .collect();
    rules.dedup();
    rules
}

fn both_mixed(c: &Endpoint, s: &Endpoint) -> bool {
    mixed(c) && mixed(s)
}

fn same_channel_value(
    c: &Endpoint,
    s: &Endpoint,
    id: SecurityPropertyId,
    rule: &'static str,
) -> Vec<&'static str> {
    if both_mixed(c, s) && channel(c, id) != channel(s, id) {
        vec![rule]
    } else {
        vec![]
    }
}

/// The suite in effect: a named suite, or a custom one with its defaults resolved.
fn suite(e: &Endpoint) -> (bool, Vec<i64>) {
    use wws_security_policy::facts::properties::ALGORITHM_SUITE_FIELDS;
    if let Some(ChannelProperty::AlgorithmSuite(custom)) =
        channel(e, SecurityPropertyId::AlgorithmSuite)
    {
        let mut values: Vec<i64> = custom
            .algorithms()
            .iter()
            .zip(ALGORITHM_SUITE_FIELDS.iter())
            .map(|((_, v), facts)| match v {
                None | Some(SecurityAlgorithmId::Default) => {
                    facts.default.map_or(-1, |d| i64::from(d.to_raw()))
                }
                Some(v) => i64::from(v.to_raw()),
            })
            .collect();
        values.extend(defaults::effective_key_lengths(&custom).map(i64::from));
        return (true, values);
    }
    match channel(e, SecurityPropertyId::AlgorithmSuiteName) {
        Some(ChannelProperty::AlgorithmSuiteName(name)) => (false, vec![i64::from(name.to_raw())]),
        other => panic!("no suite: {other:?}"),
    }
}

fn suites(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    let ((c_custom, cv), (s_custom, sv)) = (suite(c), suite(s));
    if both_mixed(c, s) && c_custom == s_custom && cv != sv {
        vec!["C-014"]
    } else {
        vec![]
    }
}

fn usage(e: &Endpoint) -> SecurityTimestampUsage {
    match channel(e, SecurityPropertyId::TimestampUsage) {
        Some(ChannelProperty::TimestampUsage(u)) => u,
        other => panic!("no timestamp usage: {other:?}"),
    }
}

/// Requests carry a timestamp under `always` and `requests_only`; replies under `always` only.
fn stamps(u: SecurityTimestampUsage) -> (bool, bool) {
    use SecurityTimestampUsage as U;
    (matches!(u, U::Always | U::RequestsOnly), u == U::Always)
}

fn timestamps(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    if !both_mixed(c, s) {
        return vec![];
    }
    let ((c_requests, c_replies), (s_requests, s_replies)) = (stamps(usage(c)), stamps(usage(s)));
    if (s_requests && !c_requests) || (c_replies && !s_replies) {
        vec!["C-013"]
    } else {
        vec![]
    }
}

fn ticks(e: &Endpoint, id: SecurityPropertyId) -> i64 {
    match channel(e, id) {
        Some(ChannelProperty::MaxAllowedLatency(t))
        | Some(ChannelProperty::TimestampValidityDuration(t))
        | Some(ChannelProperty::MaxAllowedClockSkew(t)) => t.ticks(),
        other => panic!("no duration: {other:?}"),
    }
}

fn windows(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    use SecurityPropertyId as Id;
    if !both_mixed(c, s) {
        return vec![];
    }
    let ((c_requests, c_replies), (s_requests, s_replies)) = (stamps(usage(c)), stamps(usage(s)));
    let fits = |sender: &Endpoint, receiver: &Endpoint| {
        let validity = ticks(sender, Id::TimestampValidityDuration);
        let (latency, skew) = (
            ticks(receiver, Id::MaxAllowedLatency),
            ticks(receiver, Id::MaxAllowedClockSkew),
        );
        validity <= latency + skew && validity + skew >= latency
    };
    let requests_fit = !(c_requests && s_requests) || fits(c, s);
    let replies_fit = !(c_replies && s_replies) || fits(s, c);
    if requests_fit && replies_fit {
        vec![]
    } else {
        vec!["C-018"]
    }
}

fn extended_protection(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    let always = channel(s, SecurityPropertyId::ExtendedProtectionPolicy)
        == Some(ChannelProperty::ExtendedProtectionPolicy(
            ExtendedProtectionPolicy::Always,
        ));
    let header = service_schemes(c)
        .is_some_and(|schemes| schemes.iter().any(|x| *x != HttpHeaderAuthScheme::None));
    let kerberos = c
        .description
        .bindings
        .iter()
        .any(|b| b.binding_type() == SecurityBindingType::KerberosApreqMessage);
    if always && (header || kerberos) {
        vec!["C-019"]
    } else {
        vec![]
    }
}

/// The security context bindings of both ends, when each has one.
fn contexts(c: &Endpoint, s: &Endpoint) -> Option<(usize, usize)> {
    let find = |e: &Endpoint| {
        e.description
            .bindings
            .iter()
            .position(|b| b.binding_type() == SecurityBindingType::SecurityContextMessage)
    };
    Some((find(c)?, find(s)?))
}

fn context_value(
    c: &Endpoint,
    s: &Endpoint,
    id: SecurityBindingPropertyId,
    rule: &'static str,
) -> Vec<&'static str> {
    match contexts(c, s) {
        Some((ci, si)) if binding_prop(c, ci, id) != binding_prop(s, si, id) => vec![rule],
        _ => vec![],
    }
}

fn renewal(c: &Endpoint, s: &Endpoint) -> Vec<&'static str> {
    use SecurityBindingPropertyId as Id;
    let Some((ci, si)) = contexts(c, s) else {
        return vec![];
    };
    let refused = binding_prop(c, ci, Id::SecurityContextSupportRenew)
        == Some(BindingProperty::SecurityContextSupportRenew(true))
        && binding_prop(s, si, Id::SecurityContextSupportRenew)
            == Some(BindingProperty::SecurityContextSupportRenew(false));
    let interval = |e: &Endpoint, i| match binding_prop(e, i, Id::SecurityContextRenewalInterval) {
        Some(BindingProperty::SecurityContextRenewalInterval(t)) => t,
        other => panic!("no interval: {other:?}"),
    };
    if refused || interval(c, ci) >= interval(s, si) {
        vec!["C-020"]
    } else {
        vec![]
    }
}

/// The rules that must report the disagreement the change made in `setting`, or none when the
/// two ends still agree on it.
fn oracle(c: &Endpoint, s: &Endpoint, setting: Setting) -> Vec<&'static str> {
    use SecurityBindingPropertyId as B;
    use SecurityPropertyId as P;
    if (c.side, s.side) != (Side::Client, Side::Server) {
        return vec!["C-001"];
    }
    if c.channel_binding != s.channel_binding {
        return vec!["C-002"];
    }
    match setting {
        Setting::Side | Setting::ChannelBinding => vec![],
        Setting::ChannelType => channel_types(c, s),
        Setting::Channel(P::TransportProtectionLevel) => {
            [sspi_level(c, s), transports(c, s)].concat()
        }
        Setting::Channel(P::AlgorithmSuite | P::AlgorithmSuiteName) => suites(c, s),
        Setting::Channel(P::TimestampUsage) => [timestamps(c, s), windows(c, s)].concat(),
        Setting::Channel(
            P::MaxAllowedLatency | P::TimestampValidityDuration | P::MaxAllowedClockSkew,
        ) => windows(c, s),
        Setting::Channel(P::SecurityHeaderLayout) => {
            same_channel_value(c, s, P::SecurityHeaderLayout, "C-012")
        }
        Setting::Channel(P::SecurityHeaderVersion) => {
            same_channel_value(c, s, P::SecurityHeaderVersion, "C-011")
        }
        Setting::Channel(P::ExtendedProtectionPolicy) => extended_protection(c, s),
        Setting::Channel(P::ExtendedProtectionScenario) => transports(c, s),
        Setting::Channel(P::ServiceIdentities) => vec![],
        Setting::Binding(B::RequireSslClientCert) => client_certificate(c, s),
        Setting::Binding(B::WindowsIntegratedAuthPackage) => sspi_package(c, s),
        Setting::Binding(B::HttpHeaderAuthScheme | B::HttpHeaderAuthTarget) => {
            [header_auth(c, s), extended_protection(c, s)].concat()
        }
        Setting::Binding(B::SecureConversationVersion) => {
            context_value(c, s, B::SecureConversationVersion, "C-015")
        }
        Setting::Binding(B::SecurityContextKeyEntropyMode) => {
            context_value(c, s, B::SecurityContextKeyEntropyMode, "C-016")
        }
        Setting::Binding(B::SecurityContextSupportRenew | B::SecurityContextRenewalInterval) => {
            renewal(c, s)
        }
        Setting::Binding(_) => vec![],
        Setting::Field("local_cert_credential") => client_certificate(c, s),
        Setting::Field(_) => vec![],
        Setting::Bindings => [
            transports(c, s),
            client_certificate(c, s),
            sspi_level(c, s),
            sspi_package(c, s),
            header_auth(c, s),
            extended_protection(c, s),
            tokens(c, s),
            suites(c, s),
        ]
        .concat(),
    }
}

// ---------------------------------------------------------------------------------------------

#[derive(Default)]
struct Figures {
    tried: usize,
    invalid_alone: usize,
    disagreeing: usize,
    caught: usize,
    agreeing: usize,
    agreeing_silent: usize,
    by_rule: BTreeMap<&'static str, usize>,
}

/// Runs every change of every base pair; returns the figures and the misjudged changes.
fn run(bases: &[(String, Endpoint, Endpoint)]) -> (Figures, Vec<String>) {
    let mut total = Figures::default();
    let mut failures = Vec::new();
    for (label, client, server) in bases {
        assert!(
            compat(client, server).diagnostics.is_empty(),
            "{label} is not a clean base pair"
        );
        let mut figures = Figures::default();
        for change in changes(client).into_iter().chain(changes(server)) {
            figures.tried += 1;
            if validate(&change.endpoint).has_errors() {
                figures.invalid_alone += 1;
                continue;
            }
            let (c, s) = match change.side {
                Side::Client => (&change.endpoint, server),
                Side::Server => (client, &change.endpoint),
            };
            let expected = oracle(c, s, change.setting);
            let report = compat(c, s);
            if expected.is_empty() {
                figures.agreeing += 1;
                if report.diagnostics.is_empty() {
                    figures.agreeing_silent += 1;
                } else {
                    failures.push(format!(
                        "{label}, {} {}: the ends agree, yet:\n{report}",
                        change.side, change.what
                    ));
                }
            } else {
                figures.disagreeing += 1;
                let missing: Vec<&&str> =
                    expected.iter().filter(|id| !report.reports(id)).collect();
                if missing.is_empty() {
                    figures.caught += 1;
                    for id in &expected {
                        *figures.by_rule.entry(id).or_default() += 1;
                    }
                } else {
                    failures.push(format!(
                        "{label}, {} {}: {missing:?} not reported; the report:\n{report}",
                        change.side, change.what
                    ));
                }
            }
        }
        eprintln!("{label}: {figures}");
        total.add(figures);
    }
    eprintln!("total: {total}");
    eprintln!("caught changes by rule: {:?}", total.by_rule);
    (total, failures)
}

impl Figures {
    fn add(&mut self, other: Figures) {
        self.tried += other.tried;
        self.invalid_alone += other.invalid_alone;
        self.disagreeing += other.disagreeing;
        self.caught += other.caught;
        self.agreeing += other.agreeing;
        self.agreeing_silent += other.agreeing_silent;
        for (id, n) in other.by_rule {
            *self.by_rule.entry(id).or_default() += n;
        }
    }
}

impl std::fmt::Display for Figures {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} changes tried, {} invalid on their own, {} disagreeing ({} caught), {} agreeing ({} not reported)",
            self.tried, self.invalid_alone, self.disagreeing, self.caught, self.agreeing, self.agreeing_silent
        )
    }
}

fn check(figures: &Figures, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} of {} compared changes misjudged:\n\n{}",
        failures.len(),
        figures.disagreeing + figures.agreeing,
        failures.join("\n\n")
    );
    assert_eq!(figures.caught, figures.disagreeing);
    assert_eq!(figures.agreeing_silent, figures.agreeing);
}

#[test]
fn from_every_official_pair_every_disagreement_is_reported_and_no_agreement() {
    let bases: Vec<(String, Endpoint, Endpoint)> = OFFICIAL_PAIRS
        .iter()
        .map(|(label, c, s)| (label.to_string(), official(c), official(s)))
        .collect();
    let (figures, failures) = run(&bases);
    check(&figures, &failures);
    // The generator must keep producing real work: thousands of changes, hundreds of them
    // disagreements, across most rules.
    assert!(
        figures.tried > 3_000 && figures.disagreeing > 300,
        "too few changes: {figures}"
    );
    assert!(
        figures.by_rule.len() >= 12,
        "rules exercised: {:?}",
        figures.by_rule.keys()
    );
}

/// The passing pairs of the compatibility fixtures that report nothing are compatible pairs
/// too, with settings no official sample has (security contexts, SSPI packages, header-auth
/// schemes): the same test from each of them.
#[test]
fn from_every_clean_fixture_pair_every_disagreement_is_reported_and_no_agreement() {
    use serde::Deserialize;
    use wws_security_model::decode::{decode_endpoint, Node};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compat");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut bases = Vec::new();
    for path in files {
        let doc: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let end = |key: &str| {
            let node = Node::deserialize(doc["pass"][key].clone()).unwrap();
            decode_endpoint(&node).unwrap()
        };
        let (client, server) = (end("client"), end("server"));
        if compat(&client, &server).diagnostics.is_empty() {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            bases.push((format!("{name} pass"), client, server));
        }
    }
    assert!(bases.len() >= 20, "{} clean fixture pairs", bases.len());
    let (figures, failures) = run(&bases);
    check(&figures, &failures);
    for id in ["C-010", "C-015", "C-016", "C-020"] {
        assert!(
            figures.by_rule.contains_key(id),
            "{id} is never exercised: {:?}",
            figures.by_rule
        );
    }
}
