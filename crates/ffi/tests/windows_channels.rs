//! Windows only: every example endpoint, lowered, handed to the real `WsCreateChannel` (clients)
//! and `WsCreateListener` (servers) of webservices.dll.
//!
//! Under Wine this proves linking and ABI only: Wine's webservices ignores security
//! descriptions (its channel and listener code logs "ignoring security description"), so what
//! is checked there is that the functions are found and called with the right argument layout,
//! the description pointer included, and that Wine's own answer comes back. On Windows,
//! WWSAPI reads and validates the description, so every example must be accepted; examples
//! whose slots need live objects (an XML security token) are skipped there, since a placeholder
//! pointer would be followed.
#![cfg(windows)]

mod common;

use common::*;
use std::ptr::{null, null_mut};
use windows_sys::core::HRESULT;
use windows_sys::Win32::Foundation::{E_NOTIMPL, S_OK};
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::{lower, slot_uses, with_placeholders, SlotKind};
use wws_security_model::{CEnum, ChannelBinding, ChannelType, Side};
use wws_security_policy::Runtime;

/// What Wine 8 answers: it implements HTTP and TCP channels and TCP (and UDP) listeners, and
/// reports the rest as not implemented.
fn wine_answer(side: Side, binding: ChannelBinding) -> HRESULT {
    match (side, binding) {
        (Side::Client, ChannelBinding::Http | ChannelBinding::Tcp) => S_OK,
        (Side::Server, ChannelBinding::Tcp) => S_OK,
        _ => E_NOTIMPL,
    }
}

#[test]
fn every_lowered_example_is_accepted_by_webservices_dll() {
    let wine = under_wine();
    let mut called = 0;
    for (name, endpoint) in examples() {
        let needs_live_objects = slot_uses(&endpoint).iter().any(|u| {
            matches!(
                u.kind,
                SlotKind::XmlToken | SlotKind::Certificate | SlotKind::OpaqueAuthIdentity
            )
        });
        if needs_live_objects && !wine {
            eprintln!(
                "{name}: skipped on Windows (an XML token or handle slot needs a live object)"
            );
            continue;
        }
        let runtime = with_placeholders(
            &endpoint,
            Runtime::new().with_env(|_| Some("P@ssw0rd".into())),
        );
        let lowered = lower(&check(endpoint.clone()), &runtime).unwrap();
        let channel_type = endpoint.channel_type.unwrap_or(match endpoint.side {
            Side::Client => ChannelType::Request,
            Side::Server => ChannelType::Reply,
        });
        let hr = unsafe {
            match endpoint.side {
                Side::Client => {
                    let mut channel: *mut WS_CHANNEL = null_mut();
                    let hr = WsCreateChannel(
                        channel_type.to_raw(),
                        endpoint.channel_binding.to_raw(),
                        null(),
                        0,
                        lowered.as_ptr(),
                        &mut channel,
                        null(),
                    );
                    if !channel.is_null() {
                        WsFreeChannel(channel);
                    }
                    hr
                }
                Side::Server => {
                    let mut listener: *mut WS_LISTENER = null_mut();
                    let hr = WsCreateListener(
                        channel_type.to_raw(),
                        endpoint.channel_binding.to_raw(),
                        null(),
                        0,
                        lowered.as_ptr(),
                        &mut listener,
                        null(),
                    );
                    if !listener.is_null() {
                        WsFreeListener(listener);
                    }
                    hr
                }
            }
        };
        let expected = if wine {
            wine_answer(endpoint.side, endpoint.channel_binding)
        } else {
            S_OK
        };
        assert_eq!(hr, expected, "{name}: HRESULT {:#010x}", hr as u32);
        called += 1;
    }
    assert!(
        called >= if wine { 34 } else { 30 },
        "{called} examples called"
    );
}

/// Lowered addresses open an HTTP channel (`WsOpenChannel`). Opening an HTTP channel makes no
/// connection (the first request does), so no server is needed. Wine reads the URL and refuses
/// an address with headers, extensions or an identity (`E_NOTIMPL`, "not supported"): there the
/// plain address proves the URL's layout and the one with an identity that the `identity`
/// member is where Wine looks for it. On Windows both open.
#[test]
fn lowered_addresses_open_an_http_channel() {
    let wine = under_wine();
    for (identity, wine_answer) in [
        ("", S_OK),
        (
            r#"identity = { type = "dns", dns = "localhost" }"#,
            E_NOTIMPL,
        ),
    ] {
        let endpoint = wws_security_model::Endpoint::from_toml_str(&format!(
            r#"
            side = "client"
            channel_binding = "http"
            channel_type = "request"
            [address]
            url = "http://localhost:8731/orders"
            {identity}
            "#
        ))
        .unwrap();
        let lowered = lower(&check(endpoint), &Runtime::new()).unwrap();
        let address = lowered.address().expect("the endpoint declares an address");
        let expected = if wine { wine_answer } else { S_OK };
        unsafe {
            let mut channel: *mut WS_CHANNEL = null_mut();
            let hr = WsCreateChannel(
                WS_CHANNEL_TYPE_REQUEST,
                WS_HTTP_CHANNEL_BINDING,
                null(),
                0,
                lowered.as_ptr(),
                &mut channel,
                null(),
            );
            assert_eq!(hr, S_OK, "WsCreateChannel: {:#010x}", hr as u32);
            let hr = WsOpenChannel(channel, address.as_ptr(), null(), null());
            assert_eq!(
                hr, expected,
                "{identity:?}: WsOpenChannel: {:#010x}",
                hr as u32
            );
            if hr == S_OK {
                let hr = WsCloseChannel(channel, null(), null());
                assert_eq!(hr, S_OK, "WsCloseChannel: {:#010x}", hr as u32);
            }
            WsFreeChannel(channel);
        }
    }
}
