//! `cargo bench --bench submit`: what drill adds on top of one `rustc -O` of the user's file.
//!
//! Each round times, on the same solution (lc300's reference) and in interleaved order:
//! a bare `rustc -O --edition 2021` of the file with a trivial main (through the real compiler
//! binary, and through the `rustc` on PATH, usually rustup's proxy), a warm `drill submit`, and a
//! cold one (empty cache: toolchain probe, prelude build, reference calibration). Medians and
//! their ratios are printed, so the figures hold on a noisy machine.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const ROUNDS: usize = 7;

fn time(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let out = cmd.output().expect("command runs");
    let elapsed = start.elapsed();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    elapsed
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let solution = root.join("problems/lc300/reference.rs");
    let work = tempfile::tempdir().expect("temp dir");
    let bare_src = work.path().join("bare.rs");
    let source = std::fs::read_to_string(&solution).expect("reference");
    std::fs::write(&bare_src, format!("struct Solution;\n{source}\nfn main() {{}}\n")).expect("write bare.rs");
    let sysroot = Command::new("rustc").args(["--print", "sysroot"]).output().expect("rustc on PATH");
    let real_rustc = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim()).join("bin/rustc");
    let bare = |rustc: &Path| {
        let mut c = Command::new(rustc);
        c.args(["-O", "--edition", "2021"])
            .arg(&bare_src)
            .arg("-o")
            .arg(work.path().join("bare"))
            .current_dir(work.path());
        c
    };
    let drill = |cache: &Path| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_drill"));
        c.args(["submit", "lc300", "--json", "--file"])
            .arg(&solution)
            .env("DRILL_HOME", work.path())
            .env("DRILL_CACHE", cache);
        c
    };
    let warm_cache = work.path().join("warm-cache");
    time(&mut drill(&warm_cache));
    time(&mut bare(&real_rustc));

    let (mut bare_real, mut bare_path, mut warm, mut cold) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        bare_real.push(time(&mut bare(&real_rustc)));
        bare_path.push(time(&mut bare(Path::new("rustc"))));
        warm.push(time(&mut drill(&warm_cache)));
        let cold_cache = work.path().join(format!("cold-cache-{round}"));
        cold.push(time(&mut drill(&cold_cache)));
    }
    let (bare_real, bare_path, warm, cold) = (median(bare_real), median(bare_path), median(warm), median(cold));
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("median of {ROUNDS} rounds, lc300 reference:");
    println!("  bare rustc -O (compiler binary)   {:7.1} ms", ms(bare_real));
    println!("  bare rustc -O (rustc on PATH)     {:7.1} ms", ms(bare_path));
    println!("  drill submit, warm cache          {:7.1} ms", ms(warm));
    println!("  drill submit, empty cache         {:7.1} ms", ms(cold));
    println!(
        "warm submit / bare rustc (binary)   {:.2}  (target <= 1.3)",
        ms(warm) / ms(bare_real)
    );
    println!("warm submit / bare rustc (PATH)     {:.2}", ms(warm) / ms(bare_path));
    println!("cold submit / bare rustc (binary)   {:.2}  (target <= 3)", ms(cold) / ms(bare_real));
}
