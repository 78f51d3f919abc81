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
