//! Passwords are wiped before their memory is given back: a global allocator looks at every
//! block as it is freed, and no block may still hold a password (as UTF-16, as the graph holds
//! it, or as UTF-8, as Rust does), whether it came from the file, the environment or a slot,
//! on the way down (lowering) or back (reading, and the validator trampoline).
//!
//! Not under Miri: a freed block may hold bytes nobody wrote (spare capacity), which the real
//! machine lets this allocator look at and Miri's abstract machine rightly does not.
#![cfg(not(miri))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::{lower, lower_template, read_description, PasswordValidator};
use wws_security_model::*;
use wws_security_policy::{Policy, Runtime};

const LITERAL: &str = "Literal-Marker-7f3a";
const ENV: &str = "Env-Marker-91bc";
const SLOT: &str = "Slot-Marker-2d58";
const RECEIVED: &str = "Received-Marker-c4e0";
const MARKERS: [&str; 4] = [LITERAL, ENV, SLOT, RECEIVED];

struct Inspecting;

/// The counters are global: the tests of this file take turns.
static SERIAL: Mutex<()> = Mutex::new(());
static WATCHING: AtomicBool = AtomicBool::new(false);
static LEAKED: AtomicUsize = AtomicUsize::new(0);

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// `marker` (ASCII) as UTF-16 in native order, compared in place: allocating here would re-enter
/// the allocator from its own `dealloc`.
fn contains_utf16(haystack: &[u8], marker: &str) -> bool {
    let len = 2 * marker.len();
    haystack.windows(len).any(|w| {
        marker
            .bytes()
            .enumerate()
            .all(|(i, b)| u16::from_ne_bytes([w[2 * i], w[2 * i + 1]]) == u16::from(b))
    })
}

unsafe impl GlobalAlloc for Inspecting {
    /// Zeroed, so a block's unwritten spare capacity never shows a password some earlier,
    /// unwatched block left behind (a false alarm seen under Wine): what `dealloc` finds was
    /// written during the block's own life.
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if WATCHING.load(Ordering::Relaxed) && layout.size() <= 4096 {
            // SAFETY: the block is still ours until System.dealloc below.
            let block = unsafe { std::slice::from_raw_parts(ptr, layout.size()) };
            for marker in MARKERS {
                if contains(block, marker.as_bytes()) || contains_utf16(block, marker) {
                    LEAKED.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Inspecting = Inspecting;

fn endpoint() -> Endpoint {
    let mut endpoint = Endpoint::new(Side::Client, ChannelBinding::Http);
    endpoint.channel_type = Some(ChannelType::Request);
    endpoint.description.bindings = vec![
        SecurityBinding::SslTransport(SslTransportBinding::default()),
        SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
            properties: BindingProperties::new().with(BindingProperty::HttpHeaderAuthScheme(
                HttpHeaderAuthSchemes::from([HttpHeaderAuthScheme::Basic]),
            )),
            client_credential: Some(WindowsIntegratedAuthCredential::String {
                username: "u".into(),
                password: Secret::literal(LITERAL),
                domain: None,
            }),
        }),
        SecurityBinding::UsernameMessage(UsernameMessageBinding {
            binding_usage: Some(MessageSecurityUsage::Supporting),
            client_credential: Some(UsernameCredential::String {
                username: "v".into(),
                password: Secret::env("SECRETS_TEST_PASSWORD"),
            }),
            ..Default::default()
        }),
    ];
    endpoint
}

#[test]
fn no_password_outlives_its_use_in_freed_memory() {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    // The validator is the trampoline's way in: a server endpoint of its own.
    let mut server = Endpoint::new(Side::Server, ChannelBinding::Http);
    server.description.bindings = vec![
        SecurityBinding::SslTransport(SslTransportBinding::default()),
        SecurityBinding::UsernameMessage(UsernameMessageBinding {
            binding_usage: Some(MessageSecurityUsage::Supporting),
            password_validator: Some(RuntimeSlot::new("validator")),
            ..Default::default()
        }),
    ];
    let client = endpoint();
    // The same with the username's password from a slot instead of the environment.
    let slot_endpoint = {
        let mut e = endpoint();
        if let SecurityBinding::UsernameMessage(b) = &mut e.description.bindings[2] {
            b.client_credential = Some(UsernameCredential::String {
                username: "w".into(),
                password: Secret::Runtime(RuntimeSlot::new("password")),
            });
        }
        e
    };

    WATCHING.store(true, Ordering::Relaxed);
    {
        let runtime = Runtime::new()
            .with_env(|var| (var == "SECRETS_TEST_PASSWORD").then(|| ENV.to_owned()))
            .with("password", SecretString::new(SLOT))
            .with(
                "validator",
                PasswordValidator::new(|_: &str, password: &SecretString| {
                    password.expose_secret() == RECEIVED
                }),
            );
        for e in [client, slot_endpoint] {
            let (checked, _) = Policy::new().check(e).unwrap();
            let lowered = lower(&checked, &runtime).unwrap();
            let (back, values) = unsafe {
                read_description(lowered.as_ptr(), Side::Client, ChannelBinding::Http, None)
            }
            .unwrap();
            assert!(!format!("{back:?}{values:?}{lowered:?}").contains("Marker"));
            drop((back, values, lowered, checked));
        }
        let (checked, _) = Policy::new().check(server).unwrap();
        let lowered = lower(&checked, &runtime).unwrap();
        let username = unsafe {
            &*(*(*lowered.as_ptr()).securityBindings.add(1))
                .cast::<WS_USERNAME_MESSAGE_SECURITY_BINDING>()
        };
        let received: Vec<u16> = RECEIVED.encode_utf16().collect();
        let (user, password) = (
            WS_STRING {
                length: 1,
                chars: [0x75_u16].as_ptr().cast_mut(),
            },
            WS_STRING {
                length: received.len() as u32,
                chars: received.as_ptr().cast_mut(),
            },
        );
        let hr = unsafe {
            username.passwordValidator.unwrap()(
                username.passwordValidatorCallbackState,
                &user,
                &password,
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(hr, 0, "the validator saw the password");
        drop((lowered, checked, runtime));
        // The buffer the test itself built is not a secret of the library's.
        WATCHING.store(false, Ordering::Relaxed);
        drop(received);
    }
    assert_eq!(
        LEAKED.load(Ordering::Relaxed),
        0,
        "blocks freed with a password still in them"
    );
}

/// A template of each credential family with a password (username and Windows), the password
/// literal in the file, from the environment and from a slot.
fn templates() -> Vec<Template> {
    let texts = [
        format!(
            "template = \"http_ssl_username\"\nside = \"client\"\n\
             [username_message_security_binding.client_credential]\n\
             type = \"string\"\nusername = \"u\"\npassword = \"{LITERAL}\"\n"
        ),
        "template = \"tcp_sspi_username_security_context\"\nside = \"client\"\n\
         channel_type = \"duplex_session\"\n\
         [sspi_transport_security_binding.client_credential]\n\
         type = \"string\"\nusername = \"u\"\npassword = { env = \"SECRETS_TEST_PASSWORD\" }\n\
         [username_message_security_binding.client_credential]\n\
         type = \"string\"\nusername = \"v\"\npassword = { runtime = \"password\" }\n"
            .to_owned(),
    ];
    texts
        .iter()
        .map(|text| match EndpointFile::from_toml_str(text) {
            Ok(EndpointFile::Template(t)) => *t,
            other => panic!("{other:?}"),
        })
        .collect()
}

#[test]
fn template_passwords_are_in_the_structures_while_alive_and_wiped_when_dropped() {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = Runtime::new()
        .with_env(|var| (var == "SECRETS_TEST_PASSWORD").then(|| ENV.to_owned()))
        .with("password", SecretString::new(SLOT));
    let checked: Vec<_> = templates()
        .iter()
        .map(|t| match Policy::new().check_template_value(t) {
            Ok((checked, _)) => checked,
            Err(report) => panic!("{report}"),
        })
        .collect();
    WATCHING.store(true, Ordering::Relaxed);
    {
        let lowered: Vec<_> = checked
            .iter()
            .map(|t| lower_template(t, &runtime).unwrap())
            .collect();
        // Compared in place: a copy of the password freed here would be the test's own leak.
        let holds = |s: &WS_STRING, marker: &str| {
            let chars = unsafe { std::slice::from_raw_parts(s.chars, s.length as usize) };
            chars.iter().copied().eq(marker.encode_utf16())
        };
        let username = |c: *mut WS_USERNAME_CREDENTIAL, marker: &str| {
            holds(
                unsafe { &(*c.cast::<WS_STRING_USERNAME_CREDENTIAL>()).password },
                marker,
            )
        };
        let http = unsafe {
            &*lowered[0]
                .template_value()
                .cast::<WS_HTTP_SSL_USERNAME_BINDING_TEMPLATE>()
        };
        assert!(username(
            http.usernameMessageSecurityBinding.clientCredential,
            LITERAL
        ));
        let tcp = unsafe {
            &*lowered[1]
                .template_value()
                .cast::<WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE>()
        };
        let windows = tcp.sspiTransportSecurityBinding.clientCredential;
        assert!(holds(
            unsafe { &(*windows.cast::<WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL>()).password },
            ENV
        ));
        assert!(username(
            tcp.usernameMessageSecurityBinding.clientCredential,
            SLOT
        ));
        for l in &lowered {
            let debug = format!("{l:?}");
            assert!(!debug.contains("Marker"), "{debug}");
        }
        drop((lowered, checked, runtime));
    }
    WATCHING.store(false, Ordering::Relaxed);
    assert_eq!(
        LEAKED.load(Ordering::Relaxed),
        0,
        "blocks freed with a password still in them"
    );
}
