//! Build-time cost of `security_binding!` against hand-written builder code.
//!
//! Generates two crates in a temporary directory with the same N declarations (default 200):
//! `with_macro` writes them with `security_binding!`; `with_builder` builds the same endpoints
//! with model constructors and validates them at run time with `Policy::check`. Each crate is
//! built clean (its own empty target directory, dependencies included), then rebuilt after an
//! edit of its source file, several times. Goals (design/anchors.md §4.4): incremental rebuild
//! with the macro at most 1.25x the builder's; expansion plus policy at most 0.5 ms per
//! declaration (see also `cargo bench -p wws-security-macros --bench expand`).
//!
//! Usage: `cargo run -p wws-security-bench-macro --release -- [N] [RUNS]`
//! (to be hooked to `cargo xtask bench-macro`). Exit status 1 when a goal is missed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3);
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../..")
        .canonicalize()
        .expect("the workspace root exists");
    let root = std::env::temp_dir().join(format!("wws-bench-macro-{}", std::process::id()));
    std::fs::create_dir_all(&root).expect("temp dir");

    // Proc macros run inside rustc; like sqlx, we recommend compiling them optimised in dev
    // builds (`build-override`), and measure the default and the recommended set-up.
    const OPTIMISED_MACROS: &str = "\n[profile.dev.build-override]\nopt-level = 3\n";
    let setups = [
        ("default dev profile", ""),
        ("build-override opt-level = 3", OPTIMISED_MACROS),
    ];
    let mut report = String::new();
    writeln!(
        report,
        "security_binding! build benchmark: {n} declarations, {runs} incremental runs"
    )
    .ok();
    let mut best_ratio = f64::INFINITY;
    for (label, profile) in setups {
        let dir = root.join(label.replace([' ', '='], "_"));
        let with_macro = generate(&dir, &workspace, "with_macro", &macro_source(n), profile);
        let with_builder = generate(
            &dir,
            &workspace,
            "with_builder",
            &builder_source(n),
            profile,
        );
        let m = measure(&with_macro, runs);
        let b = measure(&with_builder, runs);
        writeln!(report, "{label}:").ok();
        for (name, r) in [("with_macro", &m), ("with_builder", &b)] {
            writeln!(
                report,
                "{name:>15}: clean {:>7.2} s   incremental median {:>6.3} s   (runs: {})",
                r.clean.as_secs_f64(),
                r.incremental.as_secs_f64(),
                r.runs
                    .iter()
                    .map(|d| format!("{:.3}", d.as_secs_f64()))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
            .ok();
        }
        let ratio = m.incremental.as_secs_f64() / b.incremental.as_secs_f64();
        let per_decl_ms = (m.incremental.as_secs_f64() - b.incremental.as_secs_f64()).max(0.0)
            * 1000.0
            / n as f64;
        writeln!(
            report,
            "  incremental ratio macro/builder: {ratio:.2} (goal <= 1.25)"
        )
        .ok();
        writeln!(
            report,
            "  extra incremental time per declaration: {per_decl_ms:.3} ms (expansion + policy + compiling the output)"
        )
        .ok();
        best_ratio = best_ratio.min(ratio);
    }
    print!("{report}");
    std::fs::remove_dir_all(&root).ok();
    if best_ratio > 1.25 {
        std::process::exit(1);
    }
}

struct Timing {
    clean: Duration,
    incremental: Duration,
    runs: Vec<Duration>,
}

fn generate(root: &Path, workspace: &Path, name: &str, source: &str, profile: &str) -> PathBuf {
    let dir = root.join(name);
    std::fs::create_dir_all(dir.join("src")).expect("crate dir");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\nwws-security = {{ path = {:?} }}\n\n[workspace]\n{profile}",
            workspace.display().to_string()
        ),
    )
    .expect("manifest");
    // The same dependency versions as the workspace, and no registry look-up.
    std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).ok();
    std::fs::write(dir.join("src/lib.rs"), source).expect("source");
    dir
}

fn build(dir: &Path) -> Duration {
    let start = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(["build", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building {} failed", dir.display());
    start.elapsed()
}

fn measure(dir: &Path, runs: usize) -> Timing {
    let clean = build(dir);
    let lib = dir.join("src/lib.rs");
    let mut times = Vec::new();
    for run in 0..runs {
        let mut text = std::fs::read_to_string(&lib).expect("source");
        text.push_str(&format!("// edit {run}\n"));
        std::fs::write(&lib, text).expect("source");
        times.push(build(dir));
    }
    let mut sorted = times.clone();
    sorted.sort();
    Timing {
        clean,
        incremental: sorted[sorted.len() / 2],
        runs: times,
    }
}

/// Four shapes from the official samples, varied by `i` so no two declarations are equal.
fn macro_source(n: usize) -> String {
    let mut s = String::from(
        "//! Generated by wws-security-bench-macro. Every declaration is lint-free, so neither crate pays for rendering warnings.\nuse wws_security::{security_binding, DeclaredEndpoint};\n\n",
    );
    for i in 0..n {
        let body = match i % 4 {
            0 => "side: client, channel_binding: http, channel_type: request, bindings [ssl_transport {}]".to_owned(),
            1 => format!(
                "side: client, channel_binding: http, channel_type: request,\n        bindings [\n            ssl_transport {{}},\n            username_message {{\n                binding_usage: supporting,\n                client_credential: string {{ username: \"svc-{i}\", password: env(\"PW_{i}\") }},\n            }},\n        ]"
            ),
            2 => "side: client, channel_binding: http, channel_type: request,\n        bindings [\n            ssl_transport {},\n            kerberos_apreq_message { binding_usage: supporting, client_credential: default },\n        ]".to_owned(),
            _ => format!(
                "side: client, channel_binding: tcp, channel_type: duplex_session,\n        properties {{ max_allowed_clock_skew: \"{}m\" }}\n        bindings [\n            tcp_sspi_transport {{\n                properties {{ windows_integrated_auth_package: kerberos }}\n                client_credential: default,\n            }},\n            kerberos_apreq_message {{ binding_usage: supporting, client_credential: default }},\n        ]",
                i % 60 + 1
            ),
        };
        writeln!(s, "pub fn endpoint_{i}() -> DeclaredEndpoint {{\n    security_binding! {{\n        {body}\n    }}\n}}\n").ok();
    }
    s
}

fn builder_source(n: usize) -> String {
    let mut s = String::from(
        "//! Generated by wws-security-bench-macro.\nuse wws_security::model::*;\nuse wws_security::policy::{Policy, Validated};\n\n\
         fn checked(endpoint: Endpoint) -> Validated<Endpoint> {\n    Policy::new().check(endpoint).expect(\"valid endpoint\").0\n}\n\n",
    );
    for i in 0..n {
        let body = match i % 4 {
            0 => "    let mut e = Endpoint::new(Side::Client, ChannelBinding::Http);\n    e.channel_type = Some(ChannelType::Request);\n    e.description.bindings.push(SecurityBinding::SslTransport(SslTransportBinding::default()));".to_owned(),
            1 => format!(
                "    let mut e = Endpoint::new(Side::Client, ChannelBinding::Http);\n    e.channel_type = Some(ChannelType::Request);\n    e.description.bindings.push(SecurityBinding::SslTransport(SslTransportBinding::default()));\n    e.description.bindings.push(SecurityBinding::UsernameMessage(UsernameMessageBinding {{\n        binding_usage: Some(MessageSecurityUsage::Supporting),\n        client_credential: Some(UsernameCredential::String {{ username: \"svc-{i}\".into(), password: Secret::env(\"PW_{i}\") }}),\n        ..Default::default()\n    }}));"
            ),
            2 => "    let mut e = Endpoint::new(Side::Client, ChannelBinding::Http);\n    e.channel_type = Some(ChannelType::Request);\n    e.description.bindings.push(SecurityBinding::SslTransport(SslTransportBinding::default()));\n    e.description.bindings.push(SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding {\n        binding_usage: Some(MessageSecurityUsage::Supporting),\n        client_credential: Some(WindowsIntegratedAuthCredential::Default),\n        ..Default::default()\n    }));".to_owned(),
            _ => format!(
                "    let mut e = Endpoint::new(Side::Client, ChannelBinding::Tcp);\n    e.channel_type = Some(ChannelType::DuplexSession);\n    e.description.properties.push(ChannelProperty::MaxAllowedClockSkew(Timespan::from_mins({})));\n    e.description.bindings.push(SecurityBinding::TcpSspiTransport(SspiTransportBinding {{\n        properties: PropertyBag::new().with(BindingProperty::WindowsIntegratedAuthPackage(WindowsIntegratedAuthPackage::Kerberos)),\n        client_credential: Some(WindowsIntegratedAuthCredential::Default),\n    }}));\n    e.description.bindings.push(SecurityBinding::KerberosApreqMessage(KerberosApreqMessageBinding {{\n        binding_usage: Some(MessageSecurityUsage::Supporting),\n        client_credential: Some(WindowsIntegratedAuthCredential::Default),\n        ..Default::default()\n    }}));",
                i % 60 + 1
            ),
        };
        writeln!(
            s,
            "pub fn endpoint_{i}() -> Validated<Endpoint> {{\n{body}\n    checked(e)\n}}\n"
        )
        .ok();
    }
    s
}
