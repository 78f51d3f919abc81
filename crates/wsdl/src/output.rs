//! Writing what an import found as files: the template file of a template match, the plain
//! client endpoint file (the format of `examples/endpoints`) of a match no template expresses.
//! Each starts with a comment saying where it comes from and what the program must supply.

use crate::report::{Alternative, Port, Verdict};
use wws_security_model::{
    CEnum, CertCredential, Endpoint, Secret, SecurityBinding, SecurityDescription,
    UsernameCredential, WindowsIntegratedAuthCredential,
};

/// The file name of an alternative's file: `<port>.toml`, or `<port>.<index>.toml` when the
/// port has several matching alternatives.
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

/// The file of a matching alternative ([`Alternative::file`]) in TOML, after a comment saying
/// where it comes from and what the program must supply. `None` when the alternative does not
/// match.
pub fn endpoint_file(source: &str, port: &Port, alternative: &Alternative) -> Option<String> {
    let file = alternative.file()?;
    let mut text = format!(
        "# Imported by `wws-security import` from {}, port `{}`, alternative {}.\n",
        printable(source),
        printable(&port.name),
        alternative.index
    );
    match alternative.verdict {
        Verdict::Template(t) => text.push_str(&format!(
            "# The binding template `{}` expresses it.\n\
             # The policy description wsutil would generate is under [policy]; what the program adds\n\
             # is at the top level. `wws-security expand` shows the description the runtime builds.\n",
            t.name()
        )),
        Verdict::Constraints => {
            text.push_str(
                "# No binding template expresses it: build this description after matching the policy\n\
                 # (WsMatchPolicyAlternative), as the metadata-import samples do.\n",
            );
            if let Some(channel) = &alternative.channel {
                let encodings: Vec<&str> = channel.encoding.iter().map(|e| e.name()).collect();
                text.push_str("# Channel properties from policy:\n");
                text.push_str(&format!("#   encoding: one of {}\n", encodings.join(", ")));
                text.push_str(&format!(
                    "#   addressing_version: {}\n",
                    channel.addressing_version.name()
                ));
                if let Some(envelope) = channel.envelope_version {
                    text.push_str(&format!("#   envelope_version: {}\n", envelope.name()));
                }
            }
        }
        Verdict::NoMatch => return None,
    }
    let needs = needs(&file.expand());
    if !needs.is_empty() {
        text.push_str("# Supply before use:\n");
        for need in needs {
            text.push_str(&format!("#   {need}\n"));
        }
    }
    text.push('\n');
    text.push_str(&file.to_toml_string().ok()?);
    Some(text)
}

/// What the program must supply for `endpoint`: slots, environment variables and user names,
/// each once (a security-context template's transport credential serves both channels), as
/// printable text.
pub fn needs(endpoint: &Endpoint) -> Vec<String> {
    let mut out = Vec::new();
    collect(&endpoint.description, &mut out);
    let mut seen = std::collections::HashSet::new();
    out.retain(|need| seen.insert(need.clone()));
    out.iter().map(|need| printable(need)).collect()
}

/// `text` with its control characters escaped (`\u{7}`): a name taken from the document must
/// not end a comment line of the file (TOML refuses control characters there) or reach a
/// terminal raw.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
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
                if let Some(CertCredential::Custom {
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
                if let Some(UsernameCredential::String { username, password }) =
                    &b.client_credential
                {
                    out.push(format!("the user name, in place of `{username}`"));
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
        match binding.windows_credential() {
            Some(WindowsIntegratedAuthCredential::String {
                username, password, ..
            }) => {
                out.push(format!("the Windows user name, in place of `{username}`"));
                secret(password, out);
            }
            Some(WindowsIntegratedAuthCredential::Opaque {
                opaque_auth_identity,
            }) => {
                out.push(format!(
                    "runtime slot `{}` (a Windows identity)",
                    opaque_auth_identity.name()
                ));
            }
            Some(WindowsIntegratedAuthCredential::Default) | None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn names_from_the_document_are_printable_in_a_comment() {
        assert_eq!(printable("Orders\u{7}Port\n"), "Orders\\u{7}Port\\n");
        assert_eq!(printable("Заказы Port"), "Заказы Port");
    }
}
