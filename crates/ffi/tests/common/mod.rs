//! Shared by the ffi tests: the example endpoints and the policy fixtures, a runtime that fills
//! every slot with a distinct value of the right type, and the round-trip comparison.
#![allow(dead_code)]

pub mod kinds;
pub mod pointees;
pub mod template_read;
pub mod templates;

use serde::Deserialize;
use std::ffi::c_void;
use std::path::{Path, PathBuf};
use windows_sys::core::HRESULT;
use windows_sys::Win32::Foundation::S_OK;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use windows_sys::Win32::Security::Authentication::Identity::SecPkgContext_IssuerListInfoEx;
use windows_sys::Win32::Security::Cryptography::CERT_CONTEXT;
use wws_security_ffi::*;
use wws_security_model::decode::{decode_endpoint, from_json_str, from_toml_str, Node};
use wws_security_model::*;
use wws_security_policy::{Policy, Runtime, Validated};

/// True under Wine, whose ntdll exports `wine_get_version`.
#[cfg(windows)]
pub fn under_wine() -> bool {
    use windows_sys::Win32::System::LibraryLoader::{GetModuleHandleA, GetProcAddress};
    unsafe {
        let ntdll = GetModuleHandleA(c"ntdll.dll".as_ptr().cast());
        !ntdll.is_null() && GetProcAddress(ntdll, c"wine_get_version".as_ptr().cast()).is_some()
    }
}

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Under Miri, which may not read directories (isolation): every sixth example and a few
/// fixtures with program values, compiled in.
#[cfg(miri)]
mod embedded {
    macro_rules! files {
        ($dir:literal: $($name:literal),* $(,)?) => {
            &[$(($name, include_str!(concat!("../../../../", $dir, "/", $name)))),*]
        };
    }
    pub const EXAMPLES: &[(&str, &str)] = files!("examples/endpoints":
        "asmxterraservicesamplewithcustomproxy.toml",
        "httpcalculatorwithkerberosoversslserviceexample.toml",
        "httpcalculatorwithusernameoversslserviceexample.toml",
        "httppurchaseorderwithkerberosoversslserviceexample.toml",
        "httpserverwithsslexample.toml",
        "requestreplynamedpipesclientwithwindowstransportsecurityexample.toml",
    );
    pub const FIXTURES: &[(&str, &str)] = files!("crates/policy/tests/fixtures":
        "message/M-006.toml",
        "message/M-065.toml",
        "message/M-072.toml",
        "properties/P-076.toml",
        "properties/P-089.toml",
        "properties/P-103.2.toml",
        "properties/P-135.toml",
        "address/T-114.toml",
        "transport/T-119.toml",
    );
}

/// `(file name, endpoint)` of every official example, sorted (under Miri, a compiled-in sample).
pub fn examples() -> Vec<(String, Endpoint)> {
    #[cfg(miri)]
    return embedded::EXAMPLES
        .iter()
        .map(|(name, text)| (name.to_string(), Endpoint::from_toml_str(text).unwrap()))
        .collect();
    #[cfg_attr(miri, allow(unreachable_code))]
    let dir = workspace().join("examples/endpoints");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let endpoint = Endpoint::from_toml_str(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                endpoint,
            )
        })
        .collect()
}

/// `(fixture and part, endpoint)` of every policy fixture endpoint that the policy accepts
/// (the passing halves, and the failing halves of lints), sorted.
pub fn accepted_fixtures() -> Vec<(String, Validated<Endpoint>)> {
    #[cfg(miri)]
    return embedded::FIXTURES
        .iter()
        .map(|(name, text)| {
            let doc: toml::Table = text.parse().unwrap();
            let pass = Node::deserialize(doc["pass"].clone()).unwrap();
            let endpoint = decode_endpoint(&pass).unwrap();
            (format!("{name}:pass"), checked_without_policy(endpoint))
        })
        .collect();
    #[cfg_attr(miri, allow(unreachable_code))]
    let root = workspace().join("crates/policy/tests/fixtures");
    let mut files = Vec::new();
    for area in std::fs::read_dir(&root).unwrap() {
        let area = area.unwrap().path();
        if area.is_dir() {
            for f in std::fs::read_dir(&area).unwrap() {
                let f = f.unwrap().path();
                if f.extension().is_some_and(|e| e == "toml") {
                    files.push(f);
                }
            }
        }
    }
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let doc: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        for part in ["pass", "fail"] {
            let decoded = if let Some(table) = doc.get(part) {
                decode_endpoint(&Node::deserialize(table.clone()).unwrap())
            } else if let Some(text) = doc.get(&format!("{part}_toml")).and_then(|v| v.as_str()) {
                from_toml_str(text)
            } else if let Some(text) = doc.get(&format!("{part}_json")).and_then(|v| v.as_str()) {
                from_json_str(text)
            } else {
                continue;
            };
            let Ok(endpoint) = decoded else {
                continue;
            };
            // Under Miri the policy takes minutes per endpoint: the passing halves are accepted
            // by the policy's own fixture test, and are taken without checking again.
            let accepted = if cfg!(miri) {
                (part == "pass").then(|| checked_without_policy(endpoint))
            } else {
                Policy::new()
                    .check(endpoint)
                    .ok()
                    .map(|(checked, _)| checked)
            };
            if let Some(checked) = accepted {
                let name = format!("{}:{part}", path.file_name().unwrap().to_string_lossy());
                out.push((name, checked));
            }
        }
    }
    out
}

/// The endpoint, checked by the policy (which must accept it).
pub fn check(endpoint: Endpoint) -> Validated<Endpoint> {
    if cfg!(miri) {
        return checked_without_policy(endpoint);
    }
    match Policy::new().check(endpoint) {
        Ok((checked, _warnings)) => checked,
        Err(report) => panic!("the endpoint is rejected:\n{report}"),
    }
}

/// Under Miri only: the policy is safe code, tested natively by the same tests, and takes
/// minutes per endpoint when interpreted; what Miri checks here is the unsafe code of lowering
/// and reading back.
#[cfg(miri)]
pub fn checked_without_policy(endpoint: Endpoint) -> Validated<Endpoint> {
    Validated::__checked_at_compile_time(endpoint)
}

#[cfg(not(miri))]
pub fn checked_without_policy(_: Endpoint) -> Validated<Endpoint> {
    unreachable!("only Miri skips the policy")
}

// C callbacks for slots whose state is a separate value (a Rust closure captures its own).
pub unsafe extern "system" fn c_password(
    _: *const c_void,
    _: *const WS_STRING,
    _: *const WS_STRING,
    _: *const WS_ASYNC_CONTEXT,
    _: *const WS_ERROR,
) -> HRESULT {
    S_OK
}
pub unsafe extern "system" fn c_saml(
    _: *const c_void,
    _: *const WS_XML_BUFFER,
    _: *const WS_ERROR,
) -> HRESULT {
    S_OK
}
pub unsafe extern "system" fn c_get_cert(
    _: *const c_void,
    _: *const WS_ENDPOINT_ADDRESS,
    _: *const WS_STRING,
    _: *mut *mut CERT_CONTEXT,
    _: *const WS_ERROR,
) -> HRESULT {
    S_OK
}
pub unsafe extern "system" fn c_issuers(
    _: *const c_void,
    _: *const SecPkgContext_IssuerListInfoEx,
    _: *const WS_ERROR,
) -> HRESULT {
    S_OK
}
pub unsafe extern "system" fn c_certificate(_: *const CERT_CONTEXT, _: *const c_void) -> HRESULT {
    S_OK
}

// One pointer value per C callback, shared by every test: two casts of one function need not
// give equal pointers (Miri makes them differ), copies of one pointer always do.
pub static C_PASSWORD: PasswordValidatorFn = c_password;
pub static C_SAML: SamlValidatorFn = c_saml;
pub static C_GET_CERT: GetCertFn = c_get_cert;
pub static C_ISSUERS: CertIssuerListNotificationFn = c_issuers;
pub static C_CERTIFICATE: CertificateValidationFn = c_certificate;

/// Distinct, never dereferenced addresses for pointer slots: offsets into a static block.
pub fn fake_pointer<T, K>(n: usize) -> RawPtr<T, K> {
    static BLOCK: [u64; 512] = [0; 512];
    RawPtr::new(BLOCK.as_ptr().cast_mut().wrapping_add(n % 512).cast::<T>()).unwrap()
}

/// The password a test environment gives variable `var`.
pub fn env_value(var: &str) -> String {
    format!("env-secret-of-{var}")
}

/// A runtime with a distinct value in every slot of `endpoint`: Rust closures for callbacks,
/// except where a state slot sits beside the callback (then a C function and a pointer), and
/// environment variables answered by [`env_value`].
pub fn runtime_for(endpoint: &Endpoint) -> Runtime {
    let uses = slot_uses(endpoint);
    let has_state = |callback: &SlotUse| {
        let base = callback.path.to_string();
        let prefix = base
            .rsplit_once('.')
            .map(|(p, _)| p.to_owned())
            .unwrap_or_default();
        let field = base.rsplit('.').next().unwrap_or_default().to_owned();
        let state = match field.as_str() {
            "callback" => "state".to_owned(),
            f if f.ends_with("_callback") => format!("{f}_state"),
            f => format!("{f}_callback_state"),
        };
        let state_path = if prefix.is_empty() {
            state
        } else {
            format!("{prefix}.{state}")
        };
        uses.iter().any(|u| u.path.to_string() == state_path)
    };
    let mut runtime = Runtime::new().with_env(|var| Some(env_value(var)));
    for (n, u) in uses.iter().enumerate() {
        let name = u.slot.clone();
        if runtime.contains(&name) {
            continue;
        }
        let c = has_state(u);
        runtime = match u.kind {
            SlotKind::PasswordValidator if c => {
                runtime.with(name, RawPasswordValidator(C_PASSWORD))
            }
            SlotKind::PasswordValidator => runtime.with(
                name,
                PasswordValidator::new(move |user: &str, _: &SecretString| user.len() == n),
            ),
            SlotKind::SamlValidator if c => runtime.with(name, RawSamlValidator(C_SAML)),
            SlotKind::SamlValidator => {
                runtime.with(name, SamlValidator::new(|_: &SamlAssertion<'_>| true))
            }
            SlotKind::GetCertCallback if c => runtime.with(name, RawGetCertCallback(C_GET_CERT)),
            SlotKind::GetCertCallback => runtime.with(
                name,
                GetCertCallback::new(|_: &CertificateRequest<'_>| None::<Certificate>),
            ),
            SlotKind::CertIssuerListNotificationCallback if c => {
                runtime.with(name, RawCertIssuerListNotificationCallback(C_ISSUERS))
            }
            SlotKind::CertIssuerListNotificationCallback => runtime.with(
                name,
                CertIssuerListNotificationCallback::new(|_: &IssuerList<'_>| ()),
            ),
            SlotKind::CertificateValidationCallback if c => {
                runtime.with(name, RawCertificateValidationCallback(C_CERTIFICATE))
            }
            SlotKind::CertificateValidationCallback => runtime.with(
                name,
                CertificateValidationCallback::new(|certificate: Certificate| {
                    let _ = certificate.into_raw();
                    true
                }),
            ),
            SlotKind::CallbackState | SlotKind::OpaqueAuthIdentity => {
                runtime.with(name, fake_pointer::<c_void, c_void>(n))
            }
            SlotKind::XmlToken => runtime.with(
                name,
                fake_pointer::<WS_SECURITY_TOKEN, SecurityTokenHandle>(n),
            ),
            SlotKind::XmlBuffer => {
                runtime.with(name, fake_pointer::<WS_XML_BUFFER, XmlBufferHandle>(n))
            }
            SlotKind::Certificate => {
                runtime.with(name, fake_pointer::<CERT_CONTEXT, CERT_CONTEXT>(n))
            }
            SlotKind::Password => runtime.with(name, SecretString::new(format!("slot-secret-{n}"))),
            SlotKind::MessageProperty(id) => {
                let (_, size) = wws_security_ffi::ctype::message_property_type(id);
                let bytes: Vec<u8> = (0..size).map(|i| (n + i) as u8).collect();
                runtime.with(name, MessagePropertyValue::from_bytes(&bytes))
            }
        };
    }
    runtime
}

/// What C cannot tell from a left-out value, written as left out: an empty domain, an
/// algorithm of 0 (`default`) and a key length of 0 in a custom suite.
pub fn as_c_sees_it(mut endpoint: Endpoint) -> Endpoint {
    fn description(d: &mut SecurityDescription) {
        let properties: ChannelProperties = d
            .properties
            .iter()
            .cloned()
            .map(|p| match p {
                ChannelProperty::AlgorithmSuite(mut s) => {
                    for a in [
                        &mut s.canonicalization_algorithm,
                        &mut s.digest_algorithm,
                        &mut s.symmetric_signature_algorithm,
                        &mut s.asymmetric_signature_algorithm,
                        &mut s.encryption_algorithm,
                        &mut s.key_derivation_algorithm,
                        &mut s.symmetric_key_wrap_algorithm,
                        &mut s.asymmetric_key_wrap_algorithm,
                    ] {
                        if *a == Some(SecurityAlgorithmId::Default) {
                            *a = None;
                        }
                    }
                    for l in [
                        &mut s.min_symmetric_key_length,
                        &mut s.max_symmetric_key_length,
                        &mut s.min_asymmetric_key_length,
                        &mut s.max_asymmetric_key_length,
                    ] {
                        if *l == Some(0) {
                            *l = None;
                        }
                    }
                    ChannelProperty::AlgorithmSuite(s)
                }
                other => other,
            })
            .collect();
        d.properties = properties;
        for b in &mut d.bindings {
            let credential = match b {
                SecurityBinding::TcpSspiTransport(b)
                | SecurityBinding::NamedpipeSspiTransport(b) => b.client_credential.as_mut(),
                SecurityBinding::HttpHeaderAuth(b) => b.client_credential.as_mut(),
                SecurityBinding::KerberosApreqMessage(b) => b.client_credential.as_mut(),
                SecurityBinding::SecurityContextMessage(b) => {
                    if let Some(inner) = &mut b.bootstrap_security_description {
                        description(inner);
                    }
                    None
                }
                _ => None,
            };
            if let Some(WindowsIntegratedAuthCredential::String { domain, .. }) = credential {
                if domain.as_deref() == Some("") {
                    *domain = None;
                }
            }
        }
    }
    description(&mut endpoint.description);
    // The address is passed to `WsOpenChannel`, not in the description: `read_address` reads it.
    endpoint.address = None;
    endpoint
}

/// Every password of `endpoint` with the raw name `read_description` gives its place, in order.
pub fn passwords(endpoint: &Endpoint) -> Vec<(String, Secret)> {
    fn description(d: &SecurityDescription, prefix: &str, out: &mut Vec<(String, Secret)>) {
        for (i, b) in d.bindings.iter().enumerate() {
            let at = format!("{prefix}bindings[{i}]");
            let windows = b.windows_credential();
            if let Some(WindowsIntegratedAuthCredential::String { password, .. }) = windows {
                out.push((
                    format!("raw:{at}.client_credential.password"),
                    password.clone(),
                ));
            }
            match b {
                SecurityBinding::UsernameMessage(u) => {
                    if let Some(UsernameCredential::String { password, .. }) = &u.client_credential
                    {
                        out.push((
                            format!("raw:{at}.client_credential.password"),
                            password.clone(),
                        ));
                    }
                }
                SecurityBinding::SecurityContextMessage(c) => {
                    if let Some(inner) = &c.bootstrap_security_description {
                        description(inner, &format!("{at}.bootstrap_security_description."), out);
                    }
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    description(&endpoint.description, "", &mut out);
    out
}

/// The text a password stands for, in `runtime`.
pub fn resolve(secret: &Secret, runtime: &Runtime) -> String {
    match secret {
        Secret::Literal(s) => s.expose_secret().to_owned(),
        Secret::Env(var) => runtime.env_var(var).expect("the test environment answers"),
        Secret::Runtime(slot) => runtime
            .get::<SecretString>(slot.name())
            .map(|s| s.expose_secret().to_owned())
            .or_else(|| runtime.get::<String>(slot.name()).cloned())
            .expect("a password slot"),
    }
}

/// Both runtimes hold the same value of `T` under the two names (compared with `==`: identity
/// for callbacks and pointers, bytes for message property values).
fn same<T: PartialEq + std::fmt::Debug + 'static + Send + Sync>(
    a: &Runtime,
    a_name: &str,
    b: &Runtime,
    b_name: &str,
) -> Option<bool> {
    match (a.get::<T>(a_name), b.get::<T>(b_name)) {
        (Some(x), Some(y)) => Some(x == y),
        (None, None) => None,
        _ => Some(false),
    }
}

/// Lowers `endpoint` with `runtime`, reads it back, and checks both ways: the endpoint equal to
/// the original (as C sees it, slots named by place), every password equal by value, every
/// other slot value the same object.
pub fn assert_round_trip(name: &str, endpoint: &Validated<Endpoint>, runtime: &Runtime) {
    let lowered = lower(endpoint, runtime).unwrap_or_else(|e| panic!("{name}: cannot lower: {e}"));
    let (back, values) = unsafe {
        read_description(
            lowered.as_ptr(),
            endpoint.side,
            endpoint.channel_binding,
            endpoint.channel_type,
        )
    }
    .unwrap_or_else(|e| panic!("{name}: cannot read back: {e}"));
    let expected = as_c_sees_it(with_raw_slot_names(endpoint));
    assert_eq!(back, expected, "{name}: the endpoint read back differs");
    assert_eq!(
        lowered.address().is_some(),
        endpoint.address.is_some(),
        "{name}: the address is lowered exactly when the endpoint has one"
    );
    let address_values = lowered.address().map(|address| {
        let (back, values) = unsafe { read_address(address.as_ptr()) }
            .unwrap_or_else(|e| panic!("{name}: cannot read the address back: {e}"));
        assert_eq!(
            Some(back),
            with_raw_slot_names(endpoint).address,
            "{name}: the address read back differs"
        );
        values
    });

    for (raw_name, secret) in passwords(endpoint) {
        let read = values
            .get::<SecretString>(&raw_name)
            .unwrap_or_else(|| panic!("{name}: no password read back at {raw_name}"));
        assert_eq!(
            read.expose_secret(),
            resolve(&secret, runtime),
            "{name}: password at {raw_name}"
        );
    }
    for u in slot_uses(endpoint) {
        if u.kind == SlotKind::Password {
            continue;
        }
        let values = match u.kind {
            SlotKind::XmlBuffer => address_values.as_ref().expect("an address slot"),
            _ => &values,
        };
        let checks = [
            same::<PasswordValidator>(runtime, &u.slot, values, &u.raw_name),
            same::<RawPasswordValidator>(runtime, &u.slot, values, &u.raw_name),
            same::<SamlValidator>(runtime, &u.slot, values, &u.raw_name),
            same::<RawSamlValidator>(runtime, &u.slot, values, &u.raw_name),
            same::<GetCertCallback>(runtime, &u.slot, values, &u.raw_name),
            same::<RawGetCertCallback>(runtime, &u.slot, values, &u.raw_name),
            same::<CertIssuerListNotificationCallback>(runtime, &u.slot, values, &u.raw_name),
            same::<RawCertIssuerListNotificationCallback>(runtime, &u.slot, values, &u.raw_name),
            same::<CertificateValidationCallback>(runtime, &u.slot, values, &u.raw_name),
            same::<RawCertificateValidationCallback>(runtime, &u.slot, values, &u.raw_name),
            same::<OpaquePtr>(runtime, &u.slot, values, &u.raw_name),
            same::<XmlToken>(runtime, &u.slot, values, &u.raw_name),
            same::<XmlBuffer>(runtime, &u.slot, values, &u.raw_name),
            same::<CertificatePtr>(runtime, &u.slot, values, &u.raw_name),
            same::<MessagePropertyValue>(runtime, &u.slot, values, &u.raw_name),
        ];
        let compared: Vec<bool> = checks.into_iter().flatten().collect();
        assert_eq!(
            compared,
            [true],
            "{name}: slot `{}` ({:?}) at {} did not come back as the same value",
            u.slot,
            u.kind,
            u.raw_name
        );
    }
}
