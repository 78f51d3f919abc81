//! Writing what an import found as files. Today every matching alternative becomes a plain
//! client endpoint file (the format of `examples/endpoints`); this module is the one place that
//! decides what a file holds, so template files can replace plain files for template matches.

use crate::report::{Alternative, Port, Verdict};
use wws_security_model::{CEnum, Endpoint, Secret, SecurityBinding, SecurityDescription};

/// The file name of an alternative's endpoint: `<port>.toml`, or `<port>.<index>.toml` when
/// the port has several matching alternatives.
pub fn file_name(port: &Port, alternative: &Alternative) -> String {
    let stem: String = port
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let matching = port.alternatives.iter().filter(|a| a.matched()).count();
    if matching > 1 {
        format!("{stem}.{}.toml", alternative.index)
    } else {
        format!("{stem}.toml")
    }
}

/// The endpoint file of a matching alternative: a comment saying where it comes from and what
/// the program must supply, then the endpoint in TOML. `None` when the alternative does not match.
pub fn endpoint_file(source: &str, port: &Port, alternative: &Alternative) -> Option<String> {
    let endpoint = alternative.endpoint.as_ref()?;
    let mut text = format!(
        "# Imported by `wws-security import` from {source}, port `{}`, alternative {}.\n",
        port.name, alternative.index
    );
    match alternative.verdict {
        Verdict::Template(t) => text.push_str(&format!(
            "# WWSAPI's binding template `{}` expresses it; this is the description it builds.\n",
            t.name()
        )),
        Verdict::Constraints => text.push_str(
            "# No binding template expresses it; build the description below after matching the policy.\n",
        ),
        Verdict::NoMatch => return None,
    }
    if let Some(address) = &port.address {
        text.push_str(&format!("# Service address: {address}\n"));
    }
    let needs = needs(endpoint);
    if !needs.is_empty() {
        text.push_str("# Supply before use:\n");
        for need in needs {
            text.push_str(&format!("#   {need}\n"));
        }
    }
    text.push('\n');
    text.push_str(&endpoint.to_toml_string().ok()?);
    Some(text)
}

/// What the program must supply for `endpoint`: slots, environment variables and user names.
pub fn needs(endpoint: &Endpoint) -> Vec<String> {
    let mut out = Vec::new();
    collect(&endpoint.description, &mut out);
    out
}

fn collect(description: &SecurityDescription, out: &mut Vec<String>) {
    let secret = |s: &Secret, out: &mut Vec<String>| match s {
        Secret::Env(var) => out.push(format!("environment variable `{var}` (a password)")),
        Secret::Runtime(slot) => out.push(format!("runtime slot `{}` (a password)", slot.name())),
        Secret::Literal(_) => {}
    };
    for binding in &description.bindings {
        match binding {
            SecurityBinding::SslTransport(b) => {
                if let Some(wws_security_model::CertCredential::Custom {
                    get_cert_callback, ..
                }) = &b.local_cert_credential
                {
                    out.push(format!(
                        "runtime slot `{}` (the client certificate the service requires)",
                        get_cert_callback.name()
                    ));
                }
            }
            SecurityBinding::UsernameMessage(b) => {
                if let Some(wws_security_model::UsernameCredential::String { username, password }) =
                    &b.client_credential
                {
                    out.push(format!("the user name (written as `{username}`)"));
                    secret(password, out);
                }
            }
            SecurityBinding::XmlTokenMessage(b) => {
                if let Some(slot) = &b.xml_token {
                    out.push(format!(
                        "runtime slot `{}` (the XML security token)",
                        slot.name()
                    ));
                }
            }
            SecurityBinding::SecurityContextMessage(b) => {
                if let Some(bootstrap) = &b.bootstrap_security_description {
                    collect(bootstrap, out);
                }
            }
            _ => {}
        }
        if let Some(credential) = binding.windows_credential() {
            match credential {
                wws_security_model::WindowsIntegratedAuthCredential::String {
                    username,
                    password,
                    ..
                } => {
                    out.push(format!("the Windows user name (written as `{username}`)"));
                    secret(password, out);
                }
                wws_security_model::WindowsIntegratedAuthCredential::Opaque {
                    opaque_auth_identity,
                } => {
                    out.push(format!(
                        "runtime slot `{}` (a Windows identity)",
                        opaque_auth_identity.name()
                    ));
                }
                wws_security_model::WindowsIntegratedAuthCredential::Default => {}
            }
        }
    }
}
