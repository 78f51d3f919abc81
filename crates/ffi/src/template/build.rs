//! Builds the two structures in place. As for a description graph, every allocation is linked
//! into its parent as soon as it exists, so structures abandoned half way (a `LowerError`) are
//! valid input for `free`.

use super::structs::{Shape, TopLevel};
use super::LoweredTemplate;
use crate::at::At;
use crate::ctype::template_channel_property_type;
use crate::lower::build::{enumeration, property_array, Builder};
use crate::{alloc, LowerError};
use std::ptr::{null_mut, NonNull};
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model::{
    BindingProperties, BindingTemplateType, CEnum, CertCredential, ChannelProperties,
    MessageSecurityUsage, TemplateChannelProperties, TemplateChannelProperty, UsernameCredential,
    WindowsIntegratedAuthCredential,
};
use wws_security_policy::Runtime;

/// A C member built from the model member `M`.
pub(super) trait Build<M> {
    /// Fills `raw` from `model`; `at` is the member's place in the template file.
    ///
    /// # Safety
    /// `raw` is a live, zeroed member of structures being built by this module.
    unsafe fn build(
        raw: *mut Self,
        model: &M,
        b: &Builder<'_>,
        at: &At<'_>,
    ) -> Result<(), LowerError>;
}

/// Allocates both zeroed structures, gives them to their owner at once (so a failure frees what
/// was built), then fills the template value and the policy description.
pub(super) fn lower_pair<V: TopLevel, P: TopLevel>(
    template_type: BindingTemplateType,
    value: &V::Model,
    policy: &P::Model,
    runtime: &Runtime,
) -> Result<LoweredTemplate, LowerError> {
    let value_ptr = alloc::new(V::default());
    let policy_ptr = alloc::new(P::default());
    let lowered = LoweredTemplate {
        template_type,
        value: NonNull::new(value_ptr.cast()).expect("Box::into_raw is never null"),
        policy: NonNull::new(policy_ptr.cast()).expect("Box::into_raw is never null"),
        shape: Shape::of::<V, P>(),
        address: None,
    };
    let b = Builder::new(runtime);
    let policy_at = At::ROOT.field("policy");
    // SAFETY: both structures are fresh, zeroed and owned by `lowered` alone.
    unsafe {
        V::build(value_ptr, value, &b, &At::ROOT)?;
        P::build(policy_ptr, policy, &b, &policy_at)?;
    }
    Ok(lowered)
}

impl Build<TemplateChannelProperties> for WS_CHANNEL_PROPERTIES {
    unsafe fn build(
        raw: *mut Self,
        model: &TemplateChannelProperties,
        _: &Builder<'_>,
        _: &At<'_>,
    ) -> Result<(), LowerError> {
        let empty = WS_CHANNEL_PROPERTY {
            id: 0,
            value: null_mut(),
            valueSize: 0,
        };
        let fill = |entry: *mut WS_CHANNEL_PROPERTY, property: &TemplateChannelProperty| {
            let id = property.id();
            let value = match property {
                TemplateChannelProperty::Encoding(v) => enumeration(*v),
                TemplateChannelProperty::EnvelopeVersion(v) => enumeration(*v),
                TemplateChannelProperty::AddressingVersion(v) => enumeration(*v),
            };
            // SAFETY: `entry` is a live entry of the array.
            unsafe {
                *entry = WS_CHANNEL_PROPERTY {
                    id: id.to_raw(),
                    value,
                    valueSize: template_channel_property_type(id).size() as u32,
                };
            }
            Ok(())
        };
        // SAFETY: forwarded contract.
        unsafe {
            property_array(
                &raw mut (*raw).properties,
                &raw mut (*raw).propertyCount,
                model,
                empty,
                fill,
            )
        }
    }
}

impl Build<ChannelProperties> for WS_SECURITY_PROPERTIES {
    unsafe fn build(
        raw: *mut Self,
        model: &ChannelProperties,
        b: &Builder<'_>,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        // SAFETY: forwarded contract.
        unsafe {
            b.security_properties(
                &raw mut (*raw).properties,
                &raw mut (*raw).propertyCount,
                model,
                at,
            )
        }
    }
}

impl Build<BindingProperties> for WS_SECURITY_BINDING_PROPERTIES {
    unsafe fn build(
        raw: *mut Self,
        model: &BindingProperties,
        b: &Builder<'_>,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        // SAFETY: forwarded contract.
        unsafe {
            b.binding_properties(
                &raw mut (*raw).properties,
                &raw mut (*raw).propertyCount,
                model,
                at,
            )
        }
    }
}

/// `bindingUsage`; unset stays 0, as a zeroed structure has it.
impl Build<Option<MessageSecurityUsage>> for WS_MESSAGE_SECURITY_USAGE {
    unsafe fn build(
        raw: *mut Self,
        model: &Option<MessageSecurityUsage>,
        _: &Builder<'_>,
        _: &At<'_>,
    ) -> Result<(), LowerError> {
        // SAFETY: `raw` is live (the contract).
        unsafe { *raw = model.map_or(0, CEnum::to_raw) };
        Ok(())
    }
}

impl Build<Option<CertCredential>> for *mut WS_CERT_CREDENTIAL {
    unsafe fn build(
        raw: *mut Self,
        model: &Option<CertCredential>,
        b: &Builder<'_>,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        match model {
            None => Ok(()),
            // SAFETY: forwarded contract.
            Some(credential) => unsafe { b.cert_credential(raw, credential, at) },
        }
    }
}

impl Build<Option<WindowsIntegratedAuthCredential>> for *mut WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL {
    unsafe fn build(
        raw: *mut Self,
        model: &Option<WindowsIntegratedAuthCredential>,
        b: &Builder<'_>,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        // SAFETY: forwarded contract.
        unsafe { b.windows_credential(raw, model.as_ref(), at) }
    }
}

impl Build<Option<UsernameCredential>> for *mut WS_USERNAME_CREDENTIAL {
    unsafe fn build(
        raw: *mut Self,
        model: &Option<UsernameCredential>,
        b: &Builder<'_>,
        at: &At<'_>,
    ) -> Result<(), LowerError> {
        // SAFETY: forwarded contract.
        unsafe { b.username_credential(raw, model.as_ref(), at) }
    }
}
