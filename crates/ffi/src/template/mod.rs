//! Lowering a template: a checked [`Template`] and the program's values become the template
//! value (`WS_*_BINDING_TEMPLATE`) and policy description (`WS_*_POLICY_DESCRIPTION`) that
//! `WsCreateServiceProxyFromTemplate` and `WsCreateServiceEndpointFromTemplate` take.
//!
//! The two top-level structures are allocated whole (their per-binding members are embedded, as
//! in C); every array and credential they point to is its own allocation, built and freed by the
//! same pieces as a `WS_SECURITY_DESCRIPTION` graph ([`crate::lower`]).

mod build;
mod free;
mod layout;
mod structs;

pub use layout::{BagLayout, MemberLayout, StructLayout, TemplateLayout};

use crate::{LowerError, LoweredAddress};
use std::ffi::c_void;
use std::fmt;
use std::ptr::NonNull;
use windows_sys::Win32::Networking::WindowsWebServices::WS_BINDING_TEMPLATE_TYPE;
use wws_security_model::{BindingTemplateType, CEnum, Template};
use wws_security_policy::{Runtime, Validated};

/// The template value and policy description of one template call, and everything they point
/// to, owned.
///
/// Both structures and every pointee are heap allocations of their own, so moving a
/// `LoweredTemplate` changes no pointer; the pointers from
/// [`template_value`](Self::template_value) and
/// [`policy_description`](Self::policy_description) stay valid until the value is dropped.
/// Dropping wipes every password and frees everything. WWSAPI only reads the structures.
pub struct LoweredTemplate {
    template_type: BindingTemplateType,
    value: NonNull<c_void>,
    policy: NonNull<c_void>,
    shape: structs::Shape,
    address: Option<LoweredAddress>,
}

// SAFETY: as for `Lowered`: nothing writes the structures after `lower_template` returns, the
// Rust values they hold (callback closures) are `Send + Sync`, and the C pointers are objects
// the program vouched for when it registered them.
unsafe impl Send for LoweredTemplate {}
// SAFETY: as above; shared access only reads.
unsafe impl Sync for LoweredTemplate {}

impl LoweredTemplate {
    /// The template type, for the `templateType` argument.
    pub fn template_type(&self) -> WS_BINDING_TEMPLATE_TYPE {
        self.template_type.to_raw()
    }

    /// The `WS_*_BINDING_TEMPLATE` of [`template_type`](Self::template_type), for the
    /// `templateValue` argument; valid while `self` lives.
    pub fn template_value(&self) -> *const c_void {
        self.value.as_ptr()
    }

    /// `sizeof` the template value's structure, for the `templateSize` argument.
    pub fn template_size(&self) -> u32 {
        self.shape.value.size
    }

    /// The `WS_*_POLICY_DESCRIPTION` of [`template_type`](Self::template_type), for the
    /// `templateDescription` argument; valid while `self` lives.
    pub fn policy_description(&self) -> *const c_void {
        self.policy.as_ptr()
    }

    /// `sizeof` the policy description's structure, for the `templateDescriptionSize` argument.
    pub fn policy_description_size(&self) -> u32 {
        self.shape.policy.size
    }

    /// The template endpoint's address, for `WsOpenServiceProxy`, when the file declares one.
    pub fn address(&self) -> Option<&LoweredAddress> {
        self.address.as_ref()
    }

    /// What the two structures hold, read from the structures themselves: their C names and
    /// sizes, each property bag's entries (id, C name, `valueSize`) and every other member that
    /// is set (credential structures, binding usages, callbacks).
    pub fn layout(&self) -> TemplateLayout {
        TemplateLayout {
            template_type: self.template_type(),
            name: self.template_type.name(),
            // SAFETY: both structures were built as the shape's types and are alive.
            value: unsafe { (self.shape.value.describe)(self.value.as_ptr()) },
            // SAFETY: as above.
            policy: unsafe { (self.shape.policy.describe)(self.policy.as_ptr()) },
        }
    }
}

impl Drop for LoweredTemplate {
    fn drop(&mut self) {
        // SAFETY: both structures were built (possibly only in part, when lowering failed) as
        // the shape's types, and nothing points into them once their owner goes.
        unsafe {
            (self.shape.value.free)(self.value.as_ptr());
            (self.shape.policy.free)(self.policy.as_ptr());
        }
    }
}

/// The layout only: passwords, pointers and what they point to never show.
impl fmt::Debug for LoweredTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoweredTemplate")
            .field("layout", &self.layout())
            .field("address", &self.address)
            .finish()
    }
}

/// Lowers a checked template: its template value and policy description with every program
/// value taken from `runtime`, as [`lower`](crate::lower) does for a description. A slot
/// `runtime` does not fill, a variable that is not set, or a string too long for a `WS_STRING`
/// is a [`LowerError`] at the place in the template file
/// (`username_message_security_binding.password_validator`,
/// `policy.security_properties.…`).
///
/// ```
/// use wws_security_model::{BindingTemplateType, Side, Template};
/// use wws_security_policy::{Policy, Runtime};
///
/// let template = Template::new(Side::Client, BindingTemplateType::HttpSsl);
/// let (checked, _warnings) = Policy::new().check_template_value(&template).unwrap();
/// let lowered = wws_security_ffi::lower_template(&checked, &Runtime::new()).unwrap();
/// assert_eq!(lowered.template_type(), 1);
/// assert_eq!(lowered.layout().value.struct_name, "WS_HTTP_SSL_BINDING_TEMPLATE");
/// ```
pub fn lower_template(
    template: &Validated<Template>,
    runtime: &Runtime,
) -> Result<LoweredTemplate, LowerError> {
    let mut lowered = structs::lower(&template.binding_template, runtime)?;
    if let Some(address) = &template.address {
        lowered.address = Some(crate::lower::address::lower_address(
            &crate::lower::build::Builder::new(runtime),
            address,
        )?);
    }
    Ok(lowered)
}
