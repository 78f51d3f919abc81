//! Windows only: the lowered template of every template type, client side, handed to the real
//! `WsCreateServiceProxyFromTemplate` of webservices.dll, and the proxy freed.
//!
//! Under Wine this proves linking and ABI only: Wine implements the call for the `http` (0) and
//! `http_ssl` (1) templates, where it reads the template value and policy description with the
//! sizes given, and answers `E_NOTIMPL` for the other twelve; what is checked there is that the
//! function is found, called with the right argument layout, and that Wine's own answer comes
//! back. On Windows, WWSAPI reads and checks both structures of every type, so each must be
//! accepted.
#![cfg(windows)]

mod common;

use common::templates::{check_template, parse_template, rich_templates};
use common::{runtime_for, under_wine};
use std::ptr::{null, null_mut};
use windows_sys::core::HRESULT;
use windows_sys::Win32::Foundation::{E_NOTIMPL, S_OK};
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::{lower_template, LoweredTemplate};
use wws_security_model::{BindingTemplateType, CEnum, ChannelType, Side};

/// What Wine answers: only the two HTTP templates without message security are implemented.
fn wine_answer(template_type: BindingTemplateType) -> HRESULT {
    match template_type {
        BindingTemplateType::Http | BindingTemplateType::HttpSsl => S_OK,
        _ => E_NOTIMPL,
    }
}

/// `WsCreateServiceProxyFromTemplate` with the lowered structures: its answer and the proxy
/// (null unless it succeeded).
fn create_proxy(
    lowered: &LoweredTemplate,
    channel_type: WS_CHANNEL_TYPE,
) -> (HRESULT, *mut WS_SERVICE_PROXY) {
    let mut proxy: *mut WS_SERVICE_PROXY = null_mut();
    let hr = unsafe {
        WsCreateServiceProxyFromTemplate(
            channel_type,
            null(),
            0,
            lowered.template_type(),
            lowered.template_value(),
            lowered.template_size(),
            lowered.policy_description(),
            lowered.policy_description_size(),
            &mut proxy,
            null(),
        )
    };
    (hr, proxy)
}

#[test]
fn every_lowered_template_is_taken_by_ws_create_service_proxy_from_template() {
    let wine = under_wine();
    let mut called = 0;
    for (name, template) in rich_templates() {
        if template.side != Side::Client {
            continue;
        }
        let lowered = lower_template(&template, &runtime_for(&template.expand())).unwrap();
        let ty = template.template_type();
        let channel_type = template
            .channel_type
            .or(ty.fixed_channel_type(Side::Client))
            .unwrap_or(ChannelType::Request);
        let (hr, proxy) = create_proxy(&lowered, channel_type.to_raw());
        if !proxy.is_null() {
            unsafe { WsFreeServiceProxy(proxy) };
        }
        let expected = if wine { wine_answer(ty) } else { S_OK };
        assert_eq!(hr, expected, "{name}: HRESULT {:#010x}", hr as u32);
        assert_eq!(
            hr == S_OK,
            !proxy.is_null(),
            "{name}: a proxy exactly on success"
        );
        called += 1;
    }
    assert_eq!(called, BindingTemplateType::ALL.len());
}

/// The proxy of an `http` template opens at the template file's lowered address
/// (`WsOpenServiceProxy`); opening makes no connection, so no server is needed. Wine implements
/// this template, so the answer is `S_OK` there too.
#[test]
fn a_template_proxy_opens_at_its_lowered_address() {
    let template = check_template(
        "http with an address",
        parse_template(
            r#"
            template = "http"
            side = "client"
            address = { url = "http://localhost:8731/orders" }
            "#,
        ),
    );
    let lowered = lower_template(&template, &wws_security_policy::Runtime::new()).unwrap();
    let address = lowered.address().expect("the file declares an address");
    let (hr, proxy) = create_proxy(&lowered, WS_CHANNEL_TYPE_REQUEST);
    unsafe {
        assert_eq!(
            hr, S_OK,
            "WsCreateServiceProxyFromTemplate: {:#010x}",
            hr as u32
        );
        let hr = WsOpenServiceProxy(proxy, address.as_ptr(), null(), null());
        assert_eq!(hr, S_OK, "WsOpenServiceProxy: {:#010x}", hr as u32);
        let hr = WsCloseServiceProxy(proxy, null(), null());
        assert_eq!(hr, S_OK, "WsCloseServiceProxy: {:#010x}", hr as u32);
        WsFreeServiceProxy(proxy);
    }
}
