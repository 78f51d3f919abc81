//! Value enumerations of the two property bags, including the three bit-flag enumerations.

c_enum! {
    /// One bit of `cert_failures_to_ignore`: a certificate check failure the client tolerates.
    pub enum CertFailure: i32 = "cert_failure", "WS_CERT_FAILURE",
        "Certificate check failures an SSL client may be told to tolerate (bit flags)." {
        CnMismatch = 0x1 => "cn_mismatch", "WS_CERT_FAILURE_CN_MISMATCH";
        InvalidDate = 0x2 => "invalid_date", "WS_CERT_FAILURE_INVALID_DATE";
        UntrustedRoot = 0x4 => "untrusted_root", "WS_CERT_FAILURE_UNTRUSTED_ROOT";
        WrongUsage = 0x8 => "wrong_usage", "WS_CERT_FAILURE_WRONG_USAGE";
        RevocationOffline = 0x10 => "revocation_offline", "WS_CERT_FAILURE_REVOCATION_OFFLINE";
    }
}

c_enum! {
    /// One bit of `http_header_auth_scheme`.
    pub enum HttpHeaderAuthScheme: i32 = "http_header_auth_scheme", "WS_HTTP_HEADER_AUTH_SCHEME",
        "HTTP authentication schemes a header-auth binding may use (bit flags)." {
        None = 0x1 => "none", "WS_HTTP_HEADER_AUTH_SCHEME_NONE";
        Basic = 0x2 => "basic", "WS_HTTP_HEADER_AUTH_SCHEME_BASIC";
        Digest = 0x4 => "digest", "WS_HTTP_HEADER_AUTH_SCHEME_DIGEST";
        Ntlm = 0x8 => "ntlm", "WS_HTTP_HEADER_AUTH_SCHEME_NTLM";
        Negotiate = 0x10 => "negotiate", "WS_HTTP_HEADER_AUTH_SCHEME_NEGOTIATE";
        Passport = 0x20 => "passport", "WS_HTTP_HEADER_AUTH_SCHEME_PASSPORT";
    }
}

c_enum! {
    /// One bit of `disallowed_secure_protocols` (undocumented; values from windows-sys).
    pub enum SecureProtocol: i32 = "secure_protocol", "WS_SECURE_PROTOCOL",
        "SSL/TLS protocol versions (bit flags; undocumented, values from the SDK header)." {
        Ssl2 = 0x1 => "ssl2", "WS_SECURE_PROTOCOL_SSL2";
        Ssl3 = 0x2 => "ssl3", "WS_SECURE_PROTOCOL_SSL3";
        Tls1_0 = 0x4 => "tls1_0", "WS_SECURE_PROTOCOL_TLS1_0";
        Tls1_1 = 0x8 => "tls1_1", "WS_SECURE_PROTOCOL_TLS1_1";
        Tls1_2 = 0x10 => "tls1_2", "WS_SECURE_PROTOCOL_TLS1_2";
    }
}

c_enum! {
    /// Whom a header-auth binding authenticates to.
    pub enum HttpHeaderAuthTarget: i32 = "http_header_auth_target", "WS_HTTP_HEADER_AUTH_TARGET",
        "Whether HTTP header authentication is addressed to the service or to an HTTP proxy." {
        Service = 1 => "service", "WS_HTTP_HEADER_AUTH_TARGET_SERVICE";
        Proxy = 2 => "proxy", "WS_HTTP_HEADER_AUTH_TARGET_PROXY";
    }
}

c_enum! {
    /// The action of a WS-Trust token request.
    pub enum RequestSecurityTokenAction: i32 = "request_security_token_action", "WS_REQUEST_SECURITY_TOKEN_ACTION",
        "The action a WS-Trust token request performs: issue, new context or renew context." {
        Issue = 1 => "issue", "WS_REQUEST_SECURITY_TOKEN_ACTION_ISSUE";
        NewContext = 2 => "new_context", "WS_REQUEST_SECURITY_TOKEN_ACTION_NEW_CONTEXT";
        RenewContext = 3 => "renew_context", "WS_REQUEST_SECURITY_TOKEN_ACTION_RENEW_CONTEXT";
    }
}

c_enum! {
    /// A predefined WS-SecurityPolicy algorithm suite.
    pub enum SecurityAlgorithmSuiteName: i32 = "security_algorithm_suite_name", "WS_SECURITY_ALGORITHM_SUITE_NAME",
        "Predefined WS-SecurityPolicy algorithm suites for message security." {
        Basic256 = 1 => "basic256", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256";
        Basic192 = 2 => "basic192", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC192";
        Basic128 = 3 => "basic128", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC128";
        Basic256Rsa15 = 4 => "basic256_rsa15", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256_RSA15";
        Basic192Rsa15 = 5 => "basic192_rsa15", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC192_RSA15";
        Basic128Rsa15 = 6 => "basic128_rsa15", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC128_RSA15";
        Basic256Sha256 = 7 => "basic256_sha256", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256_SHA256";
        Basic192Sha256 = 8 => "basic192_sha256", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC192_SHA256";
        Basic128Sha256 = 9 => "basic128_sha256", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC128_SHA256";
        Basic256Sha256Rsa15 = 10 => "basic256_sha256_rsa15", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC256_SHA256_RSA15";
        Basic192Sha256Rsa15 = 11 => "basic192_sha256_rsa15", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC192_SHA256_RSA15";
        Basic128Sha256Rsa15 = 12 => "basic128_sha256_rsa15", "WS_SECURITY_ALGORITHM_SUITE_NAME_BASIC128_SHA256_RSA15";
    }
}

c_enum! {
    /// Who contributes entropy to a negotiated key.
    pub enum SecurityKeyEntropyMode: i32 = "security_key_entropy_mode", "WS_SECURITY_KEY_ENTROPY_MODE",
        "Which party contributes randomness to a negotiated key." {
        ClientOnly = 1 => "client_only", "WS_SECURITY_KEY_ENTROPY_MODE_CLIENT_ONLY";
        ServerOnly = 2 => "server_only", "WS_SECURITY_KEY_ENTROPY_MODE_SERVER_ONLY";
        Combined = 3 => "combined", "WS_SECURITY_KEY_ENTROPY_MODE_COMBINED";
    }
}

c_enum! {
    /// The kind of key a token carries.
    pub enum SecurityKeyType: i32 = "security_key_type", "WS_SECURITY_KEY_TYPE",
        "Whether a token carries no key, a symmetric key or an asymmetric key." {
        None = 1 => "none", "WS_SECURITY_KEY_TYPE_NONE";
        Symmetric = 2 => "symmetric", "WS_SECURITY_KEY_TYPE_SYMMETRIC";
        Asymmetric = 3 => "asymmetric", "WS_SECURITY_KEY_TYPE_ASYMMETRIC";
    }
}

c_enum! {
    /// How a message refers to a security token.
    pub enum SecurityTokenReferenceMode: i32 = "security_token_reference_mode", "WS_SECURITY_TOKEN_REFERENCE_MODE",
        "How a message refers to a security token it uses." {
        LocalId = 1 => "local_id", "WS_SECURITY_TOKEN_REFERENCE_MODE_LOCAL_ID";
        XmlBuffer = 2 => "xml_buffer", "WS_SECURITY_TOKEN_REFERENCE_MODE_XML_BUFFER";
        CertThumbprint = 3 => "cert_thumbprint", "WS_SECURITY_TOKEN_REFERENCE_MODE_CERT_THUMBPRINT";
        SecurityContextId = 4 => "security_context_id", "WS_SECURITY_TOKEN_REFERENCE_MODE_SECURITY_CONTEXT_ID";
        SamlAssertionId = 5 => "saml_assertion_id", "WS_SECURITY_TOKEN_REFERENCE_MODE_SAML_ASSERTION_ID";
    }
}

c_enum! {
    /// WS-Trust version.
    pub enum TrustVersion: i32 = "trust_version", "WS_TRUST_VERSION",
        "Which WS-Trust specification a token request follows." {
        February2005 = 1 => "february_2005", "WS_TRUST_VERSION_FEBRUARY_2005";
        V1_3 = 2 => "v1_3", "WS_TRUST_VERSION_1_3";
    }
}

c_enum! {
    /// The SSP used for Windows integrated authentication.
    pub enum WindowsIntegratedAuthPackage: i32 = "windows_integrated_auth_package",
        "WS_WINDOWS_INTEGRATED_AUTH_PACKAGE",
        "The Windows security package (Kerberos, NTLM or SPNEGO) an SSPI binding negotiates with." {
        Kerberos = 1 => "kerberos", "WS_WINDOWS_INTEGRATED_AUTH_PACKAGE_KERBEROS";
        Ntlm = 2 => "ntlm", "WS_WINDOWS_INTEGRATED_AUTH_PACKAGE_NTLM";
        Spnego = 3 => "spnego", "WS_WINDOWS_INTEGRATED_AUTH_PACKAGE_SPNEGO";
    }
}

c_enum! {
    /// WS-SecureConversation version.
    pub enum SecureConversationVersion: i32 = "secure_conversation_version", "WS_SECURE_CONVERSATION_VERSION",
        "Which WS-SecureConversation specification a security context follows." {
        February2005 = 1 => "february_2005", "WS_SECURE_CONVERSATION_VERSION_FEBRUARY_2005";
        V1_3 = 2 => "v1_3", "WS_SECURE_CONVERSATION_VERSION_1_3";
    }
}

c_enum! {
    /// How much the transport protects each message.
    pub enum ProtectionLevel: i32 = "protection_level", "WS_PROTECTION_LEVEL",
        "How much the transport protects each message: nothing, signing, or signing and encryption." {
        None = 1 => "none", "WS_PROTECTION_LEVEL_NONE";
        Sign = 2 => "sign", "WS_PROTECTION_LEVEL_SIGN";
        SignAndEncrypt = 3 => "sign_and_encrypt", "WS_PROTECTION_LEVEL_SIGN_AND_ENCRYPT";
    }
}

c_enum! {
    /// A cryptographic algorithm of an algorithm suite.
    pub enum SecurityAlgorithmId: i32 = "security_algorithm_id", "WS_SECURITY_ALGORITHM_ID",
        "Individual cryptographic algorithms that make up a custom algorithm suite." {
        Default = 0 => "default", "WS_SECURITY_ALGORITHM_DEFAULT";
        CanonicalizationExclusive = 1 => "canonicalization_exclusive", "WS_SECURITY_ALGORITHM_CANONICALIZATION_EXCLUSIVE";
        CanonicalizationExclusiveWithComments = 2 => "canonicalization_exclusive_with_comments", "WS_SECURITY_ALGORITHM_CANONICALIZATION_EXCLUSIVE_WITH_COMMENTS";
        DigestSha1 = 3 => "digest_sha1", "WS_SECURITY_ALGORITHM_DIGEST_SHA1";
        DigestSha256 = 4 => "digest_sha_256", "WS_SECURITY_ALGORITHM_DIGEST_SHA_256";
        DigestSha384 = 5 => "digest_sha_384", "WS_SECURITY_ALGORITHM_DIGEST_SHA_384";
        DigestSha512 = 6 => "digest_sha_512", "WS_SECURITY_ALGORITHM_DIGEST_SHA_512";
        SymmetricSignatureHmacSha1 = 7 => "symmetric_signature_hmac_sha1", "WS_SECURITY_ALGORITHM_SYMMETRIC_SIGNATURE_HMAC_SHA1";
        SymmetricSignatureHmacSha256 = 8 => "symmetric_signature_hmac_sha_256", "WS_SECURITY_ALGORITHM_SYMMETRIC_SIGNATURE_HMAC_SHA_256";
        SymmetricSignatureHmacSha384 = 9 => "symmetric_signature_hmac_sha_384", "WS_SECURITY_ALGORITHM_SYMMETRIC_SIGNATURE_HMAC_SHA_384";
        SymmetricSignatureHmacSha512 = 10 => "symmetric_signature_hmac_sha_512", "WS_SECURITY_ALGORITHM_SYMMETRIC_SIGNATURE_HMAC_SHA_512";
        AsymmetricSignatureRsaSha1 = 11 => "asymmetric_signature_rsa_sha1", "WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_RSA_SHA1";
        AsymmetricSignatureDsaSha1 = 12 => "asymmetric_signature_dsa_sha1", "WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_DSA_SHA1";
        AsymmetricSignatureRsaSha256 = 13 => "asymmetric_signature_rsa_sha_256", "WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_RSA_SHA_256";
        AsymmetricSignatureRsaSha384 = 14 => "asymmetric_signature_rsa_sha_384", "WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_RSA_SHA_384";
        AsymmetricSignatureRsaSha512 = 15 => "asymmetric_signature_rsa_sha_512", "WS_SECURITY_ALGORITHM_ASYMMETRIC_SIGNATURE_RSA_SHA_512";
        AsymmetricKeywrapRsa1_5 = 16 => "asymmetric_keywrap_rsa_1_5", "WS_SECURITY_ALGORITHM_ASYMMETRIC_KEYWRAP_RSA_1_5";
        AsymmetricKeywrapRsaOaep = 17 => "asymmetric_keywrap_rsa_oaep", "WS_SECURITY_ALGORITHM_ASYMMETRIC_KEYWRAP_RSA_OAEP";
        KeyDerivationPSha1 = 18 => "key_derivation_p_sha1", "WS_SECURITY_ALGORITHM_KEY_DERIVATION_P_SHA1";
    }
}

c_enum! {
    /// Keys of `WS_SECURITY_ALGORITHM_PROPERTY`; the enumeration is reserved and has no values, so
    /// no algorithm property can be expressed (P-104 holds by construction).
    pub enum SecurityAlgorithmPropertyId: i32 = "security_algorithm_property_id", "WS_SECURITY_ALGORITHM_PROPERTY_ID",
        "Reserved keys of algorithm properties; the enumeration has no values." {
    }
}

c_enum! {
    /// Ordering rules of the WS-Security header.
    pub enum SecurityHeaderLayout: i32 = "security_header_layout", "WS_SECURITY_HEADER_LAYOUT",
        "Ordering rules for the elements of the WS-Security header." {
        Strict = 1 => "strict", "WS_SECURITY_HEADER_LAYOUT_STRICT";
        Lax = 2 => "lax", "WS_SECURITY_HEADER_LAYOUT_LAX";
        LaxWithTimestampFirst = 3 => "lax_with_timestamp_first", "WS_SECURITY_HEADER_LAYOUT_LAX_WITH_TIMESTAMP_FIRST";
        LaxWithTimestampLast = 4 => "lax_with_timestamp_last", "WS_SECURITY_HEADER_LAYOUT_LAX_WITH_TIMESTAMP_LAST";
    }
}

c_enum! {
    /// WS-Security version of the security header.
    pub enum SecurityHeaderVersion: i32 = "security_header_version", "WS_SECURITY_HEADER_VERSION",
        "Which WS-Security version the security header follows." {
        V1_0 = 1 => "v1_0", "WS_SECURITY_HEADER_VERSION_1_0";
        V1_1 = 2 => "v1_1", "WS_SECURITY_HEADER_VERSION_1_1";
    }
}

c_enum! {
    /// When messages carry a security timestamp.
    pub enum SecurityTimestampUsage: i32 = "security_timestamp_usage", "WS_SECURITY_TIMESTAMP_USAGE",
        "Which messages carry a security timestamp." {
        Always = 1 => "always", "WS_SECURITY_TIMESTAMP_USAGE_ALWAYS";
        Never = 2 => "never", "WS_SECURITY_TIMESTAMP_USAGE_NEVER";
        RequestsOnly = 3 => "requests_only", "WS_SECURITY_TIMESTAMP_USAGE_REQUESTS_ONLY";
    }
}

c_enum! {
    /// How strictly a server validates extended-protection (channel binding) data.
    pub enum ExtendedProtectionPolicy: i32 = "extended_protection_policy", "WS_EXTENDED_PROTECTION_POLICY",
        "How strictly an HTTP server demands extended-protection data from clients." {
        Never = 1 => "never", "WS_EXTENDED_PROTECTION_POLICY_NEVER";
        WhenSupported = 2 => "when_supported", "WS_EXTENDED_PROTECTION_POLICY_WHEN_SUPPORTED";
        Always = 3 => "always", "WS_EXTENDED_PROTECTION_POLICY_ALWAYS";
    }
}

c_enum! {
    /// Where SSL ends relative to the server, for extended protection.
    pub enum ExtendedProtectionScenario: i32 = "extended_protection_scenario", "WS_EXTENDED_PROTECTION_SCENARIO",
        "Whether SSL ends at this server or at an intermediary, for extended protection." {
        BoundServer = 1 => "bound_server", "WS_EXTENDED_PROTECTION_SCENARIO_BOUND_SERVER";
        TerminatedSsl = 2 => "terminated_ssl", "WS_EXTENDED_PROTECTION_SCENARIO_TERMINATED_SSL";
    }
}

c_enum! {
    /// How far a server may act as the client (winnt.h `SECURITY_IMPERSONATION_LEVEL`).
    pub enum SecurityImpersonationLevel: i32 = "security_impersonation_level", "SECURITY_IMPERSONATION_LEVEL",
        "How far a server may act on behalf of the authenticated client." {
        Anonymous = 0 => "anonymous", "SecurityAnonymous";
        Identification = 1 => "identification", "SecurityIdentification";
        Impersonation = 2 => "impersonation", "SecurityImpersonation";
        Delegation = 3 => "delegation", "SecurityDelegation";
    }
}
