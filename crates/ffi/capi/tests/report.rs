//! The C entry point, called from Rust: verdicts, the report in the shape of
//! `check --format json`, the buffer protocol, and arguments it refuses.

use serde_json::Value;
use std::path::Path;
use std::ptr::{null, null_mut};
use wws_security_c::*;
use wws_security_ffi::{lower, with_placeholders};
use wws_security_model::{CEnum, Endpoint};
use wws_security_policy::{validate, Policy, Runtime};

fn report(
    description: *const windows_sys::Win32::Networking::WindowsWebServices::WS_SECURITY_DESCRIPTION,
    side: i32,
    channel_binding: i32,
    channel_type: i32,
) -> (i32, Value) {
    let mut length = 0;
    let verdict = unsafe {
        wws_security_check_description(
            description,
            side,
            channel_binding,
            channel_type,
            null_mut(),
            0,
            &mut length,
        )
    };
    let mut buffer = vec![0_u8; length + 1];
    let again = unsafe {
        wws_security_check_description(
            description,
            side,
            channel_binding,
            channel_type,
            buffer.as_mut_ptr().cast(),
            buffer.len(),
            &mut length,
        )
    };
    assert_eq!(verdict, again);
    assert_eq!(buffer[length], 0, "NUL-terminated");
    (verdict, serde_json::from_slice(&buffer[..length]).unwrap())
}

#[test]
fn every_example_is_valid_and_reported_as_check_reports_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../examples/endpoints");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let endpoint = Endpoint::from_toml_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let (checked, _) = Policy::new().check(endpoint.clone()).unwrap();
        let runtime = with_placeholders(&endpoint, Runtime::new().with_env(|_| Some("pw".into())));
        let lowered = lower(&checked, &runtime).unwrap();
        let side = match endpoint.side {
            wws_security_model::Side::Client => WWS_SECURITY_SIDE_CLIENT,
            wws_security_model::Side::Server => WWS_SECURITY_SIDE_SERVER,
        };
        let (verdict, json) = report(
            lowered.as_ptr(),
            side,
            endpoint.channel_binding.to_raw(),
            endpoint.channel_type.map_or(0, CEnum::to_raw),
        );
        assert_eq!(
            verdict,
            WWS_SECURITY_CHECK_VALID,
            "{}: {json}",
            path.display()
        );
        let file = &json["files"][0];
        assert_eq!(file["path"], "WS_SECURITY_DESCRIPTION");
        assert_eq!(file["valid"], true);
        // The same findings as the policy on the file (env passwords become slots, which
        // changes no finding of the examples).
        let expected = validate(&endpoint);
        let diagnostics = file["diagnostics"].as_array().unwrap();
        assert_eq!(
            diagnostics.len(),
            expected.diagnostics.len(),
            "{}",
            path.display()
        );
        for (d, e) in diagnostics.iter().zip(&expected.diagnostics) {
            let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(
                keys,
                ["also", "column", "help", "line", "message", "path", "rule", "severity"]
            );
            assert_eq!(d["rule"], e.id());
            assert_eq!(d["severity"], e.severity.name());
            assert_eq!(d["message"], e.message.as_str());
            assert_eq!(d["path"], e.path.to_string());
            assert!(d["line"].is_null() && d["column"].is_null());
        }
        count += 1;
    }
    assert!(count >= 34);
}

#[test]
fn malformed_descriptions_and_bad_arguments_are_reported() {
    let (verdict, json) = report(null(), WWS_SECURITY_SIDE_CLIENT, 0, 0);
    assert_eq!(verdict, WWS_SECURITY_CHECK_MALFORMED);
    let file = &json["files"][0];
    assert_eq!(file["valid"], false);
    assert_eq!(file["diagnostics"], serde_json::json!([]));
    assert!(file["error"]
        .as_str()
        .unwrap()
        .starts_with("the description: `description` is a null pointer"));

    let empty =
        windows_sys::Win32::Networking::WindowsWebServices::WS_SECURITY_DESCRIPTION::default();
    for (side, binding, channel_type, what) in [
        (0, 0, 0, "side 0"),
        (
            WWS_SECURITY_SIDE_SERVER,
            9,
            0,
            "9 is not a WS_CHANNEL_BINDING",
        ),
        (WWS_SECURITY_SIDE_SERVER, 0, 9, "9 is not a WS_CHANNEL_TYPE"),
    ] {
        let (verdict, json) = report(&empty, side, binding, channel_type);
        assert_eq!(verdict, WWS_SECURITY_CHECK_BAD_ARGUMENT);
        assert!(
            json["files"][0]["error"].as_str().unwrap().contains(what),
            "{json}"
        );
    }
    let verdict = unsafe {
        wws_security_check_description(
            &empty,
            WWS_SECURITY_SIDE_CLIENT,
            0,
            0,
            null_mut(),
            0,
            null_mut(),
        )
    };
    assert_eq!(
        verdict, WWS_SECURITY_CHECK_BAD_ARGUMENT,
        "a null json_length"
    );
}

#[test]
fn a_buffer_too_small_gets_an_empty_string_and_the_length() {
    let empty =
        windows_sys::Win32::Networking::WindowsWebServices::WS_SECURITY_DESCRIPTION::default();
    let mut length = 0;
    let mut buffer = [b'x'; 16];
    let verdict = unsafe {
        wws_security_check_description(
            &empty,
            WWS_SECURITY_SIDE_CLIENT,
            0,
            0,
            buffer.as_mut_ptr().cast(),
            buffer.len(),
            &mut length,
        )
    };
    assert_eq!(
        verdict, WWS_SECURITY_CHECK_VALID,
        "the verdict does not depend on the buffer"
    );
    assert!(length > buffer.len());
    assert_eq!(buffer[0], 0);
    assert_eq!(buffer[1], b'x', "nothing else is written");
    // Exactly the length plus the NUL fits.
    let mut exact = vec![b'x'; length + 1];
    let mut again = 0;
    unsafe {
        wws_security_check_description(
            &empty,
            WWS_SECURITY_SIDE_CLIENT,
            0,
            0,
            exact.as_mut_ptr().cast(),
            exact.len(),
            &mut again,
        )
    };
    assert_eq!((again, exact[length]), (length, 0));
    assert!(serde_json::from_slice::<Value>(&exact[..length]).is_ok());
}
