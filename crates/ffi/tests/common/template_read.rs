//! Reads lowered template structures the way C code would: every member that holds something,
//! by its place in the template file, and every pointee reachable from them.

use super::pointees::Pointees;
use std::collections::BTreeMap;
use std::mem::size_of;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::LoweredTemplate;
use wws_security_model::*;

/// What a member holds, as C code reading the structures sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seen {
    /// A property bag: each entry's id and `valueSize`.
    Bag(Vec<(i32, u32)>),
    /// A credential pointer: the credential type it points to.
    Credential(i32),
    /// A non-zero `bindingUsage`.
    Usage(i32),
    /// A password validator function.
    Callback,
    /// A non-null callback state.
    State,
}

/// Every member that holds something, by its place in the template file.
pub type Members = BTreeMap<String, Seen>;

/// What reading found.
#[derive(Default)]
pub struct Read {
    pub members: Members,
    pub pointees: Pointees,
}

/// Reads a C member, the way C code would.
trait ReadMember {
    /// # Safety
    /// `self` is part of a live lowered template.
    unsafe fn read_into(&self, at: &str, out: &mut Read);
}

/// `(id, valueSize)` of each entry of an array, after checking that it is null exactly when
/// empty.
unsafe fn entries<E>(properties: *const E, count: u32, f: impl Fn(&E) -> (i32, u32)) -> Seen {
    assert_eq!(properties.is_null(), count == 0, "null only with count 0");
    Seen::Bag(
        (0..count as usize)
            .map(|i| f(unsafe { &*properties.add(i) }))
            .collect(),
    )
}

/// The three property bags: each entry has a value and its `valueSize`; the pointees are the
/// array and what each value points to.
macro_rules! read_bag {
    ($($bag:ty => $pointees:expr),*) => {$(
        impl ReadMember for $bag {
            unsafe fn read_into(&self, at: &str, out: &mut Read) {
                let bag = unsafe {
                    entries(self.properties, self.propertyCount, |p| {
                        assert!(!p.value.is_null());
                        (p.id, p.valueSize)
                    })
                };
                out.members.insert(at.to_owned(), bag);
                let walk: unsafe fn(&mut Pointees, &Self) = $pointees;
                unsafe { walk(&mut out.pointees, self) };
            }
        }
    )*};
}

read_bag!(
    WS_CHANNEL_PROPERTIES => |p, bag| {
        p.add(bag.properties);
        for i in 0..bag.propertyCount as usize {
            p.add(unsafe { (*bag.properties.add(i)).value });
        }
    },
    WS_SECURITY_PROPERTIES => |p, bag| unsafe {
        p.security_properties(bag.properties, bag.propertyCount)
    },
    WS_SECURITY_BINDING_PROPERTIES => |p, bag| unsafe {
        p.binding_properties(bag.properties, bag.propertyCount)
    }
);

impl ReadMember for WS_MESSAGE_SECURITY_USAGE {
    unsafe fn read_into(&self, at: &str, out: &mut Read) {
        if *self != 0 {
            out.members.insert(at.to_owned(), Seen::Usage(*self));
        }
    }
}

macro_rules! read_credential {
    ($($pointer:ty => $field:ident, $walk:ident),*) => {$(
        impl ReadMember for $pointer {
            unsafe fn read_into(&self, at: &str, out: &mut Read) {
                if !self.is_null() {
                    out.members.insert(at.to_owned(), Seen::Credential(unsafe { (**self).$field }));
                    unsafe { out.pointees.$walk(*self) };
                }
            }
        }
    )*};
}

read_credential!(
    *mut WS_CERT_CREDENTIAL => credentialType, cert_credential,
    *mut WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL => credentialType, windows_credential,
    *mut WS_USERNAME_CREDENTIAL => credentialType, username_credential
);

/// A structure read member by member, each at its key in the template file.
macro_rules! read_struct {
    ($($c:ident { $($member:ident: $key:literal),* })*) => {$(
        impl ReadMember for $c {
            unsafe fn read_into(&self, at: &str, out: &mut Read) {
                $(unsafe { self.$member.read_into(&join(at, $key), out) };)*
            }
        }
    )*};
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}

read_struct! {
    WS_SSL_TRANSPORT_SECURITY_BINDING_TEMPLATE {
        securityBindingProperties: "security_binding_properties",
        localCertCredential: "local_cert_credential"
    }
    WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TEMPLATE {
        securityBindingProperties: "security_binding_properties",
        clientCredential: "client_credential"
    }
    WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TEMPLATE {
        securityBindingProperties: "security_binding_properties",
        clientCredential: "client_credential"
    }
    WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TEMPLATE {
        securityBindingProperties: "security_binding_properties",
        clientCredential: "client_credential"
    }
    WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TEMPLATE {
        securityBindingProperties: "security_binding_properties"
    }
    WS_SECURITY_CONTEXT_SECURITY_BINDING_TEMPLATE {
        securityContextMessageSecurityBinding: "security_context_message_security_binding",
        securityProperties: "security_properties"
    }
    WS_SSL_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION {
        securityBindingProperties: "security_binding_properties"
    }
    WS_SSPI_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION {
        securityBindingProperties: "security_binding_properties"
    }
    WS_HTTP_HEADER_AUTH_SECURITY_BINDING_POLICY_DESCRIPTION {
        securityBindingProperties: "security_binding_properties"
    }
    WS_USERNAME_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION {
        securityBindingProperties: "security_binding_properties",
        bindingUsage: "binding_usage"
    }
    WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION {
        securityBindingProperties: "security_binding_properties",
        bindingUsage: "binding_usage"
    }
    WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION {
        securityBindingProperties: "security_binding_properties",
        bindingUsage: "binding_usage"
    }
    WS_SECURITY_CONTEXT_SECURITY_BINDING_POLICY_DESCRIPTION {
        securityContextMessageSecurityBinding: "security_context_message_security_binding",
        securityProperties: "security_properties"
    }
}

impl ReadMember for WS_USERNAME_MESSAGE_SECURITY_BINDING_TEMPLATE {
    unsafe fn read_into(&self, at: &str, out: &mut Read) {
        unsafe {
            self.securityBindingProperties
                .read_into(&join(at, "security_binding_properties"), out);
            self.clientCredential
                .read_into(&join(at, "client_credential"), out);
        }
        if self.passwordValidator.is_some() {
            out.members
                .insert(join(at, "password_validator"), Seen::Callback);
        }
        if out.pointees.add(self.passwordValidatorCallbackState) {
            out.members
                .insert(join(at, "password_validator_callback_state"), Seen::State);
        }
    }
}

/// Reads both top-level structures of `lowered` as the types of `ty`, after checking the sizes
/// and the type number against windows-sys.
macro_rules! read_top_level {
    ($lowered:expr, $ty:expr, $out:expr; $(
        $variant:ident => $value:ident, $policy:ident $([$secured:ident])? {
            $($member:ident: $key:literal),*
        };
    )*) => {
        match $ty {
            $(BindingTemplateType::$variant => {
                assert_eq!($lowered.template_type(), BindingTemplateType::$variant.to_raw());
                assert_eq!($lowered.template_size() as usize, size_of::<$value>());
                assert_eq!($lowered.policy_description_size() as usize, size_of::<$policy>());
                let value = unsafe { &*$lowered.template_value().cast::<$value>() };
                let policy = unsafe { &*$lowered.policy_description().cast::<$policy>() };
                $out.pointees.add(value);
                $out.pointees.add(policy);
                unsafe {
                    value.channelProperties.read_into("channel_properties", $out);
                    policy.channelProperties.read_into("policy.channel_properties", $out);
                    $(
                        value.$member.read_into($key, $out);
                        policy.$member.read_into(&join("policy", $key), $out);
                    )*
                }
                read_top_level!(@security value, policy, $out $(, $secured)?);
            })*
        }
    };
    (@security $value:ident, $policy:ident, $out:expr) => {};
    (@security $value:ident, $policy:ident, $out:expr, secured) => {
        unsafe {
            $value.securityProperties.read_into("security_properties", $out);
            $policy.securityProperties.read_into("policy.security_properties", $out);
        }
    };
}

/// Reads both structures of `lowered`, a template of type `ty`, and its address.
pub fn read_back(lowered: &LoweredTemplate, ty: BindingTemplateType) -> Read {
    let mut out = Read::default();
    let out_ref = &mut out;
    read_top_level!(lowered, ty, out_ref;
        Http => WS_HTTP_BINDING_TEMPLATE, WS_HTTP_POLICY_DESCRIPTION {};
        HttpSsl => WS_HTTP_SSL_BINDING_TEMPLATE, WS_HTTP_SSL_POLICY_DESCRIPTION [secured] {
            sslTransportSecurityBinding: "ssl_transport_security_binding"
        };
        HttpHeaderAuth => WS_HTTP_HEADER_AUTH_BINDING_TEMPLATE, WS_HTTP_HEADER_AUTH_POLICY_DESCRIPTION [secured] {
            httpHeaderAuthSecurityBinding: "http_header_auth_security_binding"
        };
        HttpSslHeaderAuth => WS_HTTP_SSL_HEADER_AUTH_BINDING_TEMPLATE, WS_HTTP_SSL_HEADER_AUTH_POLICY_DESCRIPTION [secured] {
            sslTransportSecurityBinding: "ssl_transport_security_binding",
            httpHeaderAuthSecurityBinding: "http_header_auth_security_binding"
        };
        HttpSslUsername => WS_HTTP_SSL_USERNAME_BINDING_TEMPLATE, WS_HTTP_SSL_USERNAME_POLICY_DESCRIPTION [secured] {
            sslTransportSecurityBinding: "ssl_transport_security_binding",
            usernameMessageSecurityBinding: "username_message_security_binding"
        };
        HttpSslKerberosApreq => WS_HTTP_SSL_KERBEROS_APREQ_BINDING_TEMPLATE, WS_HTTP_SSL_KERBEROS_APREQ_POLICY_DESCRIPTION [secured] {
            sslTransportSecurityBinding: "ssl_transport_security_binding",
            kerberosApreqMessageSecurityBinding: "kerberos_apreq_message_security_binding"
        };
        Tcp => WS_TCP_BINDING_TEMPLATE, WS_TCP_POLICY_DESCRIPTION {};
        TcpSspi => WS_TCP_SSPI_BINDING_TEMPLATE, WS_TCP_SSPI_POLICY_DESCRIPTION [secured] {
            sspiTransportSecurityBinding: "sspi_transport_security_binding"
        };
        TcpSspiUsername => WS_TCP_SSPI_USERNAME_BINDING_TEMPLATE, WS_TCP_SSPI_USERNAME_POLICY_DESCRIPTION [secured] {
            sspiTransportSecurityBinding: "sspi_transport_security_binding",
            usernameMessageSecurityBinding: "username_message_security_binding"
        };
        TcpSspiKerberosApreq => WS_TCP_SSPI_KERBEROS_APREQ_BINDING_TEMPLATE, WS_TCP_SSPI_KERBEROS_APREQ_POLICY_DESCRIPTION [secured] {
            sspiTransportSecurityBinding: "sspi_transport_security_binding",
            kerberosApreqMessageSecurityBinding: "kerberos_apreq_message_security_binding"
        };
        HttpSslUsernameSecurityContext => WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE,
            WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_POLICY_DESCRIPTION [secured] {
            sslTransportSecurityBinding: "ssl_transport_security_binding",
            usernameMessageSecurityBinding: "username_message_security_binding",
            securityContextSecurityBinding: "security_context_security_binding"
        };
        HttpSslKerberosApreqSecurityContext => WS_HTTP_SSL_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE,
            WS_HTTP_SSL_KERBEROS_APREQ_SECURITY_CONTEXT_POLICY_DESCRIPTION [secured] {
            sslTransportSecurityBinding: "ssl_transport_security_binding",
            kerberosApreqMessageSecurityBinding: "kerberos_apreq_message_security_binding",
            securityContextSecurityBinding: "security_context_security_binding"
        };
        TcpSspiUsernameSecurityContext => WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE,
            WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_POLICY_DESCRIPTION [secured] {
            sspiTransportSecurityBinding: "sspi_transport_security_binding",
            usernameMessageSecurityBinding: "username_message_security_binding",
            securityContextSecurityBinding: "security_context_security_binding"
        };
        TcpSspiKerberosApreqSecurityContext => WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE,
            WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_POLICY_DESCRIPTION [secured] {
            sspiTransportSecurityBinding: "sspi_transport_security_binding",
            kerberosApreqMessageSecurityBinding: "kerberos_apreq_message_security_binding",
            securityContextSecurityBinding: "security_context_security_binding"
        };
    );
    if let Some(address) = lowered.address() {
        // SAFETY: the address lives as long as `lowered`.
        unsafe { out.pointees.address(address.as_ptr()) };
    }
    out
}
