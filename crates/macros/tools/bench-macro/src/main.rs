//! Build-time cost of `security_binding!` against hand-written builder code.
//!
//! Generates two crates with the same N declarations (default 200): `with_macro` writes them
//! with `security_binding!`; `with_builder` builds the same endpoints with model constructors and
//! validates them at run time with `Policy::check`. Each crate is built clean (its own empty
//! target directory, dependencies included), rebuilt once to warm the incremental cache, then
//! rebuilt RUNS times after an edit of its source file. The two crates' rebuilds alternate (and
//! which goes first alternates too), so a change of machine load hits both alike.
//!
//! Reported per crate: wall time (what a developer waits for) and the CPU time of the build's
//! processes (user + system, less sensitive to other work on the machine), as median, minimum
//! and maximum. Goals (design/anchors.md §4.4, tightened by issue 9): the default-profile
//! incremental rebuild with the macro at most 1.15x the builder's, and at most 0.1 ms extra per
//! declaration.
//!
//! Usage: `cargo xtask bench-macro [--declarations N] [--runs N] [--keep DIR]`, or directly
//! `cargo run -p wws-security-bench-macro --release -- [N] [RUNS] [--keep DIR]`. With `--keep`
//! the crates are generated in DIR and left there (for `-Zmacro-stats`, `--timings` or a
//! profiler). Exit status 1 when the default profile misses a goal.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The goals of the default dev profile.
const MAX_RATIO: f64 = 1.15;
const MAX_EXTRA_MS_PER_DECLARATION: f64 = 0.1;

fn main() {
    let mut positional = Vec::new();
    let mut keep: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--keep" {
            keep = Some(PathBuf::from(
                args.next().expect("--keep takes a directory"),
            ));
        } else {
            positional.push(arg);
        }
    }
    let n: usize = positional
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let runs: usize = positional.get(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../..")
        .canonicalize()
        .expect("the workspace root exists");
    let root = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("wws-bench-macro-{}", std::process::id()))
    });
    std::fs::create_dir_all(&root).expect("temp dir");

    // Proc macros run inside rustc; crates with many declarations may compile them optimised
    // (`build-override`), so both set-ups are measured. The goals are for the default.
    const OPTIMISED_MACROS: &str = "\n[profile.dev.build-override]\nopt-level = 3\n";
    let setups = [
        ("default dev profile", ""),
        ("build-override opt-level = 3", OPTIMISED_MACROS),
    ];
    let mut report = String::new();
    writeln!(
        report,
        "security_binding! build benchmark: {n} declarations, {runs} incremental runs per crate"
    )
    .ok();
    let mut default_goals_met = true;
    for (index, (label, profile)) in setups.into_iter().enumerate() {
        let dir = root.join(label.replace([' ', '='], "_"));
        let crates = [
            generate(&dir, &workspace, "with_macro", &macro_source(n), profile),
            generate(
                &dir,
                &workspace,
                "with_builder",
                &builder_source(n),
                profile,
            ),
        ];
        let [m, b] = measure(&crates, runs);
        writeln!(report, "{label}:").ok();
        for (name, r) in [("with_macro", &m), ("with_builder", &b)] {
            writeln!(
                report,
                "{name:>15}: clean wall {:>5.1} s, cpu {:>5.1} s | incremental wall {} | cpu {}",
                r.clean.0.as_secs_f64(),
                r.clean.1.as_secs_f64(),
                r.wall.summary(),
                r.cpu.summary(),
            )
            .ok();
        }
        let wall_ratio = m.wall.median() / b.wall.median();
        let cpu_ratio = m.cpu.median() / b.cpu.median();
        let per_declaration =
            |m: &Samples, b: &Samples| (m.median() - b.median()) * 1000.0 / n as f64;
        let wall_extra = per_declaration(&m.wall, &b.wall);
        let cpu_extra = per_declaration(&m.cpu, &b.cpu);
        writeln!(
            report,
            "  incremental macro/builder: wall {wall_ratio:.3}, cpu {cpu_ratio:.3} (goal <= {MAX_RATIO})"
        )
        .ok();
        writeln!(
            report,
            "  extra per declaration: wall {wall_extra:.3} ms, cpu {cpu_extra:.3} ms (goal <= {MAX_EXTRA_MS_PER_DECLARATION} ms)"
        )
        .ok();
        if index == 0 {
            default_goals_met =
                wall_ratio <= MAX_RATIO && wall_extra <= MAX_EXTRA_MS_PER_DECLARATION;
        }
    }
    print!("{report}");
    match keep {
        Some(dir) => println!("crates kept in {}", dir.display()),
        None => {
            std::fs::remove_dir_all(&root).ok();
        }
    }
    if !default_goals_met {
        std::process::exit(1);
    }
}

/// Durations of the incremental rebuilds of one crate, in seconds.
#[derive(Default)]
struct Samples(Vec<f64>);

impl Samples {
    fn sorted(&self) -> Vec<f64> {
        let mut s = self.0.clone();
        s.sort_by(f64::total_cmp);
        s
    }

    fn median(&self) -> f64 {
        let s = self.sorted();
        match s.len() {
            0 => f64::NAN,
            len if len % 2 == 1 => s[len / 2],
            len => (s[len / 2 - 1] + s[len / 2]) / 2.0,
        }
    }

    /// `median 0.123 s (0.110..0.150)`.
    fn summary(&self) -> String {
        let s = self.sorted();
        format!(
            "median {:.3} s ({:.3}..{:.3})",
            self.median(),
            s.first().copied().unwrap_or(f64::NAN),
            s.last().copied().unwrap_or(f64::NAN)
        )
    }
}

#[derive(Default)]
struct Timing {
    /// Wall and CPU time of the clean build.
    clean: (Duration, Duration),
    wall: Samples,
    cpu: Samples,
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

/// Wall and CPU time of one `cargo build` of `dir`.
fn build(dir: &Path) -> (Duration, Duration) {
    let cpu_before = children_cpu_time();
    let start = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(["build", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .status()
        .expect("cargo runs");
    let wall = start.elapsed();
    assert!(status.success(), "building {} failed", dir.display());
    (wall, children_cpu_time().saturating_sub(cpu_before))
}

/// User plus system time of every finished child process (cargo, and rustc through it).
#[cfg(unix)]
fn children_cpu_time() -> Duration {
    // SAFETY: `getrusage` writes one `rusage` into the zeroed struct we own; no other effect.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    let time = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    time(usage.ru_utime) + time(usage.ru_stime)
}

#[cfg(not(unix))]
fn children_cpu_time() -> Duration {
    Duration::ZERO
}

/// Appends a comment, so cargo rebuilds the crate and rustc reuses its incremental cache.
fn touch(dir: &Path, run: usize) {
    let lib = dir.join("src/lib.rs");
    let mut text = std::fs::read_to_string(&lib).expect("source");
    text.push_str(&format!("// edit {run}\n"));
    std::fs::write(&lib, text).expect("source");
}

/// Clean builds, one warm-up rebuild, then `runs` rebuilds of each crate, alternating.
fn measure(crates: &[PathBuf; 2], runs: usize) -> [Timing; 2] {
    let mut timings: [Timing; 2] = Default::default();
    for (dir, timing) in crates.iter().zip(&mut timings) {
        timing.clean = build(dir);
        touch(dir, 0);
        build(dir);
    }
    for run in 1..=runs {
        let order: [usize; 2] = if run % 2 == 0 { [0, 1] } else { [1, 0] };
        for i in order {
            touch(&crates[i], run);
            let (wall, cpu) = build(&crates[i]);
            timings[i].wall.0.push(wall.as_secs_f64());
            timings[i].cpu.0.push(cpu.as_secs_f64());
        }
    }
    timings
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
