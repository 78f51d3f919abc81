//! The nine security bindings and the security description that lists them.

use crate::{
    AsFieldValue, BindingProperties, Callback, CertCredential, ChannelProperties, CredentialFamily,
    Field, FieldKind, FieldValue, MessageSecurityUsage, Need, RuntimeSlot, SamlAuthenticatorType,
    SecurityBindingType, UsernameCredential, WindowsIntegratedAuthCredential,
};
#[cfg(feature = "files")]
use serde::Serialize;

/// `WS_SECURITY_DESCRIPTION`: the channel-wide properties and the bindings, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SecurityDescription {
    /// `properties`: the description-wide security properties.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "ChannelProperties::is_empty")
    )]
    pub properties: ChannelProperties,
    /// `securityBindings`, in order.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Vec::is_empty"))]
    pub bindings: Vec<SecurityBinding>,
}

/// One security binding of a description; the variant is the `bindingType` selector.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "files", serde(tag = "type", rename_all = "snake_case"))]
pub enum SecurityBinding {
    /// `WS_SSL_TRANSPORT_SECURITY_BINDING`.
    SslTransport(SslTransportBinding),
    /// `WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING`.
    TcpSspiTransport(SspiTransportBinding),
    /// `WS_HTTP_HEADER_AUTH_SECURITY_BINDING`.
    HttpHeaderAuth(HttpHeaderAuthBinding),
    /// `WS_USERNAME_MESSAGE_SECURITY_BINDING`.
    UsernameMessage(UsernameMessageBinding),
    /// `WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING`.
    KerberosApreqMessage(KerberosApreqMessageBinding),
    /// `WS_XML_TOKEN_MESSAGE_SECURITY_BINDING`.
    XmlTokenMessage(XmlTokenMessageBinding),
    /// `WS_SAML_MESSAGE_SECURITY_BINDING`.
    SamlMessage(SamlMessageBinding),
    /// `WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING`.
    SecurityContextMessage(SecurityContextMessageBinding),
    /// `WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING`.
    NamedpipeSspiTransport(SspiTransportBinding),
}

impl SecurityBinding {
    /// The `bindingType` selector.
    pub fn binding_type(&self) -> SecurityBindingType {
        match self {
            SecurityBinding::SslTransport(_) => SecurityBindingType::SslTransport,
            SecurityBinding::TcpSspiTransport(_) => SecurityBindingType::TcpSspiTransport,
            SecurityBinding::HttpHeaderAuth(_) => SecurityBindingType::HttpHeaderAuth,
            SecurityBinding::UsernameMessage(_) => SecurityBindingType::UsernameMessage,
            SecurityBinding::KerberosApreqMessage(_) => SecurityBindingType::KerberosApreqMessage,
            SecurityBinding::XmlTokenMessage(_) => SecurityBindingType::XmlTokenMessage,
            SecurityBinding::SamlMessage(_) => SecurityBindingType::SamlMessage,
            SecurityBinding::SecurityContextMessage(_) => {
                SecurityBindingType::SecurityContextMessage
            }
            SecurityBinding::NamedpipeSspiTransport(_) => {
                SecurityBindingType::NamedpipeSspiTransport
            }
        }
    }

    /// The binding's property bag.
    pub fn properties(&self) -> &BindingProperties {
        match self {
            SecurityBinding::SslTransport(b) => &b.properties,
            SecurityBinding::TcpSspiTransport(b) | SecurityBinding::NamedpipeSspiTransport(b) => {
                &b.properties
            }
            SecurityBinding::HttpHeaderAuth(b) => &b.properties,
            SecurityBinding::UsernameMessage(b) => &b.properties,
            SecurityBinding::KerberosApreqMessage(b) => &b.properties,
            SecurityBinding::XmlTokenMessage(b) => &b.properties,
            SecurityBinding::SamlMessage(b) => &b.properties,
            SecurityBinding::SecurityContextMessage(b) => &b.properties,
        }
    }

    /// The binding's property bag, for building.
    pub fn properties_mut(&mut self) -> &mut BindingProperties {
        match self {
            SecurityBinding::SslTransport(b) => &mut b.properties,
            SecurityBinding::TcpSspiTransport(b) | SecurityBinding::NamedpipeSspiTransport(b) => {
                &mut b.properties
            }
            SecurityBinding::HttpHeaderAuth(b) => &mut b.properties,
            SecurityBinding::UsernameMessage(b) => &mut b.properties,
            SecurityBinding::KerberosApreqMessage(b) => &mut b.properties,
            SecurityBinding::XmlTokenMessage(b) => &mut b.properties,
            SecurityBinding::SamlMessage(b) => &mut b.properties,
            SecurityBinding::SecurityContextMessage(b) => &mut b.properties,
        }
    }

    /// `bindingUsage` of a message binding; `None` for the four other bindings and when unset.
    pub fn binding_usage(&self) -> Option<MessageSecurityUsage> {
        match self {
            SecurityBinding::UsernameMessage(b) => b.binding_usage,
            SecurityBinding::KerberosApreqMessage(b) => b.binding_usage,
            SecurityBinding::XmlTokenMessage(b) => b.binding_usage,
            SecurityBinding::SamlMessage(b) => b.binding_usage,
            SecurityBinding::SecurityContextMessage(b) => b.binding_usage,
            _ => None,
        }
    }

    /// The fields of the binding's structure besides `properties`.
    pub fn fields(&self) -> &'static [Field] {
        self.binding_type().fields()
    }

    /// Calls `f` with each field of the binding and its value, if set, in C member order.
    pub fn visit_fields<'a>(&'a self, f: impl FnMut(&'static Field, Option<FieldValue<'a>>)) {
        match self {
            SecurityBinding::SslTransport(b) => b.visit_fields(f),
            SecurityBinding::TcpSspiTransport(b) | SecurityBinding::NamedpipeSspiTransport(b) => {
                b.visit_fields(f)
            }
            SecurityBinding::HttpHeaderAuth(b) => b.visit_fields(f),
            SecurityBinding::UsernameMessage(b) => b.visit_fields(f),
            SecurityBinding::KerberosApreqMessage(b) => b.visit_fields(f),
            SecurityBinding::XmlTokenMessage(b) => b.visit_fields(f),
            SecurityBinding::SamlMessage(b) => b.visit_fields(f),
            SecurityBinding::SecurityContextMessage(b) => b.visit_fields(f),
        }
    }

    /// The Windows credential of a binding that takes one (TCP/NP SSPI, header auth, Kerberos).
    pub fn windows_credential(&self) -> Option<&WindowsIntegratedAuthCredential> {
        match self {
            SecurityBinding::TcpSspiTransport(b) | SecurityBinding::NamedpipeSspiTransport(b) => {
                b.client_credential.as_ref()
            }
            SecurityBinding::HttpHeaderAuth(b) => b.client_credential.as_ref(),
            SecurityBinding::KerberosApreqMessage(b) => b.client_credential.as_ref(),
            _ => None,
        }
    }
}

impl SecurityBindingType {
    /// The fields of this binding's structure besides `properties`, in C member order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            SecurityBindingType::SslTransport => SslTransportBinding::FIELDS,
            SecurityBindingType::TcpSspiTransport | SecurityBindingType::NamedpipeSspiTransport => {
                SspiTransportBinding::FIELDS
            }
            SecurityBindingType::HttpHeaderAuth => HttpHeaderAuthBinding::FIELDS,
            SecurityBindingType::UsernameMessage => UsernameMessageBinding::FIELDS,
            SecurityBindingType::KerberosApreqMessage => KerberosApreqMessageBinding::FIELDS,
            SecurityBindingType::XmlTokenMessage => XmlTokenMessageBinding::FIELDS,
            SecurityBindingType::SamlMessage => SamlMessageBinding::FIELDS,
            SecurityBindingType::SecurityContextMessage => SecurityContextMessageBinding::FIELDS,
        }
    }

    /// The keys a binding table of this type takes: `type`, the usage of message bindings,
    /// `properties`, then the other fields.
    pub fn keys(self) -> Vec<&'static str> {
        let fields = self.fields();
        let usage = fields.iter().filter(|f| f.kind == FieldKind::Usage);
        let rest = fields.iter().filter(|f| f.kind != FieldKind::Usage);
        std::iter::once("type")
            .chain(usage.map(|f| f.key))
            .chain(std::iter::once("properties"))
            .chain(rest.map(|f| f.key))
            .collect()
    }
}

/// Declares a binding structure, the table of its fields ([`Field`]) and the walk over their
/// values, from one list: a field added here is known to the decoder, the policy, the macro and
/// the documentation. Every field is optional in the structure (`None` is the C NULL or zero);
/// which side must set it is in the table.
macro_rules! binding_struct {
    (
        $(#[$meta:meta])*
        $name:ident $(with $usage:ident)? {
            $(
                $(#[$field_meta:meta])*
                $field:ident: $ty:ty = ($c_member:literal, $c_type:literal, $kind:expr, $client:ident, $server:ident),
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        #[cfg_attr(feature = "files", derive(Serialize))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub struct $name {
            $(
                /// `bindingUsage`; unset is the C zero value, which is not a valid usage.
                #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
                pub $usage: Option<MessageSecurityUsage>,
            )?
            /// `binding.properties`.
            #[cfg_attr(
                feature = "files",
                serde(skip_serializing_if = "BindingProperties::is_empty")
            )]
            pub properties: BindingProperties,
            $(
                $(#[$field_meta])*
                #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
                pub $field: Option<$ty>,
            )*
        }

        impl $name {
            /// The fields besides `properties`, in C member order.
            pub const FIELDS: &'static [Field] = &[
                $(
                    Field {
                        key: stringify!($usage),
                        c_member: "bindingUsage",
                        c_type: "WS_MESSAGE_SECURITY_USAGE",
                        kind: FieldKind::Usage,
                        client: Need::Required,
                        server: Need::Required,
                    },
                )?
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

            /// Calls `f` with each field of [`FIELDS`](Self::FIELDS) and its value, if set.
            pub fn visit_fields<'a>(&'a self, mut f: impl FnMut(&'static Field, Option<FieldValue<'a>>)) {
                let values = [
                    $(self.$usage.as_ref().map(AsFieldValue::as_field_value),)?
                    $(self.$field.as_ref().map(AsFieldValue::as_field_value),)*
                ];
                for (field, value) in Self::FIELDS.iter().zip(values) {
                    f(field, value);
                }
            }

            /// Reads the fields of a binding table (its `properties` already read).
            ///
            /// (The compact form of the structure is generated below, from the same list.)
            pub(crate) fn decode(
                d: &mut crate::decode::Decoder,
                t: &mut crate::decode::Table<'_>,
                properties: BindingProperties,
            ) -> Self {
                $(let $usage = t.optional(d, stringify!($usage), crate::decode::DecodeField::decode);)?
                $name {
                    $($usage,)?
                    properties,
                    $($field: t.optional(d, stringify!($field), crate::decode::DecodeField::decode),)*
                }
            }
        }

        impl crate::compact::Compact for $name {
            fn write(&self, out: &mut Vec<u8>) {
                $(self.$usage.write(out);)?
                self.properties.write(out);
                $(self.$field.write(out);)*
            }

            fn read(r: &mut crate::compact::Reader<'_>) -> Result<Self, crate::compact::CompactError> {
                use crate::compact::Compact;
                Ok($name {
                    $($usage: Compact::read(r)?,)?
                    properties: Compact::read(r)?,
                    $($field: Compact::read(r)?,)*
                })
            }
        }
    };
}

binding_struct! {
    /// `WS_SSL_TRANSPORT_SECURITY_BINDING`.
    SslTransportBinding {
        /// `localCertCredential`: the client certificate (clients only).
        local_cert_credential: CertCredential = ("localCertCredential", "WS_CERT_CREDENTIAL*",
            FieldKind::Credential(CredentialFamily::Certificate), Optional, Forbidden),
    }
}

binding_struct! {
    /// `WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING` and `WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING`
    /// (the two have the same members).
    SspiTransportBinding {
        /// `clientCredential` (clients only).
        client_credential: WindowsIntegratedAuthCredential = ("clientCredential",
            "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            FieldKind::Credential(CredentialFamily::Windows), Required, Forbidden),
    }
}

binding_struct! {
    /// `WS_HTTP_HEADER_AUTH_SECURITY_BINDING`.
    HttpHeaderAuthBinding {
        /// `clientCredential` (clients only).
        client_credential: WindowsIntegratedAuthCredential = ("clientCredential",
            "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            FieldKind::Credential(CredentialFamily::Windows), Required, Forbidden),
    }
}

binding_struct! {
    /// `WS_USERNAME_MESSAGE_SECURITY_BINDING`.
    UsernameMessageBinding with binding_usage {
        /// `clientCredential` (clients).
        client_credential: UsernameCredential = ("clientCredential", "WS_USERNAME_CREDENTIAL*",
            FieldKind::Credential(CredentialFamily::Username), Required, Undocumented),
        /// `passwordValidator` (servers).
        password_validator: RuntimeSlot = ("passwordValidator", "WS_VALIDATE_PASSWORD_CALLBACK",
            FieldKind::Callback(Callback::ValidatePassword), Undocumented, Required),
        /// `passwordValidatorCallbackState`.
        password_validator_callback_state: RuntimeSlot = ("passwordValidatorCallbackState",
            "void*", FieldKind::Object, Undocumented, Optional),
    }
}

binding_struct! {
    /// `WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING`.
    KerberosApreqMessageBinding with binding_usage {
        /// `clientCredential` (clients only).
        client_credential: WindowsIntegratedAuthCredential = ("clientCredential",
            "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL*",
            FieldKind::Credential(CredentialFamily::Windows), Required, Forbidden),
    }
}

binding_struct! {
    /// `WS_XML_TOKEN_MESSAGE_SECURITY_BINDING` (clients only).
    XmlTokenMessageBinding with binding_usage {
        /// `xmlToken`: a `WS_SECURITY_TOKEN` made by the program.
        xml_token: RuntimeSlot = ("xmlToken", "WS_SECURITY_TOKEN*", FieldKind::Object,
            Required, Undocumented),
    }
}

binding_struct! {
    /// `WS_SAML_MESSAGE_SECURITY_BINDING` (servers only).
    SamlMessageBinding with binding_usage {
        /// `authenticator`.
        authenticator: SamlAuthenticator = ("authenticator", "WS_SAML_AUTHENTICATOR*",
            FieldKind::Authenticator, Undocumented, Required),
    }
}

binding_struct! {
    /// `WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING`.
    SecurityContextMessageBinding with binding_usage {
        /// `bootstrapSecurityDescription`: the description of the channel that obtains the context.
        bootstrap_security_description: Box<SecurityDescription> = (
            "bootstrapSecurityDescription", "WS_SECURITY_DESCRIPTION*", FieldKind::Description,
            Required, Required),
    }
}

/// `WS_SAML_AUTHENTICATOR`: how a server checks received SAML assertions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "files", serde(tag = "type", rename_all = "snake_case"))]
pub enum SamlAuthenticator {
    /// `WS_CERT_SIGNED_SAML_AUTHENTICATOR`.
    CertSigned {
        /// `trustedIssuerCerts`: the issuer certificates, supplied by the program.
        #[cfg_attr(feature = "files", serde(skip_serializing_if = "Vec::is_empty"))]
        trusted_issuer_certs: Vec<RuntimeSlot>,
        /// `decryptionCert`.
        #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
        decryption_cert: Option<RuntimeSlot>,
        /// `samlValidator`.
        #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
        saml_validator: Option<RuntimeSlot>,
        /// `samlValidatorCallbackState`.
        #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
        saml_validator_callback_state: Option<RuntimeSlot>,
    },
}

impl SamlAuthenticatorType {
    /// The members of this authenticator's structure besides its `type` selector.
    pub fn fields(self) -> &'static [Field] {
        use crate::field::member;
        match self {
            SamlAuthenticatorType::CertSigned => {
                const FIELDS: &[Field] = &[
                    member(
                        "trusted_issuer_certs",
                        "trustedIssuerCerts",
                        "const CERT_CONTEXT**",
                        FieldKind::Objects,
                        false,
                    ),
                    member(
                        "decryption_cert",
                        "decryptionCert",
                        "const CERT_CONTEXT*",
                        FieldKind::Object,
                        false,
                    ),
                    member(
                        "saml_validator",
                        "samlValidator",
                        "WS_VALIDATE_SAML_CALLBACK",
                        FieldKind::Callback(Callback::ValidateSaml),
                        false,
                    ),
                    member(
                        "saml_validator_callback_state",
                        "samlValidatorCallbackState",
                        "void*",
                        FieldKind::Object,
                        false,
                    ),
                ];
                FIELDS
            }
        }
    }
}

impl SamlAuthenticator {
    /// The C selector of this authenticator.
    pub fn authenticator_type(&self) -> SamlAuthenticatorType {
        match self {
            SamlAuthenticator::CertSigned { .. } => SamlAuthenticatorType::CertSigned,
        }
    }
}
