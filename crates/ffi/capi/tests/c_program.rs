//! The C test program (`tests/c/check_descriptions.c`), compiled with the host C compiler
//! against the shared library and run. On Windows targets `.ci/run` builds it with mingw-w64
//! and runs it under Wine instead.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// target/<profile>, where cargo put the shared library beside the test binaries' folder.
fn library_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().and_then(Path::parent).unwrap().to_owned()
}

#[test]
fn the_c_test_program_passes() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = library_dir();
    assert!(
        lib.join("libwws_security_c.so").exists(),
        "the shared library is built beside the tests: {}",
        lib.display()
    );
    let out = std::env::temp_dir().join(format!("wws_check_descriptions_{}", std::process::id()));
    let compiled = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".to_owned()))
        .args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-I"])
        .arg(manifest.join("include"))
        .arg(manifest.join("tests/c/check_descriptions.c"))
        .arg("-L")
        .arg(&lib)
        .arg("-lwws_security_c")
        .arg(format!("-Wl,-rpath,{}", lib.display()))
        .arg("-o")
        .arg(&out)
        .output()
        .expect("a C compiler (cc) is installed: cargo links with it");
    assert!(
        compiled.status.success(),
        "{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    let run = Command::new(&out).output().unwrap();
    let _ = std::fs::remove_file(&out);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{stdout}");
    assert!(stdout.contains("passed: 0 failure(s)"), "{stdout}");
    assert_eq!(stdout.matches("ok: ").count(), 10, "{stdout}");
}
