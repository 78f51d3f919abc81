//! Writing generated files, or checking that the committed ones are fresh.

use crate::gen::Output;
use std::path::{Path, PathBuf};

/// The command that regenerates the files.
pub const COMMAND: &str = "cargo xtask gen";

/// The workspace root (the parent of the xtask crate).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace root")
        .to_path_buf()
}

/// The file's current text with `\n` line ends, or `None` when it does not exist.
fn current(path: &Path) -> Option<String> {
    std::fs::read_to_string(path)
        .ok()
        .map(|t| t.replace("\r\n", "\n"))
}

/// The outputs whose file under `root` is missing or differs.
pub fn stale<'a>(root: &Path, outputs: &'a [Output]) -> Vec<&'a Output> {
    outputs
        .iter()
        .filter(|o| current(&root.join(o.path)).as_deref() != Some(o.contents.as_str()))
        .collect()
}

/// Writes every stale output under `root`; returns the paths written.
pub fn write(root: &Path, outputs: &[Output]) -> std::io::Result<Vec<&'static str>> {
    let mut written = Vec::new();
    for o in stale(root, outputs) {
        let path = root.join(o.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, &o.contents)?;
        written.push(o.path);
    }
    Ok(written)
}

/// The failure message of a freshness check, or `None` when every file is fresh.
pub fn check_message(root: &Path, outputs: &[Output]) -> Option<String> {
    let stale = stale(root, outputs);
    if stale.is_empty() {
        return None;
    }
    let mut message = String::from("these generated files are out of date:\n");
    for o in stale {
        message.push_str(&format!("    {}\n", o.path));
    }
    message.push_str(&format!("run `{COMMAND}` and commit the result\n"));
    if std::env::var_os("CI").is_some() {
        message.push_str(
            "NOTE: this runs in CI, where nothing is written; regenerate locally and commit.\n",
        );
    }
    Some(message)
}
