//! The namespaces the importer reads, with the prefixes the metadata mapping page uses for them.

/// WSDL 1.1 (`wsdl`).
pub const WSDL: &str = "http://schemas.xmlsoap.org/wsdl/";
/// WSDL 2.0, which is not read.
pub const WSDL20: &str = "http://www.w3.org/ns/wsdl";
/// SOAP 1.1 binding of WSDL 1.1 (`soap11`).
pub const SOAP11: &str = "http://schemas.xmlsoap.org/wsdl/soap/";
/// SOAP 1.2 binding of WSDL 1.1 (`soap12`).
pub const SOAP12: &str = "http://schemas.xmlsoap.org/wsdl/soap12/";
/// WS-Addressing August 2004 (`wsa09`).
pub const WSA09: &str = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
/// WS-Addressing 1.0 (`wsa10`).
pub const WSA10: &str = "http://www.w3.org/2005/08/addressing";
/// WS-Addressing August 2004 policy assertion (`wsa09p`).
pub const WSA09P: &str = "http://schemas.xmlsoap.org/ws/2004/08/addressing/policy";
/// WS-Addressing 1.0 WSDL binding, home of its policy assertion (`wsa10p`).
pub const WSA10P: &str = "http://www.w3.org/2006/05/addressing/wsdl";
/// .NET binary encoding assertion (`binp`).
pub const BINP: &str = "http://schemas.microsoft.com/ws/06/2004/mspolicy/netbinary1";
/// MTOM assertion (`mtomp`).
pub const MTOMP: &str = "http://schemas.xmlsoap.org/ws/2004/09/policy/optimizedmimeserialization";
/// WS-SecurityPolicy 1.1 (`sp`), the only version WWSAPI maps.
pub const SP11: &str = "http://schemas.xmlsoap.org/ws/2005/07/securitypolicy";
/// WS-SecurityPolicy 1.2.
pub const SP12: &str = "http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702";
/// WS-SecurityPolicy 1.3.
pub const SP13: &str = "http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200802";
/// WS-Policy 1.2 (`wsp`), the version WWSAPI maps.
pub const WSP12: &str = "http://schemas.xmlsoap.org/ws/2004/09/policy";
/// WS-Policy 1.5.
pub const WSP15: &str = "http://www.w3.org/ns/ws-policy";
/// .NET framing policy, home of WindowsTransportSecurity (`netf`).
pub const NETF: &str = "http://schemas.microsoft.com/ws/2006/05/framing/policy";
/// HTTP authentication assertions (`httpp`).
pub const HTTPP: &str = "http://schemas.microsoft.com/ws/06/2004/policy/http";
/// WS-Security utility, home of `wsu:Id`.
pub const WSU: &str =
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
/// The XML namespace, home of `xml:id`.
pub const XML: &str = "http://www.w3.org/XML/1998/namespace";

/// Transport URI of SOAP over HTTP.
pub const TRANSPORT_HTTP: &str = "http://schemas.xmlsoap.org/soap/http";
/// Transport URI of SOAP over .NET TCP framing.
pub const TRANSPORT_TCP: &str = "http://schemas.microsoft.com/soap/tcp";
/// Transport URI of SOAP over .NET named pipes (not in the metadata mapping).
pub const TRANSPORT_NAMED_PIPE: &str = "http://schemas.microsoft.com/soap/named-pipe";
