//! The allocations of a lowered graph: each one made by a `Box` (or a `Box<[T]>` that is never
//! resized) and kept as the raw pointer the C structures hold. The graph itself records what it
//! owns, so no bookkeeping is allocated beside it, and moving the owner moves no pointee.
//!
//! Pointers stay raw from `Box::into_raw` until `Box::from_raw` frees them: a `Box` kept in a
//! struct would assert unique access each time the struct moves, which the C pointers into it
//! would contradict.

use std::ptr;

/// Moves `value` to the heap and returns the pointer the graph keeps.
pub(crate) fn new<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// Frees what [`new`] returned; null is ignored.
///
/// # Safety
/// `ptr` is null or came from [`new::<T>`] and is not used afterwards.
pub(crate) unsafe fn free<T>(ptr: *mut T) {
    if !ptr.is_null() {
        // SAFETY: by the contract, `ptr` is a live Box<T> allocation.
        drop(unsafe { Box::from_raw(ptr) });
    }
}

/// An array of `len` copies of `fill` on the heap, as a C pointer and count; an empty array is
/// a null pointer and 0, as C code writes it.
pub(crate) fn array<T: Copy>(len: usize, fill: T) -> (*mut T, usize) {
    if len == 0 {
        return (ptr::null_mut(), 0);
    }
    let items: Box<[T]> = vec![fill; len].into_boxed_slice();
    (Box::into_raw(items).cast::<T>(), len)
}

/// Frees what [`array`] returned; null is ignored.
///
/// # Safety
/// `ptr` is null or came from [`array::<T>`] with this `len`, and is not used afterwards.
pub(crate) unsafe fn free_array<T>(ptr: *mut T, len: usize) {
    if !ptr.is_null() {
        // SAFETY: by the contract, `ptr` and `len` describe a live Box<[T]>.
        drop(unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(ptr, len)) });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocations_round_trip() {
        let p = new(41_u32);
        unsafe {
            *p += 1;
            assert_eq!(*p, 42);
            free(p);
            free::<u32>(ptr::null_mut());
        }
        let (a, n) = array(3, 7_u16);
        assert_eq!(n, 3);
        unsafe {
            *a.add(2) = 9;
            assert_eq!(std::slice::from_raw_parts(a, n), &[7, 7, 9]);
            free_array(a, n);
        }
        let (empty, n) = array(0, 0_u8);
        assert!(empty.is_null() && n == 0);
        unsafe { free_array(empty, n) };
    }
}
