//! Project tasks: `cargo xtask gen [--check]`, `cargo xtask fuzz [--cases N]` (endpoint files,
//! WSDL documents and raw descriptions), `cargo xtask bench-macro [--declarations N] [--runs N]
//! [--keep DIR]`, `cargo xtask check-syn`, `cargo xtask corpus DIR`.

mod corpus;
mod ensure;
mod gen;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "xtask", about = "Project tasks for wws-security")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Writes the tables in docs/ (and the endpoint schema) from the model and the rule registry.
    Gen {
        /// Write nothing; fail and list every file that is out of date.
        #[arg(long)]
        check: bool,
    },
    /// Builds two generated crates with the same declarations (macro vs builder + validate) and
    /// compares clean and incremental build times.
    BenchMacro {
        /// Declarations per crate.
        #[arg(long, default_value_t = 200)]
        declarations: usize,
        /// Incremental rebuilds of each crate to take the median of.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Generate the crates in this directory and keep them (for `-Zmacro-stats` or a profiler).
        #[arg(long)]
        keep: Option<String>,
    },
    /// Fails when `syn`'s `full` feature is in the macro crate's normal (non-dev) build graph.
    CheckSyn,
    /// Runs the WSDL importer over a corpus folder (with its MANIFEST.md) and prints a verdict
    /// table; fails on a panic, a file not accounted for, or a changed verdict.
    Corpus {
        /// The folder, e.g. ../shared/corpus/wsdl.
        dir: std::path::PathBuf,
    },
    /// Feeds arbitrary and mutated endpoint files to the loader and `check`, mutated WSDL and
    /// policy documents to the importer, and random raw descriptions to `read_description`
    /// (release builds).
    Fuzz {
        /// How many mutated files and raw graphs to try (arbitrary-byte inputs are a quarter of
        /// that, plus one).
        #[arg(long, default_value_t = 1_000_000)]
        cases: u64,
    },
}

fn main() -> ExitCode {
    match Cli::parse().task {
        Task::Gen { check } => gen_task(check),
        Task::Fuzz { cases } => fuzz_task(cases),
        Task::Corpus { dir } => corpus::run(&dir),
        Task::BenchMacro {
            declarations,
            runs,
            keep,
        } => {
            let (declarations, runs) = (declarations.to_string(), runs.to_string());
            let mut args = vec![
                "run",
                "--release",
                "-p",
                "wws-security-bench-macro",
                "--",
                &declarations,
                &runs,
            ];
            if let Some(dir) = &keep {
                args.extend(["--keep", dir]);
            }
            cargo(&args, &[])
        }
        Task::CheckSyn => check_syn(),
    }
}

/// Runs cargo with `args` in the workspace root.
fn cargo(args: &[&str], env: &[(&str, String)]) -> ExitCode {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    match std::process::Command::new(cargo)
        .current_dir(ensure::project_root())
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .status()
    {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: cannot run cargo: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The macro must not turn on `syn/full` for every downstream build (it costs about a second of
/// compile time for everyone); only dev-dependencies (prettyplease) may.
fn check_syn() -> ExitCode {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .current_dir(ensure::project_root())
        .args([
            "tree",
            "-p",
            "wws-security-macros",
            "-e",
            "normal,features",
            "--prefix",
            "none",
        ])
        .output();
    match output {
        Ok(out) if out.status.success() => {
            let tree = String::from_utf8_lossy(&out.stdout);
            let syn_features: std::collections::BTreeSet<&str> = tree
                .lines()
                .filter(|l| l.starts_with("syn feature"))
                .collect();
            if syn_features.iter().any(|l| l.contains("\"full\"")) {
                eprintln!(
                    "error: syn's `full` feature is in the macro's non-dev build graph:\n{tree}"
                );
                ExitCode::FAILURE
            } else {
                println!("syn features in the macro's build graph:");
                for line in syn_features {
                    println!("  {line}");
                }
                ExitCode::SUCCESS
            }
        }
        Ok(out) => {
            eprintln!(
                "error: cargo tree failed:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: cannot run cargo: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the long robustness tests, which read their case count from `WWS_FUZZ_CASES`: the CLI
/// crate's (endpoint files), the WSDL importer's and the ffi crate's (raw descriptions).
fn fuzz_task(cases: u64) -> ExitCode {
    let env = [("WWS_FUZZ_CASES", cases.to_string())];
    for (package, test) in [
        ("wws-security-cli", "robustness"),
        ("wws-security-wsdl", "robustness"),
        ("wws-security-ffi", "fuzz_read"),
    ] {
        let status = cargo(
            &[
                "test",
                "--release",
                "-p",
                package,
                "--test",
                test,
                "--",
                "--ignored",
                "--nocapture",
                "fuzz",
            ],
            &env,
        );
        if status != ExitCode::SUCCESS {
            return status;
        }
    }
    ExitCode::SUCCESS
}

fn gen_task(check: bool) -> ExitCode {
    let root = ensure::project_root();
    let outputs = gen::all();
    if check {
        return match ensure::check_message(&root, &outputs) {
            None => {
                println!("all {} generated files are up to date", outputs.len());
                ExitCode::SUCCESS
            }
            Some(message) => {
                eprint!("{message}");
                ExitCode::FAILURE
            }
        };
    }
    match ensure::write(&root, &outputs) {
        Ok(written) => {
            for path in &written {
                println!("updated {path}");
            }
            if written.is_empty() {
                println!("all {} generated files are up to date", outputs.len());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write the generated files: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests;
