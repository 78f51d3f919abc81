//! Decoding the endpoint, the description, the bindings and the credentials.

use super::properties::{binding_properties, channel_properties};
use super::{Decoder, Node};
use crate::*;

/// The keys of the endpoint table.
pub const ENDPOINT_KEYS: &[&str] = &[
    "side",
    "channel_binding",
    "channel_type",
    "address",
    "properties",
    "bindings",
];
/// The keys of a nested description table (a bootstrap description).
pub const DESCRIPTION_KEYS: &[&str] = &["properties", "bindings"];

pub(super) fn endpoint(d: &mut Decoder, node: &Node) -> Option<Endpoint> {
    let mut t = d.table(node)?.knowing(ENDPOINT_KEYS.iter().copied());
    let side = t.required(d, "side", |d, n| {
        d.choice(n, "side", Side::NAMES, Side::from_name)
    });
    let channel_binding = t.required(d, "channel_binding", |d, n| d.name::<ChannelBinding>(n));
    let channel_type = t.optional(d, "channel_type", |d, n| d.name::<ChannelType>(n));
    let address = t.optional(d, "address", address);
    let description = description_fields(d, &mut t);
    t.finish(d, ENDPOINT_KEYS);
    Some(Endpoint {
        side: side?,
        channel_binding: channel_binding?,
        channel_type,
        address,
        description: description?,
    })
}

/// `address`: a URL, and the program's XML buffers and an identity.
pub(super) fn address(d: &mut Decoder, node: &Node) -> Option<EndpointAddress> {
    let keys = EndpointAddress::FIELDS.iter().map(|f| f.key);
    let mut t = d.table(node)?.knowing(keys.clone());
    let url = t.required(d, "url", |d, n| d.string(n));
    let headers = t.optional(d, "headers", |d, n| d.slot(n));
    let extensions = t.optional(d, "extensions", |d, n| d.slot(n));
    let identity = t.optional(d, "identity", identity);
    let failed = t.had_errors;
    t.finish(d, &keys.collect::<Vec<_>>());
    (!failed).then_some(EndpointAddress {
        url: url?,
        headers,
        extensions,
        identity,
    })
}

fn identity(d: &mut Decoder, node: &Node) -> Option<EndpointIdentity> {
    use EndpointIdentityType as T;
    let mut t = d
        .table(node)?
        .knowing(all_keys(T::ALL, |t| typed_keys(t.fields())));
    let kind = t.required(d, "type", |d, n| d.name::<EndpointIdentityType>(n))?;
    let text =
        |d: &mut Decoder, t: &mut super::Table<'_>, key| t.required(d, key, |d, n| d.string(n));
    let bytes =
        |d: &mut Decoder, t: &mut super::Table<'_>, key| t.required(d, key, |d, n| d.bytes(n));
    let identity = match kind {
        T::Dns => text(d, &mut t, "dns").map(|dns| EndpointIdentity::Dns { dns }),
        T::Upn => text(d, &mut t, "upn").map(|upn| EndpointIdentity::Upn { upn }),
        T::Spn => text(d, &mut t, "spn").map(|spn| EndpointIdentity::Spn { spn }),
        T::Rsa => {
            let modulus = bytes(d, &mut t, "modulus");
            let exponent = bytes(d, &mut t, "exponent");
            modulus
                .zip(exponent)
                .map(|(modulus, exponent)| EndpointIdentity::Rsa { modulus, exponent })
        }
        T::Cert => bytes(d, &mut t, "raw_certificate_data").map(|raw_certificate_data| {
            EndpointIdentity::Cert {
                raw_certificate_data,
            }
        }),
        T::Unknown => t
            .required(d, "element", |d, n| d.slot(n))
            .map(|element| EndpointIdentity::Unknown { element }),
    };
    t.finish(d, &typed_keys(kind.fields()));
    identity
}

/// A nested description (the bootstrap of a security context binding).
fn description(d: &mut Decoder, node: &Node) -> Option<SecurityDescription> {
    let mut t = d.table(node)?.knowing(DESCRIPTION_KEYS.iter().copied());
    let description = description_fields(d, &mut t);
    t.finish(d, DESCRIPTION_KEYS);
    description
}

fn description_fields(d: &mut Decoder, t: &mut super::Table<'_>) -> Option<SecurityDescription> {
    // An absent table is empty; one that is not a table at all leaves the description unread.
    let before = d.errors.len();
    let properties = match t.optional(d, "properties", channel_properties) {
        Some(p) => Some(p),
        None if d.errors.len() > before => None,
        None => Some(ChannelProperties::new()),
    };
    let before = d.errors.len();
    let bindings = match t.optional(d, "bindings", bindings) {
        Some(b) => Some(b),
        None if d.errors.len() > before => None,
        None => Some(Vec::new()),
    };
    Some(SecurityDescription {
        properties: properties?,
        bindings: bindings?,
    })
}

/// The list of bindings. A binding whose type cannot be read is left out, a hole that may have
/// been any binding type ([`super::Partial`]); the others are kept, each with what it could read.
fn bindings(d: &mut Decoder, node: &Node) -> Option<Vec<SecurityBinding>> {
    let Node::Array(items) = node else {
        d.wrong_type("a list of bindings", node);
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        d.at_index(i, |d| match binding(d, item) {
            Some(b) => out.push(b),
            None => d.hole_with(super::partial::binding_fillings()),
        });
    }
    Some(out)
}

/// The keys each binding type takes (from the binding's field table).
pub fn binding_keys(binding: SecurityBindingType) -> Vec<&'static str> {
    binding.keys()
}

/// A value a binding field holds, read from its node.
pub(crate) trait DecodeField: Sized {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self>;
}

impl DecodeField for MessageSecurityUsage {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        d.name(node)
    }
}
impl DecodeField for CertCredential {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        cert_credential(d, node)
    }
}
impl DecodeField for WindowsIntegratedAuthCredential {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        windows_credential(d, node)
    }
}
impl DecodeField for UsernameCredential {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        username_credential(d, node)
    }
}
impl DecodeField for SamlAuthenticator {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        saml_authenticator(d, node)
    }
}
impl DecodeField for Box<SecurityDescription> {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        description(d, node).map(Box::new)
    }
}
impl DecodeField for RuntimeSlot {
    fn decode(d: &mut Decoder, node: &Node) -> Option<Self> {
        d.slot(node)
    }
}

fn binding(d: &mut Decoder, node: &Node) -> Option<SecurityBinding> {
    use SecurityBindingType as T;
    let mut t = d.table(node)?.knowing(all_keys(
        SecurityBindingType::ALL,
        SecurityBindingType::keys,
    ));
    let Some(kind) = t.required(d, "type", |d, n| d.name::<SecurityBindingType>(n)) else {
        // Without a type the valid keys are unknown, so only the type is reported.
        return None;
    };
    // What does not decode is left out (each a hole); the errors say the binding is wrong.
    let p = t
        .optional(d, "properties", binding_properties)
        .unwrap_or_default();
    let t_ = &mut t;
    let binding = match kind {
        T::SslTransport => SecurityBinding::SslTransport(SslTransportBinding::decode(d, t_, p)),
        T::TcpSspiTransport => {
            SecurityBinding::TcpSspiTransport(SspiTransportBinding::decode(d, t_, p))
        }
        T::NamedpipeSspiTransport => {
            SecurityBinding::NamedpipeSspiTransport(SspiTransportBinding::decode(d, t_, p))
        }
        T::HttpHeaderAuth => {
            SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding::decode(d, t_, p))
        }
        T::UsernameMessage => {
            SecurityBinding::UsernameMessage(UsernameMessageBinding::decode(d, t_, p))
        }
        T::KerberosApreqMessage => {
            SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding::decode(d, t_, p))
        }
        T::XmlTokenMessage => {
            SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding::decode(d, t_, p))
        }
        T::SamlMessage => SecurityBinding::SamlMessage(SamlMessageBinding::decode(d, t_, p)),
        T::SecurityContextMessage => {
            SecurityBinding::SecurityContextMessage(SecurityContextMessageBinding::decode(d, t_, p))
        }
    };
    t.finish(d, &kind.keys());
    Some(binding)
}

/// Every key any of `types` takes, each once, in first-seen order.
fn all_keys<T: Copy>(types: &[T], keys: impl Fn(T) -> Vec<&'static str>) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = Vec::new();
    for t in types {
        for key in keys(*t) {
            if !all.contains(&key) {
                all.push(key);
            }
        }
    }
    all
}

/// The keys of a table with a `type` selector: `type`, then the members of that type.
fn typed_keys(fields: &[Field]) -> Vec<&'static str> {
    std::iter::once("type")
        .chain(fields.iter().map(|f| f.key))
        .collect()
}

fn cert_credential(d: &mut Decoder, node: &Node) -> Option<CertCredential> {
    use CertCredentialType as T;
    let mut t = d
        .table(node)?
        .knowing(all_keys(CertCredentialType::ALL, |t| {
            typed_keys(t.fields())
        }));
    let kind = t.required(d, "type", |d, n| {
        d.credential_type::<CertCredentialType>(n, CredentialFamily::Certificate)
    });
    let (credential, fields): (Option<CertCredential>, &[Field]) = match kind {
        Some(T::SubjectName) => {
            let store_location = t.required(d, "store_location", |d, n| d.name(n));
            let store_name = t.required(d, "store_name", |d, n| d.string(n));
            let subject_name = t.required(d, "subject_name", |d, n| d.string(n));
            let credential = (|| {
                Some(CertCredential::SubjectName {
                    store_location: store_location?,
                    store_name: store_name?,
                    subject_name: subject_name?,
                })
            })();
            (credential, T::SubjectName.fields())
        }
        Some(T::Thumbprint) => {
            let store_location = t.required(d, "store_location", |d, n| d.name(n));
            let store_name = t.required(d, "store_name", |d, n| d.string(n));
            let thumbprint = t.required(d, "thumbprint", |d, n| d.string(n));
            let credential = (|| {
                Some(CertCredential::Thumbprint {
                    store_location: store_location?,
                    store_name: store_name?,
                    thumbprint: thumbprint?,
                })
            })();
            (credential, T::Thumbprint.fields())
        }
        Some(T::Custom) => {
            let callback = t.required(d, "get_cert_callback", |d, n| d.slot(n));
            let state = t.optional(d, "get_cert_callback_state", |d, n| d.slot(n));
            let notify = t.optional(d, "cert_issuer_list_notification_callback", |d, n| {
                d.slot(n)
            });
            let notify_state =
                t.optional(d, "cert_issuer_list_notification_callback_state", |d, n| {
                    d.slot(n)
                });
            let credential = callback.map(|get_cert_callback| CertCredential::Custom {
                get_cert_callback,
                get_cert_callback_state: state,
                cert_issuer_list_notification_callback: notify,
                cert_issuer_list_notification_callback_state: notify_state,
            });
            (credential, T::Custom.fields())
        }
        None => return None,
    };
    t.finish(d, &typed_keys(fields));
    credential
}

fn windows_credential(d: &mut Decoder, node: &Node) -> Option<WindowsIntegratedAuthCredential> {
    use WindowsIntegratedAuthCredentialType as T;
    let mut t = d
        .table(node)?
        .knowing(all_keys(WindowsIntegratedAuthCredentialType::ALL, |t| {
            typed_keys(t.fields())
        }));
    let kind = t.required(d, "type", |d, n| {
        d.credential_type::<WindowsIntegratedAuthCredentialType>(n, CredentialFamily::Windows)
    })?;
    let credential = match kind {
        T::String => {
            let username = t.required(d, "username", |d, n| d.string(n));
            let password = t.required(d, "password", |d, n| d.secret(n));
            let domain = t.optional(d, "domain", |d, n| d.string(n));
            t.finish(d, &typed_keys(T::String.fields()));
            WindowsIntegratedAuthCredential::String {
                username: username?,
                password: password?,
                domain,
            }
        }
        T::Default => {
            t.finish(d, &typed_keys(T::Default.fields()));
            WindowsIntegratedAuthCredential::Default
        }
        T::Opaque => {
            let identity = t.required(d, "opaque_auth_identity", |d, n| d.slot(n));
            t.finish(d, &typed_keys(T::Opaque.fields()));
            WindowsIntegratedAuthCredential::Opaque {
                opaque_auth_identity: identity?,
            }
        }
    };
    Some(credential)
}

fn username_credential(d: &mut Decoder, node: &Node) -> Option<UsernameCredential> {
    let mut t = d
        .table(node)?
        .knowing(all_keys(UsernameCredentialType::ALL, |t| {
            typed_keys(t.fields())
        }));
    let kind = t.required(d, "type", |d, n| {
        d.credential_type::<UsernameCredentialType>(n, CredentialFamily::Username)
    })?;
    let username = t.required(d, "username", |d, n| d.string(n));
    let password = t.required(d, "password", |d, n| d.secret(n));
    t.finish(d, &typed_keys(kind.fields()));
    match kind {
        UsernameCredentialType::String => Some(UsernameCredential::String {
            username: username?,
            password: password?,
        }),
    }
}

fn saml_authenticator(d: &mut Decoder, node: &Node) -> Option<SamlAuthenticator> {
    let mut t = d
        .table(node)?
        .knowing(all_keys(SamlAuthenticatorType::ALL, |t| {
            typed_keys(t.fields())
        }));
    let kind = t.required(d, "type", |d, n| d.name::<SamlAuthenticatorType>(n));
    let certs = t.optional(d, "trusted_issuer_certs", |d, n| {
        d.list(n, "a list of runtime slots", |d, n| d.slot(n))
    });
    let decryption_cert = t.optional(d, "decryption_cert", |d, n| d.slot(n));
    let saml_validator = t.optional(d, "saml_validator", |d, n| d.slot(n));
    let state = t.optional(d, "saml_validator_callback_state", |d, n| d.slot(n));
    let failed = t.had_errors;
    t.finish(d, &typed_keys(SamlAuthenticatorType::CertSigned.fields()));
    match kind? {
        SamlAuthenticatorType::CertSigned => (!failed).then(|| SamlAuthenticator::CertSigned {
            trusted_issuer_certs: certs.unwrap_or_default(),
            decryption_cert,
            saml_validator,
            saml_validator_callback_state: state,
        }),
    }
}
