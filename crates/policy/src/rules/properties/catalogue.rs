//! Entries of the properties catalogue that no check reports: rules the model's types make
//! unrepresentable (`by-construction`), rules only WWSAPI can judge (`runtime`), and notes whose
//! decision is recorded in the rationale. A rule a check reports is declared beside its check.

use crate::registry::{Kind, Rule, RuleSet, Status};

pub(crate) static SET: RuleSet = RuleSet::rules(&[
    &P_003, &P_004, &P_005, &P_006, &P_007, &P_008, &P_011, &P_012, &P_015, &P_019, &P_023, &P_027,
    &P_028, &P_031, &P_043, &P_044, &P_045, &P_046, &P_047, &P_049, &P_056, &P_062, &P_067, &P_070,
    &P_071, &P_075, &P_078, &P_079, &P_080, &P_081, &P_082, &P_088, &P_090, &P_092, &P_093, &P_102,
    &P_104, &P_105, &P_106, &P_107, &P_108, &P_109, &P_110, &P_112, &P_114, &P_116, &P_118, &P_119,
    &P_122, &P_123, &P_124, &P_125, &P_126, &P_129, &P_137, &P_138, &P_139, &P_141, &P_142, &P_143,
    &P_144, &P_146, &P_147, &P_148, &P_149, &P_150, &P_152, &P_153,
]);

pub(crate) static P_003: Rule = Rule::error("P-003", Kind::Required, Status::ByConstruction)
    .title("value buffers are aligned for their type")
    .rationale("Values are typed Rust fields (`bool`, `u32`, `Timespan`, structs) inside `BindingProperty` / `ChannelProperty`; alignment is the compiler's job and no raw buffer exists.")
    .source("api/ns-webservices-ws_security_binding_property.md § value");

pub(crate) static P_004: Rule = Rule::error("P-004", Kind::Value, Status::ByConstruction)
    .title("valueSize matches the value type")
    .rationale("Each property variant carries exactly one typed value, so the byte size follows from the type when the C structure is built; a wrong size cannot be stated.")
    .source("api/ns-webservices-ws_security_binding_property.md § valueSize");

pub(crate) static P_005: Rule = Rule::error("P-005", Kind::Required, Status::ByConstruction)
    .title("every bag entry points at a value")
    .rationale("A `BindingProperty` / `ChannelProperty` variant cannot exist without its value; leaving a key out is how a default is requested.")
    .source("api/ns-webservices-ws_security_property.md § value");

pub(crate) static P_006: Rule = Rule::error("P-006", Kind::Cardinality, Status::ByConstruction)
    .title("property arrays and counts agree")
    .rationale("`PropertyBag`, `MessageProperties` and the service-identity list are `Vec`s, whose length is the count.")
    .source("api/ns-webservices-ws_security_binding_properties.md § propertyCount");

pub(crate) static P_007: Rule = Rule::error("P-007", Kind::Default, Status::ByConstruction)
    .title("an empty binding bag means all defaults")
    .rationale("An empty `PropertyBag` is valid and `defaults::binding_property_default` supplies every documented default; no check requires a binding property.")
    .source("concepts/security-binding-settings.md");

pub(crate) static P_008: Rule = Rule::error("P-008", Kind::Default, Status::ByConstruction)
    .title("an empty channel bag means all defaults")
    .rationale("An empty `ChannelProperties` is valid and `defaults::channel_property_default` supplies the defaults; the only required settings are the conditional ones of P-132 / P-128 and T-019.")
    .source("api/ne-webservices-ws_security_property_id.md § Remarks");

pub(crate) static P_011: Rule = Rule::error("P-011", Kind::Cardinality, Status::ByConstruction)
    .title("one channel bag per description, one bag per binding")
    .rationale("`SecurityDescription` holds a single `properties` bag and each `SecurityBinding` variant its own; a binding setting therefore only ever affects its own binding.")
    .source("concepts/security-channel-settings.md");

pub(crate) static P_012: Rule = Rule::error("P-012", Kind::Default, Status::ByConstruction)
    .title("require_ssl_client_cert is a BOOL, default false")
    .rationale("The value is a Rust `bool` and `binding_property_default` gives false.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_REQUIRE_SSL_CLIENT_CERT");

pub(crate) static P_015: Rule = Rule::error("P-015", Kind::Value, Status::ByConstruction)
    .also(&[
        "T-039", // default of windows_integrated_auth_package
    ])
    .title("windows_integrated_auth_package is kerberos, ntlm or spnego (default spnego)")
    .rationale("`WindowsIntegratedAuthPackage` has exactly the three values; the default comes from `binding_property_default`.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_WINDOWS_INTEGRATED_AUTH_PACKAGE");

pub(crate) static P_019: Rule = Rule::error("P-019", Kind::Default, Status::ByConstruction)
    .also(&[
        "T-050", // defaults of windows_integrated_auth_package and require_server_auth on named pipes
    ])
    .title("require_server_auth default depends on the binding")
    .rationale("`binding_property_default` takes the binding type: true for TCP SSPI, false for named-pipe SSPI.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_REQUIRE_SERVER_AUTH");

pub(crate) static P_023: Rule = Rule::error("P-023", Kind::Combination, Status::Runtime)
    .title("a negotiated protocol without server authentication fails while require_server_auth is true")
    .rationale("Whether SPNEGO falls back to NTLM depends on the machines and accounts at run time; nothing in the declaration tells.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_REQUIRE_SERVER_AUTH");

pub(crate) static P_027: Rule = Rule::error("P-027", Kind::Note, Status::Note)
    .also(&[
        "M-040", // same documentation disagreement about allow_anonymous_clients on Kerberos
    ])
    .title("allow_anonymous_clients on Kerberos AP-REQ: pages disagree")
    .rationale("Decision: accepted on a server Kerberos AP-REQ binding, as its binding page says; the fact table `facts::properties::BINDING_PROPERTIES` encodes it.")
    .source("api/ns-webservices-ws_kerberos_apreq_message_security_binding.md § Description");

pub(crate) static P_028: Rule = Rule::error("P-028", Kind::Value, Status::ByConstruction)
    .also(&[
        "M-037", // allowed_impersonation_level values and default
    ])
    .title("allowed_impersonation_level values and default")
    .rationale("`SecurityImpersonationLevel` has the four levels (anonymous is 0 and valid); the default identification comes from `binding_property_default`.")
    .source("api/ne-winnt-security_impersonation_level.md");

pub(crate) static P_031: Rule = Rule::error("P-031", Kind::Default, Status::ByConstruction)
    .title("http_header_auth_scheme is a flag set, default negotiate")
    .rationale("`FlagSet<HttpHeaderAuthScheme>` holds the bits and rejects unknown ones; the default comes from `binding_property_default`.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_043: Rule = Rule::error("P-043", Kind::Note, Status::Runtime)
    .title("several schemes: probe, then prefer negotiate, ntlm, digest, basic")
    .rationale("The probe request and the scheme finally used depend on what the server offers at run time.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_044: Rule = Rule::error("P-044", Kind::Combination, Status::Runtime)
    .title("none among several schemes allows falling back to no authentication")
    .rationale("Whether the fallback happens depends on the server's answer; the declaration is valid either way.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_045: Rule = Rule::error("P-045", Kind::Note, Status::Runtime)
    .title("negotiate resolving to Kerberos ignores the endpoint identity")
    .rationale("The endpoint address (and its identity) is supplied when the channel opens, outside the description.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_046: Rule = Rule::warning("P-046", Kind::Note, Status::Runtime)
    .title("avoid localhost addresses with ntlm or negotiate")
    .rationale("The address is given when the channel opens, so the description alone cannot show it.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

pub(crate) static P_047: Rule = Rule::error("P-047", Kind::Value, Status::ByConstruction)
    .also(&[
        "T-059", // default of http_header_auth_target
    ])
    .title("http_header_auth_target is service or proxy (default service)")
    .rationale("`HttpHeaderAuthTarget` has exactly two values; the default comes from `binding_property_default`.")
    .source("api/ne-webservices-ws_http_header_auth_target.md");

pub(crate) static P_049: Rule = Rule::error("P-049", Kind::Value, Status::ByConstruction)
    .title("realm and domain values are strings")
    .rationale("The three properties hold a Rust `String`, turned into a WS_STRING when the C structure is built.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_BASIC_REALM");

pub(crate) static P_056: Rule = Rule::error("P-056", Kind::Value, Status::ByConstruction)
    .title("message_properties entries are message properties")
    .rationale("`MessageProperties` pairs a `MessagePropertyId` with a runtime slot, so only message-property keys can be written.")
    .source("api/ns-webservices-ws_message_properties.md § properties");

pub(crate) static P_062: Rule = Rule::error("P-062", Kind::Note, Status::Runtime)
    .also(&[
        "M-145", // Windows 7 / 2008 R2 support only the 2005 (LWSSP) protocol versions
    ])
    .title("Windows 7 / Server 2008 R2 support only the 2005 protocol versions")
    .rationale("Which Windows version runs the program is not part of the declaration.")
    .source("api/ne-webservices-ws_trust_version.md § Remarks");

pub(crate) static P_067: Rule = Rule::error("P-067", Kind::Value, Status::ByConstruction)
    .title("cert_failures_to_ignore is a WS_CERT_FAILURE set, default revocation_offline")
    .rationale("`FlagSet<CertFailure>` accepts only the five bits (the empty set is valid); the default comes from `binding_property_default`.")
    .source("api/ne-webservices-__unnamed_enum_8.md");

pub(crate) static P_070: Rule = Rule::error("P-070", Kind::Note, Status::Runtime)
    .title("what each certificate-failure bit suppresses")
    .rationale(
        "The bits act on errors seen during the handshake; there is nothing to check beforehand.",
    )
    .source("api/ne-webservices-__unnamed_enum_8.md");

pub(crate) static P_071: Rule = Rule::error("P-071", Kind::Default, Status::ByConstruction)
    .title("disable_cert_revocation_check is a BOOL, default false")
    .rationale("The value is a Rust `bool`; the default comes from `binding_property_default`.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_DISABLE_CERT_REVOCATION_CHECK");

pub(crate) static P_075: Rule = Rule::error("P-075", Kind::Value, Status::ByConstruction)
    .title("certificate_validation_callback_context holds a callback and optional state")
    .rationale("The value is `CertificateValidationCallbackContext` (callback slot, optional state slot), so no other shape can be written.")
    .source("api/ns-webservices-ws_certificate_validation_callback_context.md");

pub(crate) static P_078: Rule = Rule::error("P-078", Kind::Value, Status::ByConstruction)
    .title("the callback state is optional")
    .rationale("`state` is an `Option<RuntimeSlot>`; its lifetime is the application's concern at run time.")
    .source("api/ns-webservices-ws_certificate_validation_callback_context.md § state");

pub(crate) static P_079: Rule = Rule::error("P-079", Kind::Note, Status::Runtime)
    .title("a callback result other than S_OK aborts the channel")
    .rationale("The result is produced by application code at run time.")
    .source("api/nc-webservices-ws_certificate_validation_callback.md § Remarks");

pub(crate) static P_080: Rule = Rule::error("P-080", Kind::Required, Status::Runtime)
    .title("the validation callback must return quickly")
    .rationale("How long the application's callback runs cannot be seen in a declaration.")
    .source("api/nc-webservices-ws_certificate_validation_callback.md § Remarks");

pub(crate) static P_081: Rule = Rule::error("P-081", Kind::Required, Status::Runtime)
    .title("the callback must free the certificate context")
    .rationale("Freeing the certificate is a duty of the callback's code at run time.")
    .source("api/nc-webservices-ws_certificate_validation_callback.md § certContext");

pub(crate) static P_082: Rule = Rule::error("P-082", Kind::Default, Status::ByConstruction)
    .title("transport_protection_level values and default")
    .rationale("`ProtectionLevel` has the three levels; `channel_property_default` yields sign_and_encrypt when a transport binding is present.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL");

pub(crate) static P_088: Rule = Rule::error("P-088", Kind::Note, Status::Note)
    .title("the protection level covers whole messages in transport and mixed mode")
    .rationale("Background only: per-part protection of pure message security has no API in this model, so nothing is checked.")
    .source("api/ne-webservices-ws_protection_level.md");

pub(crate) static P_090: Rule = Rule::error("P-090", Kind::Default, Status::ByConstruction)
    .also(&[
        "M-046", // default algorithm suite depends on a Kerberos binding
    ])
    .title("default suite is basic128 with Kerberos, else basic256")
    .rationale("`channel_property_default` picks the suite from the description's bindings.")
    .source(
        "api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_ALGORITHM_SUITE_NAME",
    );

pub(crate) static P_092: Rule = Rule::error("P-092", Kind::Note, Status::Note)
    .title("algorithm_suite_name holds an enumeration value")
    .rationale("The page's mention of a structure is an error; the model types the value as `SecurityAlgorithmSuiteName`.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_ALGORITHM_SUITE_NAME");

pub(crate) static P_093: Rule = Rule::error("P-093", Kind::Value, Status::ByConstruction)
    .title("algorithm_suite_name is one of the twelve suites")
    .rationale("`SecurityAlgorithmSuiteName` has exactly the twelve values.")
    .source("api/ne-webservices-ws_security_algorithm_suite_name.md");

pub(crate) static P_102: Rule = Rule::error("P-102", Kind::Default, Status::ByConstruction)
    .title("key length 0 selects the documented default")
    .rationale("Key lengths are `Option<u32>`; both an omitted field and 0 resolve to `facts::properties::ALGORITHM_SUITE_KEY_LENGTH_DEFAULTS`, never to \"no limit\".")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § minSymmetricKeyLength");

pub(crate) static P_104: Rule = Rule::error("P-104", Kind::Forbidden, Status::ByConstruction)
    .title("algorithm properties are reserved")
    .rationale("`SecurityAlgorithmPropertyId` has no values and `AlgorithmSuite` has no properties field, so none can be given.")
    .source("api/ne-webservices-ws_security_algorithm_property_id.md § Remarks");

pub(crate) static P_105: Rule = Rule::error("P-105", Kind::Note, Status::Runtime)
    .title("with key derivation the limits apply to the source token")
    .rationale("Which token keys are derived from is only known when messages are processed.")
    .source("api/ns-webservices-ws_security_algorithm_suite.md § Remarks");

pub(crate) static P_106: Rule = Rule::error("P-106", Kind::Note, Status::Runtime)
    .title("SHA-2 algorithms need Windows Server 2003 SP1 or later")
    .rationale("The OS version is not part of the declaration, and every native WWSAPI platform qualifies.")
    .source("api/ne-webservices-ws_security_algorithm_id.md");

pub(crate) static P_107: Rule = Rule::error("P-107", Kind::Note, Status::Note)
    .title("named suites are not custom suites with zero fields")
    .rationale("The model keeps `AlgorithmSuite` and `SecurityAlgorithmSuiteName` as separate values and never converts one into the other.")
    .source("api/ne-webservices-ws_security_algorithm_suite_name.md");

pub(crate) static P_108: Rule = Rule::error("P-108", Kind::Default, Status::ByConstruction)
    .title("max_allowed_latency is a timespan, default 5 min")
    .rationale("The value is a `Timespan`; the default comes from `channel_property_default`.")
    .source(
        "api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_MAX_ALLOWED_LATENCY",
    );

pub(crate) static P_109: Rule = Rule::error("P-109", Kind::Default, Status::ByConstruction)
    .title("timestamp_validity_duration is a timespan, default 5 min")
    .rationale("The value is a `Timespan`; the default comes from `channel_property_default`.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_TIMESTAMP_VALIDITY_DURATION");

pub(crate) static P_110: Rule = Rule::error("P-110", Kind::Default, Status::ByConstruction)
    .title("max_allowed_clock_skew is a timespan, default 5 min")
    .rationale("The value is a `Timespan`; the default comes from `channel_property_default`.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_MAX_ALLOWED_CLOCK_SKEW");

pub(crate) static P_112: Rule = Rule::error("P-112", Kind::Default, Status::ByConstruction)
    .title("timestamp_usage values and default")
    .rationale("`SecurityTimestampUsage` has the three values; the default always comes from `channel_property_default`.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_TIMESTAMP_USAGE");

pub(crate) static P_114: Rule = Rule::error("P-114", Kind::Value, Status::ByConstruction)
    .title("requests_only is acceptable in mixed mode")
    .rationale("A permission, not a restriction: `SecurityTimestampUsage::RequestsOnly` is accepted everywhere and no check rejects it.")
    .source("api/ne-webservices-ws_security_timestamp_usage.md");

pub(crate) static P_116: Rule = Rule::error("P-116", Kind::Default, Status::ByConstruction)
    .title("security_header_layout values and default")
    .rationale("`SecurityHeaderLayout` has the four values; the default strict comes from `channel_property_default`.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_SECURITY_HEADER_LAYOUT");

pub(crate) static P_118: Rule = Rule::error("P-118", Kind::Default, Status::ByConstruction)
    .title("security_header_version values and default")
    .rationale("`SecurityHeaderVersion` has the two values; the default v1_1 comes from `channel_property_default`.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_SECURITY_HEADER_VERSION");

pub(crate) static P_119: Rule = Rule::error("P-119", Kind::Default, Status::ByConstruction)
    .title("extended_protection_policy values and default")
    .rationale("`ExtendedProtectionPolicy` has the three values; the default when_supported comes from `channel_property_default`.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_EXTENDED_PROTECTION_POLICY");

pub(crate) static P_122: Rule = Rule::error("P-122", Kind::Note, Status::Note)
    .title("extended_protection_policy does not require SSL")
    .rationale(
        "Decision: we follow the property and concept pages; SSL is not required for the policy.",
    )
    .source("api/ne-webservices-ws_extended_protection_policy.md");

pub(crate) static P_123: Rule = Rule::error("P-123", Kind::Note, Status::Runtime)
    .title("missing OS support for extended protection is not an error")
    .rationale(
        "OS support is known only on the running machine, and its absence never fails creation.",
    )
    .source("concepts/extended-protection.md § Supported Platforms");

pub(crate) static P_124: Rule = Rule::error("P-124", Kind::Note, Status::Runtime)
    .title("behaviour of the three extended-protection policies")
    .rationale("Acceptance depends on what each client sends at run time.")
    .source("api/ne-webservices-ws_extended_protection_policy.md");

pub(crate) static P_125: Rule = Rule::warning("P-125", Kind::Note, Status::Runtime)
    .title("updated XP/2003 Kerberos-over-SSL clients need policy never")
    .rationale("Which clients will call is not part of the server's declaration.")
    .source("concepts/extended-protection.md § Interoperability");

pub(crate) static P_126: Rule = Rule::error("P-126", Kind::Default, Status::ByConstruction)
    .title("extended_protection_scenario values and default")
    .rationale("`ExtendedProtectionScenario` has the two values; the default bound_server comes from `channel_property_default`.")
    .source("api/ne-webservices-ws_security_property_id.md § WS_SECURITY_PROPERTY_EXTENDED_PROTECTION_SCENARIO");

pub(crate) static P_129: Rule = Rule::error("P-129", Kind::Note, Status::Note)
    .title("terminated_ssl page names the whole property enumeration")
    .rationale("Decision: read as service_identities, as the concept page says; P-128 enforces that reading.")
    .source("api/ne-webservices-ws_extended_protection_scenario.md");

pub(crate) static P_137: Rule = Rule::error("P-137", Kind::Note, Status::Note)
    .title("missing SPNs: failure or silent policy never?")
    .rationale("Decision: a missing list where one is needed is an error (P-132), so the weaker silent behaviour is never relied on.")
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static P_138: Rule = Rule::error("P-138", Kind::Note, Status::Runtime)
    .title("SPNs are matched exactly at run time")
    .rationale("The SPN comes from each received message.")
    .source("concepts/extended-protection.md § Supported Configurations");

pub(crate) static P_139: Rule = Rule::error("P-139", Kind::Value, Status::ByConstruction)
    .title("0 is not a member of the WS_* value enumerations")
    .rationale("Enum-typed values are Rust enums decoded by name (F-003), so 0 or an unlisted number cannot be written; the empty scheme set is P-033.")
    .source("api/ne-webservices-ws_protection_level.md");

pub(crate) static P_141: Rule = Rule::warning("P-141", Kind::Value, Status::Runtime)
    .title("token reference modes")
    .rationale("Where a referenced token is serialized is decided while messages are built; the mode is not part of the description.")
    .source("api/ne-webservices-ws_security_token_reference_mode.md");

pub(crate) static P_142: Rule = Rule::error("P-142", Kind::Value, Status::ByConstruction)
    .title("trust versions are february_2005 and v1_3")
    .rationale("`TrustVersion` has exactly the two values.")
    .source("api/ne-webservices-ws_trust_version.md");

pub(crate) static P_143: Rule = Rule::error("P-143", Kind::Note, Status::Note)
    .title("WS_SECURITY_KEY_TYPE is not a bag value")
    .rationale("Background: no property of either bag takes a key type; the model's `SecurityKeyType` is used by the message area only.")
    .source("api/ne-webservices-ws_security_key_type.md");

pub(crate) static P_144: Rule = Rule::error("P-144", Kind::Note, Status::Note)
    .title("WS_SECURITY_PROTOCOL flags are undocumented")
    .rationale("Decision: values taken from the SDK header into `SecureProtocol`, used only for disallowed_secure_protocols (P-074).")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_DISALLOWED_SECURE_PROTOCOLS");

pub(crate) static P_146: Rule = Rule::error("P-146", Kind::Note, Status::Note)
    .title("two flag groups have no header type")
    .rationale("The model defines `FlagSet<CertFailure>` and `FlagSet<HttpHeaderAuthScheme>` itself, with values from the SDK header.")
    .source("api/ne-webservices-__unnamed_enum_6.md");

pub(crate) static P_147: Rule = Rule::error("P-147", Kind::Note, Status::Note)
    .title("broken cross-references in the pages")
    .rationale("Background: types are taken from names and headers, never from the faulty links.")
    .source("api/ne-webservices-ws_security_binding_property_id.md");

pub(crate) static P_148: Rule = Rule::error("P-148", Kind::Note, Status::Note)
    .title("documented values agree with windows-sys")
    .rationale("The model's `c_enum!` values follow the header; names never imply numbers.")
    .source("api/ne-webservices-ws_security_property_id.md");

pub(crate) static P_149: Rule = Rule::error("P-149", Kind::Note, Status::Note)
    .title("bags inside binding templates follow the same rules")
    .rationale("Templates are the template area's concern; when they are checked, the same property checks apply.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding_template.md § securityBindingProperties");

pub(crate) static P_150: Rule = Rule::error("P-150", Kind::Note, Status::Note)
    .title("policy constraints on these ids")
    .rationale("Constraint matching belongs to the template area; noted for the suite-default difference with Kerberos.")
    .source("concepts/policy-support.md");

pub(crate) static P_152: Rule = Rule::error("P-152", Kind::Note, Status::Note)
    .title("binding settings are not token properties")
    .rationale(
        "The model keeps `SecurityBindingPropertyId` and the token property ids as separate enums.",
    )
    .source("api/ne-webservices-ws_security_binding_property_id.md § Description");

pub(crate) static P_153: Rule = Rule::error("P-153", Kind::Note, Status::Note)
    .title("saved page revisions")
    .rationale("Background on the reference copies; no rule depends on it.")
    .source("INDEX.md");
