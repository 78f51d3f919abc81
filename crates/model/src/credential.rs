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

use crate::field::member;
use crate::{Callback, Field, FieldKind};

const STORE_LOCATION: Field = member(
    "store_location",
    "storeLocation",
    "ULONG",
    FieldKind::Name("CERT_SYSTEM_STORE_LOCATION"),
    true,
);
const STORE_NAME: Field = member(
    "store_name",
    "storeName",
    "WS_STRING",
    FieldKind::Text,
    true,
);

impl CertCredentialType {
    /// The members of this credential's structure besides its `type` selector.
    pub fn fields(self) -> &'static [Field] {
        match self {
            CertCredentialType::SubjectName => {
                const FIELDS: &[Field] = &[
                    STORE_LOCATION,
                    STORE_NAME,
                    member(
                        "subject_name",
                        "subjectName",
                        "WS_STRING",
                        FieldKind::Text,
                        true,
                    ),
                ];
                FIELDS
            }
            CertCredentialType::Thumbprint => {
                const FIELDS: &[Field] = &[
                    STORE_LOCATION,
                    STORE_NAME,
                    member(
                        "thumbprint",
                        "thumbprint",
                        "WS_STRING",
                        FieldKind::Text,
                        true,
                    ),
                ];
                FIELDS
            }
            CertCredentialType::Custom => {
                const FIELDS: &[Field] = &[
                    member(
                        "get_cert_callback",
                        "getCertCallback",
                        "WS_GET_CERT_CALLBACK",
                        FieldKind::Callback(Callback::GetCert),
                        true,
                    ),
                    member(
                        "get_cert_callback_state",
                        "getCertCallbackState",
                        "void*",
                        FieldKind::Object,
                        false,
                    ),
                    member(
                        "cert_issuer_list_notification_callback",
                        "certIssuerListNotificationCallback",
                        "WS_CERT_ISSUER_LIST_NOTIFICATION_CALLBACK",
                        FieldKind::Callback(Callback::CertIssuerListNotification),
                        false,
                    ),
                    member(
                        "cert_issuer_list_notification_callback_state",
                        "certIssuerListNotificationCallbackState",
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

const USERNAME: Field = member("username", "username", "WS_STRING", FieldKind::Text, true);
const PASSWORD: Field = member("password", "password", "WS_STRING", FieldKind::Secret, true);

impl WindowsIntegratedAuthCredentialType {
    /// The members of this credential's structure besides its `type` selector.
    pub fn fields(self) -> &'static [Field] {
        match self {
            WindowsIntegratedAuthCredentialType::String => {
                const FIELDS: &[Field] = &[
                    USERNAME,
                    PASSWORD,
                    member("domain", "domain", "WS_STRING", FieldKind::Text, false),
                ];
                FIELDS
            }
            WindowsIntegratedAuthCredentialType::Default => &[],
            WindowsIntegratedAuthCredentialType::Opaque => {
                const FIELDS: &[Field] = &[member(
                    "opaque_auth_identity",
                    "opaqueAuthIdentity",
                    "void*",
                    FieldKind::Object,
                    true,
                )];
                FIELDS
            }
        }
    }
}

impl UsernameCredentialType {
    /// The members of this credential's structure besides its `type` selector.
    pub fn fields(self) -> &'static [Field] {
        match self {
            UsernameCredentialType::String => &[USERNAME, PASSWORD],
        }
    }
}
