//! The C entry point of wws-security: a C or C++ program that builds a `WS_SECURITY_DESCRIPTION`
//! hands it to [`wws_security_check_description`] and gets the policy's verdict and report, as
//! `wws-security check --format json` prints it. Built as `wws_security_c.dll` (with its
//! import library) and as a static library; the declarations are in `include/wws_security.h`.

use std::ffi::c_char;
use std::panic::{catch_unwind, AssertUnwindSafe};
use windows_sys::Win32::Networking::WindowsWebServices::WS_SECURITY_DESCRIPTION;
use wws_security_model::{CEnum, ChannelBinding, ChannelType, Side};
use wws_security_policy::{Policy, Report};

/// The description has no error (warnings may be reported).
pub const WWS_SECURITY_CHECK_VALID: i32 = 0;
/// The policy reports at least one error.
pub const WWS_SECURITY_CHECK_INVALID: i32 = 1;
/// The description cannot be read (a null pointer, a wrong `valueSize`...); the report's
/// `error` says where and what.
pub const WWS_SECURITY_CHECK_MALFORMED: i32 = 2;
/// `side`, `channel_binding` or `channel_type` is not a known value, or `json_length` is null.
pub const WWS_SECURITY_CHECK_BAD_ARGUMENT: i32 = 3;
/// A bug in the library (a panic, caught before it reaches the caller).
pub const WWS_SECURITY_CHECK_INTERNAL_ERROR: i32 = 4;

/// `side` of a client (`WsCreateChannel`, `WsCreateServiceProxy`).
pub const WWS_SECURITY_SIDE_CLIENT: i32 = 1;
/// `side` of a server (`WsCreateListener`, a service endpoint).
pub const WWS_SECURITY_SIDE_SERVER: i32 = 2;

/// What the report calls the description, where `check` writes the file's path.
const REPORT_PATH: &str = "WS_SECURITY_DESCRIPTION";

/// Checks `description` and writes the report to `json`.
///
/// `side` is [`WWS_SECURITY_SIDE_CLIENT`] or [`WWS_SECURITY_SIDE_SERVER`]; `channel_binding` a
/// `WS_CHANNEL_BINDING`; `channel_type` a `WS_CHANNEL_TYPE`, or 0 when unknown. Returns one of
/// the `WWS_SECURITY_CHECK_*` verdicts. `*json_length` receives the length of the report in
/// bytes (without its terminating NUL); the report and its NUL are written to `json` when
/// `json_capacity` is larger than that length, otherwise `json` gets an empty string (when it
/// has room for one): call once with a null `json` to learn the size.
///
/// The report is `{"files": [{"path", "valid", "diagnostics": [{"rule", "also", "severity",
/// "message", "help", "path", "line", "column"}]}]}`, with `line` and `column` null (a raw
/// description has no text), and an `"error"` beside empty diagnostics when the description
/// cannot be read or an argument is wrong.
///
/// # Safety
/// `description` is null or satisfies the contract of
/// [`read_description`](wws_security_ffi::read_description) (a description laid out as
/// `webservices.h` says, unchanged during the call); `json` is null or writable for
/// `json_capacity` bytes; `json_length` is null or writable.
#[no_mangle]
pub unsafe extern "C" fn wws_security_check_description(
    description: *const WS_SECURITY_DESCRIPTION,
    side: i32,
    channel_binding: i32,
    channel_type: i32,
    json: *mut c_char,
    json_capacity: usize,
    json_length: *mut usize,
) -> i32 {
    let checked = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: forwarded.
        unsafe { check(description, side, channel_binding, channel_type) }
    }));
    let (verdict, report) = checked.unwrap_or_else(|_| {
        (
            WWS_SECURITY_CHECK_INTERNAL_ERROR,
            error_report("internal error in wws-security; please report it"),
        )
    });
    if json_length.is_null() {
        return WWS_SECURITY_CHECK_BAD_ARGUMENT;
    }
    // SAFETY: non-null, writable by the contract.
    unsafe { json_length.write_unaligned(report.len()) };
    if !json.is_null() && json_capacity > 0 {
        let fits = json_capacity > report.len();
        let text = if fits { report.as_bytes() } else { &[] };
        // SAFETY: `json` holds `json_capacity` bytes, and `text.len() + 1 <= json_capacity`.
        unsafe {
            std::ptr::copy_nonoverlapping(text.as_ptr(), json.cast::<u8>(), text.len());
            json.add(text.len()).write(0);
        }
    }
    verdict
}

/// The verdict and the report.
///
/// # Safety
/// As [`wws_security_check_description`] for `description`.
unsafe fn check(
    description: *const WS_SECURITY_DESCRIPTION,
    side: i32,
    channel_binding: i32,
    channel_type: i32,
) -> (i32, String) {
    let side = match side {
        WWS_SECURITY_SIDE_CLIENT => Side::Client,
        WWS_SECURITY_SIDE_SERVER => Side::Server,
        other => {
            return bad_argument(format!(
            "side {other} is neither WWS_SECURITY_SIDE_CLIENT (1) nor WWS_SECURITY_SIDE_SERVER (2)"
        ))
        }
    };
    let Ok(channel_binding) = ChannelBinding::from_raw(channel_binding) else {
        return bad_argument(format!("{channel_binding} is not a WS_CHANNEL_BINDING"));
    };
    let channel_type = match channel_type {
        0 => None,
        raw => match ChannelType::from_raw(raw) {
            Ok(t) => Some(t),
            Err(_) => return bad_argument(format!("{raw} is not a WS_CHANNEL_TYPE (or 0)")),
        },
    };
    // SAFETY: forwarded.
    match unsafe {
        wws_security_ffi::check_raw(
            description,
            side,
            channel_binding,
            channel_type,
            &Policy::new(),
        )
    } {
        Ok(report) => {
            let verdict = if report.has_errors() {
                WWS_SECURITY_CHECK_INVALID
            } else {
                WWS_SECURITY_CHECK_VALID
            };
            (verdict, report_json(&report))
        }
        Err(e) => (WWS_SECURITY_CHECK_MALFORMED, error_report(&e.to_string())),
    }
}

fn bad_argument(message: String) -> (i32, String) {
    (WWS_SECURITY_CHECK_BAD_ARGUMENT, error_report(&message))
}

/// The report of a description the policy judged, in the shape of `check --format json`.
pub fn report_json(report: &Report) -> String {
    use serde_json::json;
    let diagnostics: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| {
            json!({
                "rule": d.id(),
                "also": d.also(),
                "severity": d.severity.name(),
                "message": d.message,
                "help": d.help,
                "path": d.path.to_string(),
                "line": null,
                "column": null,
            })
        })
        .collect();
    json!({"files": [{
        "path": REPORT_PATH,
        "valid": !report.has_errors(),
        "diagnostics": diagnostics,
    }]})
    .to_string()
}

/// The report of a description that could not be judged.
fn error_report(message: &str) -> String {
    serde_json::json!({"files": [{
        "path": REPORT_PATH,
        "valid": false,
        "diagnostics": [],
        "error": message,
    }]})
    .to_string()
}
