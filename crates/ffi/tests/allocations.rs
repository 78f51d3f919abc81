//! Lowering allocates the graph's own pointees and nothing else, for descriptions and for
//! templates; reading back allocates what the endpoint itself holds (as a clone does) and the
//! runtime it returns. A counting global allocator checks all three.

mod common;

use common::kinds::CLIENT_CUSTOM_CERT_RUST_CALLBACKS;
use common::pointees::Pointees;
use common::template_read::read_back;
use common::templates::rich_templates;
use common::*;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ffi::c_void;
use wws_security_ffi::{lower, lower_template, read_description};
use wws_security_model::Endpoint;
use wws_security_policy::Runtime;

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

/// What the `{ env = .. }` passwords of `endpoint` cost: each allocates what the program's
/// lookup (`variable`, answered by `runtime`) allocates to answer.
fn env_lookups(endpoint: &Endpoint, runtime: &Runtime, variable: &str) -> usize {
    let reads = passwords(endpoint)
        .iter()
        .filter(|(_, s)| matches!(s, wws_security_model::Secret::Env(_)))
        .count();
    let before = allocations();
    drop(runtime.env_var(variable));
    reads * (allocations() - before)
}

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
        let lookups = env_lookups(&checked, &runtime, "ORDERS_PASSWORD");
        let mut pointees = Pointees::default();
        unsafe { pointees.description(lowered.as_ptr()) };
        if let Some(address) = lowered.address() {
            unsafe { pointees.address(address.as_ptr()) };
        }
        assert_eq!(
            used - lookups,
            pointees.0.len(),
            "{name}: allocations beyond the graph's pointees"
        );
        assert!(used > 5, "{name}: the walk sees the graph");
    }
}

#[test]
fn lowering_a_template_allocates_exactly_its_structures_pointees() {
    let templates = rich_templates();
    assert_eq!(templates.len(), 28);
    for (name, checked) in &templates {
        let expanded = checked.expand();
        let runtime = runtime_for(&expanded);
        drop(lower_template(checked, &runtime).unwrap());
        let before = allocations();
        let lowered = lower_template(checked, &runtime).unwrap();
        let used = allocations() - before;
        let lookups = env_lookups(&expanded, &runtime, common::templates::PASSWORD_VARIABLE);
        let pointees = read_back(&lowered, checked.template_type()).pointees;
        assert_eq!(
            used - lookups,
            pointees.0.len(),
            "{name}: allocations beyond the structures' pointees"
        );
        assert!(used >= 2, "{name}: the walk sees both structures");
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
