//! Takes the two structures apart, member by member, with the pieces that free a description
//! graph: passwords are wiped, closures the structures own are dropped, null members (structures
//! abandoned half way) are skipped.

use super::structs::TopLevel;
use crate::ctype::template_channel_property_type;
use crate::{alloc, lower::free};
use std::ffi::c_void;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::{CEnum, ChannelPropertyId};

/// A C member that may own allocations.
pub(super) trait Free {
    /// Frees what the member owns (not the member's own memory, which its parent holds).
    ///
    /// # Safety
    /// `raw` is a member built by `build` (completely or in part) that nothing uses any more.
    unsafe fn free(raw: *mut Self);
}

/// Frees a top-level structure and everything below it; the type-erased form the owner keeps.
///
/// # Safety
/// `raw` is a `T` made by `alloc::new` and filled by `build`, that nothing uses any more.
pub(super) unsafe fn free_top_level<T: TopLevel>(raw: *mut c_void) {
    let raw = raw.cast::<T>();
    // SAFETY: forwarded contract.
    unsafe {
        T::free(raw);
        alloc::free(raw);
    }
}

impl Free for WS_CHANNEL_PROPERTIES {
    unsafe fn free(raw: *mut Self) {
        // SAFETY: `build` allocated `propertyCount` entries, each value of its id's type.
        unsafe {
            let count = (*raw).propertyCount as usize;
            for i in 0..count {
                let p = &*(*raw).properties.add(i);
                if let Ok(id) = ChannelPropertyId::from_raw(p.id) {
                    free::value(template_channel_property_type(id), p.value);
                }
            }
            alloc::free_array((*raw).properties, count);
        }
    }
}

impl Free for WS_SECURITY_PROPERTIES {
    unsafe fn free(raw: *mut Self) {
        // SAFETY: forwarded contract.
        unsafe { free::security_properties((*raw).properties, (*raw).propertyCount) }
    }
}

impl Free for WS_SECURITY_BINDING_PROPERTIES {
    unsafe fn free(raw: *mut Self) {
        // SAFETY: forwarded contract.
        unsafe { free::binding_properties((*raw).properties, (*raw).propertyCount) }
    }
}

/// `bindingUsage` owns nothing.
impl Free for WS_MESSAGE_SECURITY_USAGE {
    unsafe fn free(_: *mut Self) {}
}

impl Free for *mut WS_CERT_CREDENTIAL {
    unsafe fn free(raw: *mut Self) {
        // SAFETY: forwarded contract.
        unsafe { free::cert_credential(*raw) }
    }
}

impl Free for *mut WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
    unsafe fn free(raw: *mut Self) {
        // SAFETY: forwarded contract.
        unsafe { free::windows_credential(*raw) }
    }
}

impl Free for *mut WS_USERNAME_CREDENTIAL {
    unsafe fn free(raw: *mut Self) {
        // SAFETY: forwarded contract.
        unsafe { free::username_credential(*raw) }
    }
}
