//! The C type of every property value, with its size: what `valueSize` must be.
//!
//! Lowering writes each value in this type and size; reading back refuses a `valueSize` that
//! differs before it reads a byte of the value. The sizes are taken from the windows-sys
//! structures, so they are the sizes of the SDK header on the target.

use std::mem::size_of;
use windows_sys::core::BOOL;
use windows_sys::Win32::Networking::WindowsWebServices::{
    WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT, WS_MESSAGE_PROPERTIES, WS_SECURITY_ALGORITHM_SUITE,
    WS_SERVICE_SECURITY_IDENTITIES, WS_STRING, WS_TIMESPAN,
};
use wws_security_model::{
    AddressingVersion, CEnum, ChannelPropertyId, Encoding, EnvelopeVersion, MessagePropertyId,
    SecurityBindingPropertyId, SecurityPropertyId,
};

/// The C type of a property value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    /// `BOOL`: a 4-byte integer, `TRUE` (1) or `FALSE` (0); never a 1-byte Rust `bool`.
    Bool,
    /// `ULONG`: a 32-bit unsigned number.
    Ulong,
    /// A C enumeration (4 bytes), with its C name.
    Enum(&'static str),
    /// A `ULONG` holding an OR of the flags of the named enumeration.
    Flags(&'static str),
    /// `WS_TIMESPAN`: a signed count of 100-nanosecond ticks.
    Timespan,
    /// `WS_STRING`: a length in UTF-16 units and a pointer to the characters (no terminator).
    String,
    /// `WS_SECURITY_ALGORITHM_SUITE`.
    AlgorithmSuite,
    /// `WS_MESSAGE_PROPERTIES`.
    MessageProperties,
    /// `WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT`.
    CertificateValidationCallbackContext,
    /// `WS_SERVICE_SECURITY_IDENTITIES`.
    ServiceSecurityIdentities,
}

impl ValueType {
    /// The C type's name, as in `webservices.h`.
    pub fn c_name(self) -> &'static str {
        match self {
            ValueType::Bool => "BOOL",
            ValueType::Ulong | ValueType::Flags(_) => "ULONG",
            ValueType::Enum(name) => name,
            ValueType::Timespan => "WS_TIMESPAN",
            ValueType::String => "WS_STRING",
            ValueType::AlgorithmSuite => "WS_SECURITY_ALGORITHM_SUITE",
            ValueType::MessageProperties => "WS_MESSAGE_PROPERTIES",
            ValueType::CertificateValidationCallbackContext => {
                "WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT"
            }
            ValueType::ServiceSecurityIdentities => "WS_SERVICE_SECURITY_IDENTITIES",
        }
    }

    /// `sizeof` the C type: the only valid `valueSize`.
    pub fn size(self) -> usize {
        match self {
            ValueType::Bool => size_of::<BOOL>(),
            ValueType::Ulong | ValueType::Flags(_) => size_of::<u32>(),
            ValueType::Enum(_) => size_of::<i32>(),
            ValueType::Timespan => size_of::<WS_TIMESPAN>(),
            ValueType::String => size_of::<WS_STRING>(),
            ValueType::AlgorithmSuite => size_of::<WS_SECURITY_ALGORITHM_SUITE>(),
            ValueType::MessageProperties => size_of::<WS_MESSAGE_PROPERTIES>(),
            ValueType::CertificateValidationCallbackContext => {
                size_of::<WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT>()
            }
            ValueType::ServiceSecurityIdentities => size_of::<WS_SERVICE_SECURITY_IDENTITIES>(),
        }
    }

    /// The alignment the value pointer must have.
    pub fn align(self) -> usize {
        use std::mem::align_of;
        match self {
            ValueType::Bool | ValueType::Ulong | ValueType::Flags(_) | ValueType::Enum(_) => {
                align_of::<u32>()
            }
            ValueType::Timespan => align_of::<WS_TIMESPAN>(),
            ValueType::String => align_of::<WS_STRING>(),
            ValueType::AlgorithmSuite => align_of::<WS_SECURITY_ALGORITHM_SUITE>(),
            ValueType::MessageProperties => align_of::<WS_MESSAGE_PROPERTIES>(),
            ValueType::CertificateValidationCallbackContext => {
                align_of::<WS_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT>()
            }
            ValueType::ServiceSecurityIdentities => align_of::<WS_SERVICE_SECURITY_IDENTITIES>(),
        }
    }
}

/// The value type of a channel property of a binding template or policy description
/// (`channelProperties`): each is a 4-byte C enumeration.
pub fn template_channel_property_type(id: ChannelPropertyId) -> ValueType {
    ValueType::Enum(match id {
        ChannelPropertyId::Encoding => Encoding::C_NAME,
        ChannelPropertyId::EnvelopeVersion => EnvelopeVersion::C_NAME,
        ChannelPropertyId::AddressingVersion => AddressingVersion::C_NAME,
    })
}

/// The value type of a binding property (`WS_SECURITY_BINDING_PROPERTY_ID` page).
pub fn binding_property_type(id: SecurityBindingPropertyId) -> ValueType {
    use SecurityBindingPropertyId as Id;
    match id {
        Id::RequireSslClientCert
        | Id::RequireServerAuth
        | Id::AllowAnonymousClients
        | Id::SecurityContextSupportRenew
        | Id::DisableCertRevocationCheck => ValueType::Bool,
        Id::WindowsIntegratedAuthPackage => ValueType::Enum("WS_WINDOWS_INTEGRATED_AUTH_PACKAGE"),
        Id::AllowedImpersonationLevel => ValueType::Enum("SECURITY_IMPERSONATION_LEVEL"),
        Id::HttpHeaderAuthScheme => ValueType::Flags("WS_HTTP_HEADER_AUTH_SCHEME"),
        Id::HttpHeaderAuthTarget => ValueType::Enum("WS_HTTP_HEADER_AUTH_TARGET"),
        Id::HttpHeaderAuthBasicRealm
        | Id::HttpHeaderAuthDigestRealm
        | Id::HttpHeaderAuthDigestDomain => ValueType::String,
        Id::SecurityContextKeySize
        | Id::SecurityContextMaxPendingContexts
        | Id::SecurityContextMaxActiveContexts => ValueType::Ulong,
        Id::SecurityContextKeyEntropyMode => ValueType::Enum("WS_SECURITY_KEY_ENTROPY_MODE"),
        Id::MessageProperties => ValueType::MessageProperties,
        Id::SecureConversationVersion => ValueType::Enum("WS_SECURE_CONVERSATION_VERSION"),
        Id::SecurityContextRenewalInterval | Id::SecurityContextRolloverInterval => {
            ValueType::Timespan
        }
        Id::CertFailuresToIgnore => ValueType::Flags("WS_CERT_FAILURE"),
        Id::DisallowedSecureProtocols => ValueType::Flags("WS_SECURE_PROTOCOL"),
        Id::CertificateValidationCallbackContext => ValueType::CertificateValidationCallbackContext,
    }
}

/// The value type of a description-wide property (`WS_SECURITY_PROPERTY_ID` page).
pub fn channel_property_type(id: SecurityPropertyId) -> ValueType {
    use SecurityPropertyId as Id;
    match id {
        Id::TransportProtectionLevel => ValueType::Enum("WS_PROTECTION_LEVEL"),
        Id::AlgorithmSuite => ValueType::AlgorithmSuite,
        // The page calls it a WS_SECURITY_ALGORITHM structure; the header and every sample use
        // the enumeration (docs/decisions.md, "Lowering").
        Id::AlgorithmSuiteName => ValueType::Enum("WS_SECURITY_ALGORITHM_SUITE_NAME"),
        Id::MaxAllowedLatency | Id::TimestampValidityDuration | Id::MaxAllowedClockSkew => {
            ValueType::Timespan
        }
        Id::TimestampUsage => ValueType::Enum("WS_SECURITY_TIMESTAMP_USAGE"),
        Id::SecurityHeaderLayout => ValueType::Enum("WS_SECURITY_HEADER_LAYOUT"),
        Id::SecurityHeaderVersion => ValueType::Enum("WS_SECURITY_HEADER_VERSION"),
        Id::ExtendedProtectionPolicy => ValueType::Enum("WS_EXTENDED_PROTECTION_POLICY"),
        Id::ExtendedProtectionScenario => ValueType::Enum("WS_EXTENDED_PROTECTION_SCENARIO"),
        Id::ServiceIdentities => ValueType::ServiceSecurityIdentities,
    }
}

/// The C type of a message property value: its name and size. Message property values are
/// program objects, so only their size is checked (`WS_MESSAGE_PROPERTY_ID` of the SDK).
pub fn message_property_type(id: MessagePropertyId) -> (&'static str, usize) {
    use windows_sys::Win32::Networking::WindowsWebServices::{
        WS_BYTES, WS_HEAP_PROPERTIES, WS_XML_NODE_POSITION, WS_XML_READER_PROPERTIES,
        WS_XML_WRITER_PROPERTIES,
    };
    use MessagePropertyId as Id;
    const POINTER: usize = size_of::<*mut std::ffi::c_void>();
    match id {
        Id::State => ("WS_MESSAGE_STATE", size_of::<i32>()),
        Id::Heap => ("WS_HEAP*", POINTER),
        Id::EnvelopeVersion => ("WS_ENVELOPE_VERSION", size_of::<i32>()),
        Id::AddressingVersion => ("WS_ADDRESSING_VERSION", size_of::<i32>()),
        Id::HeaderBuffer => ("WS_XML_BUFFER*", POINTER),
        Id::HeaderPosition => ("WS_XML_NODE_POSITION", size_of::<WS_XML_NODE_POSITION>()),
        Id::BodyReader => ("WS_XML_READER*", POINTER),
        Id::BodyWriter => ("WS_XML_WRITER*", POINTER),
        Id::IsAddressed | Id::IsFault => ("BOOL", size_of::<BOOL>()),
        Id::HeapProperties => ("WS_HEAP_PROPERTIES", size_of::<WS_HEAP_PROPERTIES>()),
        Id::XmlReaderProperties => (
            "WS_XML_READER_PROPERTIES",
            size_of::<WS_XML_READER_PROPERTIES>(),
        ),
        Id::XmlWriterProperties => (
            "WS_XML_WRITER_PROPERTIES",
            size_of::<WS_XML_WRITER_PROPERTIES>(),
        ),
        Id::MaxProcessedHeaders => ("ULONG", size_of::<u32>()),
        Id::Username => ("WS_STRING", size_of::<WS_STRING>()),
        Id::EncodedCert => ("WS_BYTES", size_of::<WS_BYTES>()),
        Id::TransportSecurityWindowsToken
        | Id::HttpHeaderAuthWindowsToken
        | Id::MessageSecurityWindowsToken => ("HANDLE", POINTER),
        Id::SamlAssertion => ("WS_XML_BUFFER*", POINTER),
        Id::SecurityContext => ("WS_SECURITY_CONTEXT*", POINTER),
        Id::ProtectionLevel => ("WS_PROTECTION_LEVEL", size_of::<i32>()),
    }
}
