//! Finding the Rust compiler: the real `rustc` behind rustup's proxy, its sysroot and version,
//! and how it links, remembered in the cache so a submission does not pay for asking each time.

use super::linker::{self, DirectLink};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::UNIX_EPOCH;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Toolchain {
    /// What identifies the `rustc` on PATH and rustup's choice of toolchain at the time.
    probe: String,
    /// The compiler binary itself (inside the sysroot when rustup manages it).
    pub rustc: PathBuf,
    /// `rustc --print sysroot`: everything the compiler reads of its own.
    pub sysroot: PathBuf,
    /// Directory of the target's `libstd-*.so`, baked into binaries as their rpath.
    pub target_libdir: PathBuf,
    /// `rustc -vV`'s release and commit, e.g. `1.95.0-59807616e1fa`.
    pub version: String,
    /// The full commit hash (what a prebuilt prelude must match).
    pub commit: String,
    pub linker: Linker,
}

/// How programs are linked.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Linker {
    /// rustc's default: through `cc`.
    Cc,
    /// `rust-lld` called by rustc (see `linker`).
    Direct(DirectLink),
}

impl Toolchain {
    /// The toolchain, from `cache/toolchain.json` when it still describes the `rustc` on PATH.
    pub fn locate(cache: &Path) -> Result<Toolchain> {
        let probe = probe()?;
        let file = cache.join("toolchain.json");
        if let Some(tc) = std::fs::read(&file).ok().and_then(|b| serde_json::from_slice::<Toolchain>(&b).ok()) {
            let linker_intact = match &tc.linker {
                Linker::Direct(link) => link.intact(),
                Linker::Cc => true,
            };
            if tc.probe == probe && tc.rustc.exists() && linker_intact {
                return Ok(tc);
            }
        }
        let tc = ask_rustc(probe)?;
        tc.store(cache)?;
        Ok(tc)
    }

    /// Links through `cc` from now on (until the toolchain changes): a direct link failed where
    /// `cc`'s succeeded.
    pub fn give_up_direct_link(&self, cache: &Path) -> Result<()> {
        Toolchain {
            linker: Linker::Cc,
            ..self.clone()
        }
        .store(cache)
    }

    fn store(&self, cache: &Path) -> Result<()> {
        crate::judge::build::write_atomically(&cache.join("toolchain.json"), &serde_json::to_vec(self)?)
    }
}

/// The command drill runs as rustc: `DRILL_RUSTC`, else `rustc` from PATH.
fn rustc_command() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("DRILL_RUSTC").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("rustc"))
        .find(|p| p.is_file())
        .context("rustc was not found on PATH; install Rust with rustup (https://rustup.rs)")
}

fn mtime(p: &Path) -> u128 {
    std::fs::metadata(p)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// Cheap facts that change when the compiler behind `rustc` changes: its path and mtime, and
/// rustup's override variable and settings file.
fn probe() -> Result<String> {
    let rustc = rustc_command()?;
    let rustup_home = std::env::var_os("RUSTUP_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".rustup")))
        .unwrap_or_default();
    Ok(format!(
        "{}|{}|{}|{}",
        rustc.display(),
        mtime(&rustc),
        std::env::var("RUSTUP_TOOLCHAIN").unwrap_or_default(),
        mtime(&rustup_home.join("settings.toml"))
    ))
}

fn ask_rustc(probe: String) -> Result<Toolchain> {
    let rustc = rustc_command()?;
    let run = |args: &[&str]| -> Result<String> {
        let out = Command::new(&rustc)
            .args(args)
            .current_dir("/")
            .output()
            .with_context(|| format!("failed to run {} {}", rustc.display(), args.join(" ")))?;
        if !out.status.success() {
            bail!(
                "{} {} failed: {}",
                rustc.display(),
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    // Three questions, asked at once (`-vV` ignores `--print`).
    let (verbose, paths, cc_additions) = std::thread::scope(|s| {
        let paths = s.spawn(|| run(&["--print", "sysroot", "--print", "target-libdir"]));
        let cc_additions = s.spawn(linker::cc_additions);
        (
            run(&["-vV"]),
            paths.join().expect("rustc probe thread panicked"),
            cc_additions.join().expect("cc probe thread panicked"),
        )
    });
    let (verbose, paths) = (verbose?, paths?);
    let field = |name: &str| {
        verbose
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or("unknown")
            .to_string()
    };
    let commit = field("commit-hash:");
    let version = format!("{}-{}", field("release:"), &commit[..commit.len().min(12)]);
    let mut lines = paths.lines();
    let (Some(sysroot), Some(target_libdir)) = (lines.next(), lines.next()) else {
        bail!("{} --print sysroot --print target-libdir printed {paths:?}", rustc.display());
    };
    let real = PathBuf::from(sysroot).join("bin").join("rustc");
    let target_libdir = PathBuf::from(target_libdir);
    let linker = cc_additions
        .and_then(|args| DirectLink::new(&target_libdir, args))
        .map_or(Linker::Cc, Linker::Direct);
    Ok(Toolchain {
        probe,
        rustc: if real.is_file() { real } else { rustc },
        sysroot: PathBuf::from(sysroot),
        target_libdir,
        version,
        commit,
        linker,
    })
}
