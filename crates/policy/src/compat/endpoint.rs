//! The two endpoints as a whole: one client and one server, on the same channel binding, with
//! channel types that make one exchange.

use super::pair::{At, Pair, Text};
use crate::registry::{Kind, Rule, Status};
use wws_security_model::{list_names, CEnum, Side};

pub(crate) static C_001: Rule = Rule::error("C-001", Kind::Side, Status::Implemented)
    .title("one endpoint is a client and the other a server")
    .rationale("A client description goes to a channel or service proxy, a server description to a listener or service endpoint; only a channel opened against a listener exchanges messages. Two clients or two servers never meet, and a pair given in the wrong order compares each setting against the wrong end. At run time nothing connects: a client dials an address no listener holds, and a server waits for callers that never come.")
    .source("api/nf-webservices-wscreatechannel.md; api/nf-webservices-wscreatelistener.md");

pub(crate) static C_002: Rule = Rule::error("C-002", Kind::Channel, Status::Implemented)
    .title("client and server use the same channel binding")
    .rationale("The channel binding is the transport: HTTP, TCP, UDP, named pipes or a custom channel, each with its own addresses and wire format. A client of one transport cannot reach a listener of another. At run time, opening the channel or sending the first message fails because no listener of that transport is at the address.")
    .source("api/ne-webservices-ws_channel_binding.md");

pub(crate) static C_003: Rule = Rule::error("C-003", Kind::Channel, Status::Implemented)
    .title("the client's channel type pairs with the server's")
    .rationale("A request channel talks to a reply channel, a duplex session to a duplex session, a duplex or output channel to an input channel. Other pairs expect messages the other end never sends in that shape. At run time the exchange stalls: on a session transport such as net.tcp the client hangs until its send or receive timeout expires. Checked when both files name their channel type.")
    .source("api/ne-webservices-ws_channel_type.md; concepts/channel-layer-overview.md § channel types");

/// C-001 and C-002: whether the two files are a client and a server of one transport at all.
/// Every other comparison assumes they are, so it runs only when this returns true.
pub(crate) fn pairs_up(cx: &mut Pair<'_>) -> bool {
    let (client, server) = (cx.client().side, cx.server().side);
    if (client, server) == (Side::Server, Side::Client) {
        cx.emit(&C_001, At::Side, At::Side, Text {
            message: "the file given as the client describes a `server` endpoint and the file given as the server a `client` endpoint".into(),
            symptom: "the two descriptions are never used against each other: the comparison needs the client's file first".into(),
            help: "give the client's file first, then the server's: `wws-security compat CLIENT SERVER`".into(),
        });
        return false;
    }
    if client == server {
        let (at_fault, other) = match client {
            Side::Client => ("server", "client"),
            Side::Server => ("client", "server"),
        };
        cx.emit(&C_001, At::Side, At::Side, Text {
            message: format!("both files describe a `{client}` endpoint; the file given as the {at_fault} must be a `{at_fault}`"),
            symptom: format!("two {other}s never exchange a message: each waits for the other end of a channel that neither side provides"),
            help: format!("compare the {other} with the {at_fault} it talks to"),
        });
        return false;
    }
    let (client, server) = (cx.client().channel_binding, cx.server().channel_binding);
    if client != server {
        cx.emit(&C_002, At::ChannelBinding, At::ChannelBinding, Text {
            message: format!("the client uses the `{client}` channel binding, the server `{server}`"),
            symptom: format!("the client cannot reach the listener: a `{client}` channel speaks another transport than a `{server}` listener, so opening the channel or the first send fails with no endpoint at that address"),
            help: format!("give both ends the same `channel_binding` (`{server}` if the server's is the one deployed)"),
        });
        return false;
    }
    true
}

/// C-003: the channel types, when both files name one.
pub(crate) fn channel_types(cx: &mut Pair<'_>) {
    let (Some(client), Some(server)) = (cx.client().channel_type, cx.server().channel_type) else {
        return;
    };
    let peers = client.server_peers();
    if peers.contains(&server) {
        return;
    }
    let wanted = if peers.is_empty() {
        format!("`{client}` is not a channel type a client opens")
    } else {
        let names: Vec<&str> = peers.iter().map(|p| p.name()).collect();
        format!("a `{client}` client needs a {} server", list_names(&names))
    };
    cx.emit(&C_003, At::ChannelType, At::ChannelType, Text {
        message: format!("the client's channel type `{client}` does not pair with the server's `{server}`: {wanted}"),
        symptom: "the exchange stalls: one end waits for a message the other never sends in that shape, until the send or receive timeout expires".into(),
        help: match peers.first() {
            Some(peer) => format!("use `channel_type = \"{peer}\"` on the server, or the client type its `{server}` channel serves"),
            None => "give the client the channel type of a client (`request`, `duplex_session`, `duplex`)".into(),
        },
    });
}
