//! The one description of the fields of every structure an endpoint holds: its key in files and
//! declarations, its C member, what it holds and whether each side must set it.
//!
//! Everything else that knows about fields is derived from these tables: the keys the decoder
//! accepts, the policy's required and forbidden fields, the documentation tables, and which
//! values the `security_binding!` macro takes from the program (callbacks, objects, secrets).
//! The binding tables sit beside the binding structures they describe (`binding.rs`), so a new
//! field is one line there.

use crate::{
    CertCredential, MessageSecurityUsage, RuntimeSlot, SamlAuthenticator, SecurityDescription,
    Side, UsernameCredential, WindowsIntegratedAuthCredential,
};

/// Whether a field must be set on a side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Need {
    /// Must be present.
    Required,
    /// May be present.
    Optional,
    /// Must be absent.
    Forbidden,
    /// The documentation does not say.
    Undocumented,
}

impl Need {
    /// `required`, `optional`, `forbidden` or `undocumented`.
    pub fn name(self) -> &'static str {
        match self {
            Need::Required => "required",
            Need::Optional => "optional",
            Need::Forbidden => "forbidden",
            Need::Undocumented => "undocumented",
        }
    }
}

/// The credential families: each credential field takes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CredentialFamily {
    /// `WS_CERT_CREDENTIAL`: `subject_name`, `thumbprint`, `custom`.
    Certificate,
    /// `WS_WINDOWS_INTEGRATED_AUTH_CREDENTIAL`: `string`, `default`, `opaque`.
    Windows,
    /// `WS_USERNAME_CREDENTIAL`: `string`.
    Username,
}

impl CredentialFamily {
    /// Every family.
    pub const ALL: [CredentialFamily; 3] = [
        CredentialFamily::Certificate,
        CredentialFamily::Windows,
        CredentialFamily::Username,
    ];

    /// In words: "a certificate credential".
    pub fn describe(self) -> &'static str {
        match self {
            CredentialFamily::Certificate => "a certificate credential",
            CredentialFamily::Windows => "a Windows credential",
            CredentialFamily::Username => "a username credential",
        }
    }

    /// The `type` names of the family.
    pub fn type_names(self) -> &'static [&'static str] {
        use crate::CEnum;
        match self {
            CredentialFamily::Certificate => crate::CertCredentialType::NAMES,
            CredentialFamily::Windows => crate::WindowsIntegratedAuthCredentialType::NAMES,
            CredentialFamily::Username => crate::UsernameCredentialType::NAMES,
        }
    }
}

/// A callback the program supplies; each has its C function type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Callback {
    /// `WS_VALIDATE_PASSWORD_CALLBACK`.
    ValidatePassword,
    /// `WS_VALIDATE_SAML_CALLBACK`.
    ValidateSaml,
    /// `WS_GET_CERT_CALLBACK`.
    GetCert,
    /// `WS_CERT_ISSUER_LIST_NOTIFICATION_CALLBACK`.
    CertIssuerListNotification,
    /// `WS_CERTIFICATE_VALIDATION_CALLBACK`.
    CertificateValidation,
}

impl Callback {
    /// Every callback.
    pub const ALL: [Callback; 5] = [
        Callback::ValidatePassword,
        Callback::ValidateSaml,
        Callback::GetCert,
        Callback::CertIssuerListNotification,
        Callback::CertificateValidation,
    ];

    /// The name of its Rust function type in the facade's `values` module, which a
    /// `security_binding!` declaration's expression must coerce to.
    pub fn rust_type(self) -> &'static str {
        match self {
            Callback::ValidatePassword => "PasswordValidator",
            Callback::ValidateSaml => "SamlValidator",
            Callback::GetCert => "GetCertCallback",
            Callback::CertIssuerListNotification => "CertIssuerListNotificationCallback",
            Callback::CertificateValidation => "CertificateValidationCallback",
        }
    }

    /// The C type name.
    pub fn c_type(self) -> &'static str {
        match self {
            Callback::ValidatePassword => "WS_VALIDATE_PASSWORD_CALLBACK",
            Callback::ValidateSaml => "WS_VALIDATE_SAML_CALLBACK",
            Callback::GetCert => "WS_GET_CERT_CALLBACK",
            Callback::CertIssuerListNotification => "WS_CERT_ISSUER_LIST_NOTIFICATION_CALLBACK",
            Callback::CertificateValidation => "WS_CERTIFICATE_VALIDATION_CALLBACK",
        }
    }
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// A `WS_MESSAGE_SECURITY_USAGE` value name.
    Usage,
    /// A credential of this family: a table with a `type`.
    Credential(CredentialFamily),
    /// A SAML authenticator: a table with a `type`.
    Authenticator,
    /// An endpoint identity: a table with a `type`.
    Identity,
    /// Bytes (`WS_BYTES`): base64 text.
    Bytes,
    /// A nested security description.
    Description,
    /// A callback the program supplies (a runtime slot in files).
    Callback(Callback),
    /// An object the program supplies: a callback state, token, handle or certificate.
    Object,
    /// A list of objects the program supplies.
    Objects,
    /// A password: literal, `{ env = .. }` or a runtime slot.
    Secret,
    /// Text.
    Text,
    /// A value name of the enumeration with this C name.
    Name(&'static str),
    /// A property bag (a table of property names to values).
    Properties(PropertyContainer),
    /// A structure embedded in its parent (a per-binding template or policy description), with
    /// its own members.
    Structure(&'static [Field]),
}

/// The three property containers a template structure can hold, named after their C structures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PropertyContainer {
    /// `WS_CHANNEL_PROPERTIES`, keyed by `WS_CHANNEL_PROPERTY_ID` (templates and policy
    /// descriptions only).
    ChannelProperties,
    /// `WS_SECURITY_PROPERTIES`, keyed by `WS_SECURITY_PROPERTY_ID`: the description-wide
    /// properties.
    SecurityProperties,
    /// `WS_SECURITY_BINDING_PROPERTIES`, keyed by `WS_SECURITY_BINDING_PROPERTY_ID`.
    SecurityBindingProperties,
}

impl PropertyContainer {
    /// The C type of the container.
    pub fn c_type(self) -> &'static str {
        match self {
            PropertyContainer::ChannelProperties => "WS_CHANNEL_PROPERTIES",
            PropertyContainer::SecurityProperties => "WS_SECURITY_PROPERTIES",
            PropertyContainer::SecurityBindingProperties => "WS_SECURITY_BINDING_PROPERTIES",
        }
    }

    /// The property names the bag takes.
    pub fn names(self) -> &'static [&'static str] {
        use crate::CEnum;
        match self {
            PropertyContainer::ChannelProperties => crate::ChannelPropertyId::NAMES,
            PropertyContainer::SecurityProperties => crate::SecurityPropertyId::NAMES,
            PropertyContainer::SecurityBindingProperties => crate::SecurityBindingPropertyId::NAMES,
        }
    }
}

impl FieldKind {
    /// True when a bare name written for the field is the `type` of its table
    /// (`client_credential: default` in the macro).
    pub fn is_typed_table(self) -> bool {
        matches!(
            self,
            FieldKind::Credential(_) | FieldKind::Authenticator | FieldKind::Identity
        )
    }

    /// True when the program supplies the value (a runtime slot in files, an expression in the
    /// macro).
    pub fn is_program_value(self) -> bool {
        matches!(
            self,
            FieldKind::Callback(_) | FieldKind::Object | FieldKind::Objects | FieldKind::Secret
        )
    }
}

/// A table of fields and the structure it describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldTable {
    /// The structure's name: a binding, credential or authenticator type (`ssl_transport`,
    /// `subject_name`), or the binding property whose value the structure is.
    pub name: &'static str,
    /// What the structure is.
    pub owner: FieldOwner,
    /// Its fields.
    pub fields: &'static [Field],
}

/// Which kind of structure a [`FieldTable`] describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldOwner {
    /// A security binding.
    Binding,
    /// A credential of this family.
    Credential(CredentialFamily),
    /// A SAML authenticator.
    Authenticator,
    /// The value of a binding property (written as a table under the property's key).
    Property(crate::SecurityBindingPropertyId),
    /// The endpoint's address.
    Address,
    /// An identity of the address.
    Identity,
}

/// Every table of fields an endpoint holds: its bindings', their credentials', the
/// authenticators', those of binding property values that are structures, and the address's.
pub fn field_tables() -> Vec<FieldTable> {
    use crate::{
        CEnum, CertCredentialType, CertificateValidationCallbackContext, SamlAuthenticatorType,
        SecurityBindingPropertyId, SecurityBindingType, UsernameCredentialType,
        WindowsIntegratedAuthCredentialType,
    };
    fn tables<T: CEnum>(
        owner: FieldOwner,
        fields: fn(T) -> &'static [Field],
    ) -> impl Iterator<Item = FieldTable> {
        T::ALL.iter().map(move |t| FieldTable {
            name: t.name(),
            owner,
            fields: fields(*t),
        })
    }
    let family = |f| FieldOwner::Credential(f);
    let callback_context = SecurityBindingPropertyId::CertificateValidationCallbackContext;
    tables(FieldOwner::Binding, SecurityBindingType::fields)
        .chain(tables(
            family(CredentialFamily::Certificate),
            CertCredentialType::fields,
        ))
        .chain(tables(
            family(CredentialFamily::Windows),
            WindowsIntegratedAuthCredentialType::fields,
        ))
        .chain(tables(
            family(CredentialFamily::Username),
            UsernameCredentialType::fields,
        ))
        .chain(tables(
            FieldOwner::Authenticator,
            SamlAuthenticatorType::fields,
        ))
        .chain(std::iter::once(FieldTable {
            name: callback_context.name(),
            owner: FieldOwner::Property(callback_context),
            fields: CertificateValidationCallbackContext::FIELDS,
        }))
        .chain(std::iter::once(FieldTable {
            name: "address",
            owner: FieldOwner::Address,
            fields: crate::EndpointAddress::FIELDS,
        }))
        .chain(tables(
            FieldOwner::Identity,
            crate::EndpointIdentityType::fields,
        ))
        .collect()
}

/// One field of a structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Field {
    /// Canonical key (the C member in snake case).
    pub key: &'static str,
    /// The C member name.
    pub c_member: &'static str,
    /// The C type, as webservices.h spells it.
    pub c_type: &'static str,
    /// What it holds.
    pub kind: FieldKind,
    /// Whether a client sets it.
    pub client: Need,
    /// Whether a server sets it.
    pub server: Need,
}

impl Field {
    /// Whether `side` must set it.
    pub fn need(&self, side: Side) -> Need {
        match side {
            Side::Client => self.client,
            Side::Server => self.server,
        }
    }

    /// Required on both sides (a member the structure cannot go without).
    pub fn is_required(&self) -> bool {
        self.client == Need::Required && self.server == Need::Required
    }
}

/// A field of a binding, as the binding holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldValue<'a> {
    /// `binding_usage`.
    Usage(MessageSecurityUsage),
    /// A certificate credential.
    Certificate(&'a CertCredential),
    /// A Windows credential.
    Windows(&'a WindowsIntegratedAuthCredential),
    /// A username credential.
    Username(&'a UsernameCredential),
    /// A SAML authenticator.
    Authenticator(&'a SamlAuthenticator),
    /// A nested description.
    Description(&'a SecurityDescription),
    /// A value the program supplies.
    Slot(&'a RuntimeSlot),
}

/// A type a binding field holds, seen as a [`FieldValue`].
pub trait AsFieldValue {
    /// The value.
    fn as_field_value(&self) -> FieldValue<'_>;
}

impl AsFieldValue for MessageSecurityUsage {
    fn as_field_value(&self) -> FieldValue<'_> {
        FieldValue::Usage(*self)
    }
}
impl AsFieldValue for CertCredential {
    fn as_field_value(&self) -> FieldValue<'_> {
        FieldValue::Certificate(self)
    }
}
impl AsFieldValue for WindowsIntegratedAuthCredential {
    fn as_field_value(&self) -> FieldValue<'_> {
        FieldValue::Windows(self)
    }
}
impl AsFieldValue for UsernameCredential {
    fn as_field_value(&self) -> FieldValue<'_> {
        FieldValue::Username(self)
    }
}
impl AsFieldValue for SamlAuthenticator {
    fn as_field_value(&self) -> FieldValue<'_> {
        FieldValue::Authenticator(self)
    }
}
impl AsFieldValue for Box<SecurityDescription> {
    fn as_field_value(&self) -> FieldValue<'_> {
        FieldValue::Description(self)
    }
}
impl AsFieldValue for RuntimeSlot {
    fn as_field_value(&self) -> FieldValue<'_> {
        FieldValue::Slot(self)
    }
}

/// A field both sides may set or leave out (members of credentials and property values).
pub(crate) const fn member(
    key: &'static str,
    c_member: &'static str,
    c_type: &'static str,
    kind: FieldKind,
    required: bool,
) -> Field {
    let need = if required {
        Need::Required
    } else {
        Need::Optional
    };
    Field {
        key,
        c_member,
        c_type,
        kind,
        client: need,
        server: need,
    }
}
