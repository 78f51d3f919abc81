//! Validating a valid description allocates nothing: checks build messages and paths only when
//! they report something. A counting global allocator proves it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use wws_security_model::Endpoint;

include!("common_endpoints.rs.inc");

struct Counting;

thread_local! {
    // Per thread, so tests running in parallel do not count each other's allocations. A const
    // initialiser and a type without Drop keep the counter itself allocation-free.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

fn count() {
    ALLOCATIONS.with(|c| c.set(c.get() + 1));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
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
        let before = allocations();
        let report = wws_security_policy::validate(&endpoint);
        let after = allocations();
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
    let before = allocations();
    let v: Vec<u64> = std::hint::black_box(Vec::with_capacity(16));
    drop(v);
    assert!(allocations() > before);
}
