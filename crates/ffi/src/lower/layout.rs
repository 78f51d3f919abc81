//! What a lowered graph holds, read back from the graph itself (for `wws-security lower`).

use crate::ctype::{binding_property_type, channel_property_type};
use windows_sys::Win32::Networking::WindowsWebServices::{
    WS_SECURITY_BINDING, WS_SECURITY_BINDING_PROPERTY,
    WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING,
    WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE, WS_SECURITY_DESCRIPTION,
    WS_SECURITY_PROPERTY,
};
use wws_security_model::{
    CEnum, SecurityBindingPropertyId, SecurityBindingType, SecurityPropertyId,
};

/// One description: its channel-wide properties and its bindings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescriptionLayout {
    /// `properties`, in order.
    pub properties: Vec<PropertyLayout>,
    /// `securityBindings`, in order.
    pub bindings: Vec<BindingLayout>,
}

/// One binding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindingLayout {
    /// `bindingType`, the C number.
    pub binding_type: i32,
    /// The C structure, e.g. `WS_SSL_TRANSPORT_SECURITY_BINDING`.
    pub struct_name: &'static str,
    /// `binding.properties`, in order.
    pub properties: Vec<PropertyLayout>,
    /// The bootstrap description of a security context binding.
    pub bootstrap: Option<Box<DescriptionLayout>>,
}

/// One property entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyLayout {
    /// `id`, the C number.
    pub id: i32,
    /// The C name of the id.
    pub name: &'static str,
    /// The C type of the value.
    pub c_type: &'static str,
    /// `valueSize`.
    pub value_size: u32,
}

/// # Safety
/// `raw` is a live description built by `build`.
pub(crate) unsafe fn describe(raw: *const WS_SECURITY_DESCRIPTION) -> DescriptionLayout {
    // SAFETY: by the contract every array has its count of entries and every binding the
    // structure its type names.
    unsafe {
        let d = &*raw;
        let properties = security_properties(d.properties, d.propertyCount);
        let bindings = (0..d.securityBindingCount as usize)
            .map(|i| binding(*d.securityBindings.add(i)))
            .collect();
        DescriptionLayout {
            properties,
            bindings,
        }
    }
}

unsafe fn binding(raw: *const WS_SECURITY_BINDING) -> BindingLayout {
    // SAFETY: as in `describe`.
    unsafe {
        let b = &*raw;
        let ty = SecurityBindingType::from_raw(b.bindingType).expect("lowering writes known types");
        let properties = binding_properties(b.properties, b.propertyCount);
        let bootstrap = if b.bindingType == WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE {
            let context = raw.cast::<WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING>();
            let inner = (*context).bootstrapSecurityDescription;
            (!inner.is_null()).then(|| Box::new(describe(inner)))
        } else {
            None
        };
        BindingLayout {
            binding_type: b.bindingType,
            struct_name: ty.struct_name(),
            properties,
            bootstrap,
        }
    }
}

/// The entries of a `WS_SECURITY_PROPERTY` array.
///
/// # Safety
/// `properties` holds `count` entries written by `build`.
pub(crate) unsafe fn security_properties(
    properties: *const WS_SECURITY_PROPERTY,
    count: u32,
) -> Vec<PropertyLayout> {
    // SAFETY: forwarded contract.
    unsafe {
        entries(properties, count, |p| {
            let id = SecurityPropertyId::from_raw(p.id).expect("lowering writes known ids");
            (
                p.id,
                id.c_name(),
                channel_property_type(id).c_name(),
                p.valueSize,
            )
        })
    }
}

/// The entries of a `WS_SECURITY_BINDING_PROPERTY` array.
///
/// # Safety
/// `properties` holds `count` entries written by `build`.
pub(crate) unsafe fn binding_properties(
    properties: *const WS_SECURITY_BINDING_PROPERTY,
    count: u32,
) -> Vec<PropertyLayout> {
    // SAFETY: forwarded contract.
    unsafe {
        entries(properties, count, |p| {
            let id = SecurityBindingPropertyId::from_raw(p.id).expect("lowering writes known ids");
            (
                p.id,
                id.c_name(),
                binding_property_type(id).c_name(),
                p.valueSize,
            )
        })
    }
}

/// Each entry of an array as `(id, C name of the id, C type of the value, valueSize)`.
///
/// # Safety
/// `properties` holds `count` entries (it may be null only when `count` is 0).
pub(crate) unsafe fn entries<E>(
    properties: *const E,
    count: u32,
    read: impl Fn(&E) -> (i32, &'static str, &'static str, u32),
) -> Vec<PropertyLayout> {
    (0..count as usize)
        .map(|i| {
            // SAFETY: `i < count`.
            let (id, name, c_type, value_size) = read(unsafe { &*properties.add(i) });
            PropertyLayout {
                id,
                name,
                c_type,
                value_size,
            }
        })
        .collect()
}
