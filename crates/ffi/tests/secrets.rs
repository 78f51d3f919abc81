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
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::{lower, read_description, PasswordValidator};
use wws_security_model::*;
use wws_security_policy::{Policy, Runtime};

const LITERAL: &str = "Literal-Marker-7f3a";
const ENV: &str = "Env-Marker-91bc";
const SLOT: &str = "Slot-Marker-2d58";
const RECEIVED: &str = "Received-Marker-c4e0";
const MARKERS: [&str; 4] = [LITERAL, ENV, SLOT, RECEIVED];

struct Inspecting;

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
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { System.alloc(layout) }
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
