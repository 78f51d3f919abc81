//! What lowering refuses, each with the place and the slot, and never a secret in the message;
//! and a lowering that fails half way frees what it built (Miri checks for leaks).

mod common;

use common::*;
use std::ffi::c_void;
use windows_sys::Win32::Networking::WindowsWebServices::*;
use wws_security_ffi::*;
use wws_security_model::{Endpoint, SecretString};
use wws_security_policy::Runtime;

const USERNAME_SERVER: &str = r#"
side = "server"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "username_message"
binding_usage = "supporting"
password_validator = { runtime = "check_password" }
"#;

const USERNAME_CLIENT: &str = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "username_message"
binding_usage = "supporting"
client_credential = { type = "string", username = "svc", password = { env = "SVC_PASSWORD" } }
"#;

fn endpoint(text: &str) -> Endpoint {
    Endpoint::from_toml_str(text).unwrap()
}

fn validator() -> PasswordValidator {
    PasswordValidator::new(|_: &str, _: &SecretString| true)
}

#[test]
fn an_unfilled_slot_is_named_with_its_place() {
    let e = lower(&check(endpoint(USERNAME_SERVER)), &Runtime::new()).unwrap_err();
    assert_eq!(e.path.to_string(), "bindings[1].password_validator");
    assert!(
        matches!(&e.kind, LowerErrorKind::MissingSlot { slot, .. } if slot == "check_password")
    );
    assert_eq!(
        e.to_string(),
        "`bindings[1].password_validator`: runtime slot `check_password` has no value\n  = help: \
         register a `PasswordValidator` (Rust closure) or a `RawPasswordValidator` (C function) \
         under `check_password`: `Runtime::new().with(\"check_password\", value)`"
    );
}

#[test]
fn a_slot_of_the_wrong_type_is_refused() {
    // The provisional type of the facade was a plain function pointer.
    fn old_style(_: &str, _: &SecretString) -> bool {
        true
    }
    let runtime = Runtime::new().with(
        "check_password",
        old_style as fn(&str, &SecretString) -> bool,
    );
    let e = lower(&check(endpoint(USERNAME_SERVER)), &runtime).unwrap_err();
    assert!(
        matches!(&e.kind, LowerErrorKind::WrongSlotType { slot, .. } if slot == "check_password")
    );
    assert!(
        e.to_string().contains("holds a value of another type"),
        "{e}"
    );
}

#[test]
fn an_unset_variable_is_named_and_no_password_is_ever_shown() {
    let e = lower(
        &check(endpoint(USERNAME_CLIENT)),
        &Runtime::new().with_env(|_| None),
    )
    .unwrap_err();
    assert_eq!(e.path.to_string(), "bindings[1].client_credential.password");
    assert_eq!(
        e.kind,
        LowerErrorKind::MissingEnv {
            variable: "SVC_PASSWORD".to_owned()
        }
    );
    let runtime = Runtime::new().with_env(|_| Some("hunter2-secret".to_owned()));
    let lowered = lower(&check(endpoint(USERNAME_CLIENT)), &runtime).unwrap();
    let shown = format!("{lowered:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(
        shown.contains("WS_USERNAME_MESSAGE_SECURITY_BINDING"),
        "{shown}"
    );
}

#[test]
fn a_state_beside_a_rust_closure_is_refused() {
    let text = USERNAME_SERVER.replace(
        "password_validator = { runtime = \"check_password\" }",
        "password_validator = { runtime = \"check_password\" }\npassword_validator_callback_state = { runtime = \"state\" }",
    );
    let runtime = Runtime::new()
        .with("check_password", validator())
        .with("state", fake_pointer::<c_void, c_void>(1));
    let e = lower(&check(endpoint(&text)), &runtime).unwrap_err();
    assert_eq!(
        e.path.to_string(),
        "bindings[1].password_validator_callback_state"
    );
    assert_eq!(
        e.kind,
        LowerErrorKind::StateBesideClosure {
            slot: "state".to_owned(),
            callback: "check_password".to_owned()
        }
    );
    // A C function takes the state.
    let runtime = Runtime::new()
        .with("check_password", RawPasswordValidator(C_PASSWORD))
        .with("state", fake_pointer::<c_void, c_void>(1));
    lower(&check(endpoint(&text)), &runtime).unwrap();
}

#[test]
fn a_message_property_value_of_the_wrong_size_is_refused() {
    let text = r#"
side = "client"
channel_binding = "http"
[[bindings]]
type = "ssl_transport"
[[bindings]]
type = "security_context_message"
binding_usage = "supporting"
properties = { message_properties = { max_processed_headers = { runtime = "max" } } }
[bindings.bootstrap_security_description]
[[bindings.bootstrap_security_description.bindings]]
type = "ssl_transport"
[[bindings.bootstrap_security_description.bindings]]
type = "kerberos_apreq_message"
binding_usage = "supporting"
client_credential = { type = "default" }
"#;
    let runtime = Runtime::new().with("max", MessagePropertyValue::from_bytes(&[1, 2]));
    let e = lower(&check(endpoint(text)), &runtime).unwrap_err();
    assert_eq!(
        e.path.to_string(),
        "bindings[1].properties.message_properties.max_processed_headers"
    );
    assert_eq!(
        e.kind,
        LowerErrorKind::MessagePropertySize {
            slot: "max".to_owned(),
            c_type: "ULONG",
            expected: 4,
            found: 2
        }
    );
    let runtime = Runtime::new().with("max", MessagePropertyValue::ulong(64));
    lower(&check(endpoint(text)), &runtime).unwrap();
}

#[test]
fn a_trampoline_taken_out_of_another_graph_is_refused() {
    let runtime = Runtime::new().with("check_password", validator());
    let first = lower(&check(endpoint(USERNAME_SERVER)), &runtime).unwrap();
    let binding = unsafe {
        &*(*(*first.as_ptr()).securityBindings.add(1))
            .cast::<WS_USERNAME_MESSAGE_SECURITY_BINDING>()
    };
    let stolen = RawPasswordValidator(binding.passwordValidator.unwrap());
    let runtime = Runtime::new().with("check_password", stolen);
    let e = lower(&check(endpoint(USERNAME_SERVER)), &runtime).unwrap_err();
    assert!(
        matches!(e.kind, LowerErrorKind::OwnTrampoline { .. }),
        "{e}"
    );
}

#[test]
fn a_lowering_that_fails_late_frees_everything_it_built() {
    // Everything but the last slot is filled: the graph is nearly complete when lowering stops.
    let text = r#"
side = "client"
channel_binding = "http"
[properties]
max_allowed_clock_skew = "5m"
[[bindings]]
type = "ssl_transport"
properties = { certificate_validation_callback_context = { callback = { runtime = "check" } } }
[bindings.local_cert_credential]
type = "custom"
get_cert_callback = { runtime = "get" }
[[bindings]]
type = "username_message"
binding_usage = "supporting"
client_credential = { type = "string", username = "svc", password = { runtime = "missing" } }
"#;
    let endpoint = endpoint(text);
    let mut runtime = runtime_for(&endpoint);
    runtime = runtime.with("missing", 5_u8);
    let e = lower(&check(endpoint), &runtime).unwrap_err();
    assert_eq!(e.path.to_string(), "bindings[1].client_credential.password");
}

#[test]
fn a_moved_graph_keeps_every_pointer() {
    let runtime = Runtime::new().with("check_password", validator());
    let lowered = lower(&check(endpoint(USERNAME_SERVER)), &runtime).unwrap();
    let before = lowered.as_ptr();
    let boxed = Box::new(lowered);
    let mut moved = vec![*boxed];
    let lowered = moved.pop().unwrap();
    assert_eq!(lowered.as_ptr(), before);
    let (back, _) = unsafe {
        read_description(
            lowered.as_ptr(),
            wws_security_model::Side::Server,
            wws_security_model::ChannelBinding::Http,
            None,
        )
    }
    .unwrap();
    assert_eq!(back, with_raw_slot_names(&endpoint(USERNAME_SERVER)));
    // Lowered graphs can be shared with the threads WWSAPI calls back on.
    std::thread::scope(|s| {
        s.spawn(|| assert_eq!(lowered.layout().bindings.len(), 2));
    });
}
