//! The nine security bindings and the security description that lists them.

use crate::{
    BindingProperties, CertCredential, ChannelProperties, MessageSecurityUsage, RuntimeSlot,
    SamlAuthenticatorType, SecurityBindingType, UsernameCredential,
    WindowsIntegratedAuthCredential,
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

/// `WS_SSL_TRANSPORT_SECURITY_BINDING`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SslTransportBinding {
    /// `binding.properties`.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "BindingProperties::is_empty")
    )]
    pub properties: BindingProperties,
    /// `localCertCredential`: the client certificate (clients only).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub local_cert_credential: Option<CertCredential>,
}

/// `WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING` and `WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING`
/// (the two have the same members).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SspiTransportBinding {
    /// `binding.properties`.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "BindingProperties::is_empty")
    )]
    pub properties: BindingProperties,
    /// `clientCredential` (clients only).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub client_credential: Option<WindowsIntegratedAuthCredential>,
}

/// `WS_HTTP_HEADER_AUTH_SECURITY_BINDING`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct HttpHeaderAuthBinding {
    /// `binding.properties`.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "BindingProperties::is_empty")
    )]
    pub properties: BindingProperties,
    /// `clientCredential` (clients only).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub client_credential: Option<WindowsIntegratedAuthCredential>,
}

/// `WS_USERNAME_MESSAGE_SECURITY_BINDING`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UsernameMessageBinding {
    /// `bindingUsage`; unset is the C zero value, which is not a valid usage.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub binding_usage: Option<MessageSecurityUsage>,
    /// `binding.properties`.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "BindingProperties::is_empty")
    )]
    pub properties: BindingProperties,
    /// `clientCredential` (clients).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub client_credential: Option<UsernameCredential>,
    /// `passwordValidator` (servers).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub password_validator: Option<RuntimeSlot>,
    /// `passwordValidatorCallbackState`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub password_validator_callback_state: Option<RuntimeSlot>,
}

/// `WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct KerberosApreqMessageBinding {
    /// `bindingUsage`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub binding_usage: Option<MessageSecurityUsage>,
    /// `binding.properties`.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "BindingProperties::is_empty")
    )]
    pub properties: BindingProperties,
    /// `clientCredential` (clients only).
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub client_credential: Option<WindowsIntegratedAuthCredential>,
}

/// `WS_XML_TOKEN_MESSAGE_SECURITY_BINDING` (clients only).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct XmlTokenMessageBinding {
    /// `bindingUsage`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub binding_usage: Option<MessageSecurityUsage>,
    /// `binding.properties`.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "BindingProperties::is_empty")
    )]
    pub properties: BindingProperties,
    /// `xmlToken`: a `WS_SECURITY_TOKEN` made by the program.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub xml_token: Option<RuntimeSlot>,
}

/// `WS_SAML_MESSAGE_SECURITY_BINDING` (servers only).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SamlMessageBinding {
    /// `bindingUsage`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub binding_usage: Option<MessageSecurityUsage>,
    /// `binding.properties`.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "BindingProperties::is_empty")
    )]
    pub properties: BindingProperties,
    /// `authenticator`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub authenticator: Option<SamlAuthenticator>,
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

impl SamlAuthenticator {
    /// The C selector of this authenticator.
    pub fn authenticator_type(&self) -> SamlAuthenticatorType {
        match self {
            SamlAuthenticator::CertSigned { .. } => SamlAuthenticatorType::CertSigned,
        }
    }
}

/// `WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SecurityContextMessageBinding {
    /// `bindingUsage`.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub binding_usage: Option<MessageSecurityUsage>,
    /// `binding.properties`.
    #[cfg_attr(
        feature = "files",
        serde(skip_serializing_if = "BindingProperties::is_empty")
    )]
    pub properties: BindingProperties,
    /// `bootstrapSecurityDescription`: the description of the channel that obtains the context.
    #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
    pub bootstrap_security_description: Option<Box<SecurityDescription>>,
}
