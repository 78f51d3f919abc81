//! What the two structures hold, read back from the structures themselves (for
//! `wws-security lower` and tests): never a string, a password or a pointer's value.

use super::structs::TopLevel;
use crate::at::At;
use crate::ctype::template_channel_property_type;
use crate::lower::layout::{binding_properties, entries, security_properties};
use crate::PropertyLayout;
use std::ffi::c_void;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::{
    CEnum, CertCredentialType, ChannelPropertyId, MessageSecurityUsage, UsernameCredentialType,
    WindowsIntegratedAuthCredentialType,
};

/// The template value and policy description of a lowered template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateLayout {
    /// `WS_BINDING_TEMPLATE_TYPE`, the C number.
    pub template_type: i32,
    /// The template type's name in files (`http_ssl_username`).
    pub name: &'static str,
    /// The `WS_*_BINDING_TEMPLATE`.
    pub value: StructLayout,
    /// The `WS_*_POLICY_DESCRIPTION`.
    pub policy: StructLayout,
}

/// One top-level structure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructLayout {
    /// The C name, e.g. `WS_HTTP_SSL_BINDING_TEMPLATE`.
    pub struct_name: &'static str,
    /// `sizeof` the structure: the size argument of the template call.
    pub size: u32,
    /// Every property bag, empty ones included, in C member order.
    pub bags: Vec<BagLayout>,
    /// Every other member that is set (not NULL or zero), in C member order.
    pub members: Vec<MemberLayout>,
}

/// One property bag (`WS_CHANNEL_PROPERTIES`, `WS_SECURITY_PROPERTIES`,
/// `WS_SECURITY_BINDING_PROPERTIES`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BagLayout {
    /// The member, by C member names from the structure
    /// (`sslTransportSecurityBinding.securityBindingProperties`).
    pub member: String,
    /// The bag's C type.
    pub container: &'static str,
    /// Its entries, in order.
    pub properties: Vec<PropertyLayout>,
}

/// A member that is set, other than a bag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLayout {
    /// The member, by C member names (`usernameMessageSecurityBinding.clientCredential`).
    pub member: String,
    /// What it holds: the C structure a credential pointer points to, the C name of an
    /// enumeration value, or the C type of a callback or state pointer.
    pub value: &'static str,
}

impl StructLayout {
    /// Records a pointer or enumeration member when it is set.
    pub(super) fn set(&mut self, at: &At<'_>, is_set: bool, value: &'static str) {
        if is_set {
            self.members.push(MemberLayout {
                member: at.to_string(),
                value,
            });
        }
    }

    fn bag(&mut self, at: &At<'_>, container: &'static str, properties: Vec<PropertyLayout>) {
        self.bags.push(BagLayout {
            member: at.to_string(),
            container,
            properties,
        });
    }
}

/// A C member that can say what it holds.
pub(super) trait Describe {
    /// Adds the member (or the members inside it) at `at` to `out`.
    ///
    /// # Safety
    /// `self` was built by `build` and is alive.
    unsafe fn describe(&self, at: &At<'_>, out: &mut StructLayout);
}

/// Describes a top-level structure; the type-erased form the owner keeps.
///
/// # Safety
/// `raw` is a live `T` built by `build`.
pub(super) unsafe fn describe_top_level<T: TopLevel>(raw: *const c_void) -> StructLayout {
    let mut out = StructLayout {
        struct_name: T::C_NAME,
        size: std::mem::size_of::<T>() as u32,
        bags: Vec::new(),
        members: Vec::new(),
    };
    // SAFETY: forwarded contract.
    unsafe { (*raw.cast::<T>()).describe(&At::ROOT, &mut out) };
    out
}

impl Describe for WS_CHANNEL_PROPERTIES {
    unsafe fn describe(&self, at: &At<'_>, out: &mut StructLayout) {
        // SAFETY: `build` wrote `propertyCount` entries with known ids.
        let properties = unsafe {
            entries(self.properties, self.propertyCount, |p| {
                let id = ChannelPropertyId::from_raw(p.id).expect("lowering writes known ids");
                let c_type = template_channel_property_type(id).c_name();
                (p.id, id.c_name(), c_type, p.valueSize)
            })
        };
        out.bag(at, "WS_CHANNEL_PROPERTIES", properties);
    }
}

impl Describe for WS_SECURITY_PROPERTIES {
    unsafe fn describe(&self, at: &At<'_>, out: &mut StructLayout) {
        // SAFETY: forwarded contract.
        let properties = unsafe { security_properties(self.properties, self.propertyCount) };
        out.bag(at, "WS_SECURITY_PROPERTIES", properties);
    }
}

impl Describe for WS_SECURITY_BINDING_PROPERTIES {
    unsafe fn describe(&self, at: &At<'_>, out: &mut StructLayout) {
        // SAFETY: forwarded contract.
        let properties = unsafe { binding_properties(self.properties, self.propertyCount) };
        out.bag(at, "WS_SECURITY_BINDING_PROPERTIES", properties);
    }
}

impl Describe for WS_MESSAGE_SECURITY_USAGE {
    unsafe fn describe(&self, at: &At<'_>, out: &mut StructLayout) {
        if let Ok(usage) = MessageSecurityUsage::from_raw(*self) {
            out.set(at, true, usage.c_name());
        }
    }
}

/// The C structure a credential of type `ty` is: its type's C name without `_TYPE`.
fn credential_struct<E: CEnum>(ty: Result<E, impl Sized>) -> &'static str {
    ty.map_or("unknown credential type", |ty| {
        let name = ty.c_name();
        name.strip_suffix("_TYPE").unwrap_or(name)
    })
}

/// A credential pointer shows the structure it points to.
macro_rules! describe_credential {
    ($($pointer:ty => $types:ty),* $(,)?) => {$(
        impl Describe for $pointer {
            unsafe fn describe(&self, at: &At<'_>, out: &mut StructLayout) {
                if !self.is_null() {
                    // SAFETY: a live credential written by `build`.
                    let ty = <$types>::from_raw(unsafe { (**self).credentialType });
                    out.set(at, true, credential_struct(ty));
                }
            }
        }
    )*};
}

describe_credential!(
    *mut WS_CERT_CREDENTIAL => CertCredentialType,
    *mut WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL => WindowsIntegratedAuthCredentialType,
    *mut WS_USERNAME_CREDENTIAL => UsernameCredentialType,
);
