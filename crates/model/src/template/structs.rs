//! The structures of the template calls: the 7 per-binding `*_SECURITY_BINDING_TEMPLATE`s and
//! their 7 `*_POLICY_DESCRIPTION`s, and the 14 `WS_*_BINDING_TEMPLATE`s with their 14
//! `WS_*_POLICY_DESCRIPTION`s, member for member in `webservices.h` order.
//!
//! Each structure is declared once by [`template_struct!`], with the same field table as the
//! bindings ([`Field`]: key by the naming rule, C member, C type, kind, need per side): the
//! decoder, the policy's side checks, the generated documentation and the JSON Schema all read
//! it. Credentials, secrets and runtime slots are the same types as in plain endpoint files.

use super::member::{Member, Visitor};
use super::Parts;
use crate::decode::{DecodeField, Decoder, Node, Table};
use crate::{
    BindingProperties, Callback, CertCredential, ChannelProperties, CredentialFamily, Field,
    FieldKind, MessageSecurityUsage, Need, Path, PropertyContainer, RuntimeSlot,
    TemplateChannelProperties, UsernameCredential, WindowsIntegratedAuthCredential,
};

/// The kind of a `WS_CHANNEL_PROPERTIES` member.
const CHANNEL_BAG: FieldKind = FieldKind::Properties(PropertyContainer::ChannelProperties);
/// The kind of a `WS_SECURITY_PROPERTIES` member.
const SECURITY_BAG: FieldKind = FieldKind::Properties(PropertyContainer::SecurityProperties);
/// The kind of a `WS_SECURITY_BINDING_PROPERTIES` member.
const BINDING_BAG: FieldKind = FieldKind::Properties(PropertyContainer::SecurityBindingProperties);

/// Declares a template structure, the table of its members ([`Field`]), its walk and its
/// decoding, from one list. A member's Rust type says how it is held (see [`Member`]): `Option`
/// for pointers and scalars, the bag for property containers, the structure for embedded
/// structures.
macro_rules! template_struct {
    (
        $(#[$meta:meta])*
        $name:ident = $c_name:literal {
            $(
                $(#[$field_meta:meta])*
                $field:ident: $ty:ty = ($c_member:literal, $c_type:expr, $kind:expr, $client:ident, $server:ident),
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        #[cfg_attr(feature = "files", derive(serde::Serialize))]
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[cfg_attr(feature = "files", serde(skip_serializing_if = "super::member::is_unset"))]
                pub $field: $ty,
            )*
        }

        impl $name {
            /// The C name of the structure.
            pub const C_NAME: &'static str = $c_name;

            /// The members, in C member order.
            pub const FIELDS: &'static [Field] = &[
                $(
                    Field {
                        key: stringify!($field),
                        c_member: $c_member,
                        c_type: $c_type,
                        kind: $kind,
                        client: Need::$client,
                        server: Need::$server,
                    },
                )*
            ];

            /// True when every member is NULL, zero or empty: the zeroed structure.
            pub fn is_empty(&self) -> bool {
                true $(&& Member::is_unset(&self.$field))*
            }

            /// Reports every member (entering embedded structures) to `f`; `path` is the
            /// structure's place.
            #[allow(unused_variables, unused_mut, unused_assignments)]
            pub(crate) fn walk<'a>(&'a self, path: &mut Path, f: &mut Visitor<'a, '_>) {
                let mut index = 0;
                $(
                    let field = &Self::FIELDS[index];
                    path.push_key(field.key);
                    Member::walk(&self.$field, field, Self::C_NAME, path, f);
                    path.pop();
                    index += 1;
                )*
            }

            /// Reads the members from a table; the caller reports the table's other keys.
            #[allow(unused_variables)]
            pub(crate) fn decode_members(d: &mut Decoder, t: &mut Table<'_>) -> Self {
                $name {
                    $(
                        $field: Member::from_decoded(t.optional(
                            d,
                            stringify!($field),
                            <<$ty as Member>::Decoded as DecodeField>::decode,
                        )),
                    )*
                }
            }

            /// The keys of the structure's table.
            pub fn keys() -> Vec<&'static str> {
                Self::FIELDS.iter().map(|f| f.key).collect()
            }
        }

        // The compact form (the macro's expansion): the members in C member order.
        impl crate::compact::Compact for $name {
            #[allow(unused_variables)]
            fn write(&self, out: &mut Vec<u8>) {
                $(crate::compact::Compact::write(&self.$field, out);)*
            }

            #[allow(unused_variables)]
            fn read(
                r: &mut crate::compact::Reader<'_>,
            ) -> Result<Self, crate::compact::CompactError> {
                Ok($name {
                    $($field: crate::compact::Compact::read(r)?,)*
                })
            }
        }

        impl DecodeField for $name {
            fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
                let mut t = d.table(node)?;
                let value = Self::decode_members(d, &mut t);
                t.finish(d, &Self::keys());
                Some(value)
            }
        }

        impl Member for $name {
            type Decoded = $name;

            fn from_decoded(decoded: Option<Self>) -> Self {
                decoded.unwrap_or_default()
            }

            fn is_unset(&self) -> bool {
                self.is_empty()
            }

            fn walk<'a>(
                &'a self,
                _field: &'static Field,
                _owner: &'static str,
                path: &mut Path,
                f: &mut Visitor<'a, '_>,
            ) {
                $name::walk(self, path, f);
            }
        }
    };
}

// The per-binding templates: what the application adds to each binding.

template_struct! {
    /// `WS_SSL_TRANSPORT_SECURITY_BINDING_TEMPLATE`.
    SslTransportSecurityBindingTemplate = "WS_SSL_TRANSPORT_SECURITY_BINDING_TEMPLATE" {
        /// `securityBindingProperties`: binding properties policy cannot express.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
        /// `localCertCredential`: the client certificate, if any (clients only; an HTTP server's
        /// certificate is registered with HTTP.sys).
        local_cert_credential: Option<CertCredential> = ("localCertCredential",
            "WS_CERT_CREDENTIAL*", FieldKind::Credential(CredentialFamily::Certificate),
            Optional, Forbidden),
    }
}

template_struct! {
    /// `WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TEMPLATE`.
    TcpSspiTransportSecurityBindingTemplate = "WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TEMPLATE" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
        /// `clientCredential` (clients only).
        client_credential: Option<WindowsIntegratedAuthCredential> = ("clientCredential",
            "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            FieldKind::Credential(CredentialFamily::Windows), Required, Forbidden),
    }
}

template_struct! {
    /// `WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TEMPLATE`.
    HttpHeaderAuthSecurityBindingTemplate = "WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TEMPLATE" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
        /// `clientCredential` (clients only).
        client_credential: Option<WindowsIntegratedAuthCredential> = ("clientCredential",
            "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            FieldKind::Credential(CredentialFamily::Windows), Required, Forbidden),
    }
}

template_struct! {
    /// `WS_USERNAME_MESSAGE_SECURITY_BINDING_TEMPLATE`.
    UsernameMessageSecurityBindingTemplate = "WS_USERNAME_MESSAGE_SECURITY_BINDING_TEMPLATE" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
        /// `clientCredential` (clients).
        client_credential: Option<UsernameCredential> = ("clientCredential",
            "WS_USERNAME_CREDENTIAL*", FieldKind::Credential(CredentialFamily::Username),
            Required, Undocumented),
        /// `passwordValidator` (services).
        password_validator: Option<RuntimeSlot> = ("passwordValidator",
            "WS_VALIDATE_PASSWORD_CALLBACK", FieldKind::Callback(Callback::ValidatePassword),
            Undocumented, Required),
        /// `passwordValidatorCallbackState`.
        password_validator_callback_state: Option<RuntimeSlot> = (
            "passwordValidatorCallbackState", "void*", FieldKind::Object, Undocumented, Optional),
    }
}

template_struct! {
    /// `WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TEMPLATE`.
    KerberosApreqMessageSecurityBindingTemplate = "WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TEMPLATE" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
        /// `clientCredential`: the Windows logon that obtains the ticket (clients only).
        client_credential: Option<WindowsIntegratedAuthCredential> = ("clientCredential",
            "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            FieldKind::Credential(CredentialFamily::Windows), Required, Forbidden),
    }
}

template_struct! {
    /// `WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TEMPLATE`.
    SecurityContextMessageSecurityBindingTemplate = "WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TEMPLATE" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
    }
}

template_struct! {
    /// `WS_SECURITY_CONTEXT_SECURITY_BINDING_TEMPLATE`: the security-context binding of the
    /// service channel and that channel's extra security properties.
    SecurityContextSecurityBindingTemplate = "WS_SECURITY_CONTEXT_SECURITY_BINDING_TEMPLATE" {
        /// `securityContextMessageSecurityBinding`.
        security_context_message_security_binding: SecurityContextMessageSecurityBindingTemplate = (
            "securityContextMessageSecurityBinding",
            SecurityContextMessageSecurityBindingTemplate::C_NAME,
            FieldKind::Structure(SecurityContextMessageSecurityBindingTemplate::FIELDS),
            Optional, Optional),
        /// `securityProperties`: security properties of the service channel (S-044).
        security_properties: ChannelProperties = ("securityProperties",
            "WS_SECURITY_PROPERTIES", SECURITY_BAG, Optional, Optional),
    }
}

// The per-binding policy descriptions: what policy says about each binding.

template_struct! {
    /// `WS_SSL_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION`.
    SslTransportSecurityBindingPolicyDescription = "WS_SSL_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION" {
        /// `securityBindingProperties`: binding properties found in policy.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
    }
}

template_struct! {
    /// `WS_SSPI_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION` (the TCP SSPI member's
    /// description; the C name has no `TCP_`).
    SspiTransportSecurityBindingPolicyDescription = "WS_SSPI_TRANSPORT_SECURITY_BINDING_POLICY_DESCRIPTION" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
    }
}

template_struct! {
    /// `WS_HTTP_HEADER_AUTH_SECURITY_BINDING_POLICY_DESCRIPTION`.
    HttpHeaderAuthSecurityBindingPolicyDescription = "WS_HTTP_HEADER_AUTH_SECURITY_BINDING_POLICY_DESCRIPTION" {
        /// `securityBindingProperties` (the authentication scheme).
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
    }
}

template_struct! {
    /// `WS_USERNAME_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION`.
    UsernameMessageSecurityBindingPolicyDescription = "WS_USERNAME_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
        /// `bindingUsage`; unset is what wsutil writes, `supporting` (the only usage).
        binding_usage: Option<MessageSecurityUsage> = ("bindingUsage",
            "WS_MESSAGE_SECURITY_USAGE", FieldKind::Usage, Optional, Optional),
    }
}

template_struct! {
    /// `WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION`.
    KerberosApreqMessageSecurityBindingPolicyDescription = "WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
        /// `bindingUsage`; unset means `supporting`.
        binding_usage: Option<MessageSecurityUsage> = ("bindingUsage",
            "WS_MESSAGE_SECURITY_USAGE", FieldKind::Usage, Optional, Optional),
    }
}

template_struct! {
    /// `WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION`.
    SecurityContextMessageSecurityBindingPolicyDescription = "WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_POLICY_DESCRIPTION" {
        /// `securityBindingProperties`.
        security_binding_properties: BindingProperties = ("securityBindingProperties",
            "WS_SECURITY_BINDING_PROPERTIES", BINDING_BAG, Optional, Optional),
        /// `bindingUsage`; unset means `supporting`.
        binding_usage: Option<MessageSecurityUsage> = ("bindingUsage",
            "WS_MESSAGE_SECURITY_USAGE", FieldKind::Usage, Optional, Optional),
    }
}

template_struct! {
    /// `WS_SECURITY_CONTEXT_SECURITY_BINDING_POLICY_DESCRIPTION`.
    SecurityContextSecurityBindingPolicyDescription = "WS_SECURITY_CONTEXT_SECURITY_BINDING_POLICY_DESCRIPTION" {
        /// `securityContextMessageSecurityBinding`.
        security_context_message_security_binding: SecurityContextMessageSecurityBindingPolicyDescription = (
            "securityContextMessageSecurityBinding",
            SecurityContextMessageSecurityBindingPolicyDescription::C_NAME,
            FieldKind::Structure(SecurityContextMessageSecurityBindingPolicyDescription::FIELDS),
            Optional, Optional),
        /// `securityProperties`: security properties of the service channel found in policy.
        security_properties: ChannelProperties = ("securityProperties",
            "WS_SECURITY_PROPERTIES", SECURITY_BAG, Optional, Optional),
    }
}

/// Declares the `WS_*_BINDING_TEMPLATE` and `WS_*_POLICY_DESCRIPTION` of one template type from
/// one list of per-binding members (each with its template and its policy description type),
/// and the view of both that the expansion reads ([`Parts`]). Every top-level structure starts
/// with `channelProperties`; all but the two unsecured ones continue with `securityProperties`.
macro_rules! template_pair {
    (
        $(#[$meta:meta])*
        $value:ident = $value_c:literal, $policy:ident = $policy_c:literal,
        $secured:ident {
            $(
                $member:ident: $c_member:literal => $member_value:ident, $member_policy:ident;
            )*
        }
    ) => {
        template_pair!(@declare $(#[$meta])* $value = $value_c, "template value", $secured {
            $($member: $c_member => $member_value;)*
        });
        template_pair!(@declare $(#[$meta])* $policy = $policy_c, "policy description", $secured {
            $($member: $c_member => $member_policy;)*
        });

        impl $value {
            /// The members of this template and of `policy`, side by side.
            #[allow(unused_mut)]
            pub(crate) fn parts<'a>(&'a self, policy: &'a $policy) -> Parts<'a> {
                let mut parts = Parts::new((&policy.channel_properties, &self.channel_properties));
                template_pair!(@security parts, self, policy, $secured);
                $(parts.$member = Some((&policy.$member, &self.$member));)*
                parts
            }
        }
    };
    (@declare $(#[$meta:meta])* $name:ident = $c_name:literal, $role:literal, plain {}) => {
        template_struct! {
            $(#[$meta])*
            #[doc = concat!("\n\nThe ", $role, " `", $c_name, "`.")]
            $name = $c_name {
                /// `channelProperties`: channel properties (encoding, envelope, addressing).
                channel_properties: TemplateChannelProperties = ("channelProperties",
                    "WS_CHANNEL_PROPERTIES", CHANNEL_BAG, Optional, Optional),
            }
        }
    };
    (@declare $(#[$meta:meta])* $name:ident = $c_name:literal, $role:literal, secured {
        $($member:ident: $c_member:literal => $ty:ident;)*
    }) => {
        template_struct! {
            $(#[$meta])*
            #[doc = concat!("\n\nThe ", $role, " `", $c_name, "`.")]
            $name = $c_name {
                /// `channelProperties`: channel properties (encoding, envelope, addressing).
                channel_properties: TemplateChannelProperties = ("channelProperties",
                    "WS_CHANNEL_PROPERTIES", CHANNEL_BAG, Optional, Optional),
                /// `securityProperties`: description-wide security properties.
                security_properties: ChannelProperties = ("securityProperties",
                    "WS_SECURITY_PROPERTIES", SECURITY_BAG, Optional, Optional),
                $(
                    #[doc = concat!("`", $c_member, "`.")]
                    $member: $ty = ($c_member, $ty::C_NAME, FieldKind::Structure($ty::FIELDS),
                        Optional, Optional),
                )*
            }
        }
    };
    (@security $parts:ident, $value:ident, $policy:ident, plain) => {};
    (@security $parts:ident, $value:ident, $policy:ident, secured) => {
        $parts.security_properties =
            Some((&$policy.security_properties, &$value.security_properties));
    };
}

template_pair! {
    /// HTTP without security (type 0).
    HttpBindingTemplate = "WS_HTTP_BINDING_TEMPLATE",
    HttpPolicyDescription = "WS_HTTP_POLICY_DESCRIPTION",
    plain {}
}

template_pair! {
    /// HTTP with SSL (type 1).
    HttpSslBindingTemplate = "WS_HTTP_SSL_BINDING_TEMPLATE",
    HttpSslPolicyDescription = "WS_HTTP_SSL_POLICY_DESCRIPTION",
    secured {
        ssl_transport_security_binding: "sslTransportSecurityBinding" =>
            SslTransportSecurityBindingTemplate, SslTransportSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// HTTP with header authentication and no SSL (type 2).
    HttpHeaderAuthBindingTemplate = "WS_HTTP_HEADER_AUTH_BINDING_TEMPLATE",
    HttpHeaderAuthPolicyDescription = "WS_HTTP_HEADER_AUTH_POLICY_DESCRIPTION",
    secured {
        http_header_auth_security_binding: "httpHeaderAuthSecurityBinding" =>
            HttpHeaderAuthSecurityBindingTemplate, HttpHeaderAuthSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// HTTP with SSL and header authentication (type 3).
    HttpSslHeaderAuthBindingTemplate = "WS_HTTP_SSL_HEADER_AUTH_BINDING_TEMPLATE",
    HttpSslHeaderAuthPolicyDescription = "WS_HTTP_SSL_HEADER_AUTH_POLICY_DESCRIPTION",
    secured {
        ssl_transport_security_binding: "sslTransportSecurityBinding" =>
            SslTransportSecurityBindingTemplate, SslTransportSecurityBindingPolicyDescription;
        http_header_auth_security_binding: "httpHeaderAuthSecurityBinding" =>
            HttpHeaderAuthSecurityBindingTemplate, HttpHeaderAuthSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// HTTP with SSL and a username token (type 4).
    HttpSslUsernameBindingTemplate = "WS_HTTP_SSL_USERNAME_BINDING_TEMPLATE",
    HttpSslUsernamePolicyDescription = "WS_HTTP_SSL_USERNAME_POLICY_DESCRIPTION",
    secured {
        ssl_transport_security_binding: "sslTransportSecurityBinding" =>
            SslTransportSecurityBindingTemplate, SslTransportSecurityBindingPolicyDescription;
        username_message_security_binding: "usernameMessageSecurityBinding" =>
            UsernameMessageSecurityBindingTemplate, UsernameMessageSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// HTTP with SSL and a Kerberos AP-REQ token (type 5).
    HttpSslKerberosApreqBindingTemplate = "WS_HTTP_SSL_KERBEROS_APREQ_BINDING_TEMPLATE",
    HttpSslKerberosApreqPolicyDescription = "WS_HTTP_SSL_KERBEROS_APREQ_POLICY_DESCRIPTION",
    secured {
        ssl_transport_security_binding: "sslTransportSecurityBinding" =>
            SslTransportSecurityBindingTemplate, SslTransportSecurityBindingPolicyDescription;
        kerberos_apreq_message_security_binding: "kerberosApreqMessageSecurityBinding" =>
            KerberosApreqMessageSecurityBindingTemplate, KerberosApreqMessageSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// TCP without security (type 6).
    TcpBindingTemplate = "WS_TCP_BINDING_TEMPLATE",
    TcpPolicyDescription = "WS_TCP_POLICY_DESCRIPTION",
    plain {}
}

template_pair! {
    /// TCP with Windows (SSPI) transport security (type 7).
    TcpSspiBindingTemplate = "WS_TCP_SSPI_BINDING_TEMPLATE",
    TcpSspiPolicyDescription = "WS_TCP_SSPI_POLICY_DESCRIPTION",
    secured {
        sspi_transport_security_binding: "sspiTransportSecurityBinding" =>
            TcpSspiTransportSecurityBindingTemplate, SspiTransportSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// TCP with SSPI and a username token (type 8).
    TcpSspiUsernameBindingTemplate = "WS_TCP_SSPI_USERNAME_BINDING_TEMPLATE",
    TcpSspiUsernamePolicyDescription = "WS_TCP_SSPI_USERNAME_POLICY_DESCRIPTION",
    secured {
        sspi_transport_security_binding: "sspiTransportSecurityBinding" =>
            TcpSspiTransportSecurityBindingTemplate, SspiTransportSecurityBindingPolicyDescription;
        username_message_security_binding: "usernameMessageSecurityBinding" =>
            UsernameMessageSecurityBindingTemplate, UsernameMessageSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// TCP with SSPI and a Kerberos AP-REQ token (type 9).
    TcpSspiKerberosApreqBindingTemplate = "WS_TCP_SSPI_KERBEROS_APREQ_BINDING_TEMPLATE",
    TcpSspiKerberosApreqPolicyDescription = "WS_TCP_SSPI_KERBEROS_APREQ_POLICY_DESCRIPTION",
    secured {
        sspi_transport_security_binding: "sspiTransportSecurityBinding" =>
            TcpSspiTransportSecurityBindingTemplate, SspiTransportSecurityBindingPolicyDescription;
        kerberos_apreq_message_security_binding: "kerberosApreqMessageSecurityBinding" =>
            KerberosApreqMessageSecurityBindingTemplate, KerberosApreqMessageSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// HTTP with SSL and a security context obtained with a username token (type 10).
    HttpSslUsernameSecurityContextBindingTemplate = "WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE",
    HttpSslUsernameSecurityContextPolicyDescription = "WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_POLICY_DESCRIPTION",
    secured {
        ssl_transport_security_binding: "sslTransportSecurityBinding" =>
            SslTransportSecurityBindingTemplate, SslTransportSecurityBindingPolicyDescription;
        username_message_security_binding: "usernameMessageSecurityBinding" =>
            UsernameMessageSecurityBindingTemplate, UsernameMessageSecurityBindingPolicyDescription;
        security_context_security_binding: "securityContextSecurityBinding" =>
            SecurityContextSecurityBindingTemplate, SecurityContextSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// HTTP with SSL and a security context obtained with a Kerberos token (type 11).
    HttpSslKerberosApreqSecurityContextBindingTemplate = "WS_HTTP_SSL_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE",
    HttpSslKerberosApreqSecurityContextPolicyDescription = "WS_HTTP_SSL_KERBEROS_APREQ_SECURITY_CONTEXT_POLICY_DESCRIPTION",
    secured {
        ssl_transport_security_binding: "sslTransportSecurityBinding" =>
            SslTransportSecurityBindingTemplate, SslTransportSecurityBindingPolicyDescription;
        kerberos_apreq_message_security_binding: "kerberosApreqMessageSecurityBinding" =>
            KerberosApreqMessageSecurityBindingTemplate, KerberosApreqMessageSecurityBindingPolicyDescription;
        security_context_security_binding: "securityContextSecurityBinding" =>
            SecurityContextSecurityBindingTemplate, SecurityContextSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// TCP with SSPI and a security context obtained with a username token (type 12).
    TcpSspiUsernameSecurityContextBindingTemplate = "WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE",
    TcpSspiUsernameSecurityContextPolicyDescription = "WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_POLICY_DESCRIPTION",
    secured {
        sspi_transport_security_binding: "sspiTransportSecurityBinding" =>
            TcpSspiTransportSecurityBindingTemplate, SspiTransportSecurityBindingPolicyDescription;
        username_message_security_binding: "usernameMessageSecurityBinding" =>
            UsernameMessageSecurityBindingTemplate, UsernameMessageSecurityBindingPolicyDescription;
        security_context_security_binding: "securityContextSecurityBinding" =>
            SecurityContextSecurityBindingTemplate, SecurityContextSecurityBindingPolicyDescription;
    }
}

template_pair! {
    /// TCP with SSPI and a security context obtained with a Kerberos token (type 13).
    TcpSspiKerberosApreqSecurityContextBindingTemplate = "WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE",
    TcpSspiKerberosApreqSecurityContextPolicyDescription = "WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_POLICY_DESCRIPTION",
    secured {
        sspi_transport_security_binding: "sspiTransportSecurityBinding" =>
            TcpSspiTransportSecurityBindingTemplate, SspiTransportSecurityBindingPolicyDescription;
        kerberos_apreq_message_security_binding: "kerberosApreqMessageSecurityBinding" =>
            KerberosApreqMessageSecurityBindingTemplate, KerberosApreqMessageSecurityBindingPolicyDescription;
        security_context_security_binding: "securityContextSecurityBinding" =>
            SecurityContextSecurityBindingTemplate, SecurityContextSecurityBindingPolicyDescription;
    }
}
