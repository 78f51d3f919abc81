//! Enumerations of the description, the transport bindings, credentials and endpoint identities.

c_enum! {
    /// Selects which security binding structure a `WS_SECURITY_BINDING` is.
    pub enum SecurityBindingType: i32 = "security_binding_type", "WS_SECURITY_BINDING_TYPE",
        "Which of the nine security binding structures a binding is." {
        SslTransport = 1 => "ssl_transport", "WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE";
        TcpSspiTransport = 2 => "tcp_sspi_transport", "WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TYPE";
        HttpHeaderAuth = 3 => "http_header_auth", "WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE";
        UsernameMessage = 4 => "username_message", "WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE";
        KerberosApreqMessage = 5 => "kerberos_apreq_message", "WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TYPE";
        XmlTokenMessage = 6 => "xml_token_message", "WS_XML_TOKEN_MESSAGE_SECURITY_BINDING_TYPE";
        SamlMessage = 7 => "saml_message", "WS_SAML_MESSAGE_SECURITY_BINDING_TYPE";
        SecurityContextMessage = 8 => "security_context_message", "WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_TYPE";
        NamedpipeSspiTransport = 9 => "namedpipe_sspi_transport", "WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING_TYPE";
    }
}

impl SecurityBindingType {
    /// C name of the binding structure, e.g. `WS_SSL_TRANSPORT_SECURITY_BINDING`.
    pub fn struct_name(self) -> &'static str {
        crate::CEnum::c_name(self)
            .strip_suffix("_TYPE")
            .unwrap_or(crate::CEnum::c_name(self))
    }

    /// True for the five message bindings (types 4 to 8), which carry a `binding_usage`.
    pub fn is_message_binding(self) -> bool {
        matches!(
            self,
            Self::UsernameMessage
                | Self::KerberosApreqMessage
                | Self::XmlTokenMessage
                | Self::SamlMessage
                | Self::SecurityContextMessage
        )
    }

    /// True for the three bindings that protect the connection (SSL, TCP SSPI, named-pipe SSPI).
    pub fn is_transport_binding(self) -> bool {
        matches!(
            self,
            Self::SslTransport | Self::TcpSspiTransport | Self::NamedpipeSspiTransport
        )
    }
}

c_enum! {
    /// The transport a channel or listener uses.
    pub enum ChannelBinding: i32 = "channel_binding", "WS_CHANNEL_BINDING",
        "The transport (HTTP, TCP, UDP, named pipe or custom) of a channel or listener." {
        Http = 0 => "http", "WS_HTTP_CHANNEL_BINDING";
        Tcp = 1 => "tcp", "WS_TCP_CHANNEL_BINDING";
        Udp = 2 => "udp", "WS_UDP_CHANNEL_BINDING";
        Custom = 3 => "custom", "WS_CUSTOM_CHANNEL_BINDING";
        Namedpipe = 4 => "namedpipe", "WS_NAMEDPIPE_CHANNEL_BINDING";
    }
}

c_enum! {
    /// The message exchange shape of a channel (bit-composed in C, but only these values exist).
    pub enum ChannelType: i32 = "channel_type", "WS_CHANNEL_TYPE",
        "The message exchange pattern of a channel: input, output, duplex, sessionful or request/reply." {
        Input = 1 => "input", "WS_CHANNEL_TYPE_INPUT";
        Output = 2 => "output", "WS_CHANNEL_TYPE_OUTPUT";
        Duplex = 3 => "duplex", "WS_CHANNEL_TYPE_DUPLEX";
        Session = 4 => "session", "WS_CHANNEL_TYPE_SESSION";
        InputSession = 5 => "input_session", "WS_CHANNEL_TYPE_INPUT_SESSION";
        OutputSession = 6 => "output_session", "WS_CHANNEL_TYPE_OUTPUT_SESSION";
        DuplexSession = 7 => "duplex_session", "WS_CHANNEL_TYPE_DUPLEX_SESSION";
        Request = 8 => "request", "WS_CHANNEL_TYPE_REQUEST";
        Reply = 16 => "reply", "WS_CHANNEL_TYPE_REPLY";
    }
}

c_enum! {
    /// Selects the certificate credential structure.
    pub enum CertCredentialType: i32 = "cert_credential_type", "WS_CERT_CREDENTIAL_TYPE",
        "How a certificate credential finds its certificate: by subject name, by thumbprint or through a callback." {
        SubjectName = 1 => "subject_name", "WS_SUBJECT_NAME_CERT_CREDENTIAL_TYPE";
        Thumbprint = 2 => "thumbprint", "WS_THUMBPRINT_CERT_CREDENTIAL_TYPE";
        Custom = 3 => "custom", "WS_CUSTOM_CERT_CREDENTIAL_TYPE";
    }
}

c_enum! {
    /// Selects the Windows integrated authentication credential structure.
    pub enum WindowsIntegratedAuthCredentialType: i32 = "windows_integrated_auth_credential_type",
        "WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE",
        "Where a Windows credential comes from: explicit strings, the caller's logon, or an opaque identity handle." {
        String = 1 => "string", "WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE";
        Default = 2 => "default", "WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE";
        Opaque = 3 => "opaque", "WS_OPAQUE_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE";
    }
}

c_enum! {
    /// Selects the username credential structure.
    pub enum UsernameCredentialType: i32 = "username_credential_type", "WS_USERNAME_CREDENTIAL_TYPE",
        "The form of a username credential; only a username/password pair of strings exists." {
        String = 1 => "string", "WS_STRING_USERNAME_CREDENTIAL_TYPE";
    }
}

c_enum! {
    /// Selects the endpoint identity structure.
    pub enum EndpointIdentityType: i32 = "endpoint_identity_type", "WS_ENDPOINT_IDENTITY_TYPE",
        "How the expected identity of a server is expressed (DNS name, UPN, SPN, RSA key, certificate, raw XML)." {
        Dns = 1 => "dns", "WS_DNS_ENDPOINT_IDENTITY_TYPE";
        Upn = 2 => "upn", "WS_UPN_ENDPOINT_IDENTITY_TYPE";
        Spn = 3 => "spn", "WS_SPN_ENDPOINT_IDENTITY_TYPE";
        Rsa = 4 => "rsa", "WS_RSA_ENDPOINT_IDENTITY_TYPE";
        Cert = 5 => "cert", "WS_CERT_ENDPOINT_IDENTITY_TYPE";
        Unknown = 6 => "unknown", "WS_UNKNOWN_ENDPOINT_IDENTITY_TYPE";
    }
}

c_enum! {
    /// Whether a callback may block.
    pub enum CallbackModel: i32 = "callback_model", "WS_CALLBACK_MODEL",
        "Whether a callback is expected to finish quickly or may block for a long time." {
        Short = 0 => "short", "WS_SHORT_CALLBACK";
        Long = 1 => "long", "WS_LONG_CALLBACK";
    }
}

c_enum! {
    /// Keys of the binding property bag.
    pub enum SecurityBindingPropertyId: i32 = "security_binding_property_id", "WS_SECURITY_BINDING_PROPERTY_ID",
        "Keys of the per-binding property bag." {
        RequireSslClientCert = 1 => "require_ssl_client_cert", "WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT";
        WindowsIntegratedAuthPackage = 2 => "windows_integrated_auth_package", "WS_SECURITY_BINDING_PROPERTY_WINDOWS_INTEGRATED_AUTH_PACKAGE";
        RequireServerAuth = 3 => "require_server_auth", "WS_SECURITY_BINDING_PROPERTY_REQUIRE_SERVER_AUTH";
        AllowAnonymousClients = 4 => "allow_anonymous_clients", "WS_SECURITY_BINDING_PROPERTY_ALLOW_ANONYMOUS_CLIENTS";
        AllowedImpersonationLevel = 5 => "allowed_impersonation_level", "WS_SECURITY_BINDING_PROPERTY_ALLOWED_IMPERSONATION_LEVEL";
        HttpHeaderAuthScheme = 6 => "http_header_auth_scheme", "WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME";
        HttpHeaderAuthTarget = 7 => "http_header_auth_target", "WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_TARGET";
        HttpHeaderAuthBasicRealm = 8 => "http_header_auth_basic_realm", "WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM";
        HttpHeaderAuthDigestRealm = 9 => "http_header_auth_digest_realm", "WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_DIGEST_REALM";
        HttpHeaderAuthDigestDomain = 10 => "http_header_auth_digest_domain", "WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_DIGEST_DOMAIN";
        SecurityContextKeySize = 11 => "security_context_key_size", "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_SIZE";
        SecurityContextKeyEntropyMode = 12 => "security_context_key_entropy_mode", "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_KEY_ENTROPY_MODE";
        MessageProperties = 13 => "message_properties", "WS_SECURITY_BINDING_PROPERTY_MESSAGE_PROPERTIES";
        SecurityContextMaxPendingContexts = 14 => "security_context_max_pending_contexts", "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_MAX_PENDING_CONTEXTS";
        SecurityContextMaxActiveContexts = 15 => "security_context_max_active_contexts", "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_MAX_ACTIVE_CONTEXTS";
        SecureConversationVersion = 16 => "secure_conversation_version", "WS_SECURITY_BINDING_PROPERTY_SECURE_CONVERSATION_VERSION";
        SecurityContextSupportRenew = 17 => "security_context_support_renew", "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_SUPPORT_RENEW";
        SecurityContextRenewalInterval = 18 => "security_context_renewal_interval", "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_RENEWAL_INTERVAL";
        SecurityContextRolloverInterval = 19 => "security_context_rollover_interval", "WS_SECURITY_BINDING_PROPERTY_SECURITY_CONTEXT_ROLLOVER_INTERVAL";
        CertFailuresToIgnore = 20 => "cert_failures_to_ignore", "WS_SECURITY_BINDING_PROPERTY_CERT_FAILURES_TO_IGNORE";
        DisableCertRevocationCheck = 21 => "disable_cert_revocation_check", "WS_SECURITY_BINDING_PROPERTY_DISABLE_CERT_REVOCATION_CHECK";
        DisallowedSecureProtocols = 22 => "disallowed_secure_protocols", "WS_SECURITY_BINDING_PROPERTY_DISALLOWED_SECURE_PROTOCOLS";
        CertificateValidationCallbackContext = 23 => "certificate_validation_callback_context", "WS_SECURITY_BINDING_PROPERTY_CERTIFICATE_VALIDATION_CALLBACK_CONTEXT";
    }
}

c_enum! {
    /// Keys of the channel-wide (description-wide) security property bag.
    pub enum SecurityPropertyId: i32 = "security_property_id", "WS_SECURITY_PROPERTY_ID",
        "Keys of the description-wide (channel) security property bag." {
        TransportProtectionLevel = 1 => "transport_protection_level", "WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL";
        AlgorithmSuite = 2 => "algorithm_suite", "WS_SECURITY_PROPERTY_ALGORITHM_SUITE";
        AlgorithmSuiteName = 3 => "algorithm_suite_name", "WS_SECURITY_PROPERTY_ALGORITHM_SUITE_NAME";
        MaxAllowedLatency = 4 => "max_allowed_latency", "WS_SECURITY_PROPERTY_MAX_ALLOWED_LATENCY";
        TimestampValidityDuration = 5 => "timestamp_validity_duration", "WS_SECURITY_PROPERTY_TIMESTAMP_VALIDITY_DURATION";
        MaxAllowedClockSkew = 6 => "max_allowed_clock_skew", "WS_SECURITY_PROPERTY_MAX_ALLOWED_CLOCK_SKEW";
        TimestampUsage = 7 => "timestamp_usage", "WS_SECURITY_PROPERTY_TIMESTAMP_USAGE";
        SecurityHeaderLayout = 8 => "security_header_layout", "WS_SECURITY_PROPERTY_SECURITY_HEADER_LAYOUT";
        SecurityHeaderVersion = 9 => "security_header_version", "WS_SECURITY_PROPERTY_SECURITY_HEADER_VERSION";
        ExtendedProtectionPolicy = 10 => "extended_protection_policy", "WS_SECURITY_PROPERTY_EXTENDED_PROTECTION_POLICY";
        ExtendedProtectionScenario = 11 => "extended_protection_scenario", "WS_SECURITY_PROPERTY_EXTENDED_PROTECTION_SCENARIO";
        ServiceIdentities = 12 => "service_identities", "WS_SECURITY_PROPERTY_SERVICE_IDENTITIES";
    }
}

c_enum! {
    /// System certificate store locations (`CERT_SYSTEM_STORE_*`, wincrypt.h), the `storeLocation`
    /// of subject-name and thumbprint certificate credentials.
    pub enum CertStoreLocation: u32 = "cert_store_location", "CERT_SYSTEM_STORE_LOCATION",
        "Which system certificate store a certificate credential opens." {
        CurrentUser = 0x0001_0000 => "current_user", "CERT_SYSTEM_STORE_CURRENT_USER";
        LocalMachine = 0x0002_0000 => "local_machine", "CERT_SYSTEM_STORE_LOCAL_MACHINE";
        CurrentService = 0x0004_0000 => "current_service", "CERT_SYSTEM_STORE_CURRENT_SERVICE";
        Services = 0x0005_0000 => "services", "CERT_SYSTEM_STORE_SERVICES";
        Users = 0x0006_0000 => "users", "CERT_SYSTEM_STORE_USERS";
        CurrentUserGroupPolicy = 0x0007_0000 => "current_user_group_policy", "CERT_SYSTEM_STORE_CURRENT_USER_GROUP_POLICY";
        LocalMachineGroupPolicy = 0x0008_0000 => "local_machine_group_policy", "CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY";
        LocalMachineEnterprise = 0x0009_0000 => "local_machine_enterprise", "CERT_SYSTEM_STORE_LOCAL_MACHINE_ENTERPRISE";
        LocalMachineWcos = 0x000A_0000 => "local_machine_wcos", "CERT_SYSTEM_STORE_LOCAL_MACHINE_WCOS";
    }
}
