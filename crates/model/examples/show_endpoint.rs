//! Loads an endpoint file and prints the model and its TOML form: `cargo run -p wws-security-model --example show_endpoint -- FILE`.
use std::process::ExitCode;
use wws_security_model::Endpoint;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: show_endpoint FILE.toml|FILE.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: cannot read: {e}");
            return ExitCode::from(2);
        }
    };
    let loaded = if path.ends_with(".json") {
        Endpoint::from_json_str(&text)
    } else {
        Endpoint::from_toml_str(&text)
    };
    match loaded {
        Ok(endpoint) => {
            println!(
                "{path}: {} endpoint on {}, {} binding(s)",
                endpoint.side,
                endpoint.channel_binding,
                endpoint.description.bindings.len()
            );
            println!("{endpoint:#?}");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in errors.iter() {
                eprintln!("{path}: {e}");
            }
            ExitCode::FAILURE
        }
    }
}
