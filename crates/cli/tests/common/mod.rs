//! Running the `wws-security` binary from the integration tests.

// Each test crate uses its own part of this module.
#![allow(dead_code)]

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

/// The workspace root: paths in the output are relative to it, so they are stable.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The binary with `args`, to be run from the workspace root.
pub fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_wws-security"));
    command.args(args).current_dir(root());
    command
}

/// `ERROR_INTERNAL_ERROR`: what Wine's `CreateProcess` answers, now and then, when several
/// test threads start processes at once (seen once in a CI run). Only this answer, and only
/// from starting the process, is tried again: the binary's own behaviour is never retried.
const TRANSIENT_SPAWN_ERROR: i32 = 1359;
const SPAWN_ATTEMPTS: u32 = 5;

/// Starts `command`, trying again if the OS answers [`TRANSIENT_SPAWN_ERROR`].
pub fn spawn(command: &mut Command) -> Child {
    let mut attempt = 1;
    loop {
        match command.spawn() {
            Ok(child) => return child,
            Err(e) if is_transient(&e) && attempt < SPAWN_ATTEMPTS => {
                std::thread::sleep(Duration::from_millis(100 * u64::from(attempt)));
                attempt += 1;
            }
            Err(e) => panic!("the binary does not start (attempt {attempt}): {e}"),
        }
    }
}

fn is_transient(e: &io::Error) -> bool {
    cfg!(windows) && e.raw_os_error() == Some(TRANSIENT_SPAWN_ERROR)
}

/// Runs `command` to its end with empty standard input, collecting its output.
pub fn output(command: &mut Command) -> Output {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    spawn(command)
        .wait_with_output()
        .expect("the binary's output is read")
}

/// Runs the binary from the workspace root; standard input is empty.
pub fn run(args: &[&str]) -> Output {
    output(&mut command(args))
}

/// Runs the binary in `dir` (so the paths in the output are the relative ones given).
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    output(command(args).current_dir(dir))
}

/// Runs the binary from the workspace root with `input` on standard input.
pub fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = spawn(
        command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    );
    // The program may exit without reading (a refused input): a closed pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

/// Standard output, which is always UTF-8.
pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

/// Standard error, which is always UTF-8.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}
