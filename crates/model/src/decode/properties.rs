//! Decoding the two property bags and their structured values.

use super::{DecodeErrorKind, Decoder, Node, PropertyBagKind};
use crate::*;

/// A binding's `properties` table. Every binding property name is accepted on every binding:
/// whether it applies there is a policy question, not a format one.
pub(super) fn binding_properties(d: &mut Decoder, node: &Node) -> Option<BindingProperties> {
    use BindingProperty as P;
    use SecurityBindingPropertyId as Id;
    let entries = table_entries(d, node)?;
    let mut bag = BindingProperties::new();
    for (key, value) in entries {
        let Some(id) = property_id::<Id>(d, key, Some(PropertyBagKind::Binding), entries) else {
            continue;
        };
        let property = d.entry(key, value, |d, value| -> Option<BindingProperty> {
            Some(match id {
                Id::RequireSslClientCert => P::RequireSslClientCert(d.boolean(value)?),
                Id::WindowsIntegratedAuthPackage => P::WindowsIntegratedAuthPackage(d.name(value)?),
                Id::RequireServerAuth => P::RequireServerAuth(d.boolean(value)?),
                Id::AllowAnonymousClients => P::AllowAnonymousClients(d.boolean(value)?),
                Id::AllowedImpersonationLevel => P::AllowedImpersonationLevel(d.name(value)?),
                Id::HttpHeaderAuthScheme => P::HttpHeaderAuthScheme(d.flags(value)?),
                Id::HttpHeaderAuthTarget => P::HttpHeaderAuthTarget(d.name(value)?),
                Id::HttpHeaderAuthBasicRealm => P::HttpHeaderAuthBasicRealm(d.string(value)?),
                Id::HttpHeaderAuthDigestRealm => P::HttpHeaderAuthDigestRealm(d.string(value)?),
                Id::HttpHeaderAuthDigestDomain => P::HttpHeaderAuthDigestDomain(d.string(value)?),
                Id::SecurityContextKeySize => P::SecurityContextKeySize(d.ulong(value)?),
                Id::SecurityContextKeyEntropyMode => {
                    P::SecurityContextKeyEntropyMode(d.name(value)?)
                }
                Id::MessageProperties => P::MessageProperties(message_properties(d, value)?),
                Id::SecurityContextMaxPendingContexts => {
                    P::SecurityContextMaxPendingContexts(d.ulong(value)?)
                }
                Id::SecurityContextMaxActiveContexts => {
                    P::SecurityContextMaxActiveContexts(d.ulong(value)?)
                }
                Id::SecureConversationVersion => P::SecureConversationVersion(d.name(value)?),
                Id::SecurityContextSupportRenew => {
                    P::SecurityContextSupportRenew(d.boolean(value)?)
                }
                Id::SecurityContextRenewalInterval => {
                    P::SecurityContextRenewalInterval(d.timespan(value)?)
                }
                Id::SecurityContextRolloverInterval => {
                    P::SecurityContextRolloverInterval(d.timespan(value)?)
                }
                Id::CertFailuresToIgnore => P::CertFailuresToIgnore(d.flags(value)?),
                Id::DisableCertRevocationCheck => P::DisableCertRevocationCheck(d.boolean(value)?),
                Id::DisallowedSecureProtocols => P::DisallowedSecureProtocols(d.flags(value)?),
                Id::CertificateValidationCallbackContext => {
                    P::CertificateValidationCallbackContext(validation_callback(d, value)?)
                }
            })
        });
        if let Some(p) = property {
            bag.push(p);
        }
    }
    // Entries that did not decode are left out (each a hole); the errors say the bag is wrong.
    Some(bag)
}

/// The description-wide `properties` table.
pub(super) fn channel_properties(d: &mut Decoder, node: &Node) -> Option<ChannelProperties> {
    use ChannelProperty as P;
    use SecurityPropertyId as Id;
    let entries = table_entries(d, node)?;
    let mut bag = ChannelProperties::new();
    for (key, value) in entries {
        let Some(id) = property_id::<Id>(d, key, Some(PropertyBagKind::Channel), entries) else {
            continue;
        };
        let property = d.entry(key, value, |d, value| -> Option<ChannelProperty> {
            Some(match id {
                Id::TransportProtectionLevel => P::TransportProtectionLevel(d.name(value)?),
                Id::AlgorithmSuite => P::AlgorithmSuite(algorithm_suite(d, value)?),
                Id::AlgorithmSuiteName => P::AlgorithmSuiteName(d.name(value)?),
                Id::MaxAllowedLatency => P::MaxAllowedLatency(d.timespan(value)?),
                Id::TimestampValidityDuration => P::TimestampValidityDuration(d.timespan(value)?),
                Id::MaxAllowedClockSkew => P::MaxAllowedClockSkew(d.timespan(value)?),
                Id::TimestampUsage => P::TimestampUsage(d.name(value)?),
                Id::SecurityHeaderLayout => P::SecurityHeaderLayout(d.name(value)?),
                Id::SecurityHeaderVersion => P::SecurityHeaderVersion(d.name(value)?),
                Id::ExtendedProtectionPolicy => P::ExtendedProtectionPolicy(d.name(value)?),
                Id::ExtendedProtectionScenario => P::ExtendedProtectionScenario(d.name(value)?),
                Id::ServiceIdentities => P::ServiceIdentities(d.strings(value)?),
            })
        });
        if let Some(p) = property {
            bag.push(p);
        }
    }
    // Entries that did not decode are left out (each a hole); the errors say the bag is wrong.
    Some(bag)
}

fn table_entries<'n>(d: &mut Decoder, node: &'n Node) -> Option<&'n [(String, Node)]> {
    match node {
        // JSON may repeat a key: the bag keeps both so the policy reports the repetition.
        Node::Table(entries) => Some(entries),
        other => {
            d.wrong_type("a table of properties", other);
            None
        }
    }
}

/// The key of a property table, with a suggestion when it is not a property name.
/// The id of a property key written in a bag of kind `bag`; a key of the other bag is reported
/// as misplaced (its rule says where it goes), any other as unknown.
pub(super) fn property_id<Id: CEnum>(
    d: &mut Decoder,
    key: &str,
    bag: Option<PropertyBagKind>,
    written: &[(String, Node)],
) -> Option<Id> {
    match Id::from_name(key) {
        Ok(id) => Some(id),
        Err(e) => {
            let other_bag = match bag {
                Some(PropertyBagKind::Binding) => SecurityPropertyId::from_name(key).is_ok(),
                Some(PropertyBagKind::Channel) => SecurityBindingPropertyId::from_name(key).is_ok(),
                None => false,
            };
            let kind = match bag {
                Some(written_in) if other_bag => DecodeErrorKind::MisplacedProperty {
                    key: key.to_owned(),
                    written_in,
                },
                _ => DecodeErrorKind::UnknownKey {
                    key: key.to_owned(),
                    suggestion: e.suggestion,
                    expected: Id::NAMES.to_vec(),
                },
            };
            d.at_key(key, |d| d.error(kind));
            // The property it was meant to be is not known to be absent.
            if let Some(meant) = e.suggestion.filter(|s| written.iter().all(|(k, _)| k != s)) {
                if let Some((_, value)) = written.iter().find(|(k, _)| k == key) {
                    d.hole_at_meant_key(meant, value);
                }
            }
            None
        }
    }
}

fn algorithm_suite(d: &mut Decoder, node: &Node) -> Option<AlgorithmSuite> {
    let mut t = d.table(node)?;
    let alg = |d: &mut Decoder, t: &mut super::Table<'_>, key| t.optional(d, key, |d, n| d.name(n));
    let suite = AlgorithmSuite {
        canonicalization_algorithm: alg(d, &mut t, "canonicalization_algorithm"),
        digest_algorithm: alg(d, &mut t, "digest_algorithm"),
        symmetric_signature_algorithm: alg(d, &mut t, "symmetric_signature_algorithm"),
        asymmetric_signature_algorithm: alg(d, &mut t, "asymmetric_signature_algorithm"),
        encryption_algorithm: alg(d, &mut t, "encryption_algorithm"),
        key_derivation_algorithm: alg(d, &mut t, "key_derivation_algorithm"),
        symmetric_key_wrap_algorithm: alg(d, &mut t, "symmetric_key_wrap_algorithm"),
        asymmetric_key_wrap_algorithm: alg(d, &mut t, "asymmetric_key_wrap_algorithm"),
        min_symmetric_key_length: t.optional(d, "min_symmetric_key_length", |d, n| d.ulong(n)),
        max_symmetric_key_length: t.optional(d, "max_symmetric_key_length", |d, n| d.ulong(n)),
        min_asymmetric_key_length: t.optional(d, "min_asymmetric_key_length", |d, n| d.ulong(n)),
        max_asymmetric_key_length: t.optional(d, "max_asymmetric_key_length", |d, n| d.ulong(n)),
    };
    let failed = t.had_errors;
    let mut keys: Vec<&'static str> = ALGORITHM_SUITE_ALGORITHM_FIELDS.to_vec();
    keys.extend(ALGORITHM_SUITE_LENGTH_FIELDS);
    t.finish(d, &keys);
    (!failed).then_some(suite)
}

fn message_properties(d: &mut Decoder, node: &Node) -> Option<MessageProperties> {
    let entries = table_entries(d, node)?;
    let mut out = MessageProperties::default();
    for (key, value) in entries {
        let Some(id) = property_id::<MessagePropertyId>(d, key, None, entries) else {
            continue;
        };
        if let Some(slot) = d.entry(key, value, |d, value| d.slot(value)) {
            out.entries.push((id, slot));
        }
    }
    Some(out)
}

fn validation_callback(
    d: &mut Decoder,
    node: &Node,
) -> Option<CertificateValidationCallbackContext> {
    let mut t = d.table(node)?.knowing(
        CertificateValidationCallbackContext::FIELDS
            .iter()
            .map(|f| f.key),
    );
    let callback = t.required(d, "callback", |d, n| d.slot(n));
    let state = t.optional(d, "state", |d, n| d.slot(n));
    let keys: Vec<&str> = CertificateValidationCallbackContext::FIELDS
        .iter()
        .map(|f| f.key)
        .collect();
    t.finish(d, &keys);
    Some(CertificateValidationCallbackContext {
        callback: callback?,
        state,
    })
}
