//! The endpoint address: every identity kind lowered into the structure its type names and read
//! back; its XML buffers taken from the runtime; malformed raw addresses refused at their place.

mod common;

use common::*;
use std::ptr::{null, null_mut};
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::*;
use wws_security_model::{Bytes, CEnum, Endpoint, EndpointAddress, EndpointIdentity};
use wws_security_policy::Runtime;

/// A named-pipe client (where every identity kind may be declared) with `identity`.
fn client_with(identity: &str) -> Endpoint {
    Endpoint::from_toml_str(&format!(
        r#"
        side = "client"
        channel_binding = "namedpipe"
        [address]
        url = "net.pipe://localhost/svc"
        headers = {{ runtime = "reference-parameters" }}
        {identity}
        [[bindings]]
        type = "namedpipe_sspi_transport"
        client_credential = {{ type = "default" }}
        "#
    ))
    .unwrap()
}

fn identities() -> Vec<(&'static str, Endpoint)> {
    vec![
        ("none", client_with("")),
        (
            "dns",
            client_with(r#"identity = { type = "dns", dns = "localhost" }"#),
        ),
        (
            "upn",
            client_with(r#"identity = { type = "upn", upn = "svc@contoso.com" }"#),
        ),
        (
            "spn",
            client_with(r#"identity = { type = "spn", spn = "host/localhost" }"#),
        ),
        (
            "rsa",
            client_with(r#"identity = { type = "rsa", modulus = "wT0Bgo0=", exponent = "AQAB" }"#),
        ),
        (
            "cert",
            client_with(
                r#"identity = { type = "cert", raw_certificate_data = "MIIBszCCAVmgAwIBAg==" }"#,
            ),
        ),
    ]
}

/// The UTF-16 text of a lowered string.
fn text(s: &WS_STRING) -> String {
    String::from_utf16(unsafe { std::slice::from_raw_parts(s.chars, s.length as usize) }).unwrap()
}

fn bytes(b: &WS_BYTES) -> Vec<u8> {
    unsafe { std::slice::from_raw_parts(b.bytes, b.length as usize) }.to_vec()
}

#[test]
fn every_identity_kind_is_the_structure_its_type_names() {
    for (kind, endpoint) in identities() {
        let buffer = fake_pointer::<WS_XML_BUFFER, XmlBufferHandle>(7);
        let runtime = Runtime::new().with("reference-parameters", buffer);
        let lowered = lower(&check(endpoint.clone()), &runtime).unwrap();
        // Moving the owner moves no pointee.
        let moved = Box::new(lowered);
        let address = moved.address().expect("the endpoint declares an address");
        let raw = unsafe { &*address.as_ptr() };
        assert_eq!(text(&raw.url), "net.pipe://localhost/svc", "{kind}");
        assert_eq!(raw.headers, buffer.as_ptr(), "{kind}");
        assert!(raw.extensions.is_null(), "{kind}");
        let declared = endpoint.address.as_ref().unwrap().identity.clone();
        let Some(declared) = declared else {
            assert!(raw.identity.is_null());
            assert_eq!(address.layout().identity, None);
            continue;
        };
        let header = unsafe { &*raw.identity };
        let expected_type = declared.identity_type().to_raw();
        assert_eq!(header.identityType, expected_type, "{kind}");
        let seen = unsafe {
            match &declared {
                EndpointIdentity::Dns { .. } => {
                    text(&(*raw.identity.cast::<WS_DNS_ENDPOINT_IDENTITY>()).dns)
                }
                EndpointIdentity::Upn { .. } => {
                    text(&(*raw.identity.cast::<WS_UPN_ENDPOINT_IDENTITY>()).upn)
                }
                EndpointIdentity::Spn { .. } => {
                    text(&(*raw.identity.cast::<WS_SPN_ENDPOINT_IDENTITY>()).spn)
                }
                EndpointIdentity::Rsa { .. } => {
                    let rsa = &*raw.identity.cast::<WS_RSA_ENDPOINT_IDENTITY>();
                    format!("{:?}/{:?}", bytes(&rsa.modulus), bytes(&rsa.exponent))
                }
                EndpointIdentity::Cert { .. } => format!(
                    "{:?}",
                    bytes(&(*raw.identity.cast::<WS_CERT_ENDPOINT_IDENTITY>()).rawCertificateData)
                ),
                EndpointIdentity::Unknown { .. } => unreachable!(),
            }
        };
        let written = match &declared {
            EndpointIdentity::Dns { dns } => dns.clone(),
            EndpointIdentity::Upn { upn } => upn.clone(),
            EndpointIdentity::Spn { spn } => spn.clone(),
            EndpointIdentity::Rsa { modulus, exponent } => {
                format!("{:?}/{:?}", modulus.0, exponent.0)
            }
            EndpointIdentity::Cert {
                raw_certificate_data,
            } => format!("{:?}", raw_certificate_data.0),
            EndpointIdentity::Unknown { .. } => unreachable!(),
        };
        assert_eq!(seen, written, "{kind}");
        let layout = address.layout();
        assert_eq!(layout.identity.map(|(n, _)| n), Some(expected_type));
        assert!(layout
            .identity
            .unwrap()
            .1
            .starts_with(&format!("WS_{}_ENDPOINT_IDENTITY", kind.to_uppercase())));

        let (back, values) = unsafe { read_address(address.as_ptr()) }.unwrap();
        assert_eq!(Some(back), with_raw_slot_names(&endpoint).address, "{kind}");
        assert_eq!(
            values.get::<XmlBuffer>("raw:address.headers"),
            Some(&buffer),
            "{kind}"
        );
    }
}

#[test]
fn an_unknown_identity_carries_the_programs_xml_buffer() {
    let endpoint =
        client_with(r#"identity = { type = "unknown", element = { runtime = "identity-xml" } }"#);
    let (headers, element) = (
        fake_pointer::<WS_XML_BUFFER, XmlBufferHandle>(1),
        fake_pointer::<WS_XML_BUFFER, XmlBufferHandle>(2),
    );
    let runtime = Runtime::new()
        .with("reference-parameters", headers)
        .with("identity-xml", element);
    let lowered = lower(&check(endpoint), &runtime).unwrap();
    let raw = unsafe { &*lowered.address().unwrap().as_ptr() };
    let unknown = unsafe { &*raw.identity.cast::<WS_UNKNOWN_ENDPOINT_IDENTITY>() };
    assert_eq!(
        unknown.identity.identityType,
        WS_UNKNOWN_ENDPOINT_IDENTITY_TYPE
    );
    assert_eq!(unknown.element, element.as_ptr());
    let (_, values) = unsafe { read_address(raw) }.unwrap();
    assert_eq!(
        values.get::<XmlBuffer>("raw:address.identity.element"),
        Some(&element)
    );
}

#[test]
fn an_endpoint_without_an_address_lowers_none() {
    let endpoint = Endpoint::from_toml_str(
        r#"
        side = "client"
        channel_binding = "http"
        [[bindings]]
        type = "ssl_transport"
        "#,
    )
    .unwrap();
    assert!(lower(&check(endpoint), &Runtime::new())
        .unwrap()
        .address()
        .is_none());
}

#[test]
fn an_unfilled_address_slot_is_named_with_its_place() {
    let endpoint = check(client_with(""));
    let e = lower(&endpoint, &Runtime::new()).unwrap_err();
    assert_eq!(e.path.to_string(), "address.headers");
    assert!(
        matches!(&e.kind, LowerErrorKind::MissingSlot { slot, .. } if slot == "reference-parameters"),
        "{e}"
    );
    assert!(e.help().contains("XmlBuffer"), "{}", e.help());

    // windows-sys declares both handles as `isize`; their `RawPtr`s are still two types.
    let token: XmlToken = fake_pointer(1);
    let wrong = Runtime::new().with("reference-parameters", token);
    let e = lower(&endpoint, &wrong).unwrap_err();
    assert!(
        matches!(&e.kind, LowerErrorKind::WrongSlotType { .. }),
        "{e}"
    );

    let element = check(client_with(
        r#"identity = { type = "unknown", element = { runtime = "identity-xml" } }"#,
    ));
    let runtime = Runtime::new().with(
        "reference-parameters",
        fake_pointer::<WS_XML_BUFFER, XmlBufferHandle>(1),
    );
    let e = lower(&element, &runtime).unwrap_err();
    assert_eq!(e.path.to_string(), "address.identity.element");
}

#[test]
fn slot_uses_and_placeholders_reach_the_address() {
    let endpoint =
        client_with(r#"identity = { type = "unknown", element = { runtime = "identity-xml" } }"#);
    let uses = slot_uses(&endpoint);
    let places: Vec<(String, SlotKind, String)> = uses
        .iter()
        .map(|u| (u.path.to_string(), u.kind, u.raw_name.clone()))
        .collect();
    assert_eq!(
        places,
        [
            (
                "address.headers".to_owned(),
                SlotKind::XmlBuffer,
                "raw:address.headers".to_owned()
            ),
            (
                "address.identity.element".to_owned(),
                SlotKind::XmlBuffer,
                "raw:address.identity.element".to_owned()
            ),
        ]
    );
    let runtime = with_placeholders(&endpoint, Runtime::new());
    assert!(lower(&check(endpoint), &runtime).is_ok());
}

#[test]
fn malformed_raw_addresses_are_refused_at_their_place() {
    let e = unsafe { read_address(null()) }.unwrap_err();
    assert_eq!(
        e.kind,
        ReadErrorKind::Null {
            member: "endpointAddress"
        }
    );

    let mut dns = WS_DNS_ENDPOINT_IDENTITY {
        identity: WS_ENDPOINT_IDENTITY { identityType: 0 },
        dns: WS_STRING::default(),
    };
    let mut address = WS_ENDPOINT_ADDRESS {
        url: WS_STRING::default(),
        headers: null_mut(),
        extensions: null_mut(),
        identity: (&mut dns as *mut WS_DNS_ENDPOINT_IDENTITY).cast(),
    };
    for bad in [0, 7, -1] {
        unsafe { (*address.identity).identityType = bad };
        let e = unsafe { read_address(&address) }.unwrap_err();
        assert_eq!(e.path, "address.identity");
        assert_eq!(
            e.kind,
            ReadErrorKind::UnknownType {
                c_type: "WS_ENDPOINT_IDENTITY_TYPE",
                value: bad.into()
            }
        );
    }

    let mut rsa = WS_RSA_ENDPOINT_IDENTITY {
        identity: WS_ENDPOINT_IDENTITY {
            identityType: WS_RSA_ENDPOINT_IDENTITY_TYPE,
        },
        modulus: WS_BYTES {
            length: 4,
            bytes: null_mut(),
        },
        exponent: WS_BYTES::default(),
    };
    address.identity = (&mut rsa as *mut WS_RSA_ENDPOINT_IDENTITY).cast();
    let e = unsafe { read_address(&address) }.unwrap_err();
    assert_eq!(e.path, "address.identity.modulus");
    assert_eq!(
        e.kind,
        ReadErrorKind::NullArray {
            member: "bytes",
            count: 4
        }
    );

    let lone_surrogate = [0xd800_u16];
    address.identity = null_mut();
    address.url = WS_STRING {
        length: 1,
        chars: lone_surrogate.as_ptr().cast_mut(),
    };
    let e = unsafe { read_address(&address) }.unwrap_err();
    assert_eq!(
        (e.path.as_str(), &e.kind),
        ("address.url", &ReadErrorKind::NotUtf16)
    );

    let mut unknown = WS_UNKNOWN_ENDPOINT_IDENTITY {
        identity: WS_ENDPOINT_IDENTITY {
            identityType: WS_UNKNOWN_ENDPOINT_IDENTITY_TYPE,
        },
        element: null_mut(),
    };
    address.url = WS_STRING::default();
    address.identity = (&mut unknown as *mut WS_UNKNOWN_ENDPOINT_IDENTITY).cast();
    let e = unsafe { read_address(&address) }.unwrap_err();
    assert_eq!(e.kind, ReadErrorKind::Null { member: "element" });
}

#[test]
fn an_address_built_by_hand_reads_as_the_model() {
    let url: Vec<u16> = "https://svc.contoso.com/orders".encode_utf16().collect();
    let modulus = [0xc1_u8, 0x3d, 0x01];
    let exponent = [1_u8, 0, 1];
    let rsa = WS_RSA_ENDPOINT_IDENTITY {
        identity: WS_ENDPOINT_IDENTITY {
            identityType: WS_RSA_ENDPOINT_IDENTITY_TYPE,
        },
        modulus: WS_BYTES {
            length: 3,
            bytes: modulus.as_ptr().cast_mut(),
        },
        exponent: WS_BYTES {
            length: 3,
            bytes: exponent.as_ptr().cast_mut(),
        },
    };
    let address = WS_ENDPOINT_ADDRESS {
        url: WS_STRING {
            length: url.len() as u32,
            chars: url.as_ptr().cast_mut(),
        },
        headers: null_mut(),
        extensions: null_mut(),
        identity: (&rsa as *const WS_RSA_ENDPOINT_IDENTITY).cast_mut().cast(),
    };
    let (back, values) = unsafe { read_address(&address) }.unwrap();
    let mut expected = EndpointAddress::new("https://svc.contoso.com/orders");
    expected.identity = Some(EndpointIdentity::Rsa {
        modulus: Bytes(modulus.to_vec()),
        exponent: Bytes(exponent.to_vec()),
    });
    assert_eq!(back, expected);
    assert_eq!(values.slot_names().count(), 0);
}
