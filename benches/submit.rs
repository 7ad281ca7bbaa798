//! `cargo bench --bench submit`: what drill adds on top of one `rustc -O` of the user's file.
//!
//! Each round times, in interleaved order and for each problem's reference solution: a bare
//! `rustc -O --edition 2021` of the file with a trivial main (through the real compiler binary,
//! and through the `rustc` on PATH, usually rustup's proxy) and a warm `drill submit`; for lc300
//! also a cold one (empty cache: toolchain probe, prelude, tier inputs, reference calibration).
//! lc300 is the benchmark; lc200 has large hidden tiers (1000×1000 grids, 15 MB of input).
//! Medians and minimums over the rounds, and their ratios, are printed: the figures hold on a
//! noisy machine.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const ROUNDS: usize = 11;
const PROBLEMS: [&str; 2] = ["lc300", "lc200"];

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

/// Median and minimum, in milliseconds.
fn stats(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(v[v.len() / 2]), ms(v[0]))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = tempfile::tempdir().expect("temp dir");
    let sysroot = Command::new("rustc").args(["--print", "sysroot"]).output().expect("rustc on PATH");
    let real_rustc = PathBuf::from(String::from_utf8_lossy(&sysroot.stdout).trim()).join("bin/rustc");
    let solution = |id: &str| root.join("problems").join(id).join("reference.rs");
    let bare = |rustc: &Path, id: &str| {
        let src = work.path().join(format!("bare-{id}.rs"));
        let source = std::fs::read_to_string(solution(id)).expect("reference");
        std::fs::write(&src, format!("struct Solution;\n{source}\nfn main() {{}}\n")).expect("write the bare file");
        let mut c = Command::new(rustc);
        c.args(["-O", "--edition", "2021"])
            .arg(&src)
            .arg("-o")
            .arg(work.path().join(format!("bare-{id}")))
            .current_dir(work.path());
        c
    };
    let drill = |cache: &Path, id: &str| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_drill"));
        c.args(["submit", id, "--json", "--file"])
            .arg(solution(id))
            .env("DRILL_HOME", work.path())
            .env("DRILL_CACHE", cache);
        c
    };
    let warm_cache = work.path().join("warm-cache");
    for id in PROBLEMS {
        time(&mut drill(&warm_cache, id));
        time(&mut bare(&real_rustc, id));
    }

    let mut bare_real = vec![Vec::new(); PROBLEMS.len()];
    let mut warm = vec![Vec::new(); PROBLEMS.len()];
    let (mut bare_path, mut cold) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        for (p, id) in PROBLEMS.iter().enumerate() {
            bare_real[p].push(time(&mut bare(&real_rustc, id)));
            warm[p].push(time(&mut drill(&warm_cache, id)));
        }
        bare_path.push(time(&mut bare(Path::new("rustc"), "lc300")));
        let cold_cache = work.path().join(format!("cold-cache-{round}"));
        cold.push(time(&mut drill(&cold_cache, "lc300")));
    }

    println!("{ROUNDS} rounds; median (minimum) in ms");
    for (p, id) in PROBLEMS.iter().enumerate() {
        let ((bare_med, bare_min), (warm_med, warm_min)) = (stats(bare_real[p].clone()), stats(warm[p].clone()));
        println!("{id}: bare rustc -O {bare_med:.1} ({bare_min:.1}), warm drill submit {warm_med:.1} ({warm_min:.1})");
        println!(
            "  warm submit / bare rustc: {:.2} median, {:.2} minimum{}",
            warm_med / bare_med,
            warm_min / bare_min,
            if *id == "lc300" { "  (target <= 1.3)" } else { "" }
        );
    }
    let (bare_med, bare_min) = stats(bare_real[0].clone());
    let (path_med, _) = stats(bare_path);
    let (cold_med, cold_min) = stats(cold);
    println!(
        "lc300: bare through the rustc on PATH {path_med:.1}; warm submit / that {:.2}",
        stats(warm[0].clone()).0 / path_med
    );
    println!(
        "lc300: cold drill submit {cold_med:.1} ({cold_min:.1}); cold / bare rustc: {:.2} median, {:.2} minimum  (target <= 3)",
        cold_med / bare_med,
        cold_min / bare_min
    );
}
