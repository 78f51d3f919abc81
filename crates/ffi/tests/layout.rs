//! Layouts against windows-sys, and every lowered value in its exact C type and size.

mod common;

use common::kinds::*;
use common::*;
use std::mem::{offset_of, size_of};
use windows_sys::core::BOOL;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use windows_sys::Win32::Security::{SecurityImpersonation, SECURITY_IMPERSONATION_LEVEL};
use wws_security_ffi::ctype::{binding_property_type, channel_property_type, ValueType};
use wws_security_ffi::*;
use wws_security_model::{CEnum, Endpoint, SecurityBindingPropertyId, SecurityPropertyId};

/// The x64 layout of the structures a C program shares with us (also asserted by the C test
/// program, `crates/ffi/capi/tests/c/check_descriptions.c`, against its own declarations).
#[cfg(target_pointer_width = "64")]
#[test]
fn structures_have_the_x64_layout_of_webservices_h() {
    assert_eq!(size_of::<WS_STRING>(), 16);
    assert_eq!(size_of::<WS_SECURITY_DESCRIPTION>(), 32);
    assert_eq!(offset_of!(WS_SECURITY_DESCRIPTION, properties), 16);
    assert_eq!(size_of::<WS_SECURITY_BINDING>(), 24);
    assert_eq!(size_of::<WS_SECURITY_BINDING_PROPERTY>(), 24);
    assert_eq!(offset_of!(WS_SECURITY_BINDING_PROPERTY, valueSize), 16);
    assert_eq!(size_of::<WS_SECURITY_PROPERTY>(), 24);
    assert_eq!(size_of::<WS_SSL_TRANSPORT_SECURITY_BINDING>(), 32);
    assert_eq!(size_of::<WS_USERNAME_MESSAGE_SECURITY_BINDING>(), 56);
    assert_eq!(
        offset_of!(WS_USERNAME_MESSAGE_SECURITY_BINDING, bindingUsage),
        24
    );
    assert_eq!(
        offset_of!(WS_USERNAME_MESSAGE_SECURITY_BINDING, clientCredential),
        32
    );
    assert_eq!(
        offset_of!(WS_USERNAME_MESSAGE_SECURITY_BINDING, passwordValidator),
        40
    );
    assert_eq!(
        size_of::<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING>(),
        40
    );
    assert_eq!(size_of::<WS_STRING_USERNAME_CREDENTIAL>(), 40);
    assert_eq!(offset_of!(WS_STRING_USERNAME_CREDENTIAL, username), 8);
    assert_eq!(
        size_of::<WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL>(),
        56
    );
    assert_eq!(size_of::<WS_SECURITY_ALGORITHM_SUITE>(), 64);
    assert_eq!(size_of::<WS_CUSTOM_CERT_CREDENTIAL>(), 40);
    assert_eq!(size_of::<WS_CERT_SIGNED_SAML_AUTHENTICATOR>(), 48);
}

#[test]
fn value_sizes_are_the_sizes_of_the_c_types() {
    // BOOL is a 4-byte int, never a one-byte Rust bool.
    assert_eq!(ValueType::Bool.size(), size_of::<BOOL>());
    assert_eq!(ValueType::Bool.size(), 4);
    assert_ne!(ValueType::Bool.size(), size_of::<bool>());
    assert_eq!(ValueType::Timespan.size(), size_of::<WS_TIMESPAN>());
    assert_eq!(ValueType::Timespan.size(), 8);
    assert_eq!(
        binding_property_type(SecurityBindingPropertyId::AllowedImpersonationLevel).size(),
        size_of::<SECURITY_IMPERSONATION_LEVEL>()
    );
    assert_eq!(
        channel_property_type(SecurityPropertyId::AlgorithmSuiteName).size(),
        size_of::<WS_SECURITY_ALGORITHM_SUITE_NAME>()
    );
    assert_eq!(
        channel_property_type(SecurityPropertyId::ServiceIdentities).size(),
        size_of::<WS_SERVICE_SECURITY_IDENTITIES>()
    );
    for id in SecurityBindingPropertyId::ALL {
        let ty = binding_property_type(*id);
        assert!(
            matches!(ty.size(), 4 | 8 | 16 | 64),
            "{id:?}: {}",
            ty.size()
        );
        assert_eq!(ty.size() % ty.align(), 0, "{id:?}");
    }
}

fn lowered(text: &str) -> (Endpoint, Lowered) {
    let endpoint = Endpoint::from_toml_str(text).unwrap();
    let runtime = runtime_for(&endpoint);
    let lowered = lower(&check(endpoint.clone()), &runtime).unwrap();
    (endpoint, lowered)
}

fn binding_properties(lowered: &Lowered, index: usize) -> &[WS_SECURITY_BINDING_PROPERTY] {
    unsafe {
        let d = &*lowered.as_ptr();
        let b = &**d.securityBindings.add(index);
        if b.propertyCount == 0 {
            return &[];
        }
        std::slice::from_raw_parts(b.properties, b.propertyCount as usize)
    }
}

fn channel_properties(lowered: &Lowered) -> &[WS_SECURITY_PROPERTY] {
    unsafe {
        let d = &*lowered.as_ptr();
        if d.propertyCount == 0 {
            return &[];
        }
        std::slice::from_raw_parts(d.properties, d.propertyCount as usize)
    }
}

unsafe fn value<T: Copy>(p: *mut std::ffi::c_void) -> T {
    unsafe { p.cast::<T>().read() }
}

fn text(s: &WS_STRING) -> String {
    if s.length == 0 {
        return String::new();
    }
    String::from_utf16(unsafe { std::slice::from_raw_parts(s.chars, s.length as usize) }).unwrap()
}

#[test]
fn every_value_is_written_in_its_c_type() {
    let (_, client) = lowered(CLIENT_CUSTOM_CERT_RUST_CALLBACKS);
    let p = channel_properties(&client);
    assert_eq!(p[0].id, WS_SECURITY_PROPERTY_ALGORITHM_SUITE);
    let suite: WS_SECURITY_ALGORITHM_SUITE = unsafe { value(p[0].value) };
    assert_eq!(suite.digestAlgorithm, WS_SECURITY_ALGORITHM_DIGEST_SHA_256);
    assert_eq!(
        suite.canonicalizationAlgorithm,
        WS_SECURITY_ALGORITHM_DEFAULT
    );
    assert_eq!(
        (suite.minSymmetricKeyLength, suite.maxSymmetricKeyLength),
        (128, 0)
    );
    assert!(suite.properties.is_null() && suite.propertyCount == 0);
    let latency: WS_TIMESPAN = unsafe { value(p[1].value) };
    assert_eq!(latency.ticks, 5 * 60 * 10_000_000);
    let skew: WS_TIMESPAN = unsafe { value(p[3].value) };
    assert_eq!(skew.ticks, 12345);
    assert_eq!(
        unsafe { value::<i32>(p[5].value) },
        WS_SECURITY_HEADER_LAYOUT_LAX
    );

    let b = binding_properties(&client, 0);
    assert_eq!(
        b[0].id,
        WS_SECURITY_BINDING_PROPERTY_CERT_FAILURES_TO_IGNORE
    );
    assert_eq!(
        unsafe { value::<u32>(b[0].value) },
        (WS_CERT_FAILURE_CN_MISMATCH | WS_CERT_FAILURE_REVOCATION_OFFLINE) as u32
    );
    assert_eq!(b[1].valueSize, 4);
    assert_eq!(unsafe { value::<BOOL>(b[1].value) }, 1);

    let (_, tcp) = lowered(TCP_CLIENT_SECURITY_CONTEXT);
    let b = binding_properties(&tcp, 0);
    assert_eq!(
        unsafe { value::<i32>(b[0].value) },
        WS_WINDOWS_INTEGRATED_AUTH_PACKAGE_NTLM
    );
    assert_eq!(
        (b[1].valueSize, unsafe { value::<BOOL>(b[1].value) }),
        (4, 0)
    );
    assert_eq!(unsafe { value::<i32>(b[2].value) }, SecurityImpersonation);

    let (_, server) = lowered(SERVER_HEADER_AUTH_SAML);
    let p = channel_properties(&server);
    let identities: WS_SERVICE_SECURITY_IDENTITIES = unsafe { value(p[2].value) };
    let names: Vec<String> = (0..identities.serviceIdentityCount as usize)
        .map(|i| text(unsafe { &*identities.serviceIdentities.add(i) }))
        .collect();
    assert_eq!(names, ["HTTP/orders.example", "HTTP/orders"]);
    let b = binding_properties(&server, 1);
    let realm: WS_STRING = unsafe { value(b[1].value) };
    assert_eq!(text(&realm), "orders");
    let empty: WS_STRING = unsafe { value(b[3].value) };
    assert_eq!((empty.length, empty.chars.is_null()), (0, true));
}

#[test]
fn every_entry_has_the_value_size_of_its_id() {
    for (name, text) in ALL {
        let (endpoint, lowered) = lowered(text);
        for (i, p) in channel_properties(&lowered).iter().enumerate() {
            let id = SecurityPropertyId::from_raw(p.id).unwrap();
            assert_eq!(
                p.valueSize as usize,
                channel_property_type(id).size(),
                "{name}: properties[{i}]"
            );
            assert_eq!(p.value as usize % channel_property_type(id).align(), 0);
        }
        for index in 0..endpoint.description.bindings.len() {
            for (i, p) in binding_properties(&lowered, index).iter().enumerate() {
                let id = SecurityBindingPropertyId::from_raw(p.id).unwrap();
                let ty = binding_property_type(id);
                assert_eq!(
                    p.valueSize as usize,
                    ty.size(),
                    "{name}: bindings[{index}].properties[{i}]"
                );
                assert_eq!(p.value as usize % ty.align(), 0);
            }
        }
        let layout = lowered.layout();
        assert_eq!(
            layout.bindings.len(),
            endpoint.description.bindings.len(),
            "{name}"
        );
        for (b, model) in layout.bindings.iter().zip(&endpoint.description.bindings) {
            assert_eq!(b.binding_type, model.binding_type().to_raw());
            assert_eq!(b.struct_name, model.binding_type().struct_name());
        }
    }
}
