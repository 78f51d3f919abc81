//! Entries of the message catalogue that no check reports: rules the model's types make
//! unrepresentable (`by-construction`), rules only WWSAPI can judge (`runtime`), and notes whose
//! decision is recorded in the rationale. A rule a check reports is declared beside its check.

use crate::registry::{Kind, Rule, RuleSet, Status};

pub(crate) static SET: RuleSet = RuleSet::rules(&[
    &M_001, &M_020, &M_025, &M_028, &M_030, &M_031, &M_032, &M_033, &M_034, &M_044, &M_045, &M_049,
    &M_050, &M_051, &M_055, &M_056, &M_057, &M_061, &M_062, &M_064, &M_067, &M_068, &M_069, &M_070,
    &M_071, &M_073, &M_074, &M_075, &M_076, &M_087, &M_088, &M_089, &M_090, &M_091, &M_092, &M_093,
    &M_095, &M_097, &M_099, &M_100, &M_102, &M_103, &M_104, &M_105, &M_106, &M_107, &M_108, &M_109,
    &M_110, &M_111, &M_112, &M_113, &M_114, &M_115, &M_116, &M_117, &M_118, &M_119, &M_120, &M_121,
    &M_122, &M_123, &M_124, &M_125, &M_126, &M_127, &M_128, &M_129, &M_130, &M_131, &M_132, &M_133,
    &M_134, &M_135, &M_136, &M_137, &M_138, &M_139, &M_140, &M_141, &M_142, &M_143, &M_144, &M_146,
    &M_147, &M_148, &M_149, &M_150, &M_151, &M_152, &M_153, &M_154, &M_155, &M_156, &M_157, &M_158,
    &M_159, &M_160, &M_161, &M_162, &M_163, &M_164, &M_165, &M_166, &M_167, &M_168, &M_169, &M_170,
    &M_171, &M_172, &M_173, &M_174, &M_175, &M_176, &M_177, &M_178, &M_179, &M_180, &M_181, &M_182,
    &M_183,
]);

pub(crate) static M_001: Rule = Rule::error("M-001", Kind::Value, Status::ByConstruction)
    .title("subtype selector must match the structure")
    .rationale("The model's `SecurityBinding` enum has one variant per structure and `binding_type()` derives the selector from the variant, so a selector that disagrees with the structure cannot be written.")
    .source("api/ne-webservices-ws_security_binding_type.md § description and enum-fields");

pub(crate) static M_020: Rule = Rule::warning("M-020", Kind::Note, Status::Note)
    .title("platform and app-type availability")
    .rationale("Decision: platform and app-type availability (Windows 7 / Server 2008 R2, desktop apps for the binding structures) is documentation; the policy does not model target platforms.")
    .source("front matter req.target-min-winverclnt of every saved api/ page of this area");

pub(crate) static M_025: Rule = Rule::error("M-025", Kind::Default, Status::ByConstruction)
    .title("validator state is optional and passed through")
    .rationale("`UsernameMessageBinding::password_validator_callback_state` is an `Option<RuntimeSlot>`: leaving it out is valid and nothing else can be written, so there is nothing to break.")
    .source("api/ns-webservices-ws_username_message_security_binding.md § passwordValidatorCallbackState");

pub(crate) static M_028: Rule = Rule::warning("M-028", Kind::Note, Status::Runtime)
    .title("received username is exposed on the message")
    .rationale("Reading the sender's user name from a received message happens in program code at run time.")
    .source("concepts/security-overview.md § The Security Programming Model");

pub(crate) static M_030: Rule = Rule::error("M-030", Kind::Value, Status::Runtime)
    .title("validator result codes")
    .rationale("What the password validator returns is decided by program code at run time; the endpoint only names the callback slot.")
    .source("api/nc-webservices-ws_validate_password_callback.md § description");

pub(crate) static M_031: Rule = Rule::warning("M-031", Kind::Note, Status::Runtime)
    .title("anything but S_OK rejects the message")
    .rationale("The effect of a validator result on a receive is run-time behaviour.")
    .source("api/nc-webservices-ws_validate_password_callback.md § description");

pub(crate) static M_032: Rule = Rule::warning("M-032", Kind::Note, Status::Runtime)
    .title("validator invocation window")
    .rationale("When the validator may be called is run-time behaviour; the program must keep its state alive.")
    .source("api/nc-webservices-ws_validate_password_callback.md § description");

pub(crate) static M_033: Rule = Rule::warning("M-033", Kind::Note, Status::Runtime)
    .title("validator threading model")
    .rationale("Whether the validator is called synchronously depends on the release and the receive call, both run-time facts.")
    .source("api/nc-webservices-ws_validate_password_callback.md § description and asyncContext");

pub(crate) static M_034: Rule = Rule::warning("M-034", Kind::Note, Status::Note)
    .title("callback pages contradict their own return type")
    .rationale("Decision: callbacks are `RuntimeSlot`s in the model; the program supplies real functions returning HRESULT, as windows-sys declares them, not the 'no value' the pages print.")
    .source("api/nc-webservices-ws_validate_password_callback.md § returns and description");

pub(crate) static M_044: Rule = Rule::warning("M-044", Kind::Note, Status::Note)
    .title("kerberos page softens the companion requirement")
    .rationale("Decision: the word 'generally' on the Kerberos page does not weaken the rule; Kerberos gets the same protection checks as the other message bindings (M-010, M-012, M-013).")
    .source("api/ns-webservices-ws_kerberos_apreq_message_security_binding.md § bindingUsage");

pub(crate) static M_045: Rule = Rule::warning("M-045", Kind::Note, Status::Runtime)
    .title("chunked transfer on Vista-and-later clients over HTTP")
    .rationale("Chunked transfer by Vista-and-later HTTP Kerberos clients is an interoperability matter seen only with a live peer.")
    .source("api/ns-webservices-ws_kerberos_apreq_message_security_binding.md § description");

pub(crate) static M_049: Rule = Rule::warning("M-049", Kind::Note, Status::Runtime)
    .title("client extended protection with Kerberos over SSL")
    .rationale("Binding the Kerberos token to the SSL connection on the client is automatic and depends on the OS version at run time.")
    .source("concepts/extended-protection.md § Supported Configurations and § Supported Platforms");

pub(crate) static M_050: Rule = Rule::warning("M-050", Kind::Note, Status::Runtime)
    .title("old updated clients need policy NEVER")
    .rationale("Whether downlevel Kerberos-over-SSL clients can connect depends on the clients met at run time.")
    .source("concepts/extended-protection.md § Interoperability");

pub(crate) static M_051: Rule = Rule::warning("M-051", Kind::Note, Status::Runtime)
    .title("kerberos sender token on received messages")
    .rationale("Reading the sender's Windows token from a received message happens in program code at run time.")
    .source("(WS_MESSAGE_PROPERTY_ID page, owned by another area) § WS_MESSAGE_PROPERTY_MESSAGE_SECURITY_WINDOWS_TOKEN");

pub(crate) static M_055: Rule = Rule::warning("M-055", Kind::Note, Status::Note)
    .title("where the XML token comes from")
    .rationale("Decision: the token is a `RuntimeSlot` filled by the program (from WsCreateXmlSecurityToken or WsRequestSecurityToken); the policy only checks that the slot is named.")
    .source("api/ns-webservices-ws_xml_token_message_security_binding.md § xmlToken and description");

pub(crate) static M_056: Rule = Rule::warning("M-056", Kind::Note, Status::Runtime)
    .title("token is copied at channel creation")
    .rationale("When the program may free the token it supplied is run-time behaviour.")
    .source("api/ns-webservices-ws_xml_token_message_security_binding.md § xmlToken");

pub(crate) static M_057: Rule = Rule::warning("M-057", Kind::Note, Status::Runtime)
    .title("disclosure risk of XML tokens")
    .rationale("Whether a token may be disclosed to a given server depends on the address opened at run time.")
    .source("api/ns-webservices-ws_xml_token_message_security_binding.md § description");

pub(crate) static M_061: Rule = Rule::warning("M-061", Kind::Note, Status::Runtime)
    .title("validation depth depends on the authenticator")
    .rationale("How deeply a received assertion is checked, and reading it from the message, happens at run time.")
    .source("api/ns-webservices-ws_saml_message_security_binding.md § description");

pub(crate) static M_062: Rule = Rule::warning("M-062", Kind::Note, Status::Note)
    .title("federation pairing of client and server bindings")
    .rationale("Decision: no pairing between a client XML token and a server SAML binding is required; each endpoint is checked alone.")
    .source("api/ns-webservices-ws_saml_message_security_binding.md § description");

pub(crate) static M_064: Rule = Rule::error("M-064", Kind::Value, Status::ByConstruction)
    .title("only the certificate-signed authenticator exists")
    .rationale("`SamlAuthenticator` has the single variant `CertSigned` and `authenticator_type()` derives the selector from it, so no other selector can be written.")
    .source("api/ns-webservices-ws_saml_authenticator.md § authenticatorType");

pub(crate) static M_067: Rule = Rule::warning("M-067", Kind::Note, Status::Note)
    .title("decryption certificate optionality is not stated")
    .rationale("Decision: decryption_cert is optional; unencrypted assertions need no decryption certificate.")
    .source("api/ns-webservices-ws_cert_signed_saml_authenticator.md § decryptionCert and § _CERT_CONTEXT");

pub(crate) static M_068: Rule = Rule::warning("M-068", Kind::Note, Status::Runtime)
    .title("certificate handles are duplicated")
    .rationale("Handle duplication and when the program may free its certificates are run-time behaviour.")
    .source("api/ns-webservices-ws_cert_signed_saml_authenticator.md § trustedIssuerCerts and decryptionCert");

pub(crate) static M_069: Rule = Rule::warning("M-069", Kind::Note, Status::Runtime)
    .title("issuer certificates are not checked by the runtime")
    .rationale("Whether the listed issuer certificates are still valid can only be known with the live certificates.")
    .source("api/ns-webservices-ws_cert_signed_saml_authenticator.md § description");

pub(crate) static M_070: Rule = Rule::warning("M-070", Kind::Note, Status::Runtime)
    .title("acceptance criterion of the cert-signed authenticator")
    .rationale("Signature checking of received assertions happens at run time.")
    .source("api/ns-webservices-ws_cert_signed_saml_authenticator.md § description");

pub(crate) static M_071: Rule = Rule::error("M-071", Kind::Default, Status::ByConstruction)
    .title("SAML validator callback is optional")
    .rationale("`saml_validator` is an `Option<RuntimeSlot>`; leaving it out is valid, so there is nothing to break.")
    .source("api/ns-webservices-ws_cert_signed_saml_authenticator.md § samlValidator");

pub(crate) static M_073: Rule = Rule::warning("M-073", Kind::Note, Status::Runtime)
    .title("SAML validator runs only after a good signature")
    .rationale("When the SAML validator is called is run-time behaviour.")
    .source("api/nc-webservices-ws_validate_saml_callback.md § description and samlAssertion");

pub(crate) static M_074: Rule = Rule::error("M-074", Kind::Value, Status::Runtime)
    .title("SAML validator result codes")
    .rationale("What the SAML validator returns is decided by program code at run time.")
    .source("api/nc-webservices-ws_validate_saml_callback.md § description");

pub(crate) static M_075: Rule = Rule::warning("M-075", Kind::Note, Status::Runtime)
    .title("anything but S_OK fails the receive")
    .rationale("The effect of a SAML validator result on a receive is run-time behaviour.")
    .source("api/nc-webservices-ws_validate_saml_callback.md § description");

pub(crate) static M_076: Rule = Rule::warning("M-076", Kind::Note, Status::Runtime)
    .title("SAML validator invocation window")
    .rationale("When the SAML validator may be called is run-time behaviour.")
    .source("api/nc-webservices-ws_validate_saml_callback.md § description");

pub(crate) static M_087: Rule = Rule::error("M-087", Kind::Side, Status::Runtime)
    .title("A receive must complete before the first send")
    .rationale("The order of sends and receives on a channel is decided by program code at run time; the endpoint file has no message loop.")
    .source("api/ns-webservices-ws_security_context_message_security_binding.md § description");

pub(crate) static M_088: Rule = Rule::warning("M-088", Kind::Note, Status::Note)
    .title("scope of the receive-before-send rule is unclear")
    .rationale("Decision: the receive-before-send requirement applies to server channels only; a client establishes the context with its first send.")
    .source("api/ns-webservices-ws_security_context_message_security_binding.md § description");

pub(crate) static M_089: Rule = Rule::warning("M-089", Kind::Note, Status::Runtime)
    .title("client-side context lifecycle")
    .rationale("Establishing, renewing and cancelling a client context happens at run time.")
    .source("concepts/security-context.md § Client");

pub(crate) static M_090: Rule = Rule::warning("M-090", Kind::Note, Status::Runtime)
    .title("server-side context scope")
    .rationale("Which contexts a server channel sees is run-time behaviour of the listener.")
    .source("concepts/security-context.md § Server");

pub(crate) static M_091: Rule = Rule::error("M-091", Kind::Side, Status::Runtime)
    .title("context handle is available on the server only")
    .rationale("Reading the context handle from a received message happens in program code; the endpoint file has no place for message property reads, so only WWSAPI sees a client asking for it.")
    .source("concepts/security-context.md § Server");

pub(crate) static M_092: Rule = Rule::warning("M-092", Kind::Note, Status::Note)
    .title("context binding costs server resources")
    .rationale("Decision: the cost of server contexts is bounded by the context quota and interval properties, whose values the properties area checks.")
    .source("concepts/security-overview.md § Security (Denial of service)");

pub(crate) static M_093: Rule = Rule::warning("M-093", Kind::Note, Status::Note)
    .title("metadata matching accepts only the February 2005 version")
    .rationale("Decision: metadata policy matching belongs to the templates/metadata area; nothing to check on an endpoint.")
    .source("(WS_SECURITY_CONTEXT_MESSAGE_SECURITY_BINDING_CONSTRAINT page, owned by another area) § bindingConstraint");

pub(crate) static M_095: Rule = Rule::warning("M-095", Kind::Note, Status::Note)
    .title("the bootstrap is a complete, separate description")
    .rationale("Decision: a bootstrap is checked as a description of its own: the driver runs every check again inside it, and nothing is inherited from the outer properties.")
    .source("api/ns-webservices-ws_security_context_message_security_binding.md § bootstrapSecurityDescription");

pub(crate) static M_097: Rule = Rule::warning("M-097", Kind::Note, Status::Note)
    .title("SAML as bootstrap on the server")
    .rationale("Decision: a SAML binding is accepted in a server bootstrap, since the context property for SAML assertions implies it.")
    .source("concepts/security-context.md § Security Context");

pub(crate) static M_099: Rule = Rule::error("M-099", Kind::Side, Status::ByConstruction)
    .title("bootstrap bindings obey the outer side")
    .rationale("`SecurityDescription` has no side of its own, so a bootstrap always takes the outer endpoint's side, and the driver re-runs every side check inside it.")
    .source("api/ns-webservices-ws_xml_token_message_security_binding.md § description");

pub(crate) static M_100: Rule = Rule::error("M-100", Kind::Channel, Status::ByConstruction)
    .title("bootstrap uses the outer channel binding")
    .rationale("`SecurityDescription` has no channel binding of its own, so a bootstrap always takes the outer channel binding, and the driver re-runs every channel check inside it.")
    .source("api/ne-webservices-ws_binding_template_type.md § WS_HTTP_SSL_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE … WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE");

pub(crate) static M_102: Rule = Rule::error("M-102", Kind::Side, Status::Runtime)
    .title("revocation is server-only")
    .rationale("Only servers can revoke a context. It concerns a call to WsRevokeSecurityContext made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsrevokesecuritycontext.md § description");

pub(crate) static M_103: Rule = Rule::error("M-103", Kind::Required, Status::Runtime)
    .title("context to revoke must be supplied")
    .rationale("The context to revoke must be given. It concerns a call to WsRevokeSecurityContext made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsrevokesecuritycontext.md § securityContext and error");

pub(crate) static M_104: Rule = Rule::warning("M-104", Kind::Note, Status::Runtime)
    .title("effect of revocation")
    .rationale("The effect of a revocation on later requests is run-time behaviour.")
    .source("api/nf-webservices-wsrevokesecuritycontext.md § description and returns");

pub(crate) static M_105: Rule = Rule::error("M-105", Kind::Value, Status::ByConstruction)
    .title("context property ids")
    .rationale("`SecurityContextPropertyId` has exactly the four documented ids, so no other id can be written.")
    .source("api/nf-webservices-wsgetsecuritycontextproperty.md § id");

pub(crate) static M_106: Rule = Rule::error("M-106", Kind::Value, Status::Runtime)
    .title("output buffer alignment")
    .rationale("Buffer alignment is a memory-layout matter. It concerns a call to WsGetSecurityContextProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsgetsecuritycontextproperty.md § value");

pub(crate) static M_107: Rule = Rule::error("M-107", Kind::Value, Status::Runtime)
    .title("output buffer size")
    .rationale("The buffer must fit the property type. It concerns a call to WsGetSecurityContextProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsgetsecuritycontextproperty.md § valueSize and returns");

pub(crate) static M_108: Rule = Rule::error("M-108", Kind::Value, Status::Runtime)
    .title("context identifier")
    .rationale("It fixes the result type of the identifier. It concerns a call to WsGetSecurityContextProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_security_context_property_id.md § WS_SECURITY_CONTEXT_PROPERTY_IDENTIFIER");

pub(crate) static M_109: Rule = Rule::error("M-109", Kind::Applicability, Status::Runtime)
    .title("username only for a username-bootstrapped context")
    .rationale("The user name exists only for a username bootstrap. It concerns a call to WsGetSecurityContextProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_security_context_property_id.md § WS_SECURITY_CONTEXT_PROPERTY_USERNAME");

pub(crate) static M_110: Rule = Rule::error("M-110", Kind::Applicability, Status::Runtime)
    .title("windows token only for a Kerberos-bootstrapped context")
    .rationale("The Windows token exists only for a Kerberos bootstrap. It concerns a call to WsGetSecurityContextProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_security_context_property_id.md § WS_SECURITY_CONTEXT_PROPERTY_MESSAGE_SECURITY_WINDOWS_TOKEN");

pub(crate) static M_111: Rule = Rule::error("M-111", Kind::Applicability, Status::Runtime)
    .title("SAML assertion only for a SAML-bootstrapped context")
    .rationale("The SAML assertion exists only for a SAML bootstrap. It concerns a call to WsGetSecurityContextProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_security_context_property_id.md § WS_SECURITY_CONTEXT_PROPERTY_SAML_ASSERTION");

pub(crate) static M_112: Rule = Rule::warning("M-112", Kind::Note, Status::Runtime)
    .title("unsupported property id fails")
    .rationale("Which ids a given context supports is known only when it is queried.")
    .source("api/nf-webservices-wsgetsecuritycontextproperty.md § returns");

pub(crate) static M_113: Rule = Rule::warning("M-113", Kind::Note, Status::Runtime)
    .title("context and token handles are not thread-safe")
    .rationale("Thread safety of context and token handles concerns program code.")
    .source("concepts/ws-security-context.md § Remarks");

pub(crate) static M_114: Rule = Rule::warning("M-114", Kind::Note, Status::Note)
    .title("WS_SECURITY_CONTEXT_PROPERTY has no documented consumer")
    .rationale("Decision: the structure has no consumer; the model keeps only the id enumeration and the policy has nothing to check.")
    .source("api/ns-webservices-ws_security_context_property.md § struct-fields");

pub(crate) static M_115: Rule = Rule::error("M-115", Kind::Value, Status::ByConstruction)
    .title("key-handle selector must match the structure")
    .rationale("`SecurityKeyHandleType` has exactly the three documented values; key handles themselves are runtime slots supplied by the program.")
    .source("api/ns-webservices-ws_security_key_handle.md § keyHandleType");

pub(crate) static M_116: Rule = Rule::warning("M-116", Kind::Note, Status::Note)
    .title("what key handles are for")
    .rationale("Decision: key handles only matter for token creation, which happens in program code; endpoint bindings never take one.")
    .source("api/ns-webservices-ws_security_key_handle.md § description");

pub(crate) static M_117: Rule = Rule::error("M-117", Kind::Applicability, Status::Runtime)
    .title("CAPI key handles only before Windows Vista")
    .rationale(
        "Depends on the operating system the program runs on, which endpoint files do not declare.",
    )
    .source("api/ns-webservices-ws_capi_asymmetric_security_key_handle.md § description");

pub(crate) static M_118: Rule = Rule::error("M-118", Kind::Applicability, Status::Runtime)
    .title("NCRYPT key handles only on Vista and later")
    .rationale(
        "Depends on the operating system the program runs on, which endpoint files do not declare.",
    )
    .source("api/ns-webservices-ws_ncrypt_asymmetric_security_key_handle.md § description");

pub(crate) static M_119: Rule = Rule::warning("M-119", Kind::Note, Status::Runtime)
    .title("CAPI provider must outlive the key's use")
    .rationale("Key provider lifetime is managed by program code.")
    .source("api/ns-webservices-ws_capi_asymmetric_security_key_handle.md § description");

pub(crate) static M_120: Rule = Rule::warning("M-120", Kind::Note, Status::Runtime)
    .title("NCRYPT key must outlive the key's use")
    .rationale("Key handle lifetime is managed by program code.")
    .source("api/ns-webservices-ws_ncrypt_asymmetric_security_key_handle.md § description");

pub(crate) static M_121: Rule = Rule::warning("M-121", Kind::Note, Status::Runtime)
    .title("raw symmetric key bytes")
    .rationale("Wiping raw key bytes is the program's job at run time.")
    .source("api/ns-webservices-ws_raw_symmetric_security_key_handle.md § rawKeyBytes");

pub(crate) static M_122: Rule = Rule::warning("M-122", Kind::Note, Status::Runtime)
    .title("CAPI form versus the documented minimum OS")
    .rationale("Depends on the operating system and runtime redistributable in use, which endpoint files do not declare.")
    .source("api/ns-webservices-ws_capi_asymmetric_security_key_handle.md § description and front matter");

pub(crate) static M_123: Rule = Rule::error("M-123", Kind::Required, Status::Runtime)
    .title("token XML must be one element")
    .rationale("The token XML is built by program code at run time.")
    .source("api/nf-webservices-wscreatexmlsecuritytoken.md § tokenXml");

pub(crate) static M_124: Rule = Rule::error("M-124", Kind::Value, Status::Runtime)
    .title("tokenKey decides bearer versus proof-of-possession")
    .rationale("The key decides between bearer and proof-of-possession tokens. It concerns a call to WsCreateXmlSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wscreatexmlsecuritytoken.md § tokenKey");

pub(crate) static M_125: Rule = Rule::error("M-125", Kind::Combination, Status::Runtime)
    .title("NULL properties require a zero count")
    .rationale("Array and count must agree. It concerns a call to WsCreateXmlSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wscreatexmlsecuritytoken.md § properties and propertyCount");

pub(crate) static M_126: Rule = Rule::error("M-126", Kind::Required, Status::Runtime)
    .title("created token must be freed")
    .rationale("Freeing the created token is program code at run time.")
    .source("api/nf-webservices-wscreatexmlsecuritytoken.md § token");

pub(crate) static M_127: Rule = Rule::warning("M-127", Kind::Note, Status::Runtime)
    .title("creation errors")
    .rationale("Error results of token creation are seen at run time.")
    .source("api/nf-webservices-wscreatexmlsecuritytoken.md § returns and error");

pub(crate) static M_128: Rule = Rule::error("M-128", Kind::Value, Status::ByConstruction)
    .title("XML token property ids")
    .rationale("`XmlSecurityTokenPropertyId` has exactly the four documented ids, so no other id can be written.")
    .source("api/ne-webservices-ws_xml_security_token_property_id.md § description and enum-fields");

pub(crate) static M_129: Rule = Rule::error("M-129", Kind::Value, Status::Runtime)
    .title("XML token property value and size")
    .rationale("Value buffers must fit the property type. It concerns a call to WsCreateXmlSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ns-webservices-ws_xml_security_token_property.md § value and valueSize");

pub(crate) static M_130: Rule = Rule::error("M-130", Kind::Combination, Status::Runtime)
    .title("attached reference if and only if proof-of-possession")
    .rationale("A keyed token needs an attached reference. It concerns a call to WsCreateXmlSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_xml_security_token_property_id.md § WS_XML_SECURITY_TOKEN_PROPERTY_ATTACHED_REFERENCE");

pub(crate) static M_131: Rule = Rule::error("M-131", Kind::Value, Status::Runtime)
    .title("attached reference is one element")
    .rationale("The reference XML is built by program code at run time.")
    .source("api/ne-webservices-ws_xml_security_token_property_id.md § WS_XML_SECURITY_TOKEN_PROPERTY_ATTACHED_REFERENCE");

pub(crate) static M_132: Rule = Rule::warning("M-132", Kind::Applicability, Status::Runtime)
    .title("unattached reference only for unserialized PoP tokens")
    .rationale("An unattached reference fits only unserialized keyed tokens. It concerns a call to WsCreateXmlSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_xml_security_token_property_id.md § WS_XML_SECURITY_TOKEN_PROPERTY_UNATTACHED_REFERENCE");

pub(crate) static M_133: Rule = Rule::error("M-133", Kind::Value, Status::Runtime)
    .title("unattached reference is one element")
    .rationale("The reference XML is built by program code at run time.")
    .source("api/ne-webservices-ws_xml_security_token_property_id.md § WS_XML_SECURITY_TOKEN_PROPERTY_UNATTACHED_REFERENCE");

pub(crate) static M_134: Rule = Rule::warning("M-134", Kind::Value, Status::Runtime)
    .title("validity window of an XML token")
    .rationale("Validity times are plain date-time values. It concerns a call to WsCreateXmlSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_xml_security_token_property_id.md § WS_XML_SECURITY_TOKEN_PROPERTY_VALID_FROM_TIME and _VALID_TILL_TIME");

pub(crate) static M_135: Rule = Rule::warning("M-135", Kind::Note, Status::Note)
    .title("tokenKey type name on the function page")
    .rationale("Decision: the parameter type is WS_SECURITY_KEY_HANDLE; the name printed on the page is a typo and no such type is invented.")
    .source("api/nf-webservices-wscreatexmlsecuritytoken.md § tokenKey and returns");

pub(crate) static M_136: Rule = Rule::error("M-136", Kind::Side, Status::Runtime)
    .title("token requests are client-side")
    .rationale("Token requests are made by clients. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § description");

pub(crate) static M_137: Rule = Rule::error("M-137", Kind::Required, Status::Runtime)
    .title("channel must be open")
    .rationale("The channel state is known only at run time.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § channel");

pub(crate) static M_138: Rule = Rule::error("M-138", Kind::Combination, Status::Runtime)
    .title("channel prepared for the issuer")
    .rationale("Which address the request channel is opened to is decided at run time; its description is checked like any client endpoint.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § channel");

pub(crate) static M_139: Rule = Rule::warning("M-139", Kind::Note, Status::Runtime)
    .title("channel state after the call")
    .rationale("The channel state after the call is run-time behaviour.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § channel");

pub(crate) static M_140: Rule = Rule::warning("M-140", Kind::Note, Status::Runtime)
    .title("caller closes and frees the request channel")
    .rationale("Closing the request channel is program code.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § channel");

pub(crate) static M_141: Rule = Rule::error("M-141", Kind::Combination, Status::Runtime)
    .title("request properties are optional")
    .rationale("Array and count must agree. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § properties and propertyCount");

pub(crate) static M_142: Rule = Rule::warning("M-142", Kind::Note, Status::Runtime)
    .title("output token is set only on success")
    .rationale("The output token is written only on success, a run-time fact.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § token");

pub(crate) static M_143: Rule = Rule::warning("M-143", Kind::Note, Status::Runtime)
    .title("obtained token must be freed")
    .rationale("Freeing the obtained token is program code.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § token");

pub(crate) static M_144: Rule = Rule::error("M-144", Kind::Default, Status::Runtime)
    .title("asynchronous invocation")
    .rationale("Without an async context the call is synchronous. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § asyncContext, error and returns");

pub(crate) static M_146: Rule = Rule::error("M-146", Kind::Value, Status::ByConstruction)
    .title("request property ids")
    .rationale("`RequestSecurityTokenPropertyId` has exactly the thirteen documented ids, so no other id can be written.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § description and enum-fields");

pub(crate) static M_147: Rule = Rule::error("M-147", Kind::Value, Status::Runtime)
    .title("request property value and size")
    .rationale("Value buffers must fit the property type. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ns-webservices-ws_request_security_token_property.md § value and valueSize");

pub(crate) static M_148: Rule = Rule::error("M-148", Kind::Value, Status::Runtime)
    .title("relying-party address")
    .rationale("It names the relying party the token is meant for. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_APPLIES_TO");

pub(crate) static M_149: Rule = Rule::error("M-149", Kind::Default, Status::Runtime)
    .title("WS-Trust version of the request")
    .rationale("It fixes the trust version and its default. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_TRUST_VERSION");

pub(crate) static M_150: Rule = Rule::warning("M-150", Kind::Applicability, Status::Runtime)
    .title("secure-conversation version only for context actions")
    .rationale("The version only matters for context actions. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_SECURE_CONVERSATION_VERSION");

pub(crate) static M_151: Rule = Rule::error("M-151", Kind::Default, Status::Runtime)
    .title("requested token type")
    .rationale("It names the token type to request. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_TYPE");

pub(crate) static M_152: Rule = Rule::error("M-152", Kind::Default, Status::Runtime)
    .title("request action")
    .rationale("It fixes the request action and its default. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_REQUEST_ACTION");

pub(crate) static M_153: Rule = Rule::error("M-153", Kind::Combination, Status::Runtime)
    .title("existing token only with RENEW_CONTEXT")
    .rationale("An existing token only fits a renewal. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_EXISTING_TOKEN");

pub(crate) static M_154: Rule = Rule::error("M-154", Kind::Required, Status::Runtime)
    .also(&[
        "P-140", // RENEW_CONTEXT needing EXISTING_TOKEN is a WS-Trust request rule of the message area
    ])
    .title("RENEW_CONTEXT needs the existing token")
    .rationale("A renewal needs the token to renew. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("(WS_REQUEST_SECURITY_TOKEN_ACTION page, owned by another area) § WS_REQUEST_SECURITY_TOKEN_ACTION_RENEW_CONTEXT");

pub(crate) static M_155: Rule = Rule::warning("M-155", Kind::Note, Status::Runtime)
    .title("renewal invalidates the old token")
    .rationale("Invalidation of the old token happens when the renewal succeeds at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_EXISTING_TOKEN");

pub(crate) static M_156: Rule = Rule::error("M-156", Kind::Value, Status::Runtime)
    .title("requested key type is NONE or SYMMETRIC")
    .rationale("Issued tokens may not ask for an asymmetric key. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_TYPE");

pub(crate) static M_157: Rule = Rule::error("M-157", Kind::Default, Status::Runtime)
    .title("absent key type means symmetric")
    .rationale("An absent key type means symmetric. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_TYPE");

pub(crate) static M_158: Rule = Rule::warning("M-158", Kind::Note, Status::Note)
    .title("NONE requests a bearer token")
    .rationale("Decision: a bearer token gives no message signature; integrity then rests on the transport binding, which M-014 already demands for XML token bindings.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_TYPE");

pub(crate) static M_159: Rule = Rule::error("M-159", Kind::Combination, Status::Runtime)
    .title("key size only for symmetric-key tokens")
    .rationale("A key size makes no sense for a keyless token. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_SIZE");

pub(crate) static M_160: Rule = Rule::error("M-160", Kind::Combination, Status::Runtime)
    .title("key entropy only for symmetric-key tokens")
    .rationale("Key entropy makes no sense for a keyless token. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_ENTROPY");

pub(crate) static M_161: Rule = Rule::warning("M-161", Kind::Note, Status::Note)
    .title("two different entropy defaults")
    .rationale("Decision: the token request (server-only entropy) and the security context binding (combined entropy) keep separate defaults; the model's defaults table follows that.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_ISSUED_TOKEN_KEY_ENTROPY");

pub(crate) static M_162: Rule = Rule::error("M-162", Kind::Value, Status::Runtime)
    .title("local request parameters")
    .rationale("The parameter XML is built by program code at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_LOCAL_REQUEST_PARAMETERS");

pub(crate) static M_163: Rule = Rule::error("M-163", Kind::Value, Status::Runtime)
    .title("service request parameters and their placement")
    .rationale("The parameter XML and its placement are decided at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_SERVICE_REQUEST_PARAMETERS");

pub(crate) static M_164: Rule = Rule::warning("M-164", Kind::Note, Status::Runtime)
    .title("service parameters normally come from metadata")
    .rationale("Service parameters come from metadata imported at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_SERVICE_REQUEST_PARAMETERS");

pub(crate) static M_165: Rule = Rule::error("M-165", Kind::Default, Status::Runtime)
    .title("message properties of the token exchange")
    .rationale("It sets the message properties of the exchange. It concerns a call to WsRequestSecurityToken made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_MESSAGE_PROPERTIES");

pub(crate) static M_166: Rule = Rule::warning("M-166", Kind::Note, Status::Note)
    .title("bearer key type version property is undocumented")
    .rationale("Decision: property 13 has no documentation; the model lists its three known values and the policy checks nothing about it.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_BEARER_KEY_TYPE_VERSION");

pub(crate) static M_167: Rule = Rule::warning("M-167", Kind::Note, Status::Note)
    .title("WS_SECURITY_BEARER_KEY_TYPE_VERSION has no reference page")
    .rationale("Decision: the bearer key type version enumeration is kept with the values from windows-sys, since no page documents it.")
    .source("api/ne-webservices-ws_request_security_token_property_id.md § WS_REQUEST_SECURITY_TOKEN_PROPERTY_BEARER_KEY_TYPE_VERSION");

pub(crate) static M_168: Rule = Rule::error("M-168", Kind::Forbidden, Status::ByConstruction)
    .title("token-request and XML-token property ids are not channel settings")
    .rationale("The description's properties are `ChannelProperty` values keyed by `SecurityPropertyId`; a token-request or XML-token property name there is an unknown key and rejected by the decoder (format rules).")
    .source("concepts/security-channel-settings.md § Security Channel Settings");

pub(crate) static M_169: Rule = Rule::error("M-169", Kind::Value, Status::ByConstruction)
    .title("token property ids")
    .rationale("`SecurityTokenPropertyId` has exactly the seven documented ids, so no other id can be written.")
    .source("api/ne-webservices-ws_security_token_property_id.md § description and enum-fields");

pub(crate) static M_170: Rule = Rule::error("M-170", Kind::Value, Status::Runtime)
    .title("result types of the token properties")
    .rationale("Each id has a fixed result type. It concerns a call to WsGetSecurityTokenProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/ne-webservices-ws_security_token_property_id.md § enum-fields");

pub(crate) static M_171: Rule = Rule::error("M-171", Kind::Value, Status::Runtime)
    .title("output buffer alignment and size")
    .rationale("The buffer must fit the result type. It concerns a call to WsGetSecurityTokenProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsgetsecuritytokenproperty.md § value, valueSize and returns");

pub(crate) static M_172: Rule = Rule::error("M-172", Kind::Combination, Status::Runtime)
    .title("heap is required for the symmetric key and forbidden otherwise")
    .rationale("A heap is needed for the symmetric key only. It concerns a call to WsGetSecurityTokenProperty made by program code; endpoint files describe no such call, so only WWSAPI sees the arguments at run time.")
    .source("api/nf-webservices-wsgetsecuritytokenproperty.md § heap");

pub(crate) static M_173: Rule = Rule::error("M-173", Kind::Applicability, Status::Runtime)
    .title("symmetric key only for symmetric-key tokens")
    .rationale("Whether a token has a symmetric key is known only from the live token.")
    .source("api/ne-webservices-ws_security_token_property_id.md § WS_SECURITY_TOKEN_PROPERTY_SYMMETRIC_KEY");

pub(crate) static M_174: Rule = Rule::warning("M-174", Kind::Note, Status::Runtime)
    .title("not every property exists for every token")
    .rationale("Which properties a token supports is known only from the live token.")
    .source("api/ne-webservices-ws_security_token_property_id.md § description");

pub(crate) static M_175: Rule = Rule::warning("M-175", Kind::Default, Status::Runtime)
    .title("zero tick count means no bound")
    .rationale("A zero validity time is read back from a live token at run time.")
    .source("api/ne-webservices-ws_security_token_property_id.md § WS_SECURITY_TOKEN_PROPERTY_VALID_FROM_TIME and _VALID_TILL_TIME");

pub(crate) static M_176: Rule = Rule::warning("M-176", Kind::Note, Status::Runtime)
    .title("lifetime of heap-less results")
    .rationale("Lifetime of returned data is run-time behaviour.")
    .source("api/nf-webservices-wsgetsecuritytokenproperty.md § description");

pub(crate) static M_177: Rule = Rule::warning("M-177", Kind::Note, Status::Runtime)
    .title("heap results are detached from the token")
    .rationale("Lifetime of heap data is run-time behaviour.")
    .source("api/nf-webservices-wsgetsecuritytokenproperty.md § description");

pub(crate) static M_178: Rule = Rule::warning("M-178", Kind::Note, Status::Runtime)
    .title("key material of requested tokens")
    .rationale("Which key material is returned depends on the exchange at run time.")
    .source("api/ne-webservices-ws_security_token_property_id.md § WS_SECURITY_TOKEN_PROPERTY_SYMMETRIC_KEY");

pub(crate) static M_179: Rule = Rule::warning("M-179", Kind::Note, Status::Runtime)
    .title("wipe the extracted key")
    .rationale("Wiping extracted key bytes is the program's job at run time.")
    .source("api/ne-webservices-ws_security_token_property_id.md § WS_SECURITY_TOKEN_PROPERTY_SYMMETRIC_KEY");

pub(crate) static M_180: Rule = Rule::warning("M-180", Kind::Note, Status::Note)
    .title("which tokens WsFreeSecurityToken accepts")
    .rationale("Decision: tokens from both WsCreateXmlSecurityToken and WsRequestSecurityToken are freed with WsFreeSecurityToken; tokens owned by messages are not.")
    .source("api/nf-webservices-wsrequestsecuritytoken.md § token");

pub(crate) static M_181: Rule = Rule::warning("M-181", Kind::Note, Status::Note)
    .title("windows-sys 0.61.2 agrees with every documented value")
    .rationale("Decision: the model's numbers were taken from windows-sys 0.61.2, which agrees with every documented value.")
    .source("every saved api/ page of this area");

pub(crate) static M_182: Rule = Rule::warning("M-182", Kind::Note, Status::Note)
    .title("TCP security-context templates name the SSL binding")
    .rationale("Decision: the TCP security context templates use TCP SSPI, not SSL, for both the service channel and the bootstrap; the page's mention of SSL is an error.")
    .source("api/ne-webservices-ws_binding_template_type.md § WS_TCP_SSPI_USERNAME_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE and WS_TCP_SSPI_KERBEROS_APREQ_SECURITY_CONTEXT_BINDING_TEMPLATE_TYPE");

pub(crate) static M_183: Rule = Rule::warning("M-183", Kind::Note, Status::Note)
    .title("minor defects in the pages of this area")
    .rationale("Decision: the listed page defects change no rule; each is handled where it matters (M-067, M-053/M-059 via P-009, M-088, M-033, M-166).")
    .source("api/ns-webservices-ws_saml_message_security_binding.md § description");
