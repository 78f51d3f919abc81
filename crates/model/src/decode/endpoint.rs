//! Decoding the endpoint, the description, the bindings and the credentials.

use super::properties::{binding_properties, channel_properties};
use super::{Decoder, Node};
use crate::*;

/// The keys of the endpoint table.
pub const ENDPOINT_KEYS: &[&str] = &[
    "side",
    "channel_binding",
    "channel_type",
    "properties",
    "bindings",
];
/// The keys of a nested description table (a bootstrap description).
pub const DESCRIPTION_KEYS: &[&str] = &["properties", "bindings"];

pub(super) fn endpoint(d: &mut Decoder, node: &Node) -> Option<Endpoint> {
    let mut t = d.table(node)?;
    let side = t.required(d, "side", |d, n| {
        d.choice(n, "side", Side::NAMES, Side::from_name)
    });
    let channel_binding = t.required(d, "channel_binding", |d, n| d.name::<ChannelBinding>(n));
    let channel_type = t.optional(d, "channel_type", |d, n| d.name::<ChannelType>(n));
    let description = description_fields(d, &mut t);
    t.finish(d, ENDPOINT_KEYS);
    Some(Endpoint {
        side: side?,
        channel_binding: channel_binding?,
        channel_type,
        description: description?,
    })
}

/// A nested description (the bootstrap of a security context binding).
fn description(d: &mut Decoder, node: &Node) -> Option<SecurityDescription> {
    let mut t = d.table(node)?;
    let description = description_fields(d, &mut t);
    t.finish(d, DESCRIPTION_KEYS);
    description
}

fn description_fields(d: &mut Decoder, t: &mut super::Table<'_>) -> Option<SecurityDescription> {
    let properties = match t.optional(d, "properties", channel_properties) {
        Some(p) => Some(p),
        None if t.had_errors => None,
        None => Some(ChannelProperties::new()),
    };
    let before = t.had_errors;
    let bindings = t.optional(d, "bindings", |d, n| {
        d.list(n, "a list of bindings", binding)
    });
    let bindings = match bindings {
        Some(b) => Some(b),
        None if t.had_errors && !before => None,
        None => Some(Vec::new()),
    };
    Some(SecurityDescription {
        properties: properties?,
        bindings: bindings?,
    })
}

/// The keys each binding type takes.
pub fn binding_keys(binding: SecurityBindingType) -> &'static [&'static str] {
    use SecurityBindingType as T;
    match binding {
        T::SslTransport => &["type", "properties", "local_cert_credential"],
        T::TcpSspiTransport | T::NamedpipeSspiTransport | T::HttpHeaderAuth => {
            &["type", "properties", "client_credential"]
        }
        T::UsernameMessage => &[
            "type",
            "binding_usage",
            "properties",
            "client_credential",
            "password_validator",
            "password_validator_callback_state",
        ],
        T::KerberosApreqMessage => &["type", "binding_usage", "properties", "client_credential"],
        T::XmlTokenMessage => &["type", "binding_usage", "properties", "xml_token"],
        T::SamlMessage => &["type", "binding_usage", "properties", "authenticator"],
        T::SecurityContextMessage => &[
            "type",
            "binding_usage",
            "properties",
            "bootstrap_security_description",
        ],
    }
}

fn binding(d: &mut Decoder, node: &Node) -> Option<SecurityBinding> {
    use SecurityBindingType as T;
    let mut t = d.table(node)?;
    let Some(kind) = t.required(d, "type", |d, n| d.name::<SecurityBindingType>(n)) else {
        // Without a type the valid keys are unknown, so only the type is reported.
        return None;
    };
    let properties = t.optional(d, "properties", binding_properties);
    let properties_ok = properties.is_some() || !t.had_errors;
    let properties = properties.unwrap_or_default();
    let usage = |d: &mut Decoder, t: &mut super::Table<'_>| {
        t.optional(d, "binding_usage", |d, n| d.name::<MessageSecurityUsage>(n))
    };
    let errors_before = d.errors.len();
    let binding = match kind {
        T::SslTransport => SecurityBinding::SslTransport(SslTransportBinding {
            properties,
            local_cert_credential: t.optional(d, "local_cert_credential", cert_credential),
        }),
        T::TcpSspiTransport => SecurityBinding::TcpSspiTransport(SspiTransportBinding {
            properties,
            client_credential: t.optional(d, "client_credential", windows_credential),
        }),
        T::NamedpipeSspiTransport => {
            SecurityBinding::NamedpipeSspiTransport(SspiTransportBinding {
                properties,
                client_credential: t.optional(d, "client_credential", windows_credential),
            })
        }
        T::HttpHeaderAuth => SecurityBinding::HttpHeaderAuth(HttpHeaderAuthBinding {
            properties,
            client_credential: t.optional(d, "client_credential", windows_credential),
        }),
        T::UsernameMessage => SecurityBinding::UsernameMessage(UsernameMessageBinding {
            binding_usage: usage(d, &mut t),
            properties,
            client_credential: t.optional(d, "client_credential", username_credential),
            password_validator: t.optional(d, "password_validator", |d, n| d.slot(n)),
            password_validator_callback_state: t.optional(
                d,
                "password_validator_callback_state",
                |d, n| d.slot(n),
            ),
        }),
        T::KerberosApreqMessage => {
            SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding {
                binding_usage: usage(d, &mut t),
                properties,
                client_credential: t.optional(d, "client_credential", windows_credential),
            })
        }
        T::XmlTokenMessage => SecurityBinding::XmlTokenMessage(XmlTokenMessageBinding {
            binding_usage: usage(d, &mut t),
            properties,
            xml_token: t.optional(d, "xml_token", |d, n| d.slot(n)),
        }),
        T::SamlMessage => SecurityBinding::SamlMessage(SamlMessageBinding {
            binding_usage: usage(d, &mut t),
            properties,
            authenticator: t.optional(d, "authenticator", saml_authenticator),
        }),
        T::SecurityContextMessage => {
            SecurityBinding::SecurityContextMessage(SecurityContextMessageBinding {
                binding_usage: usage(d, &mut t),
                properties,
                bootstrap_security_description: t
                    .optional(d, "bootstrap_security_description", description)
                    .map(Box::new),
            })
        }
    };
    t.finish(d, binding_keys(kind));
    (properties_ok && d.errors.len() == errors_before).then_some(binding)
}

fn cert_credential(d: &mut Decoder, node: &Node) -> Option<CertCredential> {
    use CertCredentialType as T;
    let mut t = d.table(node)?;
    let kind = t.required(d, "type", |d, n| d.name::<CertCredentialType>(n));
    let (credential, keys): (Option<CertCredential>, &[&str]) = match kind {
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
            (
                credential,
                &["type", "store_location", "store_name", "subject_name"],
            )
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
            (
                credential,
                &["type", "store_location", "store_name", "thumbprint"],
            )
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
            (
                credential,
                &[
                    "type",
                    "get_cert_callback",
                    "get_cert_callback_state",
                    "cert_issuer_list_notification_callback",
                    "cert_issuer_list_notification_callback_state",
                ],
            )
        }
        None => return None,
    };
    t.finish(d, keys);
    credential
}

fn windows_credential(d: &mut Decoder, node: &Node) -> Option<WindowsIntegratedAuthCredential> {
    use WindowsIntegratedAuthCredentialType as T;
    let mut t = d.table(node)?;
    let kind = t.required(d, "type", |d, n| {
        d.name::<WindowsIntegratedAuthCredentialType>(n)
    })?;
    let credential = match kind {
        T::String => {
            let username = t.required(d, "username", |d, n| d.string(n));
            let password = t.required(d, "password", |d, n| d.secret(n));
            let domain = t.optional(d, "domain", |d, n| d.string(n));
            t.finish(d, &["type", "username", "password", "domain"]);
            WindowsIntegratedAuthCredential::String {
                username: username?,
                password: password?,
                domain,
            }
        }
        T::Default => {
            t.finish(d, &["type"]);
            WindowsIntegratedAuthCredential::Default
        }
        T::Opaque => {
            let identity = t.required(d, "opaque_auth_identity", |d, n| d.slot(n));
            t.finish(d, &["type", "opaque_auth_identity"]);
            WindowsIntegratedAuthCredential::Opaque {
                opaque_auth_identity: identity?,
            }
        }
    };
    Some(credential)
}

fn username_credential(d: &mut Decoder, node: &Node) -> Option<UsernameCredential> {
    let mut t = d.table(node)?;
    let kind = t.required(d, "type", |d, n| d.name::<UsernameCredentialType>(n));
    let username = t.required(d, "username", |d, n| d.string(n));
    let password = t.required(d, "password", |d, n| d.secret(n));
    t.finish(d, &["type", "username", "password"]);
    match kind? {
        UsernameCredentialType::String => Some(UsernameCredential::String {
            username: username?,
            password: password?,
        }),
    }
}

fn saml_authenticator(d: &mut Decoder, node: &Node) -> Option<SamlAuthenticator> {
    let mut t = d.table(node)?;
    let kind = t.required(d, "type", |d, n| d.name::<SamlAuthenticatorType>(n));
    let certs = t.optional(d, "trusted_issuer_certs", |d, n| {
        d.list(n, "a list of runtime slots", |d, n| d.slot(n))
    });
    let decryption_cert = t.optional(d, "decryption_cert", |d, n| d.slot(n));
    let saml_validator = t.optional(d, "saml_validator", |d, n| d.slot(n));
    let state = t.optional(d, "saml_validator_callback_state", |d, n| d.slot(n));
    let failed = t.had_errors;
    t.finish(
        d,
        &[
            "type",
            "trusted_issuer_certs",
            "decryption_cert",
            "saml_validator",
            "saml_validator_callback_state",
        ],
    );
    match kind? {
        SamlAuthenticatorType::CertSigned => (!failed).then(|| SamlAuthenticator::CertSigned {
            trusted_issuer_certs: certs.unwrap_or_default(),
            decryption_cert,
            saml_validator,
            saml_validator_callback_state: state,
        }),
    }
}
