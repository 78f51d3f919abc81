//! The three credential families: certificate, Windows integrated authentication, username.

use crate::{
    CertCredentialType, CertStoreLocation, RuntimeSlot, Secret, UsernameCredentialType,
    WindowsIntegratedAuthCredentialType,
};
#[cfg(feature = "files")]
use serde::Serialize;

/// `WS_CERT_CREDENTIAL`: where an SSL client certificate comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "files", serde(tag = "type", rename_all = "snake_case"))]
pub enum CertCredential {
    /// `WS_SUBJECT_NAME_CERT_CREDENTIAL`: find the certificate by subject name in a store.
    SubjectName {
        /// `storeLocation`.
        store_location: CertStoreLocation,
        /// `storeName`, e.g. `My`.
        store_name: String,
        /// `subjectName`.
        subject_name: String,
    },
    /// `WS_THUMBPRINT_CERT_CREDENTIAL`: find the certificate by thumbprint in a store.
    Thumbprint {
        /// `storeLocation`.
        store_location: CertStoreLocation,
        /// `storeName`, e.g. `My`.
        store_name: String,
        /// `thumbprint`, hexadecimal.
        thumbprint: String,
    },
    /// `WS_CUSTOM_CERT_CREDENTIAL`: the program supplies the certificate through a callback.
    Custom {
        /// `getCertCallback`.
        get_cert_callback: RuntimeSlot,
        /// `getCertCallbackState`.
        #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
        get_cert_callback_state: Option<RuntimeSlot>,
        /// `certIssuerListNotificationCallback`.
        #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
        cert_issuer_list_notification_callback: Option<RuntimeSlot>,
        /// `certIssuerListNotificationCallbackState`.
        #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
        cert_issuer_list_notification_callback_state: Option<RuntimeSlot>,
    },
}

impl CertCredential {
    /// The C selector of this credential.
    pub fn credential_type(&self) -> CertCredentialType {
        match self {
            CertCredential::SubjectName { .. } => CertCredentialType::SubjectName,
            CertCredential::Thumbprint { .. } => CertCredentialType::Thumbprint,
            CertCredential::Custom { .. } => CertCredentialType::Custom,
        }
    }
}

/// `WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL`: a Windows logon used by SSPI, header auth and Kerberos.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "files", serde(tag = "type", rename_all = "snake_case"))]
pub enum WindowsIntegratedAuthCredential {
    /// `WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL`: explicit user name, password and domain.
    String {
        /// `username`.
        username: String,
        /// `password`.
        password: Secret,
        /// `domain`; may be empty.
        #[cfg_attr(feature = "files", serde(skip_serializing_if = "Option::is_none"))]
        domain: Option<String>,
    },
    /// `WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL`: the identity the program runs as.
    Default,
    /// `WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL`: an opaque identity handle from the program.
    Opaque {
        /// `opaqueAuthIdentity`.
        opaque_auth_identity: RuntimeSlot,
    },
}

impl WindowsIntegratedAuthCredential {
    /// The C selector of this credential.
    pub fn credential_type(&self) -> WindowsIntegratedAuthCredentialType {
        match self {
            Self::String { .. } => WindowsIntegratedAuthCredentialType::String,
            Self::Default => WindowsIntegratedAuthCredentialType::Default,
            Self::Opaque { .. } => WindowsIntegratedAuthCredentialType::Opaque,
        }
    }
}

/// `WS_USERNAME_CREDENTIAL`: the credential of the username message binding.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "files", derive(Serialize))]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "files", serde(tag = "type", rename_all = "snake_case"))]
pub enum UsernameCredential {
    /// `WS_STRING_USERNAME_CREDENTIAL`.
    String {
        /// `username`.
        username: String,
        /// `password`.
        password: Secret,
    },
}

impl UsernameCredential {
    /// The C selector of this credential.
    pub fn credential_type(&self) -> UsernameCredentialType {
        match self {
            UsernameCredential::String { .. } => UsernameCredentialType::String,
        }
    }
}
