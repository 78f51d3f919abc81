//! Project tasks: `cargo xtask gen [--check]`, `cargo xtask fuzz [--cases N]`.

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
    /// Feeds arbitrary and mutated endpoint files to the loader and `check` (release build).
    Fuzz {
        /// How many mutated files to try (arbitrary-byte inputs are a quarter of that, plus one).
        #[arg(long, default_value_t = 1_000_000)]
        cases: u64,
    },
}

fn main() -> ExitCode {
    match Cli::parse().task {
        Task::Gen { check } => gen_task(check),
        Task::Fuzz { cases } => fuzz_task(cases),
    }
}

/// Runs the CLI crate's long robustness test, which reads its case count from `WWS_FUZZ_CASES`.
fn fuzz_task(cases: u64) -> ExitCode {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = std::process::Command::new(cargo)
        .current_dir(ensure::project_root())
        .args([
            "test",
            "--release",
            "-p",
            "wws-security-cli",
            "--test",
            "robustness",
            "--",
            "--ignored",
            "--nocapture",
            "fuzz",
        ])
        .env("WWS_FUZZ_CASES", cases.to_string())
        .status();
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: cannot run cargo: {e}");
            ExitCode::FAILURE
        }
    }
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
