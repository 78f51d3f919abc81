//! Lowering allocates the graph's own pointees and nothing else; reading back allocates what
//! the endpoint itself holds (as a clone does) and the runtime it returns. A counting global
//! allocator checks both.

mod common;

use common::kinds::CLIENT_CUSTOM_CERT_RUST_CALLBACKS;
use common::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::BTreeSet;
use std::ffi::c_void;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::{lower, read_description};
use wws_security_model::Endpoint;

include!("../../policy/tests/common_endpoints.rs.inc");

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|c| c.set(c.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// The distinct pointees reachable from a lowered description, found by walking the C graph
/// as WWSAPI would (independently of how lowering built it).
#[derive(Default)]
struct Pointees(BTreeSet<usize>);

impl Pointees {
    fn add<T>(&mut self, p: *const T) -> bool {
        !p.is_null() && self.0.insert(p as usize)
    }

    unsafe fn string(&mut self, s: &WS_STRING) {
        self.add(s.chars);
    }

    /// The address and its identity, with the identity's strings and bytes.
    unsafe fn address(&mut self, a: *const WS_ENDPOINT_ADDRESS) {
        unsafe {
            self.add(a);
            let a = &*a;
            self.string(&a.url);
            if !self.add(a.identity) {
                return;
            }
            match (*a.identity).identityType {
                WS_DNS_ENDPOINT_IDENTITY_TYPE => {
                    self.string(&(*a.identity.cast::<WS_DNS_ENDPOINT_IDENTITY>()).dns)
                }
                WS_UPN_ENDPOINT_IDENTITY_TYPE => {
                    self.string(&(*a.identity.cast::<WS_UPN_ENDPOINT_IDENTITY>()).upn)
                }
                WS_SPN_ENDPOINT_IDENTITY_TYPE => {
                    self.string(&(*a.identity.cast::<WS_SPN_ENDPOINT_IDENTITY>()).spn)
                }
                WS_RSA_ENDPOINT_IDENTITY_TYPE => {
                    let rsa = &*a.identity.cast::<WS_RSA_ENDPOINT_IDENTITY>();
                    self.add(rsa.modulus.bytes);
                    self.add(rsa.exponent.bytes);
                }
                WS_CERT_ENDPOINT_IDENTITY_TYPE => {
                    self.add(
                        (*a.identity.cast::<WS_CERT_ENDPOINT_IDENTITY>())
                            .rawCertificateData
                            .bytes,
                    );
                }
                _ => {}
            }
        }
    }

    unsafe fn description(&mut self, d: *const WS_SECURITY_DESCRIPTION) {
        unsafe {
            self.add(d);
            let d = &*d;
            self.add(d.securityBindings);
            for i in 0..d.securityBindingCount as usize {
                self.binding(*d.securityBindings.add(i));
            }
            self.add(d.properties);
            for i in 0..d.propertyCount as usize {
                let p = &*d.properties.add(i);
                self.add(p.value);
                if p.id == WS_SECURITY_PROPERTY_SERVICE_IDENTITIES {
                    let s = &*p.value.cast::<WS_SERVICE_SECURITY_IDENTITIES>();
                    self.add(s.serviceIdentities);
                    for j in 0..s.serviceIdentityCount as usize {
                        self.string(&*s.serviceIdentities.add(j));
                    }
                }
            }
        }
    }

    unsafe fn binding(&mut self, b: *const WS_SECURITY_BINDING) {
        unsafe {
            self.add(b);
            let header = &*b;
            self.add(header.properties);
            for i in 0..header.propertyCount as usize {
                let p = &*header.properties.add(i);
                self.add(p.value);
                match p.id {
                    WS_SECURITY_BINDING_PROPERTY_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT => {
                        let c = &*p.value.cast::<WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT>();
                        self.add(c.state);
                    }
                    WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM
                    | WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_DIGEST_REALM
                    | WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_DIGEST_DOMAIN => {
                        self.string(&*p.value.cast::<WS_STRING>());
                    }
                    _ => {}
                }
            }
            match header.bindingType {
                WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE => {
                    let c = (*b.cast::<WS_SSL_TRANSPORT_SECURITY_BINDING>()).localCertCredential;
                    if self.add(c) && (*c).credentialType == WS_CUSTOM_CERT_CREDENTIAL_TYPE {
                        let c = &*c.cast::<WS_CUSTOM_CERT_CREDENTIAL>();
                        self.add(c.getCertCallbackState);
                        self.add(c.certIssuerListNotificationCallbackState);
                    }
                }
                WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE => {
                    let u = &*b.cast::<WS_USERNAME_MESSAGE_SECURITY_BINDING>();
                    if self.add(u.clientCredential) {
                        let c = &*u.clientCredential.cast::<WS_STRING_USERNAME_CREDENTIAL>();
                        self.string(&c.username);
                        self.string(&c.password);
                    }
                    self.add(u.passwordValidatorCallbackState);
                }
                WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TYPE => {
                    self.add(
                        (*b.cast::<WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING>()).clientCredential,
                    );
                }
                WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING_TYPE => {
                    self.add(
                        (*b.cast::<WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING>())
                            .clientCredential,
                    );
                }
                WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TYPE => {
                    self.add(
                        (*b.cast::<WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING>()).clientCredential,
                    );
                }
                WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE => {
                    let inner = (*b.cast::<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING>())
                        .bootstrapSecurityDescription;
                    if !inner.is_null() {
                        self.description(inner);
                    }
                }
                _ => {}
            }
        }
    }
}

/// A named-pipe client whose address has an RSA identity.
const PIPE_RSA_ADDRESS: &str = r#"
side = "client"
channel_binding = "namedpipe"
address = { url = "net.pipe://localhost/orders", identity = { type = "rsa", modulus = "wT0Bgo0=", exponent = "AQAB" } }
[[bindings]]
type = "namedpipe_sspi_transport"
client_credential = { type = "default" }
"#;

/// A TCP client whose address has an SPN identity.
const TCP_SPN_ADDRESS: &str = r#"
side = "client"
channel_binding = "tcp"
address = { url = "net.tcp://svc.contoso.com/orders", identity = { type = "spn", spn = "host/svc.contoso.com" } }
[[bindings]]
type = "tcp_sspi_transport"
client_credential = { type = "default" }
"#;

#[test]
fn lowering_allocates_exactly_the_graphs_pointees() {
    for (name, text) in [
        ("pipe_rsa_address", PIPE_RSA_ADDRESS),
        ("tcp_spn_address", TCP_SPN_ADDRESS),
        ("ssl_context_kerberos", SSL_CONTEXT_KERBEROS),
        ("ssl_username", SSL_USERNAME),
        (
            "custom_cert_rust_callbacks",
            CLIENT_CUSTOM_CERT_RUST_CALLBACKS,
        ),
    ] {
        let endpoint = Endpoint::from_toml_str(text).unwrap();
        let runtime = runtime_for(&endpoint);
        let checked = check(endpoint);
        drop(lower(&checked, &runtime).unwrap());
        let before = allocations();
        let lowered = lower(&checked, &runtime).unwrap();
        let used = allocations() - before;
        // An `{ env = .. }` password costs what the program's lookup allocates to answer.
        let env_reads = passwords(&checked)
            .iter()
            .filter(|(_, s)| matches!(s, wws_security_model::Secret::Env(_)))
            .count();
        let before = allocations();
        drop(runtime.env_var("ORDERS_PASSWORD"));
        let lookup = allocations() - before;
        let mut pointees = Pointees::default();
        unsafe { pointees.description(lowered.as_ptr()) };
        if let Some(address) = lowered.address() {
            unsafe { pointees.address(address.as_ptr()) };
        }
        assert_eq!(
            used - env_reads * lookup,
            pointees.0.len(),
            "{name}: allocations beyond the graph's pointees"
        );
        assert!(used > 5, "{name}: the walk sees the graph");
    }
}

#[test]
fn reading_back_allocates_what_a_clone_of_the_endpoint_does() {
    let endpoint = Endpoint::from_toml_str(SSL_CONTEXT_KERBEROS).unwrap();
    let lowered = lower(&check(endpoint.clone()), &runtime_for(&endpoint)).unwrap();
    let read = || unsafe {
        read_description(
            lowered.as_ptr(),
            endpoint.side,
            endpoint.channel_binding,
            endpoint.channel_type,
        )
    };
    drop(read().unwrap());
    let before = allocations();
    let clone = std::hint::black_box(endpoint.clone());
    let cloned = allocations() - before;
    let before = allocations();
    let (back, runtime) = read().unwrap();
    let used = allocations() - before;
    assert_eq!(back, clone);
    // The runtime returned beside the endpoint holds its environment lookup in an `Arc`.
    assert_eq!(
        used,
        cloned + 1,
        "reading allocated beyond the endpoint and its runtime"
    );
    drop((runtime, std::ptr::null::<c_void>()));
}

#[test]
fn the_counter_sees_allocations() {
    let before = allocations();
    drop(std::hint::black_box(Vec::<u64>::with_capacity(4)));
    assert!(allocations() > before);
}
