//! Which C structure holds which model member: one declaration per structure, from which its
//! building, freeing and description are generated, and the table of the 14 template types.
//!
//! A member is named twice: by its C name (the layout shows it) and by its model key (errors
//! name the place in the template file). Its C type and model type pick how it is handled
//! (the member traits of `build`, `free` and `layout`).

use super::build::{lower_pair, Build};
use super::free::{free_top_level, Free};
use super::layout::{describe_top_level, Describe, StructLayout};
use super::LoweredTemplate;
use crate::at::At;
use crate::lower::build::Builder;
use crate::LowerError;
use std::ffi::c_void;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_model as model;
use wws_security_model::BindingTemplate;
use wws_security_policy::Runtime;

/// A top-level structure (a template value or policy description) and the model structure it
/// is built from.
pub(super) trait TopLevel: Default + Build<Self::Model> + Free + Describe {
    /// The model's structure.
    type Model;
    /// The C name.
    const C_NAME: &'static str;
}

/// How to take one top-level structure apart and describe it without knowing its type.
#[derive(Clone, Copy)]
pub(super) struct Half {
    pub(super) size: u32,
    pub(super) free: unsafe fn(*mut c_void),
    pub(super) describe: unsafe fn(*const c_void) -> StructLayout,
}

impl Half {
    fn of<T: TopLevel>() -> Half {
        Half {
            size: std::mem::size_of::<T>() as u32,
            free: free_top_level::<T>,
            describe: describe_top_level::<T>,
        }
    }
}

/// The two structures of a template type.
#[derive(Clone, Copy)]
pub(super) struct Shape {
    pub(super) value: Half,
    pub(super) policy: Half,
}

impl Shape {
    pub(super) fn of<V: TopLevel, P: TopLevel>() -> Shape {
        Shape {
            value: Half::of::<V>(),
            policy: Half::of::<P>(),
        }
    }
}

/// Declares how a C structure is built from its model structure, freed and described: each
/// member in C order as `cMember: model_key`, and for a username template the password
/// validator pair.
macro_rules! c_struct {
    (
        $c:ident: $model:ty { $($c_member:ident: $key:ident),* $(,)? }
        $(validator($validator:ident: $validator_key:ident, $state:ident: $state_key:ident))?
    ) => {
        impl Build<$model> for $c {
            unsafe fn build(
                raw: *mut Self,
                model: &$model,
                b: &Builder<'_>,
                at: &At<'_>,
            ) -> Result<(), LowerError> {
                // SAFETY: `raw` is live and zeroed (the contract); each member is built in
                // place, in C order, and linked before its own parts are made.
                unsafe {
                    $(Build::build(&raw mut (*raw).$c_member, &model.$key, b, &at.field(stringify!($key)))?;)*
                    $(
                        let (validator, state) = b.password_validator(
                            model.$validator_key.as_ref(),
                            model.$state_key.as_ref(),
                            at,
                        )?;
                        (*raw).$validator = validator;
                        (*raw).$state = state;
                    )?
                }
                Ok(())
            }
        }

        impl Free for $c {
            unsafe fn free(raw: *mut Self) {
                // SAFETY: forwarded contract, member by member.
                unsafe {
                    $(Free::free(&raw mut (*raw).$c_member);)*
                    $(crate::lower::free::password_validator((*raw).$validator, (*raw).$state);)?
                }
            }
        }

        impl Describe for $c {
            unsafe fn describe(&self, at: &At<'_>, out: &mut StructLayout) {
                // SAFETY: forwarded contract, member by member.
                unsafe {
                    $(Describe::describe(&self.$c_member, &at.field(stringify!($c_member)), out);)*
                }
                $(
                    out.set(&at.field(stringify!($validator)), self.$validator.is_some(),
                        "WS_VALIDATE_PASSWORD_CALLBACK");
                    out.set(&at.field(stringify!($state)), !self.$state.is_null(), "void*");
                )?
            }
        }
    };
}

// The per-binding templates.
c_struct!(WS_SSL_TRANSPORT_SECURITY_BINDING_TEMPLATE: model::SslTransportSecurityBindingTemplate {
    securityBindingProperties: security_binding_properties,
    localCertCredential: local_cert_credential,
});
c_struct!(WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TEMPLATE: model::TcpSspiTransportSecurityBindingTemplate {
    securityBindingProperties: security_binding_properties,
    clientCredential: client_credential,
});
c_struct!(WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TEMPLATE: model::HttpHeaderAuthSecurityBindingTemplate {
    securityBindingProperties: security_binding_properties,
    clientCredential: client_credential,
});
c_struct!(WS_USERNAME_MESSAGE_SECURITY_BINDING_TEMPLATE: model::UsernameMessageSecurityBindingTemplate {
    securityBindingProperties: security_binding_properties,
    clientCredential: client_credential,
} validator(
    passwordValidator: password_validator,
    passwordValidatorCallbackState: password_validator_callback_state
));
c_struct!(WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TEMPLATE: model::KerberosApreqMessageSecurityBindingTemplate {
    securityBindingProperties: security_binding_properties,
    clientCredential: client_credential,
});
c_struct!(WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TEMPLATE: model::SecurityContextMessageSecurityBindingTemplate {
    securityBindingProperties: security_binding_properties,
});
c_struct!(WS_SECURITY_CONTEXT_SECURITY_BINDING_TEMPLATE: model::SecurityContextSecurityBindingTemplate {
    securityContextMessageSecurityBinding: security_context_message_security_binding,
    securityProperties: security_properties,
});

// The per-binding policy descriptions.
c_struct!(WS_SSL_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION: model::SslTransportSecurityBindingPolicyDescription {
    securityBindingProperties: security_binding_properties,
});
c_struct!(WS_SSPI_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION: model::SspiTransportSecurityBindingPolicyDescription {
    securityBindingProperties: security_binding_properties,
});
c_struct!(WS_HTTP_HEADER_AUTH_SECURITY_BINDING_POLICY_DESCRIPTION: model::HttpHeaderAuthSecurityBindingPolicyDescription {
    securityBindingProperties: security_binding_properties,
});
c_struct!(WS_USERNAME_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION: model::UsernameMessageSecurityBindingPolicyDescription {
    securityBindingProperties: security_binding_properties,
    bindingUsage: binding_usage,
});
c_struct!(WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION: model::KerberosApreqMessageSecurityBindingPolicyDescription {
    securityBindingProperties: security_binding_properties,
    bindingUsage: binding_usage,
});
c_struct!(WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION: model::SecurityContextMessageSecurityBindingPolicyDescription {
    securityBindingProperties: security_binding_properties,
    bindingUsage: binding_usage,
});
c_struct!(WS_SECURITY_CONTEXT_SECURITY_BINDING_POLICY_DESCRIPTION: model::SecurityContextSecurityBindingPolicyDescription {
    securityContextMessageSecurityBinding: security_context_message_security_binding,
    securityProperties: security_properties,
});

/// Declares the template value and policy description of every template type (their members
/// are the same; `secured` ones have `securityProperties` after `channelProperties`), and
/// [`lower`], which picks the pair of a template's type.
macro_rules! templates {
    ($(
        $variant:ident => $value:ident: $value_model:ident, $policy:ident: $policy_model:ident
            $([$secured:ident])? { $($c_member:ident: $key:ident),* $(,)? };
    )*) => {
        $(
            templates!(@top $value: $value_model $([$secured])? { $($c_member: $key),* });
            templates!(@top $policy: $policy_model $([$secured])? { $($c_member: $key),* });
        )*

        /// Builds the pair of structures of `template`'s type.
        pub(super) fn lower(
            template: &BindingTemplate,
            runtime: &Runtime,
        ) -> Result<LoweredTemplate, LowerError> {
            match template {
                $(BindingTemplate::$variant { value, policy } => {
                    lower_pair::<$value, $policy>(template.template_type(), value, policy, runtime)
                })*
            }
        }
    };
    (@top $c:ident: $model:ident { $($c_member:ident: $key:ident),* }) => {
        c_struct!($c: model::$model { channelProperties: channel_properties, $($c_member: $key),* });
        templates!(@name $c: $model);
    };
    (@top $c:ident: $model:ident [secured] { $($c_member:ident: $key:ident),* }) => {
        c_struct!($c: model::$model {
            channelProperties: channel_properties,
            securityProperties: security_properties,
            $($c_member: $key),*
        });
        templates!(@name $c: $model);
    };
    (@name $c:ident: $model:ident) => {
        impl TopLevel for $c {
            type Model = model::$model;
            const C_NAME: &'static str = stringify!($c);
        }
    };
}

templates! {
    Http => WS_HTTP_BINDING_TEMPLATE: HttpBindingTemplate,
        WS_HTTP_POLICY_DESCRIPTION: HttpPolicyDescription {};
    HttpSsl => WS_HTTP_SSL_BINDING_TEMPLATE: HttpSslBindingTemplate,
        WS_HTTP_SSL_POLICY_DESCRIPTION: HttpSslPolicyDescription [secured] {
        sslTransportSecurityBinding: ssl_transport_security_binding,
    };
    HttpHeaderAuth => WS_HTTP_HEADER_AUTH_BINDING_TEMPLATE: HttpHeaderAuthBindingTemplate,
        WS_HTTP_HEADER_AUTH_POLICY_DESCRIPTION: HttpHeaderAuthPolicyDescription [secured] {
        httpHeaderAuthSecurityBinding: http_header_auth_security_binding,
    };
    HttpSslHeaderAuth => WS_HTTP_SSL_HEADER_AUTH_BINDING_TEMPLATE: HttpSslHeaderAuthBindingTemplate,
        WS_HTTP_SSL_HEADER_AUTH_POLICY_DESCRIPTION: HttpSslHeaderAuthPolicyDescription [secured] {
        sslTransportSecurityBinding: ssl_transport_security_binding,
        httpHeaderAuthSecurityBinding: http_header_auth_security_binding,
    };
    HttpSslUsername => WS_HTTP_SSL_USERNAME_BINDING_TEMPLATE: HttpSslUsernameBindingTemplate,
        WS_HTTP_SSL_USERNAME_POLICY_DESCRIPTION: HttpSslUsernamePolicyDescription [secured] {
        sslTransportSecurityBinding: ssl_transport_security_binding,
        usernameMessageSecurityBinding: username_message_security_binding,
    };
    HttpSslKerberosApreq => WS_HTTP_SSL_KERBEROS_APREQ_BINDING_TEMPLATE: HttpSslKerberosApreqBindingTemplate,
        WS_HTTP_SSL_KERBEROS_APREQ_POLICY_DESCRIPTION: HttpSslKerberosApreqPolicyDescription [secured] {
        sslTransportSecurityBinding: ssl_transport_security_binding,
        kerberosApreqMessageSecurityBinding: kerberos_apreq_message_security_binding,
    };
    Tcp => WS_TCP_BINDING_TEMPLATE: TcpBindingTemplate,
        WS_TCP_POLICY_DESCRIPTION: TcpPolicyDescription {};
    TcpSspi => WS_TCP_SSPI_BINDING_TEMPLATE: TcpSspiBindingTemplate,
        WS_TCP_SSPI_POLICY_DESCRIPTION: TcpSspiPolicyDescription [secured] {
        sspiTransportSecurityBinding: sspi_transport_security_binding,
    };
    TcpSspiUsername => WS_TCP_SSPI_USERNAME_BINDING_TEMPLATE: TcpSspiUsernameBindingTemplate,
        WS_TCP_SSPI_USERNAME_POLICY_DESCRIPTION: TcpSspiUsernamePolicyDescription [secured] {
        sspiTransportSecurityBinding: sspi_transport_security_binding,
        usernameMessageSecurityBinding: username_message_security_binding,
    };
    TcpSspiKerberosApreq => WS_TCP_SSPI_KERBEROS_APREQ_BINDING_TEMPLATE: TcpSspiKerberosApreqBindingTemplate,
        WS_TCP_SSPI_KERBEROS_APREQ_POLICY_DESCRIPTION: TcpSspiKerberosApreqPolicyDescription [secured] {
        sspiTransportSecurityBinding: sspi_transport_security_binding,
        kerberosApreqMessageSecurityBinding: kerberos_apreq_message_security_binding,
    };
    HttpSslUsernameSecurityContext =>
        WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE: HttpSslUsernameSecurityContextBindingTemplate,
        WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_POLICY_DESCRIPTION: HttpSslUsernameSecurityContextPolicyDescription [secured] {
        sslTransportSecurityBinding: ssl_transport_security_binding,
        usernameMessageSecurityBinding: username_message_security_binding,
        securityContextSecurityBinding: security_context_security_binding,
    };
    HttpSslKerberosApreqSecurityContext =>
        WS_HTTP_SSL_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE: HttpSslKerberosApreqSecurityContextBindingTemplate,
        WS_HTTP_SSL_KERBEROS_APREQ_SECURITY_CONTEXT_POLICY_DESCRIPTION: HttpSslKerberosApreqSecurityContextPolicyDescription [secured] {
        sslTransportSecurityBinding: ssl_transport_security_binding,
        kerberosApreqMessageSecurityBinding: kerberos_apreq_message_security_binding,
        securityContextSecurityBinding: security_context_security_binding,
    };
    TcpSspiUsernameSecurityContext =>
        WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE: TcpSspiUsernameSecurityContextBindingTemplate,
        WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_POLICY_DESCRIPTION: TcpSspiUsernameSecurityContextPolicyDescription [secured] {
        sspiTransportSecurityBinding: sspi_transport_security_binding,
        usernameMessageSecurityBinding: username_message_security_binding,
        securityContextSecurityBinding: security_context_security_binding,
    };
    TcpSspiKerberosApreqSecurityContext =>
        WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE: TcpSspiKerberosApreqSecurityContextBindingTemplate,
        WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_POLICY_DESCRIPTION: TcpSspiKerberosApreqSecurityContextPolicyDescription [secured] {
        sspiTransportSecurityBinding: sspi_transport_security_binding,
        kerberosApreqMessageSecurityBinding: kerberos_apreq_message_security_binding,
        securityContextSecurityBinding: security_context_security_binding,
    };
}
