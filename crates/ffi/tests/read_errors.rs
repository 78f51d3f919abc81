//! Malformed raw descriptions: each is refused with the raw path, the property id where there
//! is one, and what is wrong, before anything unsafe to read is read.

use std::ffi::c_void;
use std::ptr::{null, null_mut};
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::{read_description, ReadError, ReadErrorKind, MAX_BOOTSTRAP_DEPTH};
use wws_security_model::{ChannelBinding, Side};

fn read(description: *const WS_SECURITY_DESCRIPTION) -> Result<(), ReadError> {
    unsafe { read_description(description, Side::Client, ChannelBinding::Http, None) }.map(|_| ())
}

fn error(description: *const WS_SECURITY_DESCRIPTION) -> ReadError {
    read(description).expect_err("the description is malformed")
}

fn describe(bindings: &mut [*mut WS_SECURITY_BINDING]) -> WS_SECURITY_DESCRIPTION {
    WS_SECURITY_DESCRIPTION {
        securityBindings: bindings.as_mut_ptr(),
        securityBindingCount: bindings.len() as u32,
        properties: null_mut(),
        propertyCount: 0,
    }
}

fn ssl_with(properties: &mut [WS_SECURITY_BINDING_PROPERTY]) -> WS_SSL_TRANSPORT_SECURITY_BINDING {
    WS_SSL_TRANSPORT_SECURITY_BINDING {
        binding: WS_SECURITY_BINDING {
            bindingType: WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE,
            properties: properties.as_mut_ptr(),
            propertyCount: properties.len() as u32,
        },
        localCertCredential: null_mut(),
    }
}

/// The error of a description with one SSL binding holding `property`.
fn property_error(property: WS_SECURITY_BINDING_PROPERTY) -> ReadError {
    let mut properties = [property];
    let mut ssl = ssl_with(&mut properties);
    let mut bindings = [(&raw mut ssl).cast::<WS_SECURITY_BINDING>()];
    let description = describe(&mut bindings);
    error(&description)
}

fn prop(id: i32, value: *mut c_void, size: u32) -> WS_SECURITY_BINDING_PROPERTY {
    WS_SECURITY_BINDING_PROPERTY {
        id,
        value,
        valueSize: size,
    }
}

#[test]
fn a_null_description_and_null_arrays_are_refused() {
    let e = error(null());
    assert_eq!(
        (e.path.as_str(), &e.kind),
        (
            "",
            &ReadErrorKind::Null {
                member: "description"
            }
        )
    );

    let description = WS_SECURITY_DESCRIPTION {
        securityBindings: null_mut(),
        securityBindingCount: 2,
        ..Default::default()
    };
    let e = error(&description);
    assert_eq!(e.path, "bindings");
    assert_eq!(
        e.kind,
        ReadErrorKind::NullArray {
            member: "securityBindings",
            count: 2
        }
    );
    assert!(e.to_string().starts_with(
        "bindings: `securityBindings` is a null pointer, but its count is 2\n  = help: point `securityBindings` at the array, or set its count to 0"
    ), "{e}");

    // A count of 0 makes any pointer an empty array.
    let description = WS_SECURITY_DESCRIPTION {
        securityBindings: std::ptr::dangling_mut(),
        securityBindingCount: 0,
        ..Default::default()
    };
    read(&description).unwrap();

    let mut bindings = [null_mut()];
    let e = error(&describe(&mut bindings));
    assert_eq!(e.path, "bindings[0]");
    assert!(matches!(e.kind, ReadErrorKind::Null { .. }));
}

#[test]
fn binding_type_zero_gets_the_wine_and_mingw_hint() {
    let mut header = WS_SECURITY_BINDING::default();
    let mut bindings = [&raw mut header];
    let e = error(&describe(&mut bindings));
    assert_eq!(e.path, "bindings[0]");
    assert_eq!(e.kind, ReadErrorKind::UnknownBindingType { value: 0 });
    let text = e.to_string();
    assert!(
        text.contains("bindingType 0 is not a WS_SECURITY_BINDING_TYPE"),
        "{text}"
    );
    assert!(
        text.contains("Wine or mingw-w64 number it from 0"),
        "{text}"
    );

    // Through the pointer the description holds: a write to `header` itself would leave that
    // pointer stale.
    unsafe { (*bindings[0]).bindingType = 10 };
    let e = error(&describe(&mut bindings));
    assert_eq!(e.kind, ReadErrorKind::UnknownBindingType { value: 10 });
    assert!(!e.to_string().contains("Wine"), "{e}");
}

#[test]
fn a_value_size_of_one_for_a_bool_is_refused_before_the_value_is_read() {
    // The classic mistake: sizeof(bool) instead of sizeof(BOOL), the value pointing at one byte.
    let mut flag = 1_u8;
    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT,
        (&raw mut flag).cast(),
        1,
    ));
    assert_eq!(e.path, "bindings[0].properties[0]");
    assert_eq!(
        e.property,
        Some((
            1,
            Some("WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT")
        ))
    );
    assert_eq!(
        e.kind,
        ReadErrorKind::ValueSize {
            c_type: "BOOL",
            expected: 4,
            found: 1
        }
    );
    assert_eq!(
        e.to_string(),
        "bindings[0].properties[0] (id 1, WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT): \
         valueSize is 1, but the value is a BOOL of 4 bytes\n  = help: set valueSize to sizeof(BOOL), which is 4"
    );
}

#[test]
fn property_ids_values_and_pointers_are_checked() {
    let mut word = [0_u32; 4];
    let value = word.as_mut_ptr().cast::<c_void>();

    let e = property_error(prop(99, value, 4));
    assert_eq!(e.property, Some((99, None)));
    assert_eq!(
        e.kind,
        ReadErrorKind::UnknownPropertyId {
            enumeration: "WS_SECURITY_BINDING_PROPERTY_ID"
        }
    );

    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT,
        null_mut(),
        4,
    ));
    assert_eq!(e.kind, ReadErrorKind::Null { member: "value" });

    let set = |n: u32| unsafe { value.cast::<u32>().write(n) };
    set(2);
    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT,
        value,
        4,
    ));
    assert_eq!(
        e.kind,
        ReadErrorKind::InvalidValue {
            c_type: "BOOL",
            value: 2
        }
    );

    set(7);
    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_TARGET,
        value,
        4,
    ));
    assert_eq!(
        e.kind,
        ReadErrorKind::InvalidValue {
            c_type: "WS_HTTP_HEADER_AUTH_TARGET",
            value: 7
        }
    );

    set(0x41);
    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_CERT_FAILURES_TO_IGNORE,
        value,
        4,
    ));
    assert_eq!(
        e.kind,
        ReadErrorKind::UnknownFlags {
            enumeration: "WS_CERT_FAILURE",
            bits: 0x40
        }
    );

    let mut ticks = WS_TIMESPAN { ticks: -1 };
    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_RENEWAL_INTERVAL,
        (&raw mut ticks).cast(),
        8,
    ));
    assert_eq!(e.kind, ReadErrorKind::NegativeTimespan { ticks: -1 });

    let misaligned = value.cast::<u8>().wrapping_add(1).cast::<c_void>();
    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT,
        misaligned,
        4,
    ));
    assert!(
        matches!(e.kind, ReadErrorKind::Misaligned { align: 4, .. }),
        "{e}"
    );

    let mut string = WS_STRING {
        length: 3,
        chars: null_mut(),
    };
    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM,
        (&raw mut string).cast(),
        16,
    ));
    assert_eq!(
        e.kind,
        ReadErrorKind::NullArray {
            member: "chars",
            count: 3
        }
    );

    let mut lone = [0xdc00_u16];
    string = WS_STRING {
        length: 1,
        chars: lone.as_mut_ptr(),
    };
    let e = property_error(prop(
        WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM,
        (&raw mut string).cast(),
        16,
    ));
    assert_eq!(e.kind, ReadErrorKind::NotUtf16);
}

#[test]
fn channel_properties_and_nested_arrays_name_their_place() {
    let mut suite_properties = [WS_SECURITY_ALGORITHM_PROPERTY {
        id: 1,
        value: null_mut(),
        valueSize: 0,
    }];
    let mut suite = WS_SECURITY_ALGORITHM_SUITE {
        properties: suite_properties.as_mut_ptr(),
        propertyCount: 1,
        ..Default::default()
    };
    let mut level = WS_PROTECTION_LEVEL_SIGN_AND_ENCRYPT;
    let mut properties = [
        WS_SECURITY_PROPERTY {
            id: WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL,
            value: (&raw mut level).cast(),
            valueSize: 4,
        },
        WS_SECURITY_PROPERTY {
            id: WS_SECURITY_PROPERTY_ALGORITHM_SUITE,
            value: (&raw mut suite).cast(),
            valueSize: std::mem::size_of::<WS_SECURITY_ALGORITHM_SUITE>() as u32,
        },
    ];
    let description = WS_SECURITY_DESCRIPTION {
        properties: properties.as_mut_ptr(),
        propertyCount: 2,
        ..Default::default()
    };
    let e = error(&description);
    assert_eq!(e.path, "properties[1].properties[0]");
    assert_eq!(
        e.kind,
        ReadErrorKind::UnknownPropertyId {
            enumeration: "WS_SECURITY_ALGORITHM_PROPERTY_ID"
        }
    );

    let mut heap = 0_usize;
    let mut message_properties = [WS_MESSAGE_PROPERTY {
        id: WS_MESSAGE_PROPERTY_HEAP,
        value: (&raw mut heap).cast(),
        valueSize: 4,
    }];
    let mut list = WS_MESSAGE_PROPERTIES {
        properties: message_properties.as_mut_ptr(),
        propertyCount: 1,
    };
    let mut bootstrap = WS_SECURITY_DESCRIPTION::default();
    let mut context_properties = [prop(
        WS_SECURITY_BINDING_PROPERTY_MESSAGE_PROPERTIES,
        (&raw mut list).cast(),
        16,
    )];
    let mut context = WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING {
        binding: WS_SECURITY_BINDING {
            bindingType: WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE,
            properties: context_properties.as_mut_ptr(),
            propertyCount: 1,
        },
        bindingUsage: WS_SUPPORTING_MESSAGE_SECURITY_USAGE,
        bootstrapSecurityDescription: &raw mut bootstrap,
    };
    let mut bindings = [(&raw mut context).cast::<WS_SECURITY_BINDING>()];
    let e = error(&describe(&mut bindings));
    assert_eq!(e.path, "bindings[0].properties[0].message_properties[0]");
    assert_eq!(e.property, Some((1, Some("WS_MESSAGE_PROPERTY_HEAP"))));
    assert_eq!(
        e.kind,
        ReadErrorKind::ValueSize {
            c_type: "WS_HEAP*",
            expected: 8,
            found: 4
        }
    );
}

#[test]
fn bootstrap_cycles_and_deep_nesting_are_refused() {
    // A description whose security context binding bootstraps with the description itself.
    let mut context = WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING {
        binding: WS_SECURITY_BINDING {
            bindingType: WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE,
            ..Default::default()
        },
        bindingUsage: WS_SUPPORTING_MESSAGE_SECURITY_USAGE,
        bootstrapSecurityDescription: null_mut(),
    };
    let mut bindings = [(&raw mut context).cast::<WS_SECURITY_BINDING>()];
    let mut description = describe(&mut bindings);
    unsafe {
        (*bindings[0].cast::<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING>())
            .bootstrapSecurityDescription = &raw mut description
    };
    let e = error(&description);
    assert_eq!(e.path, "bindings[0].bootstrap_security_description");
    assert_eq!(e.kind, ReadErrorKind::BootstrapCycle);

    // A chain of distinct descriptions, one deeper than the reader follows.
    let levels = MAX_BOOTSTRAP_DEPTH + 1;
    let mut contexts: Vec<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING> = (0..levels)
        .map(|_| WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING {
            binding: WS_SECURITY_BINDING {
                bindingType: WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE,
                ..Default::default()
            },
            bindingUsage: WS_SUPPORTING_MESSAGE_SECURITY_USAGE,
            bootstrapSecurityDescription: null_mut(),
        })
        .collect();
    let base = contexts.as_mut_ptr();
    let mut pointers: Vec<*mut WS_SECURITY_BINDING> =
        (0..levels).map(|i| base.wrapping_add(i).cast()).collect();
    let pointer_base = pointers.as_mut_ptr();
    let mut descriptions: Vec<WS_SECURITY_DESCRIPTION> = (0..levels)
        .map(|i| WS_SECURITY_DESCRIPTION {
            securityBindings: pointer_base.wrapping_add(i),
            securityBindingCount: 1,
            ..Default::default()
        })
        .collect();
    let description_base = descriptions.as_mut_ptr();
    for i in 0..levels - 1 {
        unsafe { (*base.add(i)).bootstrapSecurityDescription = description_base.add(i + 1) };
    }
    let e = error(description_base);
    assert_eq!(
        e.kind,
        ReadErrorKind::BootstrapTooDeep {
            max: MAX_BOOTSTRAP_DEPTH - 1
        }
    );
    assert_eq!(
        e.path.matches("bootstrap_security_description").count(),
        MAX_BOOTSTRAP_DEPTH
    );
    // One level less is read (the policy then reports the nesting).
    unsafe { (*base.add(levels - 2)).bootstrapSecurityDescription = null_mut() };
    read(description_base).unwrap();
    drop((contexts, pointers, descriptions));
}

#[test]
fn credential_and_authenticator_types_are_checked_before_their_structures_are_read() {
    let mut credential = WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL { credentialType: 9 };
    let mut tcp = WS_HTTP_HEADER_AUTH_SECURITY_BINDING {
        binding: WS_SECURITY_BINDING {
            bindingType: WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE,
            ..Default::default()
        },
        clientCredential: &raw mut credential,
    };
    let mut bindings = [(&raw mut tcp).cast::<WS_SECURITY_BINDING>()];
    let e = error(&describe(&mut bindings));
    assert_eq!(e.path, "bindings[0].client_credential");
    assert_eq!(
        e.kind,
        ReadErrorKind::UnknownType {
            c_type: "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE",
            value: 9
        }
    );

    let mut certs = [null()];
    let mut authenticator = WS_CERT_SIGNED_SAML_AUTHENTICATOR {
        authenticator: WS_SAML_AUTHENTICATOR {
            authenticatorType: WS_CERT_SIGNED_SAML_AUTHENTICATOR_TYPE,
        },
        trustedIssuerCerts: certs.as_mut_ptr(),
        trustedIssuerCertCount: 1,
        ..Default::default()
    };
    let mut saml = WS_SAML_MESSAGE_SECURITY_BINDING {
        binding: WS_SECURITY_BINDING {
            bindingType: WS_SAML_MESSAGE_SECURITY_BINDING_TYPE,
            ..Default::default()
        },
        bindingUsage: WS_SUPPORTING_MESSAGE_SECURITY_USAGE,
        authenticator: (&raw mut authenticator).cast(),
    };
    let mut bindings = [(&raw mut saml).cast::<WS_SECURITY_BINDING>()];
    let e = error(&describe(&mut bindings));
    assert_eq!(e.path, "bindings[0].authenticator.trusted_issuer_certs[0]");
    assert!(matches!(e.kind, ReadErrorKind::Null { .. }));

    unsafe { (*saml.authenticator).authenticatorType = 2 };
    let e = error(&describe(&mut bindings));
    assert_eq!(
        e.kind,
        ReadErrorKind::UnknownType {
            c_type: "WS_SAML_AUTHENTICATOR_TYPE",
            value: 2
        }
    );

    let mut custom = WS_CUSTOM_CERT_CREDENTIAL {
        credential: WS_CERT_CREDENTIAL {
            credentialType: WS_CUSTOM_CERT_CREDENTIAL_TYPE,
        },
        ..Default::default()
    };
    let mut ssl = ssl_with(&mut []);
    ssl.localCertCredential = (&raw mut custom).cast();
    let mut bindings = [(&raw mut ssl).cast::<WS_SECURITY_BINDING>()];
    let e = error(&describe(&mut bindings));
    assert_eq!(
        e.path,
        "bindings[0].local_cert_credential.get_cert_callback"
    );
    assert_eq!(
        e.kind,
        ReadErrorKind::Null {
            member: "getCertCallback"
        }
    );

    let mut usage = WS_USERNAME_MESSAGE_SECURITY_BINDING {
        binding: WS_SECURITY_BINDING {
            bindingType: WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE,
            ..Default::default()
        },
        bindingUsage: 5,
        ..Default::default()
    };
    let mut bindings = [(&raw mut usage).cast::<WS_SECURITY_BINDING>()];
    let e = error(&describe(&mut bindings));
    assert_eq!(e.path, "bindings[0].binding_usage");
    assert_eq!(
        e.kind,
        ReadErrorKind::InvalidValue {
            c_type: "WS_MESSAGE_SECURITY_USAGE",
            value: 5
        }
    );
}
