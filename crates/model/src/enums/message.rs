//! Enumerations of the message bindings, tokens, keys and WS-Trust.

c_enum! {
    /// How a message binding's token is used; only the supporting usage exists.
    pub enum MessageSecurityUsage: i32 = "message_security_usage", "WS_MESSAGE_SECURITY_USAGE",
        "How a message security token is used; only the supporting usage exists." {
        Supporting = 1 => "supporting", "WS_SUPPORTING_MESSAGE_SECURITY_USAGE";
    }
}

c_enum! {
    /// Selects the SAML authenticator structure.
    pub enum SamlAuthenticatorType: i32 = "saml_authenticator_type", "WS_SAML_AUTHENTICATOR_TYPE",
        "How a server checks received SAML assertions; only certificate-signed issuers exist." {
        CertSigned = 1 => "cert_signed", "WS_CERT_SIGNED_SAML_AUTHENTICATOR_TYPE";
    }
}

c_enum! {
    /// Selects the key handle structure.
    pub enum SecurityKeyHandleType: i32 = "security_key_handle_type", "WS_SECURITY_KEY_HANDLE_TYPE",
        "The kind of key behind an XML security token: raw symmetric bytes, a CNG key or a CAPI key." {
        RawSymmetric = 1 => "raw_symmetric", "WS_RAW_SYMMETRIC_SECURITY_KEY_HANDLE_TYPE";
        NcryptAsymmetric = 2 => "ncrypt_asymmetric", "WS_NCRYPT_ASYMMETRIC_SECURITY_KEY_HANDLE_TYPE";
        CapiAsymmetric = 3 => "capi_asymmetric", "WS_CAPI_ASYMMETRIC_SECURITY_KEY_HANDLE_TYPE";
    }
}

c_enum! {
    /// Keys of the property array given to `WsRequestSecurityToken`.
    pub enum RequestSecurityTokenPropertyId: i32 = "request_security_token_property_id",
        "WS_REQUEST_SECURITY_TOKEN_PROPERTY_ID",
        "Settings of a WS-Trust token request made with WsRequestSecurityToken." {
        AppliesTo = 1 => "applies_to", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_APPLIES_TO";
        TrustVersion = 2 => "trust_version", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_TRUST_VERSION";
        SecureConversationVersion = 3 => "secure_conversation_version", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_SECURE_CONVERSATION_VERSION";
        IssuedTokenType = 4 => "issued_token_type", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_TYPE";
        RequestAction = 5 => "request_action", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_REQUEST_ACTION";
        ExistingToken = 6 => "existing_token", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_EXISTING_TOKEN";
        IssuedTokenKeyType = 7 => "issued_token_key_type", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_TYPE";
        IssuedTokenKeySize = 8 => "issued_token_key_size", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_SIZE";
        IssuedTokenKeyEntropy = 9 => "issued_token_key_entropy", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_ENTROPY";
        LocalRequestParameters = 10 => "local_request_parameters", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_LOCAL_REQUEST_PARAMETERS";
        ServiceRequestParameters = 11 => "service_request_parameters", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_SERVICE_REQUEST_PARAMETERS";
        MessageProperties = 12 => "message_properties", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_MESSAGE_PROPERTIES";
        BearerKeyTypeVersion = 13 => "bearer_key_type_version", "WS_REQUEST_SECURITY_TOKEN_PROPERTY_BEARER_KEY_TYPE_VERSION";
    }
}

c_enum! {
    /// Keys of the property array given to `WsCreateXmlSecurityToken`.
    pub enum XmlSecurityTokenPropertyId: i32 = "xml_security_token_property_id", "WS_XML_SECURITY_TOKEN_PROPERTY_ID",
        "Settings of an XML security token built with WsCreateXmlSecurityToken." {
        AttachedReference = 1 => "attached_reference", "WS_XML_SECURITY_TOKEN_PROPERTY_ATTACHED_REFERENCE";
        UnattachedReference = 2 => "unattached_reference", "WS_XML_SECURITY_TOKEN_PROPERTY_UNATTACHED_REFERENCE";
        ValidFromTime = 3 => "valid_from_time", "WS_XML_SECURITY_TOKEN_PROPERTY_VALID_FROM_TIME";
        ValidTillTime = 4 => "valid_till_time", "WS_XML_SECURITY_TOKEN_PROPERTY_VALID_TILL_TIME";
    }
}

c_enum! {
    /// What `WsGetSecurityTokenProperty` can read from a token.
    pub enum SecurityTokenPropertyId: i32 = "security_token_property_id", "WS_SECURITY_TOKEN_PROPERTY_ID",
        "Facts that can be read back from a security token." {
        KeyType = 1 => "key_type", "WS_SECURITY_TOKEN_PROPERTY_KEY_TYPE";
        ValidFromTime = 2 => "valid_from_time", "WS_SECURITY_TOKEN_PROPERTY_VALID_FROM_TIME";
        ValidTillTime = 3 => "valid_till_time", "WS_SECURITY_TOKEN_PROPERTY_VALID_TILL_TIME";
        SerializedXml = 4 => "serialized_xml", "WS_SECURITY_TOKEN_PROPERTY_SERIALIZED_XML";
        AttachedReferenceXml = 5 => "attached_reference_xml", "WS_SECURITY_TOKEN_PROPERTY_ATTACHED_REFERENCE_XML";
        UnattachedReferenceXml = 6 => "unattached_reference_xml", "WS_SECURITY_TOKEN_PROPERTY_UNATTACHED_REFERENCE_XML";
        SymmetricKey = 7 => "symmetric_key", "WS_SECURITY_TOKEN_PROPERTY_SYMMETRIC_KEY";
    }
}

c_enum! {
    /// What `WsGetSecurityContextProperty` can read from a security context.
    pub enum SecurityContextPropertyId: i32 = "security_context_property_id", "WS_SECURITY_CONTEXT_PROPERTY_ID",
        "Facts that a server can read back from an established security context." {
        Identifier = 1 => "identifier", "WS_SECURITY_CONTEXT_PROPERTY_IDENTIFIER";
        Username = 2 => "username", "WS_SECURITY_CONTEXT_PROPERTY_USERNAME";
        MessageSecurityWindowsToken = 3 => "message_security_windows_token", "WS_SECURITY_CONTEXT_PROPERTY_MESSAGE_SECURITY_WINDOWS_TOKEN";
        SamlAssertion = 4 => "saml_assertion", "WS_SECURITY_CONTEXT_PROPERTY_SAML_ASSERTION";
    }
}

c_enum! {
    /// Which WS-Trust 1.3 wording of the bearer key type a token request uses (undocumented; from windows-sys).
    pub enum SecurityBearerKeyTypeVersion: i32 = "security_bearer_key_type_version",
        "WS_SECURITY_BEARER_KEY_TYPE_VERSION",
        "Which WS-Trust 1.3 spelling of the bearer key type a token request uses." {
        V1_3OriginalSpecification = 1 => "v1_3_original_specification", "WS_SECURITY_BEARER_KEY_TYPE_VERSION_1_3_ORIGINAL_SPECIFICATION";
        V1_3OriginalSchema = 2 => "v1_3_original_schema", "WS_SECURITY_BEARER_KEY_TYPE_VERSION_1_3_ORIGINAL_SCHEMA";
        V1_3Errata01 = 3 => "v1_3_errata_01", "WS_SECURITY_BEARER_KEY_TYPE_VERSION_1_3_ERRATA_01";
    }
}

c_enum! {
    /// Keys of a message property array (the value of the `message_properties` binding property).
    pub enum MessagePropertyId: i32 = "message_property_id", "WS_MESSAGE_PROPERTY_ID",
        "Keys of a message's property array." {
        State = 0 => "state", "WS_MESSAGE_PROPERTY_STATE";
        Heap = 1 => "heap", "WS_MESSAGE_PROPERTY_HEAP";
        EnvelopeVersion = 2 => "envelope_version", "WS_MESSAGE_PROPERTY_ENVELOPE_VERSION";
        AddressingVersion = 3 => "addressing_version", "WS_MESSAGE_PROPERTY_ADDRESSING_VERSION";
        HeaderBuffer = 4 => "header_buffer", "WS_MESSAGE_PROPERTY_HEADER_BUFFER";
        HeaderPosition = 5 => "header_position", "WS_MESSAGE_PROPERTY_HEADER_POSITION";
        BodyReader = 6 => "body_reader", "WS_MESSAGE_PROPERTY_BODY_READER";
        BodyWriter = 7 => "body_writer", "WS_MESSAGE_PROPERTY_BODY_WRITER";
        IsAddressed = 8 => "is_addressed", "WS_MESSAGE_PROPERTY_IS_ADDRESSED";
        HeapProperties = 9 => "heap_properties", "WS_MESSAGE_PROPERTY_HEAP_PROPERTIES";
        XmlReaderProperties = 10 => "xml_reader_properties", "WS_MESSAGE_PROPERTY_XML_READER_PROPERTIES";
        XmlWriterProperties = 11 => "xml_writer_properties", "WS_MESSAGE_PROPERTY_XML_WRITER_PROPERTIES";
        IsFault = 12 => "is_fault", "WS_MESSAGE_PROPERTY_IS_FAULT";
        MaxProcessedHeaders = 13 => "max_processed_headers", "WS_MESSAGE_PROPERTY_MAX_PROCESSED_HEADERS";
        Username = 14 => "username", "WS_MESSAGE_PROPERTY_USERNAME";
        EncodedCert = 15 => "encoded_cert", "WS_MESSAGE_PROPERTY_ENCODED_CERT";
        TransportSecurityWindowsToken = 16 => "transport_security_windows_token", "WS_MESSAGE_PROPERTY_TRANSPORT_SECURITY_WINDOWS_TOKEN";
        HttpHeaderAuthWindowsToken = 17 => "http_header_auth_windows_token", "WS_MESSAGE_PROPERTY_HTTP_HEADER_AUTH_WINDOWS_TOKEN";
        MessageSecurityWindowsToken = 18 => "message_security_windows_token", "WS_MESSAGE_PROPERTY_MESSAGE_SECURITY_WINDOWS_TOKEN";
        SamlAssertion = 19 => "saml_assertion", "WS_MESSAGE_PROPERTY_SAML_ASSERTION";
        SecurityContext = 20 => "security_context", "WS_MESSAGE_PROPERTY_SECURITY_CONTEXT";
        ProtectionLevel = 21 => "protection_level", "WS_MESSAGE_PROPERTY_PROTECTION_LEVEL";
    }
}
