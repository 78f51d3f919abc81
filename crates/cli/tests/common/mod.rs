//! Running the `wws-security` binary from the integration tests.

// Each test crate uses its own part of this module.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

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

/// Runs the binary from the workspace root; standard input is empty.
pub fn run(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

/// Runs the binary in `dir` (so the paths in the output are the relative ones given).
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    command(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

/// Runs the binary from the workspace root with `input` on standard input.
pub fn run_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
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
