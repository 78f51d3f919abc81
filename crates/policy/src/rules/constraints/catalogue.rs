//! Entries of S-056..S-093 that no check reports: what the constraint model's types make
//! unrepresentable, what only `WsMatchPolicyAlternative` can judge while it runs, and notes.

use crate::registry::{Kind, Rule, RuleSet, Status};

pub(crate) static SET: RuleSet = RuleSet::rules(&[
    &S_057, &S_058, &S_059, &S_061, &S_062, &S_063, &S_064, &S_066, &S_072, &S_073, &S_074, &S_075,
    &S_080, &S_088, &S_089, &S_090, &S_091, &S_092, &S_093,
]);

pub(crate) static S_057: Rule = Rule::error("S-057", Kind::Default, Status::ByConstruction)
    .title("NULL security constraints mean \"no security\"")
    .rationale("`PolicyConstraints::security_constraints` is an `Option`: `None` is the C NULL and admits only policies without security; there is no other value to get wrong.")
    .source("api/ns-webservices-ws_policy_constraints.md § securityConstraints");

pub(crate) static S_058: Rule = Rule::error("S-058", Kind::Default, Status::ByConstruction)
    .title("unspecified security property constraints use defaults")
    .rationale("A property left out keeps its default constraint, the property's own default. The model computes it (`constraint::default_security_property_constraint`, `SecurityConstraints::effective_allowed_values`), and S-082 uses it to find a default that can never match.")
    .source("api/ns-webservices-ws_security_constraints.md § securityPropertyConstraints");

pub(crate) static S_059: Rule = Rule::error("S-059", Kind::Cardinality, Status::ByConstruction)
    .title("security property constraint array may be NULL only when empty")
    .rationale("`SecurityConstraints::security_property_constraints` is a `Vec`: there is no separate count to disagree with a null array.")
    .source("api/ns-webservices-ws_security_constraints.md § securityPropertyConstraintCount");

pub(crate) static S_061: Rule = Rule::error("S-061", Kind::Default, Status::ByConstruction)
    .title("zero binding constraints mean \"no security\"")
    .rationale("An empty `SecurityConstraints::security_binding_constraints` is the no-security constraint; nothing else can be written for it.")
    .source("api/ns-webservices-ws_security_constraints.md § securityBindingConstraints");

pub(crate) static S_062: Rule = Rule::error("S-062", Kind::Cardinality, Status::ByConstruction)
    .title("binding constraint array may be NULL only when empty")
    .rationale("`SecurityConstraints::security_binding_constraints` is a `Vec<SecurityBindingConstraint>`, with no count and no null element.")
    .source("api/ns-webservices-ws_security_constraints.md § securityBindingConstraintCount");

pub(crate) static S_063: Rule = Rule::error("S-063", Kind::Value, Status::ByConstruction)
    .title("constraint type tag must match the struct")
    .rationale("`SecurityBindingConstraint` is an enum whose variant is both the `type` selector (`constraint_type()`) and the structure, so they cannot disagree, and only the eight documented types exist.")
    .source("api/ns-webservices-ws_security_binding_constraint.md § type");

pub(crate) static S_064: Rule = Rule::error("S-064", Kind::Cardinality, Status::ByConstruction)
    .title("binding property constraint array may be NULL only when empty")
    .rationale(
        "Every binding constraint's `property_constraints` is a `Vec`, with no separate count.",
    )
    .source("api/ns-webservices-ws_security_binding_constraint.md § propertyConstraintCount");

pub(crate) static S_066: Rule = Rule::error("S-066", Kind::Side, Status::Runtime)
    .title("SSL constraint reports whether a client certificate is required")
    .rationale("The `out` member is filled by a successful match; only then does the program know whether to set a client certificate. The WSDL importer reads the same fact from sp:HttpsToken and writes a certificate slot when the policy asks for one.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding_constraint.md § out");

pub(crate) static S_072: Rule = Rule::error("S-072", Kind::Combination, Status::ByConstruction)
    .title("cert and issued-token constraints are realised with the XML token binding")
    .rationale("There is no certificate or issued-token security binding to build: `SecurityBinding` has no such variant, so a matched certificate or issued-token constraint can only become an `xml_token_message` binding, which is what the WSDL importer writes.")
    .source("api/ns-webservices-ws_cert_message_security_binding_constraint.md § description");

pub(crate) static S_073: Rule = Rule::error("S-073", Kind::Default, Status::ByConstruction)
    .title("issued token: claim constraints")
    .rationale("`IssuedTokenBindingConstraint::claim_constraints` is a `Vec<String>`; empty admits any claim, and a count without claims cannot be written.")
    .source("api/ns-webservices-ws_issued_token_message_security_binding_constraint.md § claimConstraints");

pub(crate) static S_074: Rule = Rule::error("S-074", Kind::Cardinality, Status::ByConstruction)
    .title("issued token: request-security-token property constraints may be NULL only when empty")
    .rationale("`IssuedTokenBindingConstraint::request_security_token_property_constraints` is a `Vec`, with no separate count.")
    .source("api/ns-webservices-ws_issued_token_message_security_binding_constraint.md § requestSecurityTokenPropertyConstraintCount");

pub(crate) static S_075: Rule = Rule::error("S-075", Kind::Note, Status::Runtime)
    .title("issued token: out members feed the token request")
    .rationale("The issuer address and the request template come back from a successful match and are passed to WsRequestSecurityToken by the program; nothing is declared in advance.")
    .source("api/ns-webservices-ws_issued_token_message_security_binding_constraint.md § out");

pub(crate) static S_080: Rule = Rule::error("S-080", Kind::Value, Status::ByConstruction)
    .title("allowed-value arrays: element type and byte size")
    .rationale("Allowed values are typed lists: a `PropertyConstraint` holds property entries of its own id (`PropertyConstraint::new` refuses others) and trust versions are `TrustVersion`s, so the element type and the byte size follow from the id and the number of values.")
    .source("api/ns-webservices-ws_security_property_constraint.md § allowedValues, § allowedValuesSize");

pub(crate) static S_088: Rule = Rule::error("S-088", Kind::Value, Status::Runtime)
    .title("alternative index")
    .rationale("The number of alternatives is known only once the policy has been read at run time (WsGetPolicyAlternativeCount). The importer numbers alternatives the same way, from 0.")
    .source("api/nf-webservices-wsmatchpolicyalternative.md § alternativeIndex");

pub(crate) static S_089: Rule = Rule::error("S-089", Kind::Note, Status::Runtime)
    .title("matchRequired selects S_FALSE or an error")
    .rationale("A flag of the call: it only changes how a failed match is returned. The importer always gives the reasons, as the error object would.")
    .source("api/nf-webservices-wsmatchpolicyalternative.md § matchRequired");

pub(crate) static S_090: Rule = Rule::error("S-090", Kind::Note, Status::Runtime)
    .title("read out members only after S_OK")
    .rationale("Concerns the program reading the call's results; nothing in a declaration can get it wrong.")
    .source("api/nf-webservices-wsmatchpolicyalternative.md § remarks");

pub(crate) static S_091: Rule = Rule::error("S-091", Kind::Note, Status::Runtime)
    .title("out data lives in the caller's heap")
    .rationale("Concerns the lifetime of the heap passed to the call, which only the running program controls.")
    .source("api/nf-webservices-wsmatchpolicyalternative.md § heap, § remarks");

pub(crate) static S_092: Rule = Rule::error("S-092", Kind::Note, Status::Runtime)
    .title("deferred policy processing can fault the policy object")
    .rationale("A state change of the policy object during the call; only observable at run time.")
    .source("api/nf-webservices-wsmatchpolicyalternative.md § remarks");

pub(crate) static S_093: Rule = Rule::error("S-093", Kind::Note, Status::Note)
    .title("building the description from a match")
    .rationale("After a match, one security binding per binding constraint (with the same usage), the matched property values and the local credentials make the description. The WSDL importer (`wws_security_wsdl`) builds its endpoint files exactly this way, and each file is checked.")
    .source("samples/metadataimportwithusernameoversslexample.md § MetadataImportWithUsernameOverSslExample.cpp");
