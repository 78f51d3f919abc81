//! The places of an endpoint that the program fills: runtime slots and passwords, with what each
//! must hold, where it is, and the name [`read_description`](crate::read_description) gives the
//! same place.

use crate::callback::{CallbackError, Certificate};
use crate::{
    CertIssuerListNotificationCallback, CertificatePtr, CertificateValidationCallback,
    GetCertCallback, MessagePropertyValue, OpaquePtr, PasswordValidator, SamlValidator, XmlBuffer,
    XmlToken,
};
use wws_security_model::{
    BindingProperty, CEnum, CertCredential, Endpoint, EndpointAddress, EndpointIdentity,
    MessagePropertyId, Path, RuntimeSlot, SamlAuthenticator, Secret, SecretString, SecurityBinding,
    SecurityDescription, UsernameCredential, WindowsIntegratedAuthCredential,
};
use wws_security_policy::Runtime;

/// The prefix of the slot names [`read_description`](crate::read_description) makes.
pub const RAW_SLOT_PREFIX: &str = "raw:";

/// What a slot stands for, which decides the Rust types [`lower`](crate::lower) accepts in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SlotKind {
    /// `password_validator`.
    PasswordValidator,
    /// `saml_validator`.
    SamlValidator,
    /// `get_cert_callback`.
    GetCertCallback,
    /// `cert_issuer_list_notification_callback`.
    CertIssuerListNotificationCallback,
    /// `certificate_validation_callback_context.callback`.
    CertificateValidationCallback,
    /// A `*_callback_state`, or `certificate_validation_callback_context.state`.
    CallbackState,
    /// `xml_token`.
    XmlToken,
    /// `opaque_auth_identity`.
    OpaqueAuthIdentity,
    /// `decryption_cert`, or one of `trusted_issuer_certs`.
    Certificate,
    /// A password written `{ runtime = "<slot>" }`.
    Password,
    /// The `headers` or `extensions` of the address, or an unknown identity's `element`.
    XmlBuffer,
    /// The value of one message property.
    MessageProperty(MessagePropertyId),
}

impl SlotKind {
    /// The Rust types a slot of this kind may hold, for messages.
    pub fn expected_types(self) -> &'static str {
        match self {
            SlotKind::PasswordValidator => {
                "a `PasswordValidator` (Rust closure) or a `RawPasswordValidator` (C function)"
            }
            SlotKind::SamlValidator => {
                "a `SamlValidator` (Rust closure) or a `RawSamlValidator` (C function)"
            }
            SlotKind::GetCertCallback => {
                "a `GetCertCallback` (Rust closure) or a `RawGetCertCallback` (C function)"
            }
            SlotKind::CertIssuerListNotificationCallback => {
                "a `CertIssuerListNotificationCallback` (Rust closure) or a \
                 `RawCertIssuerListNotificationCallback` (C function)"
            }
            SlotKind::CertificateValidationCallback => {
                "a `CertificateValidationCallback` (Rust closure) or a \
                 `RawCertificateValidationCallback` (C function)"
            }
            SlotKind::CallbackState => "an `OpaquePtr` (the state of a C callback)",
            SlotKind::XmlToken => "an `XmlToken` (a `WS_SECURITY_TOKEN` handle)",
            SlotKind::OpaqueAuthIdentity => "an `OpaquePtr`",
            SlotKind::Certificate => "a `CertificatePtr` (a `RawPtr<CERT_CONTEXT>`)",
            SlotKind::Password => "a `SecretString` or a `String`",
            SlotKind::XmlBuffer => "an `XmlBuffer` (a `WS_XML_BUFFER` handle)",
            SlotKind::MessageProperty(_) => "a `MessagePropertyValue`",
        }
    }
}

/// One place of an endpoint the program fills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotUse {
    /// The slot's name in the endpoint.
    pub slot: String,
    /// What it stands for.
    pub kind: SlotKind,
    /// Where it is, in the shape of the endpoint file.
    pub path: Path,
    /// The name `read_description` gives this place (`raw:` and its raw path).
    pub raw_name: String,
}

/// Every runtime slot of `endpoint` (passwords included when they are slots), in order.
pub fn slot_uses(endpoint: &Endpoint) -> Vec<SlotUse> {
    let mut copy = endpoint.clone();
    let mut uses = Vec::new();
    walk(&mut copy, &mut |place, target| {
        let slot = match target {
            Target::Slot(slot) => slot.name().to_owned(),
            Target::Secret(Secret::Runtime(slot)) => slot.name().to_owned(),
            Target::Secret(_) => return,
        };
        uses.push(SlotUse {
            slot,
            kind: place.kind,
            path: place.path.clone(),
            raw_name: place.raw_name(),
        });
    });
    uses
}

/// `endpoint` as [`read_description`](crate::read_description) returns it once lowered: every
/// slot named after its raw place, every password a slot of that name (C holds the text, not
/// where it came from). Compare a description read back from C with this.
pub fn with_raw_slot_names(endpoint: &Endpoint) -> Endpoint {
    let mut renamed = endpoint.clone();
    walk(&mut renamed, &mut |place, target| {
        let name = RuntimeSlot::new(place.raw_name());
        match target {
            Target::Slot(slot) => *slot = name,
            Target::Secret(secret) => *secret = Secret::Runtime(name),
        }
    });
    renamed
}

/// `runtime` with a placeholder in every slot of `endpoint` it does not fill, so the endpoint
/// can be lowered to look at its graph (`wws-security lower`). Placeholder callbacks fail with
/// `E_FAIL` and placeholder pointers point nowhere: never hand such a graph to WWSAPI.
pub fn with_placeholders(endpoint: &Endpoint, mut runtime: Runtime) -> Runtime {
    for slot_use in slot_uses(endpoint) {
        if runtime.contains(&slot_use.slot) {
            continue;
        }
        let name = slot_use.slot;
        runtime = match slot_use.kind {
            SlotKind::PasswordValidator => runtime.with(
                name,
                PasswordValidator::new(|_: &str, _: &SecretString| Err(CallbackError::FAILED)),
            ),
            SlotKind::SamlValidator => runtime.with(
                name,
                SamlValidator::new(|_: &crate::SamlAssertion<'_>| Err(CallbackError::FAILED)),
            ),
            SlotKind::GetCertCallback => runtime.with(
                name,
                GetCertCallback::new(|_: &crate::CertificateRequest<'_>| {
                    Err::<Option<Certificate>, _>(CallbackError::FAILED)
                }),
            ),
            SlotKind::CertIssuerListNotificationCallback => runtime.with(
                name,
                CertIssuerListNotificationCallback::new(|_: &crate::IssuerList<'_>| {
                    Err(CallbackError::FAILED)
                }),
            ),
            SlotKind::CertificateValidationCallback => runtime.with(
                name,
                CertificateValidationCallback::new(|certificate: Certificate| {
                    let _ = certificate.into_raw();
                    Err(CallbackError::FAILED)
                }),
            ),
            SlotKind::CallbackState | SlotKind::OpaqueAuthIdentity => {
                runtime.with(name, OpaquePtr::dangling())
            }
            SlotKind::XmlToken => runtime.with(name, XmlToken::dangling()),
            SlotKind::Certificate => runtime.with(name, CertificatePtr::dangling()),
            SlotKind::Password => runtime.with(name, SecretString::new("")),
            SlotKind::XmlBuffer => runtime.with(name, XmlBuffer::dangling()),
            SlotKind::MessageProperty(id) => {
                let (_, size) = crate::ctype::message_property_type(id);
                runtime.with(name, MessagePropertyValue::from_bytes(&vec![0; size]))
            }
        };
    }
    runtime
}

/// A place being visited.
pub(crate) struct Place<'a> {
    pub(crate) kind: SlotKind,
    pub(crate) path: &'a Path,
    raw: &'a str,
}

impl Place<'_> {
    fn raw_name(&self) -> String {
        format!("{RAW_SLOT_PREFIX}{}", self.raw)
    }
}

/// What is at a place.
pub(crate) enum Target<'a> {
    Slot(&'a mut RuntimeSlot),
    Secret(&'a mut Secret),
}

/// Calls `visit` for every slot and password of `endpoint`: its address, then its description,
/// bootstraps included.
pub(crate) fn walk(endpoint: &mut Endpoint, visit: &mut dyn FnMut(&Place<'_>, Target<'_>)) {
    let mut walker = Walker {
        path: Path::root(),
        raw: String::new(),
        visit,
    };
    if let Some(address) = &mut endpoint.address {
        walker.address(address);
    }
    walker.description(&mut endpoint.description);
}

struct Walker<'v> {
    path: Path,
    raw: String,
    visit: &'v mut dyn FnMut(&Place<'_>, Target<'_>),
}

impl Walker<'_> {
    fn enter(&mut self, model_key: &'static str, raw_key: &'static str) -> usize {
        let mark = self.raw.len();
        self.path.push_key(model_key);
        if !self.raw.is_empty() {
            self.raw.push('.');
        }
        self.raw.push_str(raw_key);
        mark
    }

    fn enter_index(&mut self, index: usize) -> usize {
        let mark = self.raw.len();
        self.path.push_index(index);
        self.raw.push_str(&format!("[{index}]"));
        mark
    }

    fn leave(&mut self, mark: usize) {
        self.path.pop();
        self.raw.truncate(mark);
    }

    fn at(&mut self, key: &'static str, kind: SlotKind, target: Target<'_>) {
        let mark = self.enter(key, key);
        self.emit(kind, target);
        self.leave(mark);
    }

    fn emit(&mut self, kind: SlotKind, target: Target<'_>) {
        let place = Place {
            kind,
            path: &self.path,
            raw: &self.raw,
        };
        (self.visit)(&place, target);
    }

    fn slot(&mut self, key: &'static str, kind: SlotKind, slot: Option<&mut RuntimeSlot>) {
        if let Some(slot) = slot {
            self.at(key, kind, Target::Slot(slot));
        }
    }

    fn address(&mut self, address: &mut EndpointAddress) {
        let mark = self.enter("address", "address");
        self.slot("headers", SlotKind::XmlBuffer, address.headers.as_mut());
        self.slot(
            "extensions",
            SlotKind::XmlBuffer,
            address.extensions.as_mut(),
        );
        if let Some(EndpointIdentity::Unknown { element }) = &mut address.identity {
            let identity = self.enter("identity", "identity");
            self.at("element", SlotKind::XmlBuffer, Target::Slot(element));
            self.leave(identity);
        }
        self.leave(mark);
    }

    fn description(&mut self, description: &mut SecurityDescription) {
        for (i, binding) in description.bindings.iter_mut().enumerate() {
            let outer = self.enter("bindings", "bindings");
            let mark = self.enter_index(i);
            self.binding(binding);
            self.leave(mark);
            self.leave(outer);
        }
    }

    fn binding(&mut self, binding: &mut SecurityBinding) {
        use SlotKind as K;
        // Bags have no mutable access to their entries: walk a copy and put it back.
        let mut entries = binding.properties().entries().to_vec();
        let mark = self.enter("properties", "properties");
        for (i, property) in entries.iter_mut().enumerate() {
            self.property(i, property);
        }
        self.leave(mark);
        *binding.properties_mut() = entries.into_iter().collect();
        match binding {
            SecurityBinding::SslTransport(b) => {
                if let Some(credential) = &mut b.local_cert_credential {
                    let mark = self.enter("local_cert_credential", "local_cert_credential");
                    self.cert_credential(credential);
                    self.leave(mark);
                }
            }
            SecurityBinding::TcpSspiTransport(b) | SecurityBinding::NamedpipeSspiTransport(b) => {
                self.windows_credential(b.client_credential.as_mut());
            }
            SecurityBinding::HttpHeaderAuth(b) => {
                self.windows_credential(b.client_credential.as_mut())
            }
            SecurityBinding::KerberosApreqMessage(b) => {
                self.windows_credential(b.client_credential.as_mut())
            }
            SecurityBinding::UsernameMessage(b) => {
                if let Some(UsernameCredential::String { password, .. }) = &mut b.client_credential
                {
                    let mark = self.enter("client_credential", "client_credential");
                    self.at("password", K::Password, Target::Secret(password));
                    self.leave(mark);
                }
                self.slot(
                    "password_validator",
                    K::PasswordValidator,
                    b.password_validator.as_mut(),
                );
                self.slot(
                    "password_validator_callback_state",
                    K::CallbackState,
                    b.password_validator_callback_state.as_mut(),
                );
            }
            SecurityBinding::XmlTokenMessage(b) => {
                self.slot("xml_token", K::XmlToken, b.xml_token.as_mut());
            }
            SecurityBinding::SamlMessage(b) => {
                if let Some(SamlAuthenticator::CertSigned {
                    trusted_issuer_certs,
                    decryption_cert,
                    saml_validator,
                    saml_validator_callback_state,
                }) = &mut b.authenticator
                {
                    let mark = self.enter("authenticator", "authenticator");
                    for (i, cert) in trusted_issuer_certs.iter_mut().enumerate() {
                        let list = self.enter("trusted_issuer_certs", "trusted_issuer_certs");
                        let item = self.enter_index(i);
                        self.emit(K::Certificate, Target::Slot(cert));
                        self.leave(item);
                        self.leave(list);
                    }
                    self.slot("decryption_cert", K::Certificate, decryption_cert.as_mut());
                    self.slot("saml_validator", K::SamlValidator, saml_validator.as_mut());
                    self.slot(
                        "saml_validator_callback_state",
                        K::CallbackState,
                        saml_validator_callback_state.as_mut(),
                    );
                    self.leave(mark);
                }
            }
            SecurityBinding::SecurityContextMessage(b) => {
                if let Some(bootstrap) = &mut b.bootstrap_security_description {
                    let mark = self.enter(
                        "bootstrap_security_description",
                        "bootstrap_security_description",
                    );
                    self.description(bootstrap);
                    self.leave(mark);
                }
            }
        }
    }

    /// A binding property: keyed by name in the model path, by index in the raw one.
    fn property(&mut self, index: usize, property: &mut BindingProperty) {
        use SlotKind as K;
        let name = CEnum::name(property.id());
        let mark = self.raw.len();
        self.path.push_key(name);
        self.raw.push_str(&format!("[{index}]"));
        match property {
            BindingProperty::CertificateValidationCallbackContext(context) => {
                self.at(
                    "callback",
                    K::CertificateValidationCallback,
                    Target::Slot(&mut context.callback),
                );
                self.slot("state", K::CallbackState, context.state.as_mut());
            }
            BindingProperty::MessageProperties(properties) => {
                for (i, (id, slot)) in properties.entries.iter_mut().enumerate() {
                    let raw_mark = self.raw.len();
                    self.path.push_key(CEnum::name(*id));
                    self.raw.push_str(&format!(".message_properties[{i}]"));
                    self.emit(K::MessageProperty(*id), Target::Slot(slot));
                    self.path.pop();
                    self.raw.truncate(raw_mark);
                }
            }
            _ => {}
        }
        self.path.pop();
        self.raw.truncate(mark);
    }

    fn cert_credential(&mut self, credential: &mut CertCredential) {
        use SlotKind as K;
        if let CertCredential::Custom {
            get_cert_callback,
            get_cert_callback_state,
            cert_issuer_list_notification_callback,
            cert_issuer_list_notification_callback_state,
        } = credential
        {
            self.at(
                "get_cert_callback",
                K::GetCertCallback,
                Target::Slot(get_cert_callback),
            );
            self.slot(
                "get_cert_callback_state",
                K::CallbackState,
                get_cert_callback_state.as_mut(),
            );
            self.slot(
                "cert_issuer_list_notification_callback",
                K::CertIssuerListNotificationCallback,
                cert_issuer_list_notification_callback.as_mut(),
            );
            self.slot(
                "cert_issuer_list_notification_callback_state",
                K::CallbackState,
                cert_issuer_list_notification_callback_state.as_mut(),
            );
        }
    }

    fn windows_credential(&mut self, credential: Option<&mut WindowsIntegratedAuthCredential>) {
        let Some(credential) = credential else {
            return;
        };
        let mark = self.enter("client_credential", "client_credential");
        match credential {
            WindowsIntegratedAuthCredential::String { password, .. } => {
                self.at("password", SlotKind::Password, Target::Secret(password));
            }
            WindowsIntegratedAuthCredential::Opaque {
                opaque_auth_identity,
            } => self.at(
                "opaque_auth_identity",
                SlotKind::OpaqueAuthIdentity,
                Target::Slot(opaque_auth_identity),
            ),
            WindowsIntegratedAuthCredential::Default => {}
        }
        self.leave(mark);
    }
}
