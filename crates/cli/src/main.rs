//! `wws-security`: see `wws-security --help`.

fn main() {
    let out = &mut std::io::stdout().lock();
    let err = &mut std::io::stderr().lock();
    let status = wws_security_cli::run(std::env::args_os(), out, err);
    std::process::exit(status);
}
