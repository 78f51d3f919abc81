//! Loading endpoint files at run time, with the guarantees of the `security_binding!` macro.
//!
//! A service that reads its security configuration from a file gets the same
//! [`Validated<Endpoint>`] the macro builds, or every problem of the file at once. Each problem is a
//! [`FileDiagnostic`]: format errors (`F-` ids, from the model's decoder), policy diagnostics
//! (`T-`, `M-`, `P-`, `L-`) and load-time errors (`R-`) in one type, each with its structured
//! [`Path`] and, where the file has it, the byte range, line and column in the text.
//!
//! Files can only *name* what a program must supply. At load time:
//! - every `{ runtime = "<slot>" }` must be registered in the [`Runtime`] (else `R-001`);
//! - every `{ env = "VAR" }` password is read through the [`Runtime`]'s environment lookup (else
//!   `R-002`). The values are kept in [`Loaded`], never printed.
//!
//! [`check_text`] is the check-only path (the command line's `check`): it treats every slot and
//! every environment secret as present and returns warnings as well as errors.
//!
//! Both accept template files (`template = "<name>"`) as well as plain endpoint files: a template
//! is checked with [`Policy::validate_template`], its diagnostics point into the template file,
//! and the loaded endpoint is its expansion ([`Loaded::template`] keeps the template).
//!
//! ```
//! use wws_security_policy::{load_toml, Policy, Runtime};
//!
//! let text = r#"
//! side = "client"
//! channel_binding = "http"
//! [[bindings]]
//! type = "ssl_transport"
//! "#;
//! let loaded = load_toml(text, &Policy::new(), &Runtime::new()).expect("a valid endpoint");
//! assert!(loaded.warnings().is_empty());
//! let endpoint = loaded.endpoint(); // a Validated<Endpoint>, as the macro makes
//! assert_eq!(endpoint.description.bindings.len(), 1);
//! ```

use crate::rules::runtime::{R_001, R_002};
use crate::{Diagnostic, FileDiagnostic, Policy, Runtime, Severity, Validated};
use std::collections::BTreeMap;
use std::fmt;
use wws_security_model::decode::{
    decode_file, decode_file_partial, parse_node, Locator, Node, Partial,
};
use wws_security_model::{
    Endpoint, EndpointFile, Part, Path, Secret, SecretString, Syntax, Template,
};

pub use wws_security_model::decode::Format;

/// An endpoint loaded from a file: validated, with its warnings and the values the program and
/// the environment supplied. Debug output names environment variables, never their values.
pub struct Loaded {
    endpoint: Validated<Endpoint>,
    template: Option<Template>,
    warnings: Vec<FileDiagnostic>,
    runtime: Runtime,
    env: BTreeMap<String, SecretString>,
}

impl Loaded {
    /// The checked endpoint, the same type the `security_binding!` macro produces; for a template
    /// file, the expansion of the template.
    pub fn endpoint(&self) -> &Validated<Endpoint> {
        &self.endpoint
    }

    /// The template, when the file was a template file.
    pub fn template(&self) -> Option<&Template> {
        self.template.as_ref()
    }

    /// The warnings the policy reported (lints not denied).
    pub fn warnings(&self) -> &[FileDiagnostic] {
        &self.warnings
    }

    /// The slots the program registered.
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    /// The password `secret` stands for: the literal, the environment variable's value read at
    /// load time, or a [`SecretString`] (or `String`) registered under the runtime slot.
    pub fn password(&self, secret: &Secret) -> Option<SecretString> {
        match secret {
            Secret::Literal(s) => Some(s.clone()),
            Secret::Env(var) => self.env.get(var).cloned(),
            Secret::Runtime(slot) => self
                .runtime
                .get::<SecretString>(slot.name())
                .cloned()
                .or_else(|| {
                    self.runtime
                        .get::<String>(slot.name())
                        .map(|s| SecretString::new(s.as_str()))
                }),
        }
    }

    /// The endpoint, its warnings and the program's slots; environment values are dropped
    /// (and wiped).
    pub fn into_parts(self) -> (Validated<Endpoint>, Vec<FileDiagnostic>, Runtime) {
        (self.endpoint, self.warnings, self.runtime)
    }
}

impl fmt::Debug for Loaded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Loaded")
            .field("endpoint", &self.endpoint)
            .field("template", &self.template)
            .field("warnings", &self.warnings)
            .field("runtime", &self.runtime)
            .field("env", &self.env.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// Loads an endpoint from TOML text; see [`load`].
///
/// ```
/// use wws_security_policy::{load_toml, Policy, Runtime};
///
/// let text = r#"
/// side = "client"
/// channel_binding = "http"
/// [[bindings]]
/// type = "ssl_transport"
/// [[bindings]]
/// type = "username_message"
/// binding_usage = "supporting"
/// [bindings.client_credential]
/// type = "string"
/// username = "svc"
/// password = { env = "SVC_PASSWORD" }
/// "#;
/// let runtime = Runtime::new().with_env(|var| (var == "SVC_PASSWORD").then(|| "s3cret".into()));
/// let loaded = load_toml(text, &Policy::new(), &runtime).unwrap();
/// assert!(!format!("{loaded:?}").contains("s3cret"));
///
/// // Without the variable, the error names it (and only it).
/// let errors = load_toml(text, &Policy::new(), &Runtime::new().with_env(|_| None)).unwrap_err();
/// assert_eq!(errors[0].id(), "R-002");
/// assert!(errors[0].message.contains("SVC_PASSWORD"));
/// assert_eq!(errors[0].line, Some(12));
/// ```
pub fn load_toml(
    text: &str,
    policy: &Policy,
    runtime: &Runtime,
) -> Result<Loaded, Vec<FileDiagnostic>> {
    load(text, Format::Toml, policy, runtime)
}

/// Loads an endpoint from JSON text (the same shape as TOML); see [`load`].
pub fn load_json(
    text: &str,
    policy: &Policy,
    runtime: &Runtime,
) -> Result<Loaded, Vec<FileDiagnostic>> {
    load(text, Format::Json, policy, runtime)
}

/// Loads an endpoint file: reads it, validates it against `policy`, resolves every runtime slot
/// in `runtime` and every `{ env = "VAR" }` through `runtime`'s environment lookup.
///
/// On success: the [`Validated<Endpoint>`] and its warnings. Otherwise every error found, with
/// the warnings (format errors stop before the policy runs: there is no endpoint to check).
///
/// ```
/// use wws_security_policy::{load, Format, Policy, Runtime};
///
/// let text = r#"{ "side": "client", "channel_binding": "htp", "bindings": [] }"#;
/// let errors = load(text, Format::Json, &Policy::new(), &Runtime::new()).unwrap_err();
/// assert_eq!(errors[0].id(), "F-003");
/// assert_eq!(&text[errors[0].span.clone().unwrap()], "\"htp\"");
/// assert_eq!((errors[0].line, errors[0].column), (Some(1), Some(40)));
/// ```
pub fn load(
    text: &str,
    format: Format,
    policy: &Policy,
    runtime: &Runtime,
) -> Result<Loaded, Vec<FileDiagnostic>> {
    let (node, file) = read(text, format, policy)?;
    let is_template = file.template().is_some();
    let (checked, template) = match file {
        EndpointFile::Endpoint(endpoint) => (policy.check(endpoint), None),
        EndpointFile::Template(template) => (policy.check_template(&template), Some(*template)),
    };
    let mut missing = Vec::new();
    let mut env = BTreeMap::new();
    each_reference(
        &node,
        &mut Path::root(),
        &mut |path, reference| match reference {
            Reference::Slot(name) if !runtime.contains(name) => {
                missing.push((path.clone(), Reference::Slot(name)));
            }
            Reference::Env(var) => match runtime.env_var(var) {
                Some(value) => {
                    env.insert(var.to_owned(), SecretString::new(value));
                }
                None => missing.push((path.clone(), Reference::Env(var))),
            },
            Reference::Slot(_) => {}
        },
    );
    let report = match checked {
        Ok((endpoint, report)) if missing.is_empty() => {
            let warnings = located(report.diagnostics, text, format, is_template);
            return Ok(Loaded {
                endpoint,
                template,
                warnings,
                runtime: runtime.clone(),
                env,
            });
        }
        Ok((_, report)) | Err(report) => report,
    };
    let mut diagnostics = report.diagnostics;
    for (path, reference) in missing {
        let (rule, message, help) = match reference {
            Reference::Slot(name) => (
                &R_001,
                format!("runtime slot `{name}` at `{path}` is not registered"),
                format!(
                    "register a value under `{name}` in the `Runtime` passed to the loader: \
                     `Runtime::new().with(\"{name}\", value)`"
                ),
            ),
            Reference::Env(var) => (
                &R_002,
                format!("environment variable `{var}` for the password at `{path}` is not set"),
                format!("set `{var}` in the environment of the program loading this file"),
            ),
        };
        diagnostics.push(Diagnostic {
            rule,
            severity: Severity::Error,
            message,
            help,
            path,
            part: Part::Value,
            suggestion: None,
        });
    }
    let out = located(diagnostics, text, format, is_template);
    Err(out)
}

/// Checks an endpoint file (plain or template) without loading it: every policy diagnostic
/// (errors and warnings), beside every format error when there are some (the policy then judges
/// the parts that could be read). Runtime slots and environment secrets count as present.
///
/// ```
/// use wws_security_policy::{check_text, Format, Policy};
///
/// let text = "side = \"client\"\nchannel_binding = \"http\"\ncolour = \"blue\"\n";
/// let diagnostics = check_text(text, Format::Toml, &Policy::new());
/// assert_eq!(diagnostics[0].id(), "F-002");
/// assert_eq!((diagnostics[0].line, diagnostics[0].column), (Some(3), Some(1)));
/// ```
pub fn check_text(text: &str, format: Format, policy: &Policy) -> Vec<FileDiagnostic> {
    match read(text, format, policy) {
        Err(errors) => errors,
        Ok((_, EndpointFile::Endpoint(endpoint))) => {
            located(policy.validate(&endpoint).diagnostics, text, format, false)
        }
        Ok((_, EndpointFile::Template(template))) => located(
            policy.validate_template(&template).diagnostics,
            text,
            format,
            true,
        ),
    }
}

/// Places each diagnostic in the text (the text is read again only when there is one). In a
/// template file, a member the file does not write (a required credential left out) is shown at
/// the `template` key, whose type asks for it.
fn located(
    diagnostics: Vec<Diagnostic>,
    text: &str,
    format: Format,
    is_template: bool,
) -> Vec<FileDiagnostic> {
    if diagnostics.is_empty() {
        return Vec::new();
    }
    let locator = Locator::new(text, format);
    let template_key = Path::root().key("template");
    in_text_order(
        diagnostics
            .into_iter()
            .map(|d| {
                let mut span = locator.locate(&d.path, d.part);
                if span.is_none() && is_template && !d.path.is_root() {
                    span = locator.locate(&template_key, Part::Key);
                }
                FileDiagnostic::at(d, span, text)
            })
            .collect(),
    )
}

/// The diagnostics in the order of the text, as compilers list them: those about the endpoint
/// as a whole first, then by position; the checks' order among equals.
fn in_text_order(mut diagnostics: Vec<FileDiagnostic>) -> Vec<FileDiagnostic> {
    diagnostics.sort_by_key(|d| d.span.as_ref().map(|s| s.start));
    diagnostics
}

/// The document tree and the endpoint file; or the format errors with their places, beside the
/// policy diagnostics of what could be read (`Policy::validate_partial`: nothing about a part
/// that could not be read, nor caused by its absence), in the order of the text.
fn read(
    text: &str,
    format: Format,
    policy: &Policy,
) -> Result<(Node, EndpointFile), Vec<FileDiagnostic>> {
    let syntax = Syntax::from(format);
    let node = parse_node(text, format).map_err(|errors| {
        let locator = Locator::new(text, format);
        let located = errors.iter().map(|e| {
            FileDiagnostic::at(
                Diagnostic::from_decode_in(e, syntax),
                e.span_with(&locator),
                text,
            )
        });
        in_text_order(located.collect())
    })?;
    if let Ok(file) = decode_file(&node) {
        return Ok((node, file));
    }
    let partial = decode_file_partial(&node);
    let is_template = node_is_template(&partial);
    let mut diagnostics: Vec<Diagnostic> = partial
        .errors
        .iter()
        .map(|e| Diagnostic::from_decode_in(e, syntax))
        .collect();
    diagnostics.extend(policy.validate_partial(&partial).diagnostics);
    Err(located(diagnostics, text, format, is_template))
}

/// True when the readings of a document are template files.
fn node_is_template(partial: &Partial<EndpointFile>) -> bool {
    partial.readings.iter().any(|r| r.template().is_some())
}

/// Something a file names that the program supplies.
enum Reference<'a> {
    /// `{ runtime = "<slot>" }`.
    Slot(&'a str),
    /// `{ env = "VAR" }`.
    Env(&'a str),
}

/// Calls `f` for every slot and environment reference of a decoded document, with its path.
/// After a successful decode these one-key tables appear only where slots and secrets go.
fn each_reference<'n>(node: &'n Node, path: &mut Path, f: &mut impl FnMut(&Path, Reference<'n>)) {
    match node {
        Node::Table(entries) => {
            if let [(key, Node::String(name))] = entries.as_slice() {
                match key.as_str() {
                    "runtime" => return f(path, Reference::Slot(name)),
                    "env" => return f(path, Reference::Env(name)),
                    _ => {}
                }
            }
            for (key, value) in entries {
                if matches!(value, Node::Table(_) | Node::Array(_)) {
                    path.push_key(key.clone());
                    each_reference(value, path, f);
                    path.pop();
                }
            }
        }
        Node::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push_index(i);
                each_reference(item, path, f);
                path.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SLOTS: &str = r#"side = "client"
channel_binding = "http"

[[bindings]]
type = "ssl_transport"
local_cert_credential = { type = "custom", get_cert_callback = { runtime = "client-cert" } }

[[bindings]]
type = "username_message"
[bindings.client_credential]
type = "string"
username = "svc"
password = { env = "SVC_PW" }
"#;

    fn no_env() -> Runtime {
        Runtime::new().with_env(|_| None)
    }

    #[test]
    fn missing_slot_and_variable_are_named_with_their_place() {
        let errors = load_toml(SLOTS, &Policy::new(), &no_env()).unwrap_err();
        let r: Vec<_> = errors
            .iter()
            .filter(|d| d.id().starts_with("R-"))
            .map(|d| {
                (
                    d.id(),
                    d.path.to_string(),
                    d.line,
                    &SLOTS[d.span.clone().unwrap()],
                )
            })
            .collect();
        assert_eq!(
            r,
            [
                (
                    "R-001",
                    "bindings[0].local_cert_credential.get_cert_callback".to_owned(),
                    Some(6),
                    "{ runtime = \"client-cert\" }"
                ),
                (
                    "R-002",
                    "bindings[1].client_credential.password".to_owned(),
                    Some(13),
                    "{ env = \"SVC_PW\" }"
                ),
            ]
        );
        assert!(errors.iter().any(|d| d.message.contains("`client-cert`")));
        assert!(errors.iter().any(|d| d.message.contains("`SVC_PW`")));
    }

    #[test]
    fn check_treats_slots_and_variables_as_present() {
        let diagnostics = check_text(SLOTS, Format::Toml, &Policy::new());
        assert!(diagnostics.iter().all(|d| !d.id().starts_with("R-")));
    }

    #[test]
    fn loaded_passwords_come_from_the_environment_and_are_never_printed() {
        let runtime = Runtime::new()
            .with("client-cert", 7_u32)
            .with_env(|v| (v == "SVC_PW").then(|| "hunter2".to_owned()));
        let result = load_toml(SLOTS, &Policy::new(), &runtime);
        let shown = match &result {
            Ok(loaded) => format!("{loaded:?}"),
            Err(errors) => format!("{errors:?}"),
        };
        assert!(!shown.contains("hunter2"), "{shown}");
        // Policy rules may reject this endpoint once they exist; the runtime part is what counts.
        if let Ok(loaded) = result {
            assert!(shown.contains("SVC_PW"));
            let pw = loaded.password(&Secret::env("SVC_PW")).unwrap();
            assert_eq!(pw.expose_secret(), "hunter2");
            assert_eq!(loaded.runtime().get::<u32>("client-cert"), Some(&7));
        } else {
            let errors = result.unwrap_err();
            assert!(errors.iter().all(|d| !d.id().starts_with("R-")));
        }
    }

    #[test]
    fn syntax_errors_carry_the_parser_place() {
        let d = check_text(
            "side = \"client\"\nchannel_binding = \n",
            Format::Toml,
            &Policy::new(),
        );
        assert_eq!(d[0].id(), "F-001");
        assert_eq!(d[0].line, Some(2));
        let d = check_text(
            "{\"side\": \"client\",\n  \"x\" 1}",
            Format::Json,
            &Policy::new(),
        );
        assert_eq!(d[0].id(), "F-001");
        assert_eq!(d[0].line, Some(2));
    }

    #[test]
    fn the_whole_endpoint_has_no_span() {
        let d = check_text("channel_binding = \"http\"\n", Format::Toml, &Policy::new());
        assert_eq!(d[0].id(), "F-005");
        assert!(d[0].path.is_root() && d[0].span.is_none() && d[0].line.is_none());
    }
}
