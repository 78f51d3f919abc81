//! Credential fields of the transport bindings, and the credential structures themselves.

use crate::context::{At, Ctx};
use crate::registry::{Claim, Kind, Rule, RuleSet, Status};
use wws_security_model::decode::{DecodeError, DecodeErrorKind};
use wws_security_model::defaults::effective_binding_property;
use wws_security_model::{
    BindingProperty, CEnum, CertCredential, CredentialFamily, HttpHeaderAuthScheme, Secret,
    SecurityBinding, SecurityBindingPropertyId, UsernameCredential,
    WindowsIntegratedAuthCredential,
};

pub(crate) static SET: RuleSet = RuleSet {
    rules: &[
        &T_033, &T_066, &T_082, &T_084, &T_085, &T_087, &T_089, &T_099, &T_100, &T_105, &T_106,
        &L_004,
    ],
    decode_checks: &[
        credential_of_another_family,
        custom_credential_without_callback,
    ],
    checks: &[
        basic_digest_need_string_credential,
        cert_store_names,
        thumbprint_format,
        windows_username_not_empty,
        blank_password,
        literal_password,
        placeholder_username,
    ],
};

pub(crate) static T_033: Rule = Rule::error("T-033", Kind::Value, Status::Implemented)
    .also(&[
        "T-098", // Windows credentials never go in the SSL certificate field
    ])
    .title("the SSL certificate field holds a certificate credential")
    .rationale("`local_cert_credential` names the client certificate; a Windows or username credential there names none. The model cannot hold one (`CertCredential`), so the decoder finds the misplaced `type` and this rule says where it goes.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § localCertCredential");

pub(crate) static T_082: Rule = Rule::error("T-082", Kind::Applicability, Status::Implemented)
    .also(&[
        "M-043", // the Kerberos credential takes the Windows subtypes only
    ])
    .title("certificate credentials only in the SSL binding")
    .rationale("Only the SSL binding's `local_cert_credential` takes a certificate; every `client_credential` takes a Windows or username credential. The model cannot hold a certificate there, so the decoder finds it and this rule says where it goes; the server side is T-029.")
    .source("api/ns-webservices-ws_ssl_transport_security_binding.md § localCertCredential");

pub(crate) static T_106: Rule = Rule::error("T-106", Kind::Value, Status::Implemented)
    .also(&[
        "M-026", // username credential selector has a single value (credential rule)
    ])
    .title("the username credential selector has one value")
    .rationale("The username binding's credential is always a user name and password (`string`); a Windows credential type there selects nothing. The model cannot hold one (`UsernameCredential`), so the decoder finds it and this rule says where it goes.")
    .source("api/ns-webservices-ws_username_credential.md § credentialType");

// T-033, T-082, T-106: a credential `type` of another family than the field takes.
fn credential_of_another_family(e: &DecodeError) -> Option<Claim> {
    let DecodeErrorKind::MisplacedCredential {
        found, expected, ..
    } = &e.kind
    else {
        return None;
    };
    let rule = match (found, expected) {
        (CredentialFamily::Certificate, _) => &T_082,
        (_, CredentialFamily::Certificate) => &T_033,
        (_, CredentialFamily::Username) => &T_106,
        // A username type is also a Windows type (`string`), so it is never misplaced there.
        (_, CredentialFamily::Windows) => &T_082,
    };
    Some(Claim::rule(rule))
}

pub(crate) static T_089: Rule = Rule::error("T-089", Kind::Required, Status::Implemented)
    .title("a custom certificate credential has its callback")
    .rationale("A custom credential exists to have the program supply the certificate through `get_cert_callback`; without it there is no certificate. The model cannot hold one without it, so the decoder finds the missing key and this rule explains it.")
    .source("api/ns-webservices-ws_custom_cert_credential.md § getCertCallback");

// T-089: a custom certificate credential without `get_cert_callback`.
fn custom_credential_without_callback(e: &DecodeError) -> Option<Claim> {
    let DecodeErrorKind::MissingKey {
        key: "get_cert_callback",
    } = e.kind
    else {
        return None;
    };
    Some(Claim {
        rule: &T_089,
        message: Some(
            "the `custom` certificate credential has no `get_cert_callback`, the only source of its certificate"
                .to_owned(),
        ),
        help: Some(
            "add `get_cert_callback` (the program's callback), or use a `subject_name` or `thumbprint` credential"
                .to_owned(),
        ),
    })
}

pub(crate) static T_066: Rule = Rule::error("T-066", Kind::Combination, Status::Implemented)
    .also(&[
        "P-041", // Basic/Digest needing the string Windows credential is a header-auth credential rule; T owns credentials
        "P-042", // the default Windows credential excluding Basic/Digest is a header-auth credential rule; T owns credentials
        "T-064",
    ])
    .title("Basic and Digest need a string Windows credential")
    .rationale("Basic and Digest send a user name and password, which only the string credential supplies; the default and opaque credentials work with Negotiate, NTLM, none or Passport only. An omitted scheme means Negotiate.")
    .source("api/ne-webservices-ws_security_binding_property_id.md § WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME");

// T-066 (T-064): a header-auth scheme with Basic or Digest needs a string Windows credential.
fn basic_digest_need_string_credential(cx: &mut Ctx<'_>) {
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
                &T_066,
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

pub(crate) static T_084: Rule = Rule::error("T-084", Kind::Value, Status::Implemented)
    .title("store_name is not empty")
    .rationale("An empty store name designates no certificate store, so no certificate can be found when the channel opens.")
    .source("api/ns-webservices-ws_subject_name_cert_credential.md § storeName");

pub(crate) static T_085: Rule = Rule::error("T-085", Kind::Value, Status::Implemented)
    .title("subject_name is not empty")
    .rationale("An empty subject name cannot select a certificate in a subject-name search.")
    .source("api/ns-webservices-ws_subject_name_cert_credential.md § subjectName");

// T-084, T-085: store-based certificate credentials name a store and a subject.
fn cert_store_names(cx: &mut Ctx<'_>) {
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
                &T_084,
                At::BindingField(i, "local_cert_credential"),
                message,
                "name the store that holds the certificate, e.g. `My`",
            );
        }
        if subject.is_some_and(|s| s.trim().is_empty()) {
            let message = format!(
                "the certificate credential of {} has an empty `subject_name`",
                cx.binding_label(i)
            );
            cx.emit(
                &T_085,
                At::BindingField(i, "local_cert_credential"),
                message,
                "give the certificate's subject, e.g. `CN=client.example`",
            );
        }
    }
}

pub(crate) static T_087: Rule = Rule::error("T-087", Kind::Value, Status::Implemented)
    .title("a thumbprint is 40 hexadecimal digits")
    .rationale("The thumbprint is a SHA-1 digest (20 bytes) written in hex without spaces or 0x prefix; anything else matches no certificate. Either letter case is accepted.")
    .source("api/ns-webservices-ws_thumbprint_cert_credential.md § thumbprint");

// T-087: a thumbprint is exactly 40 hexadecimal digits.
fn thumbprint_format(cx: &mut Ctx<'_>) {
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
            &T_087,
            At::BindingField(i, "local_cert_credential"),
            message,
            "copy the certificate's SHA-1 thumbprint as 40 hex digits, without separators",
        );
    }
}

pub(crate) static T_099: Rule = Rule::error("T-099", Kind::Value, Status::Implemented)
    .title("a string Windows credential names a user")
    .rationale("An empty user name is not a way to ask for the current identity (that is the `default` credential); it names no account.")
    .source("api/ns-webservices-ws_string_windows_integrated_auth_credential.md § username");

// T-099: a string Windows credential names a user.
fn windows_username_not_empty(cx: &mut Ctx<'_>) {
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
            cx.emit(&T_099, At::BindingField(i, "client_credential"), message, "name the account, or use the `default` credential for the identity the program runs as");
        }
    }
}

/// The user name of a binding's string credential, if it has one.
fn usernames(b: &SecurityBinding) -> Option<&str> {
    match b {
        SecurityBinding::UsernameMessage(u) => match &u.client_credential {
            Some(UsernameCredential::String { username, .. }) => Some(username),
            None => None,
        },
        _ => match b.windows_credential() {
            Some(WindowsIntegratedAuthCredential::String { username, .. }) => Some(username),
            _ => None,
        },
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

pub(crate) static T_100: Rule = Rule::error("T-100", Kind::Value, Status::Implemented)
    .title("a blank password is an empty string")
    .rationale("A blank password has length zero; a NUL character is a one-character password that matches no blank account password.")
    .source("api/ns-webservices-ws_string_windows_integrated_auth_credential.md § password");

// T-100: a blank password is written as an empty string, not as a NUL character.
fn blank_password(cx: &mut Ctx<'_>) {
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
                &T_100,
                At::BindingField(i, "client_credential"),
                message,
                "a blank password is an empty string",
            );
        }
    }
}

pub(crate) static T_105: Rule = Rule::warning("T-105", Kind::Note, Status::Implemented)
    .also(&[
        "M-027", // credentials are copied by the runtime; originals stay the program's concern
    ])
    .title("a password written in the declaration")
    .rationale("The runtime protects its own copy of a credential but not the program's; a password kept in a file or in source leaks with it. Read it from the environment or supply it at run time.")
    .source("concepts/security-overview.md § Security");

// T-105: a password written in the declaration leaks with the file (advisory).
fn literal_password(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        if passwords(b).is_some_and(Secret::is_literal) {
            let message = format!(
                "the credential of {} has its password written in the declaration",
                cx.binding_label(i)
            );
            cx.emit(
                &T_105,
                At::BindingField(i, "client_credential"),
                message,
                "read the password from an environment variable or have the program supply it, instead of writing it in the declaration",
            );
        }
    }
}

pub(crate) static L_004: Rule = Rule::warning("L-004", Kind::Lint, Status::Implemented)
    .title("a user name still holds a placeholder")
    .rationale("`wws-security import` writes `<user name for PORT>` where the service's policy asks for a user name only the program's owner knows. Such a name passes every rule but names no account, so the first call fails authentication; a name in angle brackets is taken for a placeholder left to fill.")
    .source("docs/import.md § The files (the placeholders import writes)");

// L-004: a user name in angle brackets is a placeholder nobody replaced.
fn placeholder_username(cx: &mut Ctx<'_>) {
    for (i, b) in cx.bindings().iter().enumerate() {
        let Some(username) = usernames(b) else {
            continue;
        };
        let name = username.trim();
        if name.len() > 2 && name.starts_with('<') && name.ends_with('>') {
            let message = format!(
                "the user name of {} is the placeholder `{name}`",
                cx.binding_label(i)
            );
            cx.emit(
                &L_004,
                At::BindingField(i, "client_credential"),
                message,
                "write the account the program signs in with",
            );
        }
    }
}
