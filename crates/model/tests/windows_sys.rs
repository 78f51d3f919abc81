//! Every value of every enumeration equals the constant of the same C name in windows-sys
//! (feature `Win32_Networking_WindowsWebServices`), the authoritative numbering of webservices.h.
//! The expected numbers are never typed by hand: each pair names the model value and the
//! windows-sys constant, and the test also checks that the model's C name is that constant's name
//! and that every value of each enumeration was compared.

use windows_sys::Win32::Networking::WindowsWebServices::*;
use windows_sys::Win32::Security::Cryptography::{
    CERT_SYSTEM_STORE_CURRENT_SERVICE_ID, CERT_SYSTEM_STORE_CURRENT_USER,
    CERT_SYSTEM_STORE_CURRENT_USER_GROUP_POLICY_ID, CERT_SYSTEM_STORE_LOCAL_MACHINE,
    CERT_SYSTEM_STORE_LOCAL_MACHINE_ENTERPRISE_ID, CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY_ID,
    CERT_SYSTEM_STORE_LOCAL_MACHINE_WCOS_ID, CERT_SYSTEM_STORE_LOCATION_SHIFT,
    CERT_SYSTEM_STORE_SERVICES_ID, CERT_SYSTEM_STORE_USERS_ID,
};
use windows_sys::Win32::Security::{
    SecurityAnonymous, SecurityDelegation, SecurityIdentification, SecurityImpersonation,
};
use wws_security_model::*;

/// Compares each listed value with its windows-sys constant and returns how many were compared.
macro_rules! check {
    ($ty:ident { $($variant:ident => $constant:ident),* $(,)? }) => {{
        let mut compared: Vec<$ty> = Vec::new();
        $(
            assert_eq!(
                i64::from($ty::$variant.to_raw()),
                i64::from($constant),
                "{}::{} differs from windows-sys {}", stringify!($ty), stringify!($variant), stringify!($constant)
            );
            assert_eq!($ty::$variant.c_name(), stringify!($constant), "C name of {}::{}", stringify!($ty), stringify!($variant));
            assert_eq!($ty::try_from($constant as <$ty as CEnum>::Raw), Ok($ty::$variant), "TryFrom of {}", stringify!($constant));
            compared.push($ty::$variant);
        )*
        compared.sort();
        compared.dedup();
        assert_eq!(compared, $ty::ALL.to_vec(), "every value of {} is compared exactly once", stringify!($ty));
        compared.len()
    }};
}

#[test]
fn every_enumeration_value_matches_windows_sys() {
    let mut total = 0;
    let mut enumerations = 0;
    let mut add = |n: usize| {
        total += n;
        enumerations += 1;
    };
    add(check!(SecurityBindingType {
        SslTransport => WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE,
        TcpSspiTransport => WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TYPE,
        HttpHeaderAuth => WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE,
        UsernameMessage => WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE,
        KerberosApreqMessage => WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TYPE,
        XmlTokenMessage => WS_XML_TOKEN_MESSAGE_SECURITY_BINDING_TYPE,
        SamlMessage => WS_SAML_MESSAGE_SECURITY_BINDING_TYPE,
        SecurityContextMessage => WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE,
        NamedpipeSspiTransport => WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING_TYPE
    }));
    add(check!(ChannelBinding {
        Http => WS_HTTP_CHANNEL_BINDING,
        Tcp => WS_TCP_CHANNEL_BINDING,
        Udp => WS_UDP_CHANNEL_BINDING,
        Custom => WS_CUSTOM_CHANNEL_BINDING,
        Namedpipe => WS_NAMEDPIPE_CHANNEL_BINDING
    }));
    add(check!(ChannelType {
        Input => WS_CHANNEL_TYPE_INPUT,
        Output => WS_CHANNEL_TYPE_OUTPUT,
        Duplex => WS_CHANNEL_TYPE_DUPLEX,
        Session => WS_CHANNEL_TYPE_SESSION,
        InputSession => WS_CHANNEL_TYPE_INPUT_SESSION,
        OutputSession => WS_CHANNEL_TYPE_OUTPUT_SESSION,
        DuplexSession => WS_CHANNEL_TYPE_DUPLEX_SESSION,
        Request => WS_CHANNEL_TYPE_REQUEST,
        Reply => WS_CHANNEL_TYPE_REPLY
    }));
    add(check!(CertCredentialType {
        SubjectName => WS_SUBJECT_NAME_CERT_CREDENTIAL_TYPE,
        Thumbprint => WS_THUMBPRINT_CERT_CREDENTIAL_TYPE,
        Custom => WS_CUSTOM_CERT_CREDENTIAL_TYPE
    }));
    add(check!(WindowsIntegratedAuthCredentialType {
        String => WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE,
        Default => WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE,
        Opaque => WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE
    }));
    add(check!(UsernameCredentialType {
        String => WS_STRING_USERNAME_CREDENTIAL_TYPE
    }));
    add(check!(EndpointIdentityType {
        Dns => WS_DNS_ENDPOINT_IDENTITY_TYPE,
        Upn => WS_UPN_ENDPOINT_IDENTITY_TYPE,
        Spn => WS_SPN_ENDPOINT_IDENTITY_TYPE,
        Rsa => WS_RSA_ENDPOINT_IDENTITY_TYPE,
        Cert => WS_CERT_ENDPOINT_IDENTITY_TYPE,
        Unknown => WS_UNKNOWN_ENDPOINT_IDENTITY_TYPE
    }));
    add(check!(CallbackModel {
        Short => WS_SHORT_CALLBACK,
        Long => WS_LONG_CALLBACK
    }));
    add(check!(SecurityBindingPropertyId {
        RequireSslClientCert => WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT,
        WindowsIntegratedAuthPackage => WS_SECURITY_BINDING_PROPERTY_WINDOWS_INTEGRATED_AUTH_PACKAGE,
        RequireServerAuth => WS_SECURITY_BINDING_PROPERTY_REQUIRE_SERVER_AUTH,
        AllowAnonymousClients => WS_SECURITY_BINDING_PROPERTY_ALLOW_ANONYMOUS_CLIENTS,
        AllowedImpersonationLevel => WS_SECURITY_BINDING_PROPERTY_ALLOWED_IMPERSONATION_LEVEL,
        HttpHeaderAuthScheme => WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME,
        HttpHeaderAuthTarget => WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_TARGET,
        HttpHeaderAuthBasicRealm => WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM,
        HttpHeaderAuthDigestRealm => WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_DIGEST_REALM,
        HttpHeaderAuthDigestDomain => WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_DIGEST_DOMAIN,
        SecurityContextKeySize => WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_SIZE,
        SecurityContextKeyEntropyMode => WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_ENTROPY_MODE,
        MessageProperties => WS_SECURITY_BINDING_PROPERTY_MESSAGE_PROPERTIES,
        SecurityContextMaxPendingContexts => WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_MAX_PENDING_CONTEXTS,
        SecurityContextMaxActiveContexts => WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_MAX_ACTIVE_CONTEXTS,
        SecureConversationVersion => WS_SECURITY_BINDING_PROPERTY_SECURE_CONVERSATION_VERSION,
        SecurityContextSupportRenew => WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_SUPPORT_RENEW,
        SecurityContextRenewalInterval => WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_RENEWAL_INTERVAL,
        SecurityContextRolloverInterval => WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_ROLLOVER_INTERVAL,
        CertFailuresToIgnore => WS_SECURITY_BINDING_PROPERTY_CERT_FAILURES_TO_IGNORE,
        DisableCertRevocationCheck => WS_SECURITY_BINDING_PROPERTY_DISABLE_CERT_REVOCATION_CHECK,
        DisallowedSecureProtocols => WS_SECURITY_BINDING_PROPERTY_DISALLOWED_SECURE_PROTOCOLS,
        CertificateValidationCallbackContext => WS_SECURITY_BINDING_PROPERTY_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT
    }));
    add(check!(SecurityPropertyId {
        TransportProtectionLevel => WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL,
        AlgorithmSuite => WS_SECURITY_PROPERTY_ALGORITHM_SUITE,
        AlgorithmSuiteName => WS_SECURITY_PROPERTY_ALGORITHM_SUITE_NAME,
        MaxAllowedLatency => WS_SECURITY_PROPERTY_MAX_ALLOWED_LATENCY,
        TimestampValidityDuration => WS_SECURITY_PROPERTY_TIMESTAMP_VALIDITY_DURATION,
        MaxAllowedClockSkew => WS_SECURITY_PROPERTY_MAX_ALLOWED_CLOCK_SKEW,
        TimestampUsage => WS_SECURITY_PROPERTY_TIMESTAMP_USAGE,
        SecurityHeaderLayout => WS_SECURITY_PROPERTY_SECURITY_HEADER_LAYOUT,
        SecurityHeaderVersion => WS_SECURITY_PROPERTY_SECURITY_HEADER_VERSION,
        ExtendedProtectionPolicy => WS_SECURITY_PROPERTY_EXTENDED_PROTECTION_POLICY,
        ExtendedProtectionScenario => WS_SECURITY_PROPERTY_EXTENDED_PROTECTION_SCENARIO,
        ServiceIdentities => WS_SECURITY_PROPERTY_SERVICE_IDENTITIES
    }));
    add(check!(MessageSecurityUsage {
        Supporting => WS_SUPPORTING_MESSAGE_SECURITY_USAGE
    }));
    add(check!(SamlAuthenticatorType {
        CertSigned => WS_CERT_SIGNED_SAML_AUTHENTICATOR_TYPE
    }));
    add(check!(SecurityKeyHandleType {
        RawSymmetric => WS_RAW_SYMMETRIC_SECURITY_KEY_HANDLE_TYPE,
        NcryptAsymmetric => WS_NCRYPT_ASYMMETRIC_SECURITY_KEY_HANDLE_TYPE,
        CapiAsymmetric => WS_CAPI_ASYMMETRIC_SECURITY_KEY_HANDLE_TYPE
    }));
    add(check!(RequestSecurityTokenPropertyId {
        AppliesTo => WS_REQUEST_SECURITY_TOKEN_PROPERTY_APPLIES_TO,
        TrustVersion => WS_REQUEST_SECURITY_TOKEN_PROPERTY_TRUST_VERSION,
        SecureConversationVersion => WS_REQUEST_SECURITY_TOKEN_PROPERTY_SECURE_CONVERSATION_VERSION,
        IssuedTokenType => WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_TYPE,
        RequestAction => WS_REQUEST_SECURITY_TOKEN_PROPERTY_REQUEST_ACTION,
        ExistingToken => WS_REQUEST_SECURITY_TOKEN_PROPERTY_EXISTING_TOKEN,
        IssuedTokenKeyType => WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_TYPE,
        IssuedTokenKeySize => WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_SIZE,
        IssuedTokenKeyEntropy => WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_ENTROPY,
        LocalRequestParameters => WS_REQUEST_SECURITY_TOKEN_PROPERTY_LOCAL_REQUEST_PARAMETERS,
        ServiceRequestParameters => WS_REQUEST_SECURITY_TOKEN_PROPERTY_SERVICE_REQUEST_PARAMETERS,
        MessageProperties => WS_REQUEST_SECURITY_TOKEN_PROPERTY_MESSAGE_PROPERTIES,
        BearerKeyTypeVersion => WS_REQUEST_SECURITY_TOKEN_PROPERTY_BEARER_KEY_TYPE_VERSION
    }));
    add(check!(XmlSecurityTokenPropertyId {
        AttachedReference => WS_XML_SECURITY_TOKEN_PROPERTY_ATTACHED_REFERENCE,
        UnattachedReference => WS_XML_SECURITY_TOKEN_PROPERTY_UNATTACHED_REFERENCE,
        ValidFromTime => WS_XML_SECURITY_TOKEN_PROPERTY_VALID_FROM_TIME,
        ValidTillTime => WS_XML_SECURITY_TOKEN_PROPERTY_VALID_TILL_TIME
    }));
    add(check!(SecurityTokenPropertyId {
        KeyType => WS_SECURITY_TOKEN_PROPERTY_KEY_TYPE,
        ValidFromTime => WS_SECURITY_TOKEN_PROPERTY_VALID_FROM_TIME,
        ValidTillTime => WS_SECURITY_TOKEN_PROPERTY_VALID_TILL_TIME,
        SerializedXml => WS_SECURITY_TOKEN_PROPERTY_SERIALIZED_XML,
        AttachedReferenceXml => WS_SECURITY_TOKEN_PROPERTY_ATTACHED_REFERENCE_XML,
        UnattachedReferenceXml => WS_SECURITY_TOKEN_PROPERTY_UNATTACHED_REFERENCE_XML,
        SymmetricKey => WS_SECURITY_TOKEN_PROPERTY_SYMMETRIC_KEY
    }));
    add(check!(SecurityContextPropertyId {
        Identifier => WS_SECURITY_CONTEXT_PROPERTY_IDENTIFIER,
        Username => WS_SECURITY_CONTEXT_PROPERTY_USERNAME,
        MessageSecurityWindowsToken => WS_SECURITY_CONTEXT_PROPERTY_MESSAGE_SECURITY_WINDOWS_TOKEN,
        SamlAssertion => WS_SECURITY_CONTEXT_PROPERTY_SAML_ASSERTION
    }));
    add(check!(SecurityBearerKeyTypeVersion {
        V1_3OriginalSpecification => WS_SECURITY_BEARER_KEY_TYPE_VERSION_1_3_ORIGINAL_SPECIFICATION,
        V1_3OriginalSchema => WS_SECURITY_BEARER_KEY_TYPE_VERSION_1_3_ORIGINAL_SCHEMA,
        V1_3Errata01 => WS_SECURITY_BEARER_KEY_TYPE_VERSION_1_3_ERRATA_01
    }));
    add(check!(MessagePropertyId {
        State => WS_MESSAGE_PROPERTY_STATE,
        Heap => WS_MESSAGE_PROPERTY_HEAP,
        EnvelopeVersion => WS_MESSAGE_PROPERTY_ENVELOPE_VERSION,
        AddressingVersion => WS_MESSAGE_PROPERTY_ADDRESSING_VERSION,
        HeaderBuffer => WS_MESSAGE_PROPERTY_HEADER_BUFFER,
        HeaderPosition => WS_MESSAGE_PROPERTY_HEADER_POSITION,
        BodyReader => WS_MESSAGE_PROPERTY_BODY_READER,
        BodyWriter => WS_MESSAGE_PROPERTY_BODY_WRITER,
        IsAddressed => WS_MESSAGE_PROPERTY_IS_ADDRESSED,
        HeapProperties => WS_MESSAGE_PROPERTY_HEAP_PROPERTIES,
        XmlReaderProperties => WS_MESSAGE_PROPERTY_XML_READER_PROPERTIES,
        XmlWriterProperties => WS_MESSAGE_PROPERTY_XML_WRITER_PROPERTIES,
        IsFault => WS_MESSAGE_PROPERTY_IS_FAULT,
        MaxProcessedHeaders => WS_MESSAGE_PROPERTY_MAX_PROCESSED_HEADERS,
        Username => WS_MESSAGE_PROPERTY_USERNAME,
        EncodedCert => WS_MESSAGE_PROPERTY_ENCODED_CERT,
        TransportSecurityWindowsToken => WS_MESSAGE_PROPERTY_TRANSPORT_SECURITY_WINDOWS_TOKEN,
        HttpHeaderAuthWindowsToken => WS_MESSAGE_PROPERTY_HTTP_HEADER_AUTH_WINDOWS_TOKEN,
        MessageSecurityWindowsToken => WS_MESSAGE_PROPERTY_MESSAGE_SECURITY_WINDOWS_TOKEN,
        SamlAssertion => WS_MESSAGE_PROPERTY_SAML_ASSERTION,
        SecurityContext => WS_MESSAGE_PROPERTY_SECURITY_CONTEXT,
        ProtectionLevel => WS_MESSAGE_PROPERTY_PROTECTION_LEVEL
    }));
    add(check!(CertFailure {
        CnMismatch => WS_CERT_FAILURE_CN_MISMATCH,
        InvalidDate => WS_CERT_FAILURE_INVALID_DATE,
        UntrustedRoot => WS_CERT_FAILURE_UNTRUSTED_ROOT,
        WrongUsage => WS_CERT_FAILURE_WRONG_USAGE,
        RevocationOffline => WS_CERT_FAILURE_REVOCATION_OFFLINE
    }));
    add(check!(HttpHeaderAuthScheme {
        None => WS_HTTP_HEADER_AUTH_SCHEME_NONE,
        Basic => WS_HTTP_HEADER_AUTH_SCHEME_BASIC,
        Digest => WS_HTTP_HEADER_AUTH_SCHEME_DIGEST,
        Ntlm => WS_HTTP_HEADER_AUTH_SCHEME_NTLM,
        Negotiate => WS_HTTP_HEADER_AUTH_SCHEME_NEGOTIATE,
        Passport => WS_HTTP_HEADER_AUTH_SCHEME_PASSPORT
    }));
    add(check!(SecureProtocol {
        Ssl2 => WS_SECURE_PROTOCOL_SSL2,
        Ssl3 => WS_SECURE_PROTOCOL_SSL3,
        Tls1_0 => WS_SECURE_PROTOCOL_TLS1_0,
        Tls1_1 => WS_SECURE_PROTOCOL_TLS1_1,
        Tls1_2 => WS_SECURE_PROTOCOL_TLS1_2
    }));
    add(check!(HttpHeaderAuthTarget {
        Service => WS_HTTP_HEADER_AUTH_TARGET_SERVICE,
        Proxy => WS_HTTP_HEADER_AUTH_TARGET_PROXY
    }));
    add(check!(RequestSecurityTokenAction {
        Issue => WS_REQUEST_SECURITY_TOKEN_ACTION_ISSUE,
        NewContext => WS_REQUEST_SECURITY_TOKEN_ACTION_NEW_CONTEXT,
        RenewContext => WS_REQUEST_SECURITY_TOKEN_ACTION_RENEW_CONTEXT
    }));
    add(check!(SecurityAlgorithmSuiteName {
        Basic256 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256,
        Basic192 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC192,
        Basic128 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC128,
        Basic256Rsa15 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256_RSA15,
        Basic192Rsa15 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC192_RSA15,
        Basic128Rsa15 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC128_RSA15,
        Basic256Sha256 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256_SHA256,
        Basic192Sha256 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC192_SHA256,
        Basic128Sha256 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC128_SHA256,
        Basic256Sha256Rsa15 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256_SHA256_RSA15,
        Basic192Sha256Rsa15 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC192_SHA256_RSA15,
        Basic128Sha256Rsa15 => WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC128_SHA256_RSA15
    }));
    add(check!(SecurityKeyEntropyMode {
        ClientOnly => WS_SECURITY_KEY_ENTROPY_MODE_CLIENT_ONLY,
        ServerOnly => WS_SECURITY_KEY_ENTROPY_MODE_SERVER_ONLY,
        Combined => WS_SECURITY_KEY_ENTROPY_MODE_COMBINED
    }));
    add(check!(SecurityKeyType {
        None => WS_SECURITY_KEY_TYPE_NONE,
        Symmetric => WS_SECURITY_KEY_TYPE_SYMMETRIC,
        Asymmetric => WS_SECURITY_KEY_TYPE_ASYMMETRIC
    }));
    add(check!(SecurityTokenReferenceMode {
        LocalId => WS_SECURITY_TOKEN_REFERENCE_MODE_LOCAL_ID,
        XmlBuffer => WS_SECURITY_TOKEN_REFERENCE_MODE_XML_BUFFER,
        CertThumbprint => WS_SECURITY_TOKEN_REFERENCE_MODE_CERT_THUMBPRINT,
        SecurityContextId => WS_SECURITY_TOKEN_REFERENCE_MODE_SECURITY_CONTEXT_ID,
        SamlAssertionId => WS_SECURITY_TOKEN_REFERENCE_MODE_SAML_ASSERTION_ID
    }));
    add(check!(TrustVersion {
        February2005 => WS_TRUST_VERSION_FEBRUARY_2005,
        V1_3 => WS_TRUST_VERSION_1_3
    }));
    add(check!(WindowsIntegratedAuthPackage {
        Kerberos => WS_WINDOWS_INTEGRATED_AUTH_PACKAGE_KERBEROS,
        Ntlm => WS_WINDOWS_INTEGRATED_AUTH_PACKAGE_NTLM,
        Spnego => WS_WINDOWS_INTEGRATED_AUTH_PACKAGE_SPNEGO
    }));
    add(check!(SecureConversationVersion {
        February2005 => WS_SECURE_CONVERSATION_VERSION_FEBRUARY_2005,
        V1_3 => WS_SECURE_CONVERSATION_VERSION_1_3
    }));
    add(check!(ProtectionLevel {
        None => WS_PROTECTION_LEVEL_NONE,
        Sign => WS_PROTECTION_LEVEL_SIGN,
        SignAndEncrypt => WS_PROTECTION_LEVEL_SIGN_AND_ENCRYPT
    }));
    add(check!(SecurityAlgorithmId {
        Default => WS_SECURITY_ALGORITHM_DEFAULT,
        CanonicalizationExclusive => WS_SECURITY_ALGORITHM_CANONICALIZATION_EXCLUSIVE,
        CanonicalizationExclusiveWithComments => WS_SECURITY_ALGORITHM_CANONICALIZATION_EXCLUSIVE_WITH_COMMENTS,
        DigestSha1 => WS_SECURITY_ALGORITHM_DIGEST_SHA1,
        DigestSha256 => WS_SECURITY_ALGORITHM_DIGEST_SHA_256,
        DigestSha384 => WS_SECURITY_ALGORITHM_DIGEST_SHA_384,
        DigestSha512 => WS_SECURITY_ALGORITHM_DIGEST_SHA_512,
        SymmetricSignatureHmacSha1 => WS_SECURITY_ALGORITHM_SYMMETRIC_SIGNATURE_HMAC_SHA1,
        SymmetricSignatureHmacSha256 => WS_SECURITY_ALGORITHM_SYMMETRIC_SIGNATURE_HMAC_SHA_256,
        SymmetricSignatureHmacSha384 => WS_SECURITY_ALGORITHM_SYMMETRIC_SIGNATURE_HMAC_SHA_384,
        SymmetricSignatureHmacSha512 => WS_SECURITY_ALGORITHM_SYMMETRIC_SIGNATURE_HMAC_SHA_512,
        AsymmetricSignatureRsaSha1 => WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_RSA_SHA1,
        AsymmetricSignatureDsaSha1 => WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_DSA_SHA1,
        AsymmetricSignatureRsaSha256 => WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_RSA_SHA_256,
        AsymmetricSignatureRsaSha384 => WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_RSA_SHA_384,
        AsymmetricSignatureRsaSha512 => WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_RSA_SHA_512,
        AsymmetricKeywrapRsa1_5 => WS_SECURITY_ALGORITHM_ASYMMETRIC_KEYWRAP_RSA_1_5,
        AsymmetricKeywrapRsaOaep => WS_SECURITY_ALGORITHM_ASYMMETRIC_KEYWRAP_RSA_OAEP,
        KeyDerivationPSha1 => WS_SECURITY_ALGORITHM_KEY_DERIVATION_P_SHA1
    }));
    add(check!(SecurityAlgorithmPropertyId {}));
    add(check!(SecurityHeaderLayout {
        Strict => WS_SECURITY_HEADER_LAYOUT_STRICT,
        Lax => WS_SECURITY_HEADER_LAYOUT_LAX,
        LaxWithTimestampFirst => WS_SECURITY_HEADER_LAYOUT_LAX_WITH_TIMESTAMP_FIRST,
        LaxWithTimestampLast => WS_SECURITY_HEADER_LAYOUT_LAX_WITH_TIMESTAMP_LAST
    }));
    add(check!(SecurityHeaderVersion {
        V1_0 => WS_SECURITY_HEADER_VERSION_1_0,
        V1_1 => WS_SECURITY_HEADER_VERSION_1_1
    }));
    add(check!(SecurityTimestampUsage {
        Always => WS_SECURITY_TIMESTAMP_USAGE_ALWAYS,
        Never => WS_SECURITY_TIMESTAMP_USAGE_NEVER,
        RequestsOnly => WS_SECURITY_TIMESTAMP_USAGE_REQUESTS_ONLY
    }));
    add(check!(ExtendedProtectionPolicy {
        Never => WS_EXTENDED_PROTECTION_POLICY_NEVER,
        WhenSupported => WS_EXTENDED_PROTECTION_POLICY_WHEN_SUPPORTED,
        Always => WS_EXTENDED_PROTECTION_POLICY_ALWAYS
    }));
    add(check!(ExtendedProtectionScenario {
        BoundServer => WS_EXTENDED_PROTECTION_SCENARIO_BOUND_SERVER,
        TerminatedSsl => WS_EXTENDED_PROTECTION_SCENARIO_TERMINATED_SSL
    }));
    add(check!(SecurityImpersonationLevel {
        Anonymous => SecurityAnonymous,
        Identification => SecurityIdentification,
        Impersonation => SecurityImpersonation,
        Delegation => SecurityDelegation
    }));
    add(check!(BindingTemplateType {
        Http => WS_HTTP_BINDING_TEMPLATE_TYPE,
        HttpSsl => WS_HTTP_SSL_BINDING_TEMPLATE_TYPE,
        HttpHeaderAuth => WS_HTTP_HEADER_AUTH_BINDING_TEMPLATE_TYPE,
        HttpSslHeaderAuth => WS_HTTP_SSL_HEADER_AUTH_BINDING_TEMPLATE_TYPE,
        HttpSslUsername => WS_HTTP_SSL_USERNAME_BINDING_TEMPLATE_TYPE,
        HttpSslKerberosApreq => WS_HTTP_SSL_KERBEROS_APREQ_BINDING_TEMPLATE_TYPE,
        Tcp => WS_TCP_BINDING_TEMPLATE_TYPE,
        TcpSspi => WS_TCP_SSPI_BINDING_TEMPLATE_TYPE,
        TcpSspiUsername => WS_TCP_SSPI_USERNAME_BINDING_TEMPLATE_TYPE,
        TcpSspiKerberosApreq => WS_TCP_SSPI_KERBEROS_APREQ_BINDING_TEMPLATE_TYPE,
        HttpSslUsernameSecurityContext => WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE,
        HttpSslKerberosApreqSecurityContext => WS_HTTP_SSL_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE,
        TcpSspiUsernameSecurityContext => WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE,
        TcpSspiKerberosApreqSecurityContext => WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE
    }));
    add(check!(SecurityBindingConstraintType {
        SslTransport => WS_SSL_TRANSPORT_SECURITY_BINDING_CONSTRAINT_TYPE,
        TcpSspiTransport => WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_CONSTRAINT_TYPE,
        HttpHeaderAuth => WS_HTTP_HEADER_AUTH_SECURITY_BINDING_CONSTRAINT_TYPE,
        UsernameMessage => WS_USERNAME_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
        KerberosApreqMessage => WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
        IssuedTokenMessage => WS_ISSUED_TOKEN_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
        CertMessage => WS_CERT_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE,
        SecurityContextMessage => WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE
    }));
    // A subset of WS_CHANNEL_PROPERTY_ID: the three channel properties policy can carry.
    add(check!(ChannelPropertyId {
        Encoding => WS_CHANNEL_PROPERTY_ENCODING,
        EnvelopeVersion => WS_CHANNEL_PROPERTY_ENVELOPE_VERSION,
        AddressingVersion => WS_CHANNEL_PROPERTY_ADDRESSING_VERSION
    }));
    add(check!(Encoding {
        XmlBinary1 => WS_ENCODING_XML_BINARY_1,
        XmlBinarySession1 => WS_ENCODING_XML_BINARY_SESSION_1,
        XmlMtomUtf8 => WS_ENCODING_XML_MTOM_UTF8,
        XmlMtomUtf16be => WS_ENCODING_XML_MTOM_UTF16BE,
        XmlMtomUtf16le => WS_ENCODING_XML_MTOM_UTF16LE,
        XmlUtf8 => WS_ENCODING_XML_UTF8,
        XmlUtf16be => WS_ENCODING_XML_UTF16BE,
        XmlUtf16le => WS_ENCODING_XML_UTF16LE,
        Raw => WS_ENCODING_RAW
    }));
    add(check!(AddressingVersion {
        V0_9 => WS_ADDRESSING_VERSION_0_9,
        V1_0 => WS_ADDRESSING_VERSION_1_0,
        Transport => WS_ADDRESSING_VERSION_TRANSPORT
    }));
    add(check!(EnvelopeVersion {
        Soap1_1 => WS_ENVELOPE_VERSION_SOAP_1_1,
        Soap1_2 => WS_ENVELOPE_VERSION_SOAP_1_2,
        None => WS_ENVELOPE_VERSION_NONE
    }));
    add(check_cert_store_locations());
    // Every enumeration of the model is compared, and the count of values is fixed, so a value
    // added to or removed from the model must be added here too.
    assert_eq!(
        enumerations,
        wws_security_model::enums::catalogue().len(),
        "enumerations compared"
    );
    assert_eq!(enumerations, 47);
    let catalogue_values: usize = wws_security_model::enums::catalogue()
        .iter()
        .map(|e| e.values.len())
        .sum();
    assert_eq!(total, catalogue_values, "values compared");
    assert_eq!(total, 271, "values compared against windows-sys");
}

/// windows-sys spells only two locations as full constants; the others as `<ID> << SHIFT`, the way
/// wincrypt.h defines them.
fn check_cert_store_locations() -> usize {
    let shift = CERT_SYSTEM_STORE_LOCATION_SHIFT;
    let pairs = [
        (
            CertStoreLocation::CurrentUser,
            CERT_SYSTEM_STORE_CURRENT_USER,
            "CERT_SYSTEM_STORE_CURRENT_USER",
        ),
        (
            CertStoreLocation::LocalMachine,
            CERT_SYSTEM_STORE_LOCAL_MACHINE,
            "CERT_SYSTEM_STORE_LOCAL_MACHINE",
        ),
        (
            CertStoreLocation::CurrentService,
            CERT_SYSTEM_STORE_CURRENT_SERVICE_ID << shift,
            "CERT_SYSTEM_STORE_CURRENT_SERVICE",
        ),
        (
            CertStoreLocation::Services,
            CERT_SYSTEM_STORE_SERVICES_ID << shift,
            "CERT_SYSTEM_STORE_SERVICES",
        ),
        (
            CertStoreLocation::Users,
            CERT_SYSTEM_STORE_USERS_ID << shift,
            "CERT_SYSTEM_STORE_USERS",
        ),
        (
            CertStoreLocation::CurrentUserGroupPolicy,
            CERT_SYSTEM_STORE_CURRENT_USER_GROUP_POLICY_ID << shift,
            "CERT_SYSTEM_STORE_CURRENT_USER_GROUP_POLICY",
        ),
        (
            CertStoreLocation::LocalMachineGroupPolicy,
            CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY_ID << shift,
            "CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY",
        ),
        (
            CertStoreLocation::LocalMachineEnterprise,
            CERT_SYSTEM_STORE_LOCAL_MACHINE_ENTERPRISE_ID << shift,
            "CERT_SYSTEM_STORE_LOCAL_MACHINE_ENTERPRISE",
        ),
        (
            CertStoreLocation::LocalMachineWcos,
            CERT_SYSTEM_STORE_LOCAL_MACHINE_WCOS_ID << shift,
            "CERT_SYSTEM_STORE_LOCAL_MACHINE_WCOS",
        ),
    ];
    for (location, constant, c_name) in pairs {
        assert_eq!(location.to_raw(), constant, "{c_name}");
        assert_eq!(location.c_name(), c_name);
    }
    let mut compared: Vec<_> = pairs.iter().map(|p| p.0).collect();
    compared.sort();
    assert_eq!(compared, CertStoreLocation::ALL.to_vec());
    compared.len()
}

#[test]
fn unknown_raw_values_are_rejected_with_the_enumeration_named() {
    let err = ProtectionLevel::try_from(0).unwrap_err();
    assert_eq!(err.enumeration, "WS_PROTECTION_LEVEL");
    assert_eq!(err.value, 0);
    assert_eq!(err.to_string(), "0 is not a value of WS_PROTECTION_LEVEL");
    assert!(
        SecurityAlgorithmPropertyId::try_from(1).is_err(),
        "the reserved enumeration has no values"
    );
    assert!(CertStoreLocation::try_from(0x0003_0000).is_err());
}

#[test]
fn flag_sets_match_windows_sys_bits() {
    let schemes =
        HttpHeaderAuthSchemes::from([HttpHeaderAuthScheme::Basic, HttpHeaderAuthScheme::Digest]);
    assert_eq!(
        schemes.bits() as i32,
        WS_HTTP_HEADER_AUTH_SCHEME_BASIC | WS_HTTP_HEADER_AUTH_SCHEME_DIGEST
    );
    let all = (WS_CERT_FAILURE_CN_MISMATCH
        | WS_CERT_FAILURE_INVALID_DATE
        | WS_CERT_FAILURE_UNTRUSTED_ROOT
        | WS_CERT_FAILURE_WRONG_USAGE
        | WS_CERT_FAILURE_REVOCATION_OFFLINE) as u32;
    assert_eq!(CertFailures::valid_mask(), all);
    assert_eq!(CertFailures::from_bits(all).unwrap().len(), 5);
    let err = SecureProtocols::from_bits(WS_SECURE_PROTOCOL_TLS1_2 as u32 | 0x40).unwrap_err();
    assert_eq!(err.unknown, 0x40);
    assert_eq!(err.enumeration, "WS_SECURE_PROTOCOL");
}
