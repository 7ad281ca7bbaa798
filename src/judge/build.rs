//! Compiling: the runtime crates (the harness prelude and `rand`) once per toolchain (cached,
//! under a file lock), then each program with a single `rustc -O` run linked against them.

use super::rustc_flags::RUSTC_FLAGS;
use super::sandbox::{self, Access, CgroupUse, Job, Limits, Start, Status, TimeLimits};
use super::toolchain::{Linker, Toolchain};
use anyhow::{Context, Result};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, OnceLock};
use std::time::Duration;

/// A crate every program is linked against (`--extern`), compiled once per toolchain.
struct Runtime {
    name: &'static str,
    source: &'static str,
    /// As compiled by build.rs with the compiler that built drill (empty if it could not).
    prebuilt: &'static [u8],
}

/// The harness prelude, and the `rand` crate as LeetCode offers it: a crate of its own, so that
/// `extern crate rand;` and `::rand::…` resolve as there.
const RUNTIME: [Runtime; 2] = [
    Runtime {
        name: "drill_prelude",
        source: include_str!("../../templates/prelude.rs"),
        prebuilt: include_bytes!(concat!(env!("OUT_DIR"), "/libdrill_prelude.rlib")),
    },
    Runtime {
        name: "rand",
        source: include_str!("../../templates/rand.rs"),
        prebuilt: include_bytes!(concat!(env!("OUT_DIR"), "/librand.rlib")),
    },
];
/// The commit hash of the compiler that built drill and the prebuilt crates (empty if build.rs
/// could not compile them).
const PREBUILT_FOR_COMMIT: &str = include_str!(concat!(env!("OUT_DIR"), "/prelude-rustc-version.txt"));

/// Most compiler output kept for a Compile Error report; past it the compiler is stopped.
const COMPILER_OUTPUT_CAP: usize = 64 * 1024;
/// How long a compile may take, unless `DRILL_COMPILE_TIMEOUT_SECS` says otherwise.
const COMPILE_TIMEOUT: Duration = Duration::from_secs(60);
/// The compiler's memory: the cgroup's limit where there is one, else each process's heap
/// (RLIMIT_DATA); address space always.
const COMPILE_MEMORY: u64 = 2 << 30;
const COMPILE_ADDRESS_SPACE: u64 = 8 << 30;
/// Tasks (threads included) of rustc and the linker.
const COMPILE_TASKS: u64 = 256;
/// What rustc's allocator (jemalloc) reads at start. Unable to read the overcommit policy, it
/// commits and decommits its pages with extra `mmap` calls: ~900 more in one compile, which
/// then took ~14 ms (10%) longer.
const ALLOCATOR_SETTINGS: [&str; 2] = ["/proc/sys/vm/overcommit_memory", "/sys/kernel/mm/transparent_hugepage/enabled"];

/// The cached runtime crates and everything derived from this toolchain and drill version.
pub struct BuildCache {
    pub toolchain: Toolchain,
    /// The cache's root, holding `toolchain.json`.
    root: PathBuf,
    /// `cache/build-<rustc>-<drill>-<runtime sources' hash>/`, holding `lib<crate>.rlib` for
    /// each runtime crate.
    pub dir: PathBuf,
}

impl BuildCache {
    /// Locates the toolchain and makes sure the runtime crates are compiled.
    pub fn open(cache_root: &Path) -> Result<BuildCache> {
        let toolchain = Toolchain::locate(cache_root)?;
        let dir = cache_root.join(format!(
            "build-{}-{}-{:016x}",
            toolchain.version,
            env!("CARGO_PKG_VERSION"),
            fnv1a(RUNTIME.map(|c| c.source).concat().as_bytes())
        ));
        std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let cache = BuildCache {
            toolchain,
            root: cache_root.to_path_buf(),
            dir,
        };
        cache.ensure_runtime()?;
        Ok(cache)
    }

    fn rlib(&self, name: &str) -> PathBuf {
        self.dir.join(format!("lib{name}.rlib"))
    }

    /// `runtime.ok` holds each rlib's name and [`fingerprint`]: an rlib changed in any way since
    /// it was stored is rebuilt instead of turning every submission into a Compile Error.
    fn runtime_marker(&self) -> Option<String> {
        RUNTIME
            .iter()
            .map(|c| Some(format!("{} {}\n", c.name, fingerprint(&std::fs::metadata(self.rlib(c.name)).ok()?))))
            .collect()
    }

    fn runtime_intact(&self) -> bool {
        std::fs::read_to_string(self.dir.join("runtime.ok")).is_ok_and(|marker| Some(marker) == self.runtime_marker())
    }

    fn ensure_runtime(&self) -> Result<()> {
        if self.runtime_intact() {
            return Ok(());
        }
        let lock = std::fs::File::create(self.dir.join(".lock")).context("cannot create the build cache lock")?;
        lock.lock().context("cannot lock the build cache")?;
        if self.runtime_intact() {
            return Ok(());
        }
        let prebuilt = !PREBUILT_FOR_COMMIT.is_empty() && self.toolchain.commit == PREBUILT_FOR_COMMIT;
        for runtime in &RUNTIME {
            if prebuilt {
                write_atomically(&self.rlib(runtime.name), runtime.prebuilt)?;
            } else {
                self.compile_runtime(runtime)?;
            }
        }
        let marker = self.runtime_marker().context("cannot read the compiled runtime crates")?;
        write_atomically(&self.dir.join("runtime.ok"), marker.as_bytes())
    }

    fn compile_runtime(&self, runtime: &Runtime) -> Result<()> {
        let work = tempfile::Builder::new()
            .prefix(".runtime-")
            .tempdir_in(&self.dir)
            .context("cannot create a temp dir in the build cache")?;
        let src = work.path().join(format!("{}.rs", runtime.name));
        std::fs::write(&src, runtime.source).with_context(|| format!("cannot write the source of {}", runtime.name))?;
        let out = work.path().join(format!("lib{}.rlib", runtime.name));
        let mut args = self.common_args();
        args.extend(["--crate-type", "rlib", "--crate-name", runtime.name, "-C", "embed-bitcode=no"].map(OsString::from));
        args.extend([src.into_os_string(), "-o".into(), out.clone().into_os_string()]);
        if let Err(errors) = self.rustc(args, work.path(), None)? {
            anyhow::bail!(
                "the runtime crate {} failed to compile with {}: {errors}",
                runtime.name,
                self.toolchain.version
            );
        }
        std::fs::rename(&out, self.rlib(runtime.name)).with_context(|| format!("cannot store the compiled {}", runtime.name))
    }

    fn common_args(&self) -> Vec<OsString> {
        RUSTC_FLAGS.iter().map(OsString::from).collect()
    }

    /// Compiles `main` (in `dir`) into [`binary_path`]. `Ok(Err(messages))` is a Compile Error;
    /// `remap` rewrites a file path in the messages (the temp copy to the user's own path).
    /// `started` is dropped once rustc has started. A direct link that fails is tried again
    /// through `cc`; if that links, `cc` it is from then on.
    pub fn compile(
        &self,
        dir: &Path,
        main: &Path,
        remap: Option<(&Path, &Path)>,
        started: Option<mpsc::Sender<()>>,
    ) -> Result<Result<PathBuf, String>> {
        let binary = binary_path(dir)?;
        let args = |linker: &Linker| {
            let mut args = self.common_args();
            match linker {
                Linker::Direct(link) => args.extend(link.rustc_args(&self.toolchain.target_libdir)),
                Linker::Cc => {
                    let mut rpath = OsString::from("link-arg=-Wl,-rpath,");
                    rpath.push(&self.toolchain.target_libdir);
                    args.extend(["-C".into(), rpath]);
                }
            }
            for runtime in &RUNTIME {
                let mut extern_arg = OsString::from(format!("{}=", runtime.name));
                extern_arg.push(self.rlib(runtime.name));
                args.extend(["--extern".into(), extern_arg]);
            }
            args.extend(["--crate-name".into(), "solution".into()]);
            if let Some((from, to)) = remap {
                let mut m = from.as_os_str().to_owned();
                m.push("=");
                m.push(to);
                args.extend(["--remap-path-prefix".into(), m]);
            }
            args.extend([main.as_os_str().to_owned(), "-o".into(), binary.clone().into_os_string()]);
            args
        };
        let compiled = self.rustc(args(&self.toolchain.linker), dir, started)?;
        if let (Linker::Direct(_), Err(errors)) = (&self.toolchain.linker, &compiled) {
            if errors.contains("error: linking with `") {
                let through_cc = self.rustc(args(&Linker::Cc), dir, None)?;
                if through_cc.is_ok() {
                    self.toolchain.give_up_direct_link(&self.root)?;
                }
                return Ok(through_cc.map(|()| binary));
            }
        }
        Ok(compiled.map(|()| binary))
    }

    /// Runs rustc under the compile limits: wall time, memory, output; reading only the
    /// toolchain, system libraries, the runtime crates and `cwd`, writing only `cwd`.
    fn rustc(&self, args: Vec<OsString>, cwd: &Path, started: Option<mpsc::Sender<()>>) -> Result<Result<(), String>> {
        let timeout = compile_timeout();
        let mut read = vec![self.toolchain.sysroot.clone(), PathBuf::from("/usr/libexec")];
        read.extend(RUNTIME.iter().map(|c| self.rlib(c.name)));
        read.extend(sandbox::system_libraries());
        read.extend(["/etc/ld.so.conf", "/etc/ld.so.conf.d"].map(PathBuf::from));
        read.extend(ALLOCATOR_SETTINGS.map(PathBuf::from));
        // The linker driver and the system linker, found on PATH by rustc and the driver.
        read.extend(["cc", "ld"].iter().filter_map(|tool| find_on_path(tool)));
        if let Linker::Direct(link) = &self.toolchain.linker {
            read.extend(link.reads());
        }
        let job = Job {
            label: "rustc",
            program: self.toolchain.rustc.clone(),
            args,
            cwd: cwd.to_path_buf(),
            env: vec![("HOME", cwd.as_os_str().to_owned()), ("TMPDIR", cwd.as_os_str().to_owned())],
            stdin: None,
            channel: false,
            access: Access {
                read,
                write: vec![cwd.to_path_buf()],
                write_files: Vec::new(),
                proc_self: true,
            },
            limits: Limits {
                address_space: Some(COMPILE_ADDRESS_SPACE),
                memory: Some(COMPILE_MEMORY),
                data: Some(COMPILE_MEMORY),
                processes: COMPILE_TASKS,
                file_size: 512 << 20,
                open_files: 1024,
                stdout_cap: COMPILER_OUTPUT_CAP,
                stderr_cap: COMPILER_OUTPUT_CAP,
                kill_on_stdout_overflow: true,
                kill_on_stderr_overflow: true,
            },
            cgroup: CgroupUse::UnlessNamespaced,
            start: Start::Now(TimeLimits {
                wall: timeout,
                cpu_seconds: 2 * timeout.as_secs().max(1),
            }),
            started,
        };
        let done = sandbox::run(job)?;
        let mut text = String::from_utf8_lossy(&done.stderr).into_owned();
        Ok(match done.status {
            Status::Exited(0) => Ok(()),
            Status::TimedOut => Err(format!(
                "compilation took longer than {} s and was stopped (a const-eval or macro loop?)",
                timeout.as_secs_f64()
            )),
            Status::OutputExceeded => {
                text.push_str("\n… (compiler output truncated at 64 KiB; the compiler was stopped)");
                Err(text)
            }
            // Killed by the cgroup, or refused memory by RLIMIT_DATA (rustc then aborts with
            // "memory allocation of N bytes failed" and a backtrace).
            Status::MemoryExceeded => Err(memory_exceeded()),
            Status::Signaled(_) if text.contains("memory allocation of ") => Err(memory_exceeded()),
            Status::Signaled(sig) if text.trim().is_empty() => {
                Err(format!("the compiler was killed by signal {sig} (out of memory or time?)"))
            }
            _ => Err(text),
        })
    }
}

fn memory_exceeded() -> String {
    format!(
        "the compiler used more than {} MiB and was stopped (a macro explosion?)",
        COMPILE_MEMORY >> 20
    )
}

/// A stored file's length, inode, and modification and change times (ns). A write in place, even
/// at the same size, moves both times (the change time cannot be set back), and a replacement
/// is a new inode; a copy of the cache is rebuilt once. Only the metadata the check reads
/// anyway: reading and hashing the rlib took ~2 ms of every submit.
fn fingerprint(meta: &std::fs::Metadata) -> String {
    use std::os::unix::fs::MetadataExt;
    format!(
        "{} {} {}.{:09} {}.{:09}",
        meta.len(),
        meta.ino(),
        meta.mtime(),
        meta.mtime_nsec(),
        meta.ctime(),
        meta.ctime_nsec()
    )
}

/// A fresh build dir `drill-<pid>-<purpose>-…`, removed when dropped. It lives on `/dev/shm` when
/// that is a tmpfs drill may write to and execute from (unless `TMPDIR` names a place): a build
/// dir is written, run and deleted within one submission, and on a disk (ext4 mounted with
/// `discard`) deleting it alone took 3–10 ms. The dirs of drills that were killed before they
/// could clean up (Ctrl-C, `kill -9`) are removed by the next one.
pub fn work_dir(purpose: &str) -> Result<tempfile::TempDir> {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    let root = ROOT.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        let usable = std::env::var_os("TMPDIR").is_none()
            && nix::sys::statvfs::statvfs(shm).is_ok_and(|fs| !fs.flags().contains(nix::sys::statvfs::FsFlags::ST_NOEXEC))
            && nix::unistd::access(shm, nix::unistd::AccessFlags::W_OK | nix::unistd::AccessFlags::X_OK).is_ok();
        let root = if usable { shm.to_path_buf() } else { std::env::temp_dir() };
        remove_abandoned(&root);
        root
    });
    tempfile::Builder::new()
        .prefix(&format!("drill-{}-{purpose}-", std::process::id()))
        .tempdir_in(root)
        .with_context(|| format!("cannot create a temp dir in {}", root.display()))
}

/// Removes the build dirs in `root` whose drill process is gone.
fn remove_abandoned(root: &Path) {
    for dir in sandbox::abandoned(root) {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Where [`BuildCache::compile`] puts the program built in `dir`: a directory of its own, the
/// only part of the build dir a run may read.
pub fn binary_path(dir: &Path) -> Result<PathBuf> {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).with_context(|| format!("cannot create {}", bin.display()))?;
    Ok(bin.join("solution"))
}

/// The compile wall-clock limit: `DRILL_COMPILE_TIMEOUT_SECS` (seconds, may be fractional) or a minute.
fn compile_timeout() -> Duration {
    std::env::var("DRILL_COMPILE_TIMEOUT_SECS")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .map_or(COMPILE_TIMEOUT, Duration::from_secs_f64)
}

/// A program on the sandbox's PATH, with symlinks resolved (Landlock rules name the file itself).
fn find_on_path(name: &str) -> Option<PathBuf> {
    ["/usr/local/bin", "/usr/bin", "/bin"]
        .iter()
        .map(|dir| Path::new(dir).join(name))
        .find(|p| p.is_file())
        .and_then(|p| std::fs::canonicalize(p).ok())
}

/// Writes a file so that readers see the old or the new content, never a torn one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().context("cache path has no parent")?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| format!("cannot write in {}", dir.display()))?;
    std::io::Write::write_all(&mut tmp, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// FNV-1a: a stable content hash for cache keys (not for security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ *b as u64).wrapping_mul(0x0100_0000_01b3))
}
