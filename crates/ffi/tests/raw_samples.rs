//! The official samples build their descriptions as C structures on the stack
//! (`../shared/reference/wwsapi/samples/`). Each example endpoint file is built here the same way,
//! in Rust with windows-sys: zeroed structures, `bindingType` set, pointers to the `binding`
//! headers in an array, values and `sizeof` in property entries. Read back and validated, each
//! equals its example file.

mod common;

use common::*;
use std::ptr::null_mut;
use windows_sys::core::BOOL;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use windows_sys::Win32::Security::SecurityImpersonation;
use wws_security_ffi::*;
use wws_security_model::{ChannelBinding, ChannelType, Endpoint, SecretString, Side};
use wws_security_policy::{validate, Runtime};

/// `WS_STRING_VALUE(L"...")`: a length and a pointer into a buffer that outlives the read.
struct Wide(Vec<u16>);

impl Wide {
    fn new(text: &str) -> Self {
        Wide(text.encode_utf16().collect())
    }
    fn ws(&mut self) -> WS_STRING {
        WS_STRING {
            length: self.0.len() as u32,
            chars: self.0.as_mut_ptr(),
        }
    }
}

/// Where a sample's description is used.
#[derive(Clone, Copy)]
struct Use {
    side: Side,
    channel: ChannelBinding,
    channel_type: Option<ChannelType>,
}

const HTTP_CLIENT: Use = Use {
    side: Side::Client,
    channel: ChannelBinding::Http,
    channel_type: Some(ChannelType::Request),
};
const HTTP_SERVER: Use = Use {
    side: Side::Server,
    channel: ChannelBinding::Http,
    channel_type: Some(ChannelType::Reply),
};

fn read(description: &WS_SECURITY_DESCRIPTION, at: Use) -> (Endpoint, Runtime) {
    unsafe { read_description(description, at.side, at.channel, at.channel_type) }
        .unwrap_or_else(|e| panic!("the sample's description does not read: {e}"))
}

fn describe(
    bindings: &mut [*mut WS_SECURITY_BINDING],
    properties: &mut [WS_SECURITY_PROPERTY],
) -> WS_SECURITY_DESCRIPTION {
    WS_SECURITY_DESCRIPTION {
        securityBindings: bindings.as_mut_ptr(),
        securityBindingCount: bindings.len() as u32,
        properties: if properties.is_empty() {
            null_mut()
        } else {
            properties.as_mut_ptr()
        },
        propertyCount: properties.len() as u32,
    }
}

fn ssl() -> WS_SSL_TRANSPORT_SECURITY_BINDING {
    let mut ssl = WS_SSL_TRANSPORT_SECURITY_BINDING::default();
    ssl.binding.bindingType = WS_SSL_TRANSPORT_SECURITY_BINDING_TYPE;
    ssl
}

/// `timestamp_usage = always`, as the metadata-import samples take it from the policy.
fn timestamp_always(usage: &mut WS_SECURITY_TIMESTAMP_USAGE) -> WS_SECURITY_PROPERTY {
    WS_SECURITY_PROPERTY {
        id: WS_SECURITY_PROPERTY_TIMESTAMP_USAGE,
        value: (usage as *mut WS_SECURITY_TIMESTAMP_USAGE).cast(),
        valueSize: size_of::<WS_SECURITY_TIMESTAMP_USAGE>() as u32,
    }
}

/// C01-style: SSL alone.
fn ssl_only(at: Use) -> (Endpoint, Runtime) {
    let mut ssl = ssl();
    let mut bindings = [(&raw mut ssl).cast()];
    read(&describe(&mut bindings, &mut []), at)
}

/// SSL plus a supporting Kerberos AP-REQ binding; the client uses its default logon.
fn ssl_kerberos(at: Use) -> (Endpoint, Runtime) {
    let mut windows = WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL::default();
    windows.credential.credentialType = WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE;
    let mut kerberos = WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING::default();
    kerberos.binding.bindingType = WS_KERBEROS_APREQ_MESSAGE_SECURITY_BINDING_TYPE;
    kerberos.bindingUsage = WS_SUPPORTING_MESSAGE_SECURITY_USAGE;
    if at.side == Side::Client {
        kerberos.clientCredential = (&raw mut windows).cast();
    }
    let mut ssl = ssl();
    let mut bindings = [(&raw mut ssl).cast(), (&raw mut kerberos).cast()];
    read(&describe(&mut bindings, &mut []), at)
}

/// SSL plus a supporting username token: the client's user name and password, or the
/// server's validator.
fn ssl_username(at: Use, timestamp: bool) -> (Endpoint, Runtime) {
    let (mut user, mut password) = (Wide::new("usr1"), Wide::new("pwd1"));
    let mut credential = WS_STRING_USERNAME_CREDENTIAL::default();
    credential.credential.credentialType = WS_STRING_USERNAME_CREDENTIAL_TYPE;
    credential.username = user.ws();
    credential.password = password.ws();
    let mut username = WS_USERNAME_MESSAGE_SECURITY_BINDING::default();
    username.binding.bindingType = WS_USERNAME_MESSAGE_SECURITY_BINDING_TYPE;
    username.bindingUsage = WS_SUPPORTING_MESSAGE_SECURITY_USAGE;
    match at.side {
        Side::Client => username.clientCredential = (&raw mut credential).cast(),
        Side::Server => username.passwordValidator = Some(C_PASSWORD),
    }
    let mut usage = WS_SECURITY_TIMESTAMP_USAGE_ALWAYS;
    let mut properties = [timestamp_always(&mut usage)];
    let properties: &mut [WS_SECURITY_PROPERTY] = if timestamp { &mut properties } else { &mut [] };
    let mut ssl = ssl();
    let mut bindings = [(&raw mut ssl).cast(), (&raw mut username).cast()];
    let result = read(&describe(&mut bindings, properties), at);
    drop((user, password));
    result
}

/// SSL plus a supporting XML token the program obtained (here a stand-in pointer).
fn ssl_xml_token(at: Use, timestamp: bool) -> (Endpoint, Runtime) {
    let mut xml = WS_XML_TOKEN_MESSAGE_SECURITY_BINDING::default();
    xml.binding.bindingType = WS_XML_TOKEN_MESSAGE_SECURITY_BINDING_TYPE;
    xml.bindingUsage = WS_SUPPORTING_MESSAGE_SECURITY_USAGE;
    xml.xmlToken = fake_pointer::<WS_SECURITY_TOKEN, SecurityTokenHandle>(3).as_ptr();
    let mut usage = WS_SECURITY_TIMESTAMP_USAGE_ALWAYS;
    let mut properties = [timestamp_always(&mut usage)];
    let properties: &mut [WS_SECURITY_PROPERTY] = if timestamp { &mut properties } else { &mut [] };
    let mut ssl = ssl();
    let mut bindings = [(&raw mut ssl).cast(), (&raw mut xml).cast()];
    read(&describe(&mut bindings, properties), at)
}

/// HTTP header authentication with one scheme; the client gives a user name and password.
fn header_auth(
    at: Use,
    with_ssl: bool,
    scheme: i32,
    target: Option<WS_HTTP_HEADER_AUTH_TARGET>,
    username: &str,
    protection_none: bool,
) -> (Endpoint, Runtime) {
    let (mut user, mut password) = (Wide::new(username), Wide::new("Password"));
    let mut credential = WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL::default();
    credential.credential.credentialType = WS_STRING_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE;
    credential.username = user.ws();
    credential.password = password.ws();
    let mut scheme = scheme as u32;
    let mut target = target.unwrap_or(0);
    let mut entries = vec![WS_SECURITY_BINDING_PROPERTY {
        id: WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME,
        value: (&raw mut scheme).cast(),
        valueSize: size_of::<u32>() as u32,
    }];
    if target != 0 {
        entries.push(WS_SECURITY_BINDING_PROPERTY {
            id: WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_TARGET,
            value: (&raw mut target).cast(),
            valueSize: size_of::<WS_HTTP_HEADER_AUTH_TARGET>() as u32,
        });
    }
    let mut header = WS_HTTP_HEADER_AUTH_SECURITY_BINDING::default();
    header.binding.bindingType = WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE;
    header.binding.properties = entries.as_mut_ptr();
    header.binding.propertyCount = entries.len() as u32;
    if at.side == Side::Client {
        header.clientCredential = (&raw mut credential).cast();
    }
    let mut level = WS_PROTECTION_LEVEL_NONE;
    let mut properties = [WS_SECURITY_PROPERTY {
        id: WS_SECURITY_PROPERTY_TRANSPORT_PROTECTION_LEVEL,
        value: (&raw mut level).cast(),
        valueSize: size_of::<WS_PROTECTION_LEVEL>() as u32,
    }];
    let properties: &mut [WS_SECURITY_PROPERTY] = if protection_none {
        &mut properties
    } else {
        &mut []
    };
    let mut ssl = ssl();
    let mut all = [(&raw mut ssl).cast(), (&raw mut header).cast()];
    let bindings: &mut [*mut WS_SECURITY_BINDING] = if with_ssl { &mut all } else { &mut all[1..] };
    let result = read(&describe(bindings, properties), at);
    drop((user, password, entries));
    result
}

/// Windows transport security on TCP or named pipes; the client allows impersonation (and,
/// on a pipe, turns off server authentication) and uses its default logon.
fn sspi(at: Use) -> (Endpoint, Runtime) {
    let mut windows = WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL::default();
    windows.credential.credentialType = WS_DEFAULT_WINDOWS_INTEGRATED_AUTH_CREDENTIAL_TYPE;
    let mut impersonation: u32 = SecurityImpersonation as u32;
    let mut require_server_auth: BOOL = 0;
    let mut properties = vec![WS_SECURITY_BINDING_PROPERTY {
        id: WS_SECURITY_BINDING_PROPERTY_ALLOWED_IMPERSONATION_LEVEL,
        value: (&raw mut impersonation).cast(),
        valueSize: size_of::<u32>() as u32,
    }];
    if at.channel == ChannelBinding::Namedpipe {
        properties.push(WS_SECURITY_BINDING_PROPERTY {
            id: WS_SECURITY_BINDING_PROPERTY_REQUIRE_SERVER_AUTH,
            value: (&raw mut require_server_auth).cast(),
            valueSize: size_of::<BOOL>() as u32,
        });
    }
    // Both SSPI structures have the same members; only the type differs.
    let mut binding = WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING::default();
    binding.binding.bindingType = match at.channel {
        ChannelBinding::Namedpipe => WS_NAMEDPIPE_SSPI_TRANSPORT_SECURITY_BINDING_TYPE,
        _ => WS_TCP_SSPI_TRANSPORT_SECURITY_BINDING_TYPE,
    };
    if at.side == Side::Client {
        binding.binding.properties = properties.as_mut_ptr();
        binding.binding.propertyCount = properties.len() as u32;
        binding.clientCredential = (&raw mut windows).cast();
    }
    let mut bindings = [(&raw mut binding).cast()];
    let result = read(&describe(&mut bindings, &mut []), at);
    drop(properties);
    result
}

/// Each example file and the sample's way of building it.
fn built_like_the_sample(file: &str) -> Option<(Endpoint, Runtime)> {
    let tcp = |side, channel| Use {
        side,
        channel,
        channel_type: Some(ChannelType::DuplexSession),
    };
    let no_channel = Use {
        channel_type: None,
        ..HTTP_CLIENT
    };
    Some(match file.trim_end_matches(".toml") {
        "filerepserviceexample-client"
        | "httpcalculatorwithsslclientexample"
        | "httpcalculatorwithsslpolicyclientexample"
        | "httpclientwithsslexample"
        | "httppurchaseorderwithsslclientexample" => ssl_only(HTTP_CLIENT),
        "filerepserviceexample-server"
        | "httpcalculatorwithsslpolicyserviceexample"
        | "httpcalculatorwithsslserviceexample"
        | "httppurchaseorderwithsslserviceexample"
        | "httpserverwithsslexample" => ssl_only(HTTP_SERVER),
        "httpcalculatorwithkerberosoversslclientexample"
        | "httpclientwithkerberosoversslexample"
        | "httppurchaseorderwithkerberosoversslclientexample" => ssl_kerberos(HTTP_CLIENT),
        "httpcalculatorwithkerberosoversslserviceexample"
        | "httppurchaseorderwithkerberosoversslserviceexample"
        | "httpserverwithkerberosoversslexample" => ssl_kerberos(HTTP_SERVER),
        "httpcalculatorwithusernameoversslclientexample"
        | "httpclientwithusernameoversslexample"
        | "httppurchaseorderwithusernameoversslclientexample" => ssl_username(HTTP_CLIENT, false),
        "httpcalculatorwithusernameoversslserviceexample"
        | "httppurchaseorderwithusernameoversslserviceexample"
        | "httpserverwithusernameoversslexample" => ssl_username(HTTP_SERVER, false),
        "metadataimportwithusernameoversslexample" => ssl_username(HTTP_CLIENT, true),
        "httpcalculatorwithusernamexmltokenoversslclientexample" => {
            ssl_xml_token(HTTP_CLIENT, false)
        }
        "metadataimportwithissuedtokenoversslexample" | "metadataimportwithx509oversslexample" => {
            ssl_xml_token(no_channel, true)
        }
        "httpcalculatorwithbasicoversslclientexample" => header_auth(
            HTTP_CLIENT,
            true,
            WS_HTTP_HEADER_AUTH_SCHEME_BASIC,
            None,
            ".\\TestUserForBasicAuth",
            false,
        ),
        "httpcalculatorwithbasicoversslserviceexample" => header_auth(
            HTTP_SERVER,
            true,
            WS_HTTP_HEADER_AUTH_SCHEME_BASIC,
            None,
            "",
            false,
        ),
        "asmxterraservicesamplewithcustomproxy" => header_auth(
            HTTP_CLIENT,
            false,
            WS_HTTP_HEADER_AUTH_SCHEME_NEGOTIATE,
            Some(WS_HTTP_HEADER_AUTH_TARGET_PROXY),
            "domain\\user",
            false,
        ),
        "policytemplateexample" => header_auth(
            HTTP_CLIENT,
            false,
            WS_HTTP_HEADER_AUTH_SCHEME_NTLM,
            None,
            ".\\userName",
            true,
        ),
        "requestreplytcpclientwithwindowstransportsecurityexample" => {
            sspi(tcp(Side::Client, ChannelBinding::Tcp))
        }
        "requestreplytcpserverwithwindowstransportsecurityexample" => {
            sspi(tcp(Side::Server, ChannelBinding::Tcp))
        }
        "requestreplynamedpipesclientwithwindowstransportsecurityexample" => {
            sspi(tcp(Side::Client, ChannelBinding::Namedpipe))
        }
        "requestreplynamedpipesserverwithwindowstransportsecurityexample" => {
            sspi(tcp(Side::Server, ChannelBinding::Namedpipe))
        }
        _ => return None,
    })
}

#[test]
fn every_example_built_like_its_sample_reads_back_as_its_file() {
    for (file, expected) in examples() {
        let (endpoint, runtime) = built_like_the_sample(&file)
            .unwrap_or_else(|| panic!("{file}: no raw builder for this example"));
        // The policy is safe code; interpreted by Miri it takes minutes per description.
        if !cfg!(miri) {
            let report = validate(&endpoint);
            assert!(
                !report.has_errors(),
                "{file}: the policy rejects the raw description:\n{report}"
            );
            assert_eq!(
                validate(&expected).ids(),
                report.ids(),
                "{file}: same findings as the file"
            );
        }
        assert_eq!(endpoint, with_raw_slot_names(&expected), "{file}");
        // Passwords come back as the text the sample wrote.
        for (raw_name, _) in passwords(&expected) {
            let password = runtime.get::<SecretString>(&raw_name).unwrap();
            assert!(
                ["pwd1", "Password"].contains(&password.expose_secret()),
                "{file}"
            );
        }
        for slot in slot_uses(&expected) {
            assert!(
                runtime.contains(&slot.raw_name),
                "{file}: {}",
                slot.raw_name
            );
        }
    }
}

/// The generated policy-template code of the PolicyTemplate sample writes
/// `sizeof(&value)`, the size of a pointer, as the `valueSize` of 4-byte values. Built that way
/// on a 64-bit target, the entry is refused with the reason.
#[cfg(target_pointer_width = "64")]
#[test]
fn the_policy_template_samples_sizeof_of_a_pointer_is_caught() {
    let mut scheme = WS_HTTP_HEADER_AUTH_SCHEME_NTLM as u32;
    let mut entries = [WS_SECURITY_BINDING_PROPERTY {
        id: WS_SECURITY_BINDING_PROPERTY_HTTP_HEADER_AUTH_SCHEME,
        value: (&raw mut scheme).cast(),
        valueSize: size_of::<*mut u32>() as u32,
    }];
    let mut header = WS_HTTP_HEADER_AUTH_SECURITY_BINDING::default();
    header.binding.bindingType = WS_HTTP_HEADER_AUTH_SECURITY_BINDING_TYPE;
    header.binding.properties = entries.as_mut_ptr();
    header.binding.propertyCount = 1;
    let mut bindings = [(&raw mut header).cast()];
    let description = describe(&mut bindings, &mut []);
    let e = unsafe { read_description(&description, Side::Client, ChannelBinding::Http, None) }
        .unwrap_err();
    assert_eq!(
        e.kind,
        ReadErrorKind::ValueSize {
            c_type: "ULONG",
            expected: 4,
            found: 8
        }
    );
}

/// The server's validator of the username samples comes back as the C function it is.
#[test]
fn a_c_validator_reads_back_as_that_function() {
    let (_, runtime) = ssl_username(HTTP_SERVER, false);
    let read = runtime
        .get::<RawPasswordValidator>("raw:bindings[1].password_validator")
        .unwrap();
    assert_eq!(*read, RawPasswordValidator(C_PASSWORD));
    assert!(runtime
        .get::<OpaquePtr>("raw:bindings[1].password_validator_callback_state")
        .is_none());
}
