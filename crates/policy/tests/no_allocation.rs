//! Validating a valid description allocates nothing: checks build messages and paths only when
//! they report something. A counting global allocator proves it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use wws_security_model::Endpoint;

include!("common_endpoints.rs.inc");

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn validating_a_valid_description_does_not_allocate() {
    for text in [SSL_USERNAME, SSL_CONTEXT_KERBEROS] {
        let endpoint = Endpoint::from_toml_str(text).unwrap();
        // The first run builds the registry index once for the process.
        let first = wws_security_policy::validate(&endpoint);
        assert!(first.is_clean(), "{first}");
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        let report = wws_security_policy::validate(&endpoint);
        let after = ALLOCATIONS.load(Ordering::SeqCst);
        assert!(report.is_clean());
        assert_eq!(
            after - before,
            0,
            "validate allocated {} time(s)",
            after - before
        );
    }
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the test above against a counter that never counts.
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let v: Vec<u64> = std::hint::black_box(Vec::with_capacity(16));
    drop(v);
    assert!(ALLOCATIONS.load(Ordering::SeqCst) > before);
}
