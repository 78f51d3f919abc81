//! The three channel properties a policy can carry (envelope version, addressing version and
//! encoding), in the model's enumerations. The security description does not hold channel
//! properties; these values go into a template's policy description, or into the comment of a
//! plain endpoint file.

use serde::Serialize;
use wws_security_model::{
    AddressingVersion, ChannelType, Encoding, EnvelopeVersion, TemplateChannelProperties,
    TemplateChannelProperty,
};

/// The encoding family a policy announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EncodingFamily {
    Text,
    Binary,
    Mtom,
}

impl EncodingFamily {
    /// The encodings the family allows (metadata mapping § Message Encoding), in the mapping's
    /// order.
    pub(crate) fn encodings(self) -> Vec<Encoding> {
        match self {
            EncodingFamily::Text => vec![
                Encoding::XmlUtf8,
                Encoding::XmlUtf16le,
                Encoding::XmlUtf16be,
            ],
            EncodingFamily::Binary => vec![Encoding::XmlBinarySession1, Encoding::XmlBinary1],
            EncodingFamily::Mtom => vec![
                Encoding::XmlMtomUtf8,
                Encoding::XmlMtomUtf16le,
                Encoding::XmlMtomUtf16be,
            ],
        }
    }
}

/// The channel properties policy and WSDL give an endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChannelValues {
    /// From the SOAP binding element; `None` for a bare policy document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub envelope_version: Option<EnvelopeVersion>,
    /// From `UsingAddressing`, else `transport`.
    pub addressing_version: AddressingVersion,
    /// The encodings the policy allows: policy names the family (text, binary, MTOM), never the
    /// character set or whether a binary encoding keeps a session.
    pub encoding: Vec<Encoding>,
}

impl ChannelValues {
    /// The one encoding a policy description states for a channel of `channel_type`: a binary
    /// policy on a session channel is the session form, elsewhere the sessionless one (metadata
    /// mapping § Message Encoding); text and MTOM take UTF-8, the first the mapping lists and
    /// the one the official PolicyTemplate sample's description sets.
    pub fn policy_encoding(&self, channel_type: Option<ChannelType>) -> Option<Encoding> {
        let allows = |e: Encoding| self.encoding.contains(&e);
        if allows(Encoding::XmlBinarySession1) && channel_type.is_some_and(is_session) {
            Some(Encoding::XmlBinarySession1)
        } else if allows(Encoding::XmlBinary1) {
            Some(Encoding::XmlBinary1)
        } else {
            self.encoding.first().copied()
        }
    }

    /// The `channel_properties` of a policy description for a channel of `channel_type`.
    pub fn policy_description(
        &self,
        channel_type: Option<ChannelType>,
    ) -> TemplateChannelProperties {
        let encoding = self.policy_encoding(channel_type);
        encoding
            .map(TemplateChannelProperty::Encoding)
            .into_iter()
            .chain(
                self.envelope_version
                    .map(TemplateChannelProperty::EnvelopeVersion),
            )
            .chain([TemplateChannelProperty::AddressingVersion(
                self.addressing_version,
            )])
            .collect()
    }
}

/// True for the channel types that keep a session (the binary session encoding needs one).
fn is_session(channel_type: ChannelType) -> bool {
    matches!(
        channel_type,
        ChannelType::Session
            | ChannelType::InputSession
            | ChannelType::OutputSession
            | ChannelType::DuplexSession
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use wws_security_model::ChannelPropertyId;

    fn values(family: EncodingFamily, envelope: Option<EnvelopeVersion>) -> ChannelValues {
        ChannelValues {
            envelope_version: envelope,
            addressing_version: AddressingVersion::V1_0,
            encoding: family.encodings(),
        }
    }

    #[test]
    fn a_policy_description_states_one_encoding_fitting_the_channel() {
        let cases = [
            (
                EncodingFamily::Text,
                ChannelType::Request,
                Encoding::XmlUtf8,
            ),
            (
                EncodingFamily::Text,
                ChannelType::DuplexSession,
                Encoding::XmlUtf8,
            ),
            (
                EncodingFamily::Binary,
                ChannelType::DuplexSession,
                Encoding::XmlBinarySession1,
            ),
            (
                EncodingFamily::Binary,
                ChannelType::Request,
                Encoding::XmlBinary1,
            ),
            (
                EncodingFamily::Binary,
                ChannelType::Duplex,
                Encoding::XmlBinary1,
            ),
            (
                EncodingFamily::Mtom,
                ChannelType::Request,
                Encoding::XmlMtomUtf8,
            ),
        ];
        for (family, channel_type, expected) in cases {
            let chosen = values(family, None).policy_encoding(Some(channel_type));
            assert_eq!(chosen, Some(expected), "{family:?} on {channel_type:?}");
            assert!(
                family.encodings().contains(&expected),
                "a value policy allows"
            );
        }
    }

    #[test]
    fn the_channel_properties_of_a_policy_description() {
        let bag = values(EncodingFamily::Binary, Some(EnvelopeVersion::Soap1_2))
            .policy_description(Some(ChannelType::DuplexSession));
        assert_eq!(
            bag.entries(),
            [
                TemplateChannelProperty::Encoding(Encoding::XmlBinarySession1),
                TemplateChannelProperty::EnvelopeVersion(EnvelopeVersion::Soap1_2),
                TemplateChannelProperty::AddressingVersion(AddressingVersion::V1_0),
            ]
        );
        // A bare policy names no envelope version, so the description states none.
        let bag = values(EncodingFamily::Text, None).policy_description(None);
        assert_eq!(bag.len(), 2);
        assert!(!bag.contains(ChannelPropertyId::EnvelopeVersion));
    }
}
