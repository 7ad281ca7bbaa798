//! Precompiles the runtime crates every judged program links against — the harness prelude
//! (templates/prelude.rs) and the `rand` stand-in (templates/rand.rs) — with the compiler that
//! builds drill, so an installed drill whose users judge with that same compiler never compiles
//! them at run time: the first submission is then about as fast as the rest. If this fails,
//! drill compiles them on first use instead.

use std::path::{Path, PathBuf};

include!("src/judge/rustc_flags.rs");
use std::process::Command;

/// Each runtime crate's name and source (as in `judge::build::RUNTIME`).
const CRATES: [(&str, &str); 2] = [("drill_prelude", "templates/prelude.rs"), ("rand", "templates/rand.rs")];

fn main() {
    for (_, source) in CRATES {
        println!("cargo:rerun-if-changed={source}");
    }
    println!("cargo:rerun-if-changed=src/judge/rustc_flags.rs");
    // The problems are embedded by include_dir, which cargo does not track by itself.
    println!("cargo:rerun-if-changed=problems");
    println!("cargo:rerun-if-env-changed=RUSTC");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let rlib = |name: &str| out.join(format!("lib{name}.rlib"));
    let version = out.join("prelude-rustc-version.txt");
    let compiled = CRATES
        .iter()
        .all(|(name, source)| compile(&rustc, name, Path::new(source), &rlib(name)));
    let commit = Command::new(&rustc)
        .arg("-vV")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|v| v.lines().find_map(|l| l.strip_prefix("commit-hash:")).map(|c| c.trim().to_string()));
    match (compiled, commit) {
        (true, Some(commit)) => std::fs::write(&version, commit).expect("write OUT_DIR"),
        _ => {
            println!("cargo:warning=could not precompile the harness prelude and rand; drill will compile them on first use");
            for (name, _) in CRATES {
                std::fs::write(rlib(name), b"").expect("write OUT_DIR");
            }
            std::fs::write(&version, "").expect("write OUT_DIR");
        }
    }
}

fn compile(rustc: &std::ffi::OsStr, name: &str, source: &Path, rlib: &Path) -> bool {
    Command::new(rustc)
        .args(RUSTC_FLAGS)
        .args(["--crate-type", "rlib", "--crate-name", name, "-C", "embed-bitcode=no"])
        .arg(source)
        .arg("-o")
        .arg(rlib)
        .status()
        .is_ok_and(|s| s.success())
}
