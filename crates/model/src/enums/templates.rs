//! Enumerations of binding templates and security binding constraints.

c_enum! {
    /// Which binding template a `…FromTemplate` call expands.
    pub enum BindingTemplateType: i32 = "binding_template_type", "WS_BINDING_TEMPLATE_TYPE",
        "Which predefined channel and security combination a template call builds." {
        Http = 0 => "http", "WS_HTTP_BINDING_TEMPLATE_TYPE";
        HttpSsl = 1 => "http_ssl", "WS_HTTP_SSL_BINDING_TEMPLATE_TYPE";
        HttpHeaderAuth = 2 => "http_header_auth", "WS_HTTP_HEADER_AUTH_BINDING_TEMPLATE_TYPE";
        HttpSslHeaderAuth = 3 => "http_ssl_header_auth", "WS_HTTP_SSL_HEADER_AUTH_BINDING_TEMPLATE_TYPE";
        HttpSslUsername = 4 => "http_ssl_username", "WS_HTTP_SSL_USERNAME_BINDING_TEMPLATE_TYPE";
        HttpSslKerberosApreq = 5 => "http_ssl_kerberos_apreq", "WS_HTTP_SSL_KERBEROS_APREQ_BINDING_TEMPLATE_TYPE";
        Tcp = 6 => "tcp", "WS_TCP_BINDING_TEMPLATE_TYPE";
        TcpSspi = 7 => "tcp_sspi", "WS_TCP_SSPI_BINDING_TEMPLATE_TYPE";
        TcpSspiUsername = 8 => "tcp_sspi_username", "WS_TCP_SSPI_USERNAME_BINDING_TEMPLATE_TYPE";
        TcpSspiKerberosApreq = 9 => "tcp_sspi_kerberos_apreq", "WS_TCP_SSPI_KERBEROS_APREQ_BINDING_TEMPLATE_TYPE";
        HttpSslUsernameSecurityContext = 10 => "http_ssl_username_security_context", "WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE";
        HttpSslKerberosApreqSecurityContext = 11 => "http_ssl_kerberos_apreq_security_context", "WS_HTTP_SSL_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE";
        TcpSspiUsernameSecurityContext = 12 => "tcp_sspi_username_security_context", "WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE";
        TcpSspiKerberosApreqSecurityContext = 13 => "tcp_sspi_kerberos_apreq_security_context", "WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE";
    }
}

c_enum! {
    /// Selects the security binding constraint structure used in policy matching.
    pub enum SecurityBindingConstraintType: i32 = "security_binding_constraint_type",
        "WS_SECURITY_BINDING_CONSTRAINT_TYPE",
        "Which kind of security binding a policy-matching constraint asks for." {
        SslTransport = 1 => "ssl_transport", "WS_SSL_TRANSPORT_SECURITY_BINDING_CONSTRAINT_TYPE";
        TcpSspiTransport = 2 => "tcp_sspi_transport", "WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_CONSTRAINT_TYPE";
        HttpHeaderAuth = 3 => "http_header_auth", "WS_HTTP_HEADER_AUTH_SECURITY_BINDING_CONSTRAINT_TYPE";
        UsernameMessage = 4 => "username_message", "WS_USERNAME_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE";
        KerberosApreqMessage = 5 => "kerberos_apreq_message", "WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE";
        IssuedTokenMessage = 6 => "issued_token_message", "WS_ISSUED_TOKEN_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE";
        CertMessage = 7 => "cert_message", "WS_CERT_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE";
        SecurityContextMessage = 8 => "security_context_message", "WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_CONSTRAINT_TYPE";
    }
}

c_enum! {
    /// The channel properties a policy description can carry (S-014), a subset of
    /// `WS_CHANNEL_PROPERTY_ID`: only these are modelled, so only these are accepted in the
    /// `channel_properties` of templates and policy descriptions.
    pub enum ChannelPropertyId: i32 = "channel_property_id", "WS_CHANNEL_PROPERTY_ID",
        "Channel settings that policy can describe (the three of the channel property ids the model knows)." {
        Encoding = 4 => "encoding", "WS_CHANNEL_PROPERTY_ENCODING";
        EnvelopeVersion = 5 => "envelope_version", "WS_CHANNEL_PROPERTY_ENVELOPE_VERSION";
        AddressingVersion = 6 => "addressing_version", "WS_CHANNEL_PROPERTY_ADDRESSING_VERSION";
    }
}

c_enum! {
    /// How messages are written on the wire.
    pub enum Encoding: i32 = "encoding", "WS_ENCODING",
        "The message encoding of a channel: text, binary, MTOM or raw." {
        XmlBinary1 = 0 => "xml_binary_1", "WS_ENCODING_XML_BINARY_1";
        XmlBinarySession1 = 1 => "xml_binary_session_1", "WS_ENCODING_XML_BINARY_SESSION_1";
        XmlMtomUtf8 = 2 => "xml_mtom_utf8", "WS_ENCODING_XML_MTOM_UTF8";
        XmlMtomUtf16be = 3 => "xml_mtom_utf16be", "WS_ENCODING_XML_MTOM_UTF16BE";
        XmlMtomUtf16le = 4 => "xml_mtom_utf16le", "WS_ENCODING_XML_MTOM_UTF16LE";
        XmlUtf8 = 5 => "xml_utf8", "WS_ENCODING_XML_UTF8";
        XmlUtf16be = 6 => "xml_utf16be", "WS_ENCODING_XML_UTF16BE";
        XmlUtf16le = 7 => "xml_utf16le", "WS_ENCODING_XML_UTF16LE";
        Raw = 8 => "raw", "WS_ENCODING_RAW";
    }
}

c_enum! {
    /// The WS-Addressing version of a channel's messages.
    pub enum AddressingVersion: i32 = "addressing_version", "WS_ADDRESSING_VERSION",
        "Which WS-Addressing version headers follow, or transport addressing only." {
        V0_9 = 1 => "v0_9", "WS_ADDRESSING_VERSION_0_9";
        V1_0 = 2 => "v1_0", "WS_ADDRESSING_VERSION_1_0";
        Transport = 3 => "transport", "WS_ADDRESSING_VERSION_TRANSPORT";
    }
}

c_enum! {
    /// The SOAP envelope version of a channel's messages.
    pub enum EnvelopeVersion: i32 = "envelope_version", "WS_ENVELOPE_VERSION",
        "The SOAP version of the envelope, or none for raw messages." {
        Soap1_1 = 1 => "soap_1_1", "WS_ENVELOPE_VERSION_SOAP_1_1";
        Soap1_2 = 2 => "soap_1_2", "WS_ENVELOPE_VERSION_SOAP_1_2";
        None = 3 => "none", "WS_ENVELOPE_VERSION_NONE";
    }
}
