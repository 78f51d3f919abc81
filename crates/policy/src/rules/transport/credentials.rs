//! Credential fields of the transport bindings, and the credential structures themselves.

use crate::facts::{self, Need};
use crate::{At, Ctx};
use wws_security_model::defaults::effective_binding_property;
use wws_security_model::{
    BindingProperty, CEnum, CertCredential, HttpHeaderAuthScheme, Secret, SecurityBinding,
    SecurityBindingPropertyId, SecurityBindingType, Side, UsernameCredential,
    WindowsIntegratedAuthCredential,
};

/// The rule id of each transport binding's credential field, per side.
const FIELD_RULES: &[(SecurityBindingType, Side, &str)] = {
    use SecurityBindingType as T;
    &[
        (T::SslTransport, Side::Server, "T-029"),
        (T::TcpSspiTransport, Side::Client, "T-042"),
        (T::TcpSspiTransport, Side::Server, "T-043"),
        (T::NamedpipeSspiTransport, Side::Client, "T-052"),
        (T::NamedpipeSspiTransport, Side::Server, "T-053"),
        (T::HttpHeaderAuth, Side::Client, "T-062"),
        (T::HttpHeaderAuth, Side::Server, "T-063"),
    ]
};

fn credential_present(b: &SecurityBinding) -> bool {
    match b {
        SecurityBinding::SslTransport(s) => s.local_cert_credential.is_some(),
        _ => b.windows_credential().is_some(),
    }
}

// T-029, T-042, T-043, T-052, T-053, T-062, T-063: credential fields required on clients, forbidden on servers.
pub(super) fn field_per_side(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, b) in cx.bindings().iter().enumerate() {
        let t = b.binding_type();
        let Some(&(_, _, id)) = FIELD_RULES.iter().find(|(bt, s, _)| *bt == t && *s == side) else {
            continue;
        };
        // Each transport binding has exactly one credential field (facts::FIELDS).
        let Some(field) = facts::fields(t).next() else {
            continue;
        };
        let need = match side {
            Side::Client => field.client,
            Side::Server => field.server,
        };
        let present = credential_present(b);
        match need {
            Need::Required if !present => {
                let message = format!(
                    "{} on a client needs `{}`: the client authenticates with it",
                    cx.binding_label(i),
                    field.field
                );
                cx.emit(
                    id,
                    At::Binding(i),
                    message,
                    format!(
                        "add `{}` (for the process identity: `type = \"default\"`)",
                        field.field
                    ),
                );
            }
            Need::Forbidden if present => {
                let message = format!(
                    "{} on a server must not set `{}`, which only a client may supply",
                    cx.binding_label(i),
                    field.field
                );
                let help = if t == SecurityBindingType::SslTransport {
                    "remove it; register the server certificate for the HTTP port instead"
                        .to_owned()
                } else {
                    format!("remove `{}`", field.field)
                };
                cx.emit(id, At::BindingField(i, field.field), message, help);
            }
            _ => {}
        }
    }
}

// T-066 (T-064): a header-auth scheme with Basic or Digest needs a string Windows credential.
pub(super) fn basic_digest_need_string_credential(cx: &mut Ctx<'_>) {
    let side = cx.side();
    for (i, b) in cx.bindings().iter().enumerate() {
        let SecurityBinding::HttpHeaderAuth(h) = b else {
            continue;
        };
        let Some(cred) = &h.client_credential else {
            continue;
        };
        if matches!(cred, WindowsIntegratedAuthCredential::String { .. }) {
            continue;
        }
        let scheme =
            effective_binding_property(b, side, SecurityBindingPropertyId::HttpHeaderAuthScheme);
        let Some(BindingProperty::HttpHeaderAuthScheme(schemes)) = scheme.value() else {
            continue;
        };
        let named = [HttpHeaderAuthScheme::Basic, HttpHeaderAuthScheme::Digest]
            .into_iter()
            .find(|s| schemes.contains(*s));
        if let Some(s) = named {
            let message = format!(
                "{} uses the `{}` scheme, which sends a user name and password, but its credential is `{}`",
                cx.binding_label(i),
                s.name(),
                cred.credential_type().name()
            );
            cx.emit(
                "T-066",
                At::BindingField(i, "client_credential"),
                message,
                "use a `string` credential, or drop `basic` and `digest` from `http_header_auth_scheme`",
            );
        }
    }
}

fn cert_credential(b: &SecurityBinding) -> Option<&CertCredential> {
    match b {
        SecurityBinding::SslTransport(s) => s.local_cert_credential.as_ref(),
        _ => None,
    }
}

// T-084, T-085: store-based certificate credentials name a store and a subject.
pub(super) fn cert_store_names(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        let (store_name, subject) = match cert_credential(b) {
            Some(CertCredential::SubjectName {
                store_name,
                subject_name,
                ..
            }) => (store_name, Some(subject_name)),
            Some(CertCredential::Thumbprint { store_name, .. }) => (store_name, None),
            _ => continue,
        };
        if store_name.trim().is_empty() {
            let message = format!(
                "the certificate credential of {} has an empty `store_name`",
                cx.binding_label(i)
            );
            cx.emit(
                "T-084",
                At::BindingField(i, "local_cert_credential"),
                message,
                "name the store holding the certificate, e.g. `store_name = \"My\"`",
            );
        }
        if subject.is_some_and(|s| s.trim().is_empty()) {
            let message = format!(
                "the certificate credential of {} has an empty `subject_name`",
                cx.binding_label(i)
            );
            cx.emit(
                "T-085",
                At::BindingField(i, "local_cert_credential"),
                message,
                "give the certificate subject, e.g. `subject_name = \"CN=client.example\"`",
            );
        }
    }
}

// T-087: a thumbprint is exactly 40 hexadecimal digits.
pub(super) fn thumbprint_format(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        let Some(CertCredential::Thumbprint { thumbprint, .. }) = cert_credential(b) else {
            continue;
        };
        if thumbprint.len() == 40 && thumbprint.bytes().all(|c| c.is_ascii_hexdigit()) {
            continue;
        }
        let message = format!(
            "the thumbprint of {} is not 40 hexadecimal digits (a SHA-1 hash written without spaces or `0x`)",
            cx.binding_label(i)
        );
        cx.emit(
            "T-087",
            At::BindingField(i, "local_cert_credential"),
            message,
            "copy the certificate's SHA-1 thumbprint as 40 hex digits, without separators",
        );
    }
}

// T-099: a string Windows credential names a user.
pub(super) fn windows_username_not_empty(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        let Some(WindowsIntegratedAuthCredential::String { username, .. }) = b.windows_credential()
        else {
            continue;
        };
        if username.trim().is_empty() {
            let message = format!(
                "the string credential of {} has an empty `username`",
                cx.binding_label(i)
            );
            cx.emit("T-099", At::BindingField(i, "client_credential"), message, "name the account, or use `type = \"default\"` for the identity the program runs as");
        }
    }
}

/// The password of a binding's string credential, if it has one.
fn passwords(b: &SecurityBinding) -> Option<&Secret> {
    match b {
        SecurityBinding::UsernameMessage(u) => match &u.client_credential {
            Some(UsernameCredential::String { password, .. }) => Some(password),
            None => None,
        },
        _ => match b.windows_credential() {
            Some(WindowsIntegratedAuthCredential::String { password, .. }) => Some(password),
            _ => None,
        },
    }
}

// T-100: a blank password is written as an empty string, not as a NUL character.
pub(super) fn blank_password(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        let Some(Secret::Literal(text)) = passwords(b) else {
            continue;
        };
        if text.expose_secret().contains('\0') {
            let message = format!(
                "the password of {} contains a NUL character",
                cx.binding_label(i)
            );
            cx.emit(
                "T-100",
                At::BindingField(i, "client_credential"),
                message,
                "write a blank password as `password = \"\"`",
            );
        }
    }
}

// T-105: a password written in the declaration leaks with the file (advisory).
pub(super) fn literal_password(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        if passwords(b).is_some_and(Secret::is_literal) {
            let message = format!(
                "the credential of {} has its password written in the declaration",
                cx.binding_label(i)
            );
            cx.emit(
                "T-105",
                At::BindingField(i, "client_credential"),
                message,
                "use `password = { env = \"VAR\" }` or `{ runtime = \"slot\" }`",
            );
        }
    }
}
