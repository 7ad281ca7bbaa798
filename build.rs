//! Precompiles the harness prelude (templates/prelude.rs) with the compiler that builds drill,
//! so an installed drill whose users judge with that same compiler never compiles it at run
//! time: the first submission is then about as fast as the rest. If this fails, drill compiles
//! the prelude on first use instead.

use std::path::PathBuf;

include!("src/judge/rustc_flags.rs");
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=templates/prelude.rs");
    println!("cargo:rerun-if-changed=src/judge/rustc_flags.rs");
    // The problems are embedded by include_dir, which cargo does not track by itself.
    println!("cargo:rerun-if-changed=problems");
    println!("cargo:rerun-if-env-changed=RUSTC");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let rlib = out.join("libdrill_prelude.rlib");
    let version = out.join("prelude-rustc-version.txt");
    let compiled = Command::new(&rustc)
        .args(RUSTC_FLAGS)
        .args([
            "--crate-type",
            "rlib",
            "--crate-name",
            "drill_prelude",
            "-C",
            "embed-bitcode=no",
            "templates/prelude.rs",
            "-o",
        ])
        .arg(&rlib)
        .status()
        .is_ok_and(|s| s.success());
    let commit = Command::new(&rustc)
        .arg("-vV")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|v| v.lines().find_map(|l| l.strip_prefix("commit-hash:")).map(|c| c.trim().to_string()));
    match (compiled, commit) {
        (true, Some(commit)) => std::fs::write(&version, commit).expect("write OUT_DIR"),
        _ => {
            println!("cargo:warning=could not precompile the harness prelude; drill will compile it on first use");
            std::fs::write(&rlib, b"").expect("write OUT_DIR");
            std::fs::write(&version, "").expect("write OUT_DIR");
        }
    }
}
