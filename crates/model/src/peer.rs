//! Facts about the two ends of one channel: which channel type a listener needs to accept a
//! client's channel, and which messages a timestamp setting covers. The compatibility check of
//! the policy crate (`C-` rules) reads them; the values come from the `WS_CHANNEL_TYPE`,
//! channel-layer overview and `WS_SECURITY_TIMESTAMP_USAGE` pages.

use crate::{ChannelType, SecurityTimestampUsage};

impl ChannelType {
    /// The channel types a server channel may have to exchange messages with a client channel
    /// of this type: `request` with `reply`, `duplex_session` with `duplex_session`, `duplex`
    /// and `output` with `input`, `output_session` with `input_session`. Empty for the types
    /// that only a server uses (`reply`, `input`, `input_session`) and for `session`, which is
    /// only a flag.
    pub fn server_peers(self) -> &'static [ChannelType] {
        use ChannelType as T;
        match self {
            T::Request => &[T::Reply],
            T::DuplexSession => &[T::DuplexSession],
            T::Duplex | T::Output => &[T::Input],
            T::OutputSession => &[T::InputSession],
            T::Reply | T::Input | T::InputSession | T::Session => &[],
        }
    }
}

impl SecurityTimestampUsage {
    /// True when client-to-server messages (requests) carry a timestamp and the server demands
    /// one: `always` and `requests_only`.
    pub fn in_requests(self) -> bool {
        matches!(self, Self::Always | Self::RequestsOnly)
    }

    /// True when server-to-client messages (replies) carry a timestamp and the client demands
    /// one: `always` only.
    pub fn in_replies(self) -> bool {
        matches!(self, Self::Always)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CEnum;

    #[test]
    fn channel_types_pair_as_the_pages_list_them() {
        let pairs: Vec<(&str, Vec<&str>)> = ChannelType::ALL
            .iter()
            .map(|t| {
                (
                    t.name(),
                    t.server_peers()
                        .iter()
                        .map(|p| p.name())
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, peers)| !peers.is_empty())
            .collect();
        assert_eq!(
            pairs,
            [
                ("output", vec!["input"]),
                ("duplex", vec!["input"]),
                ("output_session", vec!["input_session"]),
                ("duplex_session", vec!["duplex_session"]),
                ("request", vec!["reply"]),
            ]
        );
    }

    #[test]
    fn timestamp_directions_follow_the_value_names() {
        use SecurityTimestampUsage as U;
        let covered: Vec<_> = U::ALL
            .iter()
            .map(|u| (u.name(), u.in_requests(), u.in_replies()))
            .collect();
        assert_eq!(
            covered,
            [
                ("always", true, true),
                ("never", false, false),
                ("requests_only", true, false)
            ]
        );
    }
}
