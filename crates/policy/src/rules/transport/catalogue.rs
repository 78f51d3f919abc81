//! Entries of the transport catalogue that no check reports: rules the model's types make
//! unrepresentable (`by-construction`), rules only WWSAPI can judge (`runtime`), and notes whose
//! decision is recorded in the rationale. A rule a check reports is declared beside its check.

use crate::registry::{Kind, Rule, RuleSet, Status};

pub(crate) static SET: RuleSet = RuleSet::rules(&[
    &T_001, &T_002, &T_003, &T_005, &T_006, &T_008, &T_010, &T_012, &T_020, &T_021, &T_022, &T_023,
    &T_024, &T_030, &T_031, &T_032, &T_034, &T_035, &T_054, &T_055, &T_065, &T_067, &T_068, &T_071,
    &T_072, &T_073, &T_075, &T_077, &T_079, &T_080, &T_081, &T_083, &T_086, &T_088, &T_090, &T_091,
    &T_092, &T_093, &T_094, &T_095, &T_096, &T_097, &T_101, &T_102, &T_103, &T_104, &T_107, &T_108,
    &T_118, &T_120, &T_121, &T_122, &T_123, &T_124, &T_125, &T_126, &T_130, &T_131, &T_132, &T_133,
    &T_134,
]);

pub(crate) static T_001: Rule = Rule::error("T-001", Kind::Side, Status::ByConstruction)
    .title("the create function fixes the side of a description")
    .rationale("Many rules differ between client and server. `Endpoint::side` (type `Side`) is a required key, so every endpoint is checked for exactly one side.")
    .source("api/ns-webservices-ws_security_description.md § description");

pub(crate) static T_002: Rule = Rule::error("T-002", Kind::Cardinality, Status::ByConstruction)
    .title("binding array and binding count agree")
    .rationale("`SecurityDescription::bindings` is a `Vec<SecurityBinding>`: there is no separate count and no null element to get wrong.")
    .source("api/ns-webservices-ws_security_description.md § securityBindings");

pub(crate) static T_003: Rule = Rule::error("T-003", Kind::Note, Status::Note)
    .title("each binding adds one token; the set of bindings is the security mode")
    .rationale("There is no mode field; the checks derive the mode from the binding types present and apply the combination rules to that set.")
    .source("api/ns-webservices-ws_security_binding.md § description");

pub(crate) static T_005: Rule = Rule::error("T-005", Kind::Value, Status::ByConstruction)
    .title("the binding type selector matches the binding structure")
    .rationale("`SecurityBinding` is an enum whose variant is the structure; the selector comes from `binding_type()` and cannot disagree with it.")
    .source("api/ne-webservices-ws_security_binding_type.md § enum-fields");

pub(crate) static T_006: Rule = Rule::error("T-006", Kind::Value, Status::ByConstruction)
    .title("binding type is one of the nine documented values")
    .rationale("`SecurityBindingType` has exactly the values 1 to 9; the decoder rejects any other name (F-003).")
    .source("api/ne-webservices-ws_security_binding_type.md § enum-fields");

pub(crate) static T_008: Rule = Rule::error("T-008", Kind::Default, Status::ByConstruction)
    .title("the channel-wide property bag is optional")
    .rationale("An absent `properties` table is an empty `ChannelProperties`; there is no pointer and count pair to disagree.")
    .source("api/ns-webservices-ws_security_description.md § properties");

pub(crate) static T_010: Rule = Rule::error("T-010", Kind::Default, Status::ByConstruction)
    .title("the binding property bag is optional")
    .rationale("An absent binding `properties` table is an empty `BindingProperties`; every setting then takes its default.")
    .source("api/ns-webservices-ws_security_binding.md § properties");

pub(crate) static T_012: Rule = Rule::error("T-012", Kind::Note, Status::Note)
    .also(&[
        "M-019", // same note: description errors surface at channel or listener creation
    ])
    .title("description errors appear at creation, credential errors at open")
    .rationale("Decision: every static rule here stands for a creation-time failure; credentials and certificates are only loaded at open, so their rules are runtime.")
    .source("concepts/security-overview.md § The Security Programming Model");

pub(crate) static T_020: Rule = Rule::error("T-020", Kind::Note, Status::Note)
    .also(&[
        "M-016", // same wording conflict (none versus anything but sign_and_encrypt) seen from the message pages
        "P-086", // NONE versus anything-but-SIGN_AND_ENCRYPT is the same wording conflict as T-020
    ])
    .title("`none` versus anything below sign_and_encrypt")
    .rationale("Decision: only `none` satisfies T-019; `sign` is reported, since nothing can sign plain HTTP at transport level.")
    .source("concepts/security-overview.md § Selecting Security Bindings");

pub(crate) static T_021: Rule = Rule::error("T-021", Kind::Default, Status::ByConstruction)
    .also(&[
        "M-015", // restates the protection-level default, defined only with a transport binding present
        "P-083", // the protection-level default without a transport binding is the general T-021 default rule
    ])
    .title("protection level defaults to sign_and_encrypt with a transport binding")
    .rationale("`defaults::channel_property_default` returns sign_and_encrypt only when SSL, TCP SSPI or named-pipe SSPI is present and no default otherwise; T-019 never relies on a default.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL");

pub(crate) static T_022: Rule = Rule::error("T-022", Kind::Note, Status::Note)
    .title("lowering the level next to a protecting binding is undocumented")
    .rationale("Decision: not an error; any explicit level below sign_and_encrypt gets the advisory warning of P-087.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL");

pub(crate) static T_023: Rule = Rule::warning("T-023", Kind::Note, Status::Note)
    .title("security-lowering options are warned about")
    .rationale("Decision: each lowering option has its own warning (T-061, P-022, P-024, P-069, P-073, P-087) naming its consequence.")
    .source("concepts/security-overview.md § Security");

pub(crate) static T_024: Rule = Rule::error("T-024", Kind::Note, Status::Note)
    .title("a description authenticates but never authorizes")
    .rationale("Decision: nothing here is read as an access policy; authorization stays with the application's callbacks.")
    .source("concepts/service-authorization.md § Service Authorization");

pub(crate) static T_030: Rule = Rule::error("T-030", Kind::Required, Status::Runtime)
    .title("the server certificate is registered for the port")
    .rationale("Registration happens with the HTTP configuration tool on the machine; no declaration can show it.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § localCertCredential");

pub(crate) static T_031: Rule = Rule::error("T-031", Kind::Note, Status::Note)
    .title("the SSL page's 'all other cases' clause has no case")
    .rationale("Decision: SSL exists only on HTTP, so every server certificate in the description is reported by T-029.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § localCertCredential");

pub(crate) static T_032: Rule = Rule::error("T-032", Kind::Value, Status::ByConstruction)
    .title("a client SSL certificate is optional")
    .rationale("`SslTransportBinding::local_cert_credential` is an `Option<CertCredential>`: with or without a certificate is valid, and none is picked automatically.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § localCertCredential");

pub(crate) static T_034: Rule = Rule::error("T-034", Kind::Note, Status::Runtime)
    .title("whether a client certificate is needed is settled at the handshake")
    .rationale("It depends on the peer's require_ssl_client_cert, and each endpoint file describes one side only.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § localCertCredential");

pub(crate) static T_035: Rule = Rule::error("T-035", Kind::Note, Status::Note)
    .title("properties 22 and 23 are missing from the SSL page")
    .rationale("Decision: both are read as SSL settings (see facts::properties); their applicability and warnings belong to P-074 and P-076.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § description");

pub(crate) static T_054: Rule = Rule::error("T-054", Kind::Note, Status::Note)
    .title("named-pipe server identity mapping is undocumented")
    .rationale("Decision: nothing is checked; the address is not part of the endpoint file.")
    .source("api/ns-webservices-ws_namedpipe_sspi_transport_security_binding.md § description");

pub(crate) static T_055: Rule = Rule::warning("T-055", Kind::Note, Status::Note)
    .title("prefer named pipes for same-machine Windows authentication")
    .rationale("Decision: not checked, since deciding that a TCP peer is local needs the address, which the file does not hold.")
    .source("concepts/security-overview.md § Selecting Security Bindings");

pub(crate) static T_065: Rule = Rule::error("T-065", Kind::Note, Status::Runtime)
    .title("Passport with the default credential uses the Passport keyring")
    .rationale("The keyring is a property of the machine at run time; Passport itself is restricted by P-034, P-037, P-039 and P-040.")
    .source("api/ns-webservices-ws_http_header_auth_security_binding.md § clientCredential");

pub(crate) static T_067: Rule = Rule::error("T-067", Kind::Note, Status::Note)
    .title("the header-auth page omits the client-only scheme values")
    .rationale(
        "Decision: the server-side limits on `none` and `passport` are applied by P-038 and P-039.",
    )
    .source("api/ns-webservices-ws_http_header_auth_security_binding.md § description");

pub(crate) static T_068: Rule = Rule::error("T-068", Kind::Note, Status::Note)
    .title("a sample uses proxy header auth without SSL or protection level")
    .rationale("Decision: the official proxy sample shipped as working, so proxy-only header auth without SSL and without a protection level is our warning L-002, not T-019; authenticating to the service still needs the explicit `none`.")
    .source("api/ns-webservices-ws_http_header_auth_security_binding.md § description");

pub(crate) static T_071: Rule = Rule::error("T-071", Kind::Note, Status::Runtime)
    .title("a client with SSL takes the extended-protection token from the connection")
    .rationale("Nothing is declared; the runtime extracts the token.")
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static T_072: Rule = Rule::error("T-072", Kind::Note, Status::Runtime)
    .title("a client header-auth binding without SSL takes the SPN from the address")
    .rationale("The SPN is derived from the address at run time; the address is not in the file.")
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static T_073: Rule = Rule::error("T-073", Kind::Note, Status::Note)
    .title("a server with SSL validates the extended-protection token itself")
    .rationale("Decision: the only static consequence (no service_identities in the bound-server scenario) is checked by P-134.")
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static T_075: Rule = Rule::error("T-075", Kind::Note, Status::Note)
    .title("missing SPNs: failure or policy never?")
    .rationale("Decision: a header-auth server without SSL and without service_identities is an error (P-132), as either reading leaves it without SPN binding.")
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static T_077: Rule = Rule::error("T-077", Kind::Note, Status::Note)
    .title("header auth and Kerberos on a server without SSL conflict")
    .rationale("Decision: the default scenario counts as bound_server; the combination is rejected because P-132 and P-134 cannot both be met.")
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static T_079: Rule = Rule::error("T-079", Kind::Note, Status::Runtime)
    .title("missing OS support never blocks a configuration")
    .rationale("Extended protection depends on the operating system of each peer; no configuration is rejected for it.")
    .source("concepts/extended-protection.md § Supported Platforms");

pub(crate) static T_080: Rule = Rule::warning("T-080", Kind::Note, Status::Runtime)
    .title("extended protection and older clients")
    .rationale("Which clients will connect is known only in deployment.")
    .source("concepts/extended-protection.md § Interoperability");

pub(crate) static T_081: Rule = Rule::error("T-081", Kind::Value, Status::ByConstruction)
    .title("the certificate credential selector matches the structure")
    .rationale(
        "`CertCredential` is an enum; `credential_type()` derives the selector from the variant.",
    )
    .source("api/ns-webservices-ws_cert_credential.md § credentialType");

pub(crate) static T_083: Rule = Rule::error("T-083", Kind::Value, Status::ByConstruction)
    .title("store_location names a system store location")
    .rationale("`CertStoreLocation` lists the CERT_SYSTEM_STORE_* locations only; 0 has no name and is rejected by the decoder.")
    .source("api/ns-webservices-ws_subject_name_cert_credential.md § storeLocation");

pub(crate) static T_086: Rule = Rule::error("T-086", Kind::Note, Status::Runtime)
    .title("store certificates are loaded at open")
    .rationale("Whether the certificate exists in the store is known only when the channel or listener opens.")
    .source("api/ns-webservices-ws_thumbprint_cert_credential.md § description");

pub(crate) static T_088: Rule = Rule::warning("T-088", Kind::Note, Status::Runtime)
    .title("prefer a thumbprint over an ambiguous subject name")
    .rationale("Whether several certificates share a subject is known only from the store.")
    .source("api/ns-webservices-ws_thumbprint_cert_credential.md § description");

pub(crate) static T_090: Rule = Rule::error("T-090", Kind::Note, Status::Runtime)
    .title("when the certificate callback runs")
    .rationale(
        "The callback runs at open with the short callback model; its behaviour is program code.",
    )
    .source("api/nc-webservices-ws_get_cert_callback.md § description");

pub(crate) static T_091: Rule = Rule::error("T-091", Kind::Note, Status::Runtime)
    .title("certificate ownership follows the callback result")
    .rationale("Ownership of the returned certificate is decided by the callback's return code at run time.")
    .source("api/nc-webservices-ws_get_cert_callback.md § description");

pub(crate) static T_092: Rule = Rule::error("T-092", Kind::Note, Status::Runtime)
    .title("the certificate callback may return no certificate")
    .rationale("The result is produced by program code at open.")
    .source("api/nc-webservices-ws_cert_issuer_list_notification_callback.md § description");

pub(crate) static T_093: Rule = Rule::error("T-093", Kind::Note, Status::Runtime)
    .title("arguments of the certificate callback")
    .rationale("Argument handling is program code.")
    .source("api/nc-webservices-ws_get_cert_callback.md § parameters");

pub(crate) static T_094: Rule = Rule::error("T-094", Kind::Default, Status::ByConstruction)
    .title("the issuer-list callback is optional")
    .rationale("`cert_issuer_list_notification_callback` is an `Option<RuntimeSlot>`.")
    .source("api/ns-webservices-ws_custom_cert_credential.md § certIssuerListNotificationCallback");

pub(crate) static T_095: Rule = Rule::error("T-095", Kind::Note, Status::Runtime)
    .title("when the issuer list is delivered and how long it lives")
    .rationale(
        "Delivered by the server during the handshake; program code must copy what it keeps.",
    )
    .source("api/nc-webservices-ws_cert_issuer_list_notification_callback.md § description");

pub(crate) static T_096: Rule = Rule::error("T-096", Kind::Note, Status::Note)
    .title("the callback pages contradict their return type")
    .rationale("Decision: both callbacks return HRESULT, as windows-sys declares; the model holds them as runtime slots.")
    .source("api/nc-webservices-ws_get_cert_callback.md § returns");

pub(crate) static T_097: Rule = Rule::error("T-097", Kind::Value, Status::ByConstruction)
    .title("the Windows credential selector matches the structure")
    .rationale("`WindowsIntegratedAuthCredential` is an enum; `credential_type()` derives the selector from the variant.")
    .source("api/ns-webservices-ws_windows_integrated_auth_credential.md § credentialType");

pub(crate) static T_101: Rule = Rule::error("T-101", Kind::Value, Status::ByConstruction)
    .title("domain holds a domain or workgroup name")
    .rationale("`domain` is an optional string and any value, empty included, is accepted (see docs/decisions.md).")
    .source("api/ns-webservices-ws_string_windows_integrated_auth_credential.md § domain");

pub(crate) static T_102: Rule = Rule::error("T-102", Kind::Note, Status::Runtime)
    .title("the default credential is the opening thread's identity")
    .rationale("The thread token at WsOpenChannel is a run-time fact.")
    .source("api/ns-webservices-ws_default_windows_integrated_auth_credential.md § description");

pub(crate) static T_103: Rule = Rule::error("T-103", Kind::Note, Status::Runtime)
    .title("default credential and impersonating server threads")
    .rationale("Server descriptions carry no Windows credential (T-043, T-053, T-063), so only run-time use could reach this case.")
    .source("api/ns-webservices-ws_default_windows_integrated_auth_credential.md § description");

pub(crate) static T_104: Rule = Rule::error("T-104", Kind::Value, Status::ByConstruction)
    .title("an opaque credential holds its identity handle")
    .rationale("`opaque_auth_identity` is a required `RuntimeSlot`; the decoder rejects an opaque credential without it (F-005). The handle itself exists only at run time.")
    .source("api/ns-webservices-ws_opaque_windows_integrated_auth_credential.md § opaqueAuthIdentity");

pub(crate) static T_107: Rule = Rule::error("T-107", Kind::Applicability, Status::ByConstruction)
    .title("username credentials only in the username binding")
    .rationale("Only `UsernameMessageBinding::client_credential` has type `UsernameCredential`; the Windows bindings take `WindowsIntegratedAuthCredential`.")
    .source("api/ns-webservices-ws_username_credential.md § description");

pub(crate) static T_108: Rule = Rule::error("T-108", Kind::Note, Status::Note)
    .title("the runtime does not interpret user names and passwords")
    .rationale("Decision: no format rule is applied to username credentials.")
    .source("api/ns-webservices-ws_username_credential.md § description");

pub(crate) static T_118: Rule = Rule::error("T-118", Kind::Default, Status::ByConstruction)
    .title("no description means no security")
    .rationale("An endpoint with neither bindings nor properties is the NULL description (`SecurityDescription::default()`).")
    .source("api/nf-webservices-wscreatechannel.md § securityDescription");

pub(crate) static T_120: Rule = Rule::error("T-120", Kind::Applicability, Status::Runtime)
    .title("custom channels accept only the two custom properties")
    .rationale("Channel and listener properties are passed by the program to the create call; the endpoint file holds only the security description.")
    .source("api/nf-webservices-wscreatechannel.md § remarks");

pub(crate) static T_121: Rule = Rule::error("T-121", Kind::Cardinality, Status::ByConstruction)
    .title("a null property array has a zero count")
    .rationale("The model stores property bags as lists; there is no separate count.")
    .source("api/nf-webservices-wscreatechannel.md § properties");

pub(crate) static T_122: Rule = Rule::error("T-122", Kind::Side, Status::ByConstruction)
    .title("a service proxy description is a client description")
    .rationale("A proxy endpoint is declared with `side = \"client\"` (`Side`), so every client rule applies to it.")
    .source("api/nf-webservices-wscreateserviceproxy.md § securityDescription");

pub(crate) static T_123: Rule = Rule::error("T-123", Kind::Side, Status::ByConstruction)
    .title("each service-host endpoint has its own server description")
    .rationale("Each service endpoint is one endpoint file with `side = \"server\"` and its own channel binding and type.")
    .source("api/ns-webservices-ws_service_endpoint.md § securityDescription");

pub(crate) static T_124: Rule = Rule::error("T-124", Kind::Cardinality, Status::Runtime)
    .title("service-host argument shapes")
    .rationale("The endpoint array is built by the program for WsCreateServiceHost; one endpoint file holds one endpoint.")
    .source("api/nf-webservices-wscreateservicehost.md § endpoints");

pub(crate) static T_125: Rule = Rule::error("T-125", Kind::Channel, Status::Runtime)
    .title("TCP listeners cannot share a port")
    .rationale("Ports are part of the addresses, which the endpoint file does not hold, and clashes across processes appear only at run time.")
    .source("concepts/channel-layer-overview.md § TCP");

pub(crate) static T_126: Rule = Rule::error("T-126", Kind::Note, Status::Note)
    .title("a channel accepted from a listener has the listener's security")
    .rationale("Decision: accepted channels are checked as the listener's server endpoint.")
    .source("api/nf-webservices-wscreatechannelforlistener.md § remarks");

pub(crate) static T_130: Rule = Rule::error("T-130", Kind::Note, Status::Note)
    .title("the input channel type is called sender side")
    .rationale("Decision: input is read as the receiving (server) side; no rule changes.")
    .source("api/ne-webservices-ws_channel_type.md § WS_CHANNEL_TYPE_INPUT");

pub(crate) static T_131: Rule = Rule::error("T-131", Kind::Note, Status::Note)
    .title("platform and app-type availability")
    .rationale(
        "Decision: the endpoint file declares no target OS or app type, so nothing is checked.",
    )
    .source("api/ne-webservices-ws_security_binding_type.md § enum-fields");

pub(crate) static T_132: Rule = Rule::error("T-132", Kind::Note, Status::Note)
    .title("windows-sys agrees with every documented value")
    .rationale("Decision: the model uses the windows-sys numbering (binding types from 1).")
    .source("api/ne-webservices-ws_security_binding_type.md § enum-fields");

pub(crate) static T_133: Rule = Rule::error("T-133", Kind::Note, Status::Note)
    .title("type-level facts a model must follow")
    .rationale("Decision: the model carries subtypes as enum variants and derives every selector from them.")
    .source("api/ns-webservices-ws_security_description.md");

pub(crate) static T_134: Rule = Rule::error("T-134", Kind::Note, Status::Note)
    .title("minor defects in the pages of this area")
    .rationale("Decision: the defects that change a reading have their own entries (T-031, T-096, T-129, T-130, T-124).")
    .source("api/ns-webservices-ws_namedpipe_sspi_transport_security_binding.md § description");
