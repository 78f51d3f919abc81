//! Checked access to C memory: every pointer is tested for null and alignment, and every array
//! count against the largest possible array, before a reference to it is made.

use super::{ReadError, ReadErrorKind};
use crate::at::At;
use std::mem::{align_of, size_of};

/// The object `ptr` points to.
///
/// # Safety
/// A non-null, aligned `ptr` points to a `T` readable and unchanged during `'a`.
pub(crate) unsafe fn object<'a, T>(
    ptr: *const T,
    at: &At<'_>,
    member: &'static str,
) -> Result<&'a T, ReadError> {
    // SAFETY: forwarded.
    unsafe { optional(ptr, at, member)? }
        .ok_or_else(|| ReadError::new(at, ReadErrorKind::Null { member }))
}

/// The object `ptr` points to, or `None` when it is null.
///
/// # Safety
/// As [`object`].
pub(crate) unsafe fn optional<'a, T>(
    ptr: *const T,
    at: &At<'_>,
    member: &'static str,
) -> Result<Option<&'a T>, ReadError> {
    if ptr.is_null() {
        return Ok(None);
    }
    aligned(ptr, align_of::<T>(), at, member)?;
    // SAFETY: non-null and aligned; readable by the contract.
    Ok(Some(unsafe { &*ptr }))
}

/// Fails unless `ptr` is a multiple of `align`.
pub(crate) fn aligned<T>(
    ptr: *const T,
    align: usize,
    at: &At<'_>,
    member: &'static str,
) -> Result<(), ReadError> {
    if (ptr as usize) % align == 0 {
        Ok(())
    } else {
        Err(ReadError::new(
            at,
            ReadErrorKind::Misaligned {
                member,
                address: ptr as usize,
                align,
            },
        ))
    }
}

/// The `count` objects at `ptr`; a count of 0 is the empty array whatever the pointer.
///
/// # Safety
/// When `count` is above 0 and `ptr` is non-null and aligned, `count` `T`s are readable at
/// `ptr` and unchanged during `'a`.
pub(crate) unsafe fn array<'a, T>(
    ptr: *const T,
    count: u32,
    at: &At<'_>,
    member: &'static str,
) -> Result<&'a [T], ReadError> {
    if count == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(ReadError::new(
            at,
            ReadErrorKind::NullArray { member, count },
        ));
    }
    aligned(ptr, align_of::<T>(), at, member)?;
    if (count as usize).saturating_mul(size_of::<T>()) > isize::MAX as usize {
        return Err(ReadError::new(
            at,
            ReadErrorKind::TooLarge { member, count },
        ));
    }
    // SAFETY: non-null, aligned, within isize::MAX bytes; readable by the contract.
    Ok(unsafe { std::slice::from_raw_parts(ptr, count as usize) })
}
