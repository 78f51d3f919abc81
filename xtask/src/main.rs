//! Project tasks: `cargo xtask gen [--check]`.

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
}

fn main() -> ExitCode {
    match Cli::parse().task {
        Task::Gen { check } => gen_task(check),
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
