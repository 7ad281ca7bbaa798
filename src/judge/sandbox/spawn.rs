//! Running one job: prepare its layers, start it, enforce the wall-clock limit, capture stdout,
//! stderr and the harness's result channel (fd 3) with caps, then kill whatever it left behind
//! (process group, cgroup, pid namespace) and say which layers were in force.
#![allow(unsafe_code)] // pre_exec: the child runs `Plan::apply`, which only makes system calls.

use super::cgroup::Cgroup;
use super::child::{Applied, Plan, SharedReport};
use super::landlock::{self, Access};
use super::layers::{self, Layer, LayerState};
use super::reaper;
use super::seccomp;
use anyhow::{Context, Result};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::{pipe2, Pid};
use std::ffi::OsString;
use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex, Once};
use std::time::{Duration, Instant};
use wait_timeout::ChildExt;

/// How long to wait for pipes to close after the process group is killed.
const DRAIN_GRACE: Duration = Duration::from_millis(500);

/// The only variables a job sees, besides what the job sets itself.
const PATH: &str = "/usr/local/bin:/usr/bin:/bin";

#[derive(Debug, Clone)]
pub struct Limits {
    pub wall: Duration,
    pub cpu_seconds: u64,
    /// RLIMIT_AS in bytes: a backstop, the harness enforces the memory limit itself.
    pub address_space: Option<u64>,
    /// The cgroup's memory limit in bytes (where there is a cgroup).
    pub memory: Option<u64>,
    /// Most tasks (processes and threads) at once: cgroup `pids.max`, else RLIMIT_NPROC.
    pub processes: u64,
    /// RLIMIT_FSIZE: largest file the process may write.
    pub file_size: u64,
    pub open_files: u64,
    pub stdout_cap: usize,
    pub stderr_cap: usize,
    /// Kill the process as soon as stdout passes its cap (Output Limit Exceeded).
    pub kill_on_stdout_overflow: bool,
    /// Kill the process as soon as stderr passes its cap (a compiler's flood of errors).
    pub kill_on_stderr_overflow: bool,
}

/// A process to run.
pub struct Job {
    /// Label for error messages, e.g. "rustc".
    pub label: &'static str,
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub cwd: PathBuf,
    /// Set on top of PATH; nothing else of drill's environment is passed on.
    pub env: Vec<(&'static str, OsString)>,
    /// Becomes stdin; otherwise stdin is /dev/null.
    pub stdin: Option<File>,
    /// Open fd 3 as the result channel.
    pub channel: bool,
    /// What the process may read and write (Landlock).
    pub access: Access,
    pub limits: Limits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Exited(i32),
    Signaled(i32),
    /// Killed at the wall-clock limit.
    TimedOut,
    /// Killed because stdout (or stderr, where asked) passed its cap.
    OutputExceeded,
    /// Killed by the kernel at the cgroup's memory limit.
    MemoryExceeded,
}

#[derive(Debug)]
pub struct Finished {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub channel: Vec<u8>,
    pub wall: Duration,
    /// Each layer and whether it was in force for this process.
    pub layers: Vec<LayerState>,
}

/// A pipe's captured bytes, shared with the thread that drains it.
type Capture = Arc<Mutex<Vec<u8>>>;

/// System libraries and devices every dynamically linked program needs to read.
pub fn system_libraries() -> Vec<PathBuf> {
    [
        "/lib",
        "/lib64",
        "/usr/lib",
        "/usr/lib64",
        "/etc/ld.so.cache",
        "/dev/null",
        "/dev/zero",
        "/dev/urandom",
    ]
    .into_iter()
    .map(PathBuf::from)
    .collect()
}

pub fn run(mut job: Job) -> Result<Finished> {
    static NOT_DUMPABLE: Once = Once::new();
    // drill's memory holds the hidden tests: no process of the same user may read it through
    // ptrace or /proc/<pid>/mem, whatever the other layers allow.
    NOT_DUMPABLE.call_once(|| {
        // SAFETY: a prctl on this process only.
        unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) };
    });

    let mut cmd = Command::new(&job.program);
    cmd.args(&job.args).current_dir(&job.cwd).env_clear().env("PATH", PATH);
    for (k, v) in &job.env {
        cmd.env(k, v);
    }
    cmd.stdin(match job.stdin.take() {
        Some(f) => Stdio::from(f),
        None => Stdio::null(),
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());

    let channel = if job.channel {
        Some(pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("cannot create the result pipe")?)
    } else {
        None
    };
    let limits = job.limits.clone();
    let (plan, mut states) = prepare(&job, channel.as_ref().map(|(_, w)| w.as_raw_fd()))?;
    let cgroup = plan.1;
    let plan = Arc::new(plan.0);
    let in_child = plan.clone();
    // SAFETY: `Plan::apply` only makes async-signal-safe system calls on memory prepared here.
    unsafe {
        cmd.pre_exec(move || in_child.apply());
    }

    reaper::become_subreaper();
    let started = Instant::now();
    let spawned = reaper::spawn(&mut cmd);
    drop(cmd);
    let mut child = spawned.with_context(|| format!("failed to start {} ({})", job.label, job.program.display()))?;
    let pgid = Pid::from_raw(child.id() as i32);
    complete_states(&mut states, &plan, cgroup.as_ref());
    drop(plan);
    layers::record(&states);
    let channel_read: Option<OwnedFd> = channel.map(|(r, w)| {
        drop(w);
        r
    });

    let overflowed = Arc::new(AtomicBool::new(false));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let mut captures: Vec<Capture> = Vec::new();
    let mut readers = 0;
    let mut drain = |source: Box<dyn Read + Send>, cap: usize, kill_on_overflow: bool| {
        let capture: Capture = Arc::default();
        captures.push(capture.clone());
        let (done, overflowed) = (done_tx.clone(), overflowed.clone());
        readers += 1;
        std::thread::spawn(move || {
            drain_pipe(source, &capture, cap, || {
                if kill_on_overflow {
                    overflowed.store(true, Ordering::SeqCst);
                    let _ = killpg(pgid, Signal::SIGKILL);
                }
            });
            let _ = done.send(());
        });
    };
    drain(
        Box::new(child.stdout.take().expect("piped stdout")),
        limits.stdout_cap,
        limits.kill_on_stdout_overflow,
    );
    drain(
        Box::new(child.stderr.take().expect("piped stderr")),
        limits.stderr_cap,
        limits.kill_on_stderr_overflow,
    );
    if let Some(fd) = channel_read {
        drain(Box::new(File::from(fd)), 256 << 20, true);
    }
    drop(done_tx);

    let waited = child
        .wait_timeout(limits.wall)
        .with_context(|| format!("failed to wait for {}", job.label))?;
    let exit = match waited {
        Some(status) => Some(status),
        None => {
            let _ = killpg(pgid, Signal::SIGKILL);
            child.wait().ok();
            None
        }
    };
    let wall = started.elapsed();
    reaper::finished(pgid.as_raw());
    // Whatever the program left behind dies now: its process group, its cgroup (which also
    // holds processes that started their own session), and the orphans reparented to drill.
    let _ = killpg(pgid, Signal::SIGKILL);
    let oom = cgroup.as_ref().is_some_and(|c| {
        c.kill_all();
        c.oom_killed()
    });
    drop(cgroup);
    reaper::kill_orphans();
    let deadline = Instant::now() + DRAIN_GRACE;
    for _ in 0..readers {
        if done_rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).is_err() {
            break;
        }
    }

    // The kernel's OOM kill is the cause even when the wall clock ran out while it happened.
    let status = if overflowed.load(Ordering::SeqCst) {
        Status::OutputExceeded
    } else if oom && exit.is_none_or(|s| s.signal().is_some()) {
        Status::MemoryExceeded
    } else {
        match exit {
            None => Status::TimedOut,
            Some(s) => match (s.code(), s.signal()) {
                (Some(code), _) => Status::Exited(code),
                (None, Some(sig)) => Status::Signaled(sig),
                (None, None) => Status::Signaled(0),
            },
        }
    };
    let take = |c: &Capture| std::mem::take(&mut *c.lock().unwrap_or_else(|e| e.into_inner()));
    Ok(Finished {
        status,
        stdout: take(&captures[0]),
        stderr: take(&captures[1]),
        channel: captures.get(2).map(take).unwrap_or_default(),
        wall,
        layers: states,
    })
}

/// Prepares every layer in the parent. Returns the child's plan, the cgroup, and the states of
/// the layers that are already decided (unavailable before the fork).
#[allow(clippy::type_complexity)]
fn prepare(job: &Job, channel: Option<i32>) -> Result<((Plan, Option<Cgroup>), Vec<LayerState>)> {
    let limits = &job.limits;
    let mut states = Vec::new();
    let mut state = |layer, active, detail: String| states.push(LayerState { layer, active, detail });

    const DISABLED: &str = "disabled by DRILL_SANDBOX_DISABLE";
    let cgroup = match if layers::disabled(Layer::Cgroup) {
        Err(DISABLED.to_string())
    } else {
        Cgroup::create(limits.processes, limits.memory)
    } {
        Ok(c) => Some(c),
        Err(why) => {
            state(Layer::Cgroup, false, why);
            None
        }
    };
    let landlock = match if layers::disabled(Layer::Landlock) {
        Err(DISABLED.to_string())
    } else {
        landlock::prepare(&job.access)
    } {
        Ok(Some(p)) => Some(p),
        Ok(None) => {
            state(Layer::Landlock, false, landlock::kernel_abi().err().unwrap_or_default());
            None
        }
        Err(why) => {
            state(Layer::Landlock, false, why);
            None
        }
    };
    let seccomp = match if layers::disabled(Layer::Seccomp) {
        Err(DISABLED.to_string())
    } else {
        seccomp::program()
    } {
        Ok(p) => Some(p),
        Err(why) => {
            state(Layer::Seccomp, false, why);
            None
        }
    };
    let names: Vec<&str> = std::iter::once("PATH").chain(job.env.iter().map(|(k, _)| *k)).collect();
    state(Layer::CleanEnv, true, format!("only {}", names.join(", ")));

    let mut rlimits = vec![
        (libc::RLIMIT_CPU, limits.cpu_seconds),
        (libc::RLIMIT_CORE, 0),
        (libc::RLIMIT_FSIZE, limits.file_size),
        (libc::RLIMIT_NOFILE, limits.open_files),
    ];
    if let Some(bytes) = limits.address_space {
        rlimits.push((libc::RLIMIT_AS, bytes));
    }
    // SAFETY: geteuid cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    let plan = Plan {
        rlimits,
        processes_in_namespace: limits.processes,
        processes_shared: (!root).then(|| user_tasks() + limits.processes),

        cgroup_procs: cgroup.as_ref().map(Cgroup::procs_files).unwrap_or_default(),
        namespaces: !layers::disabled(Layer::Namespaces),
        proc_self_access: landlock.as_ref().map_or(0, |l| l.proc_self_access),
        landlock: landlock.map(|l| l.ruleset),
        seccomp,
        channel,
        report: SharedReport::new().context("cannot map the sandbox report page")?,
    };
    Ok(((plan, cgroup), states))
}

/// Adds what the child reported for the layers it set up.
fn complete_states(states: &mut Vec<LayerState>, plan: &Plan, cgroup: Option<&Cgroup>) {
    let decided: Vec<Layer> = states.iter().map(|s| s.layer).collect();
    // SAFETY: geteuid cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    for layer in Layer::ALL.into_iter().filter(|l| !decided.contains(l)) {
        let (applied, errno) = plan.report.get(layer);
        let error = std::io::Error::from_raw_os_error(errno);
        let (active, detail) = match (layer, applied) {
            (Layer::Namespaces, Applied::NotTried) if layers::disabled(layer) => (false, "disabled by DRILL_SANDBOX_DISABLE".into()),
            (_, Applied::NotTried) => (false, "not reached in the child".to_string()),
            (_, Applied::Failed) => (false, format!("failed: {error}")),
            (Layer::Rlimits, _) => {
                let namespaced = plan.report.get(Layer::Namespaces).0 == Applied::Active;
                let nproc = match (namespaced, root) {
                    (true, false) => "RLIMIT_NPROC counts this sandbox's processes only (own user namespace)",
                    (false, false) => "RLIMIT_NPROC counts all of the user's processes",
                    (_, true) => "RLIMIT_NPROC does not bind root: only a cgroup limits processes",
                };
                (true, format!("CPU, address space, file size, open files, no core dumps; {nproc}"))
            }
            (Layer::ProcessGroup, _) => (
                true,
                "setsid; group killed at the end; killed if drill dies; drill not dumpable".into(),
            ),
            (Layer::Cgroup, _) => (true, cgroup.map(|c| c.description.clone()).unwrap_or_default()),
            (Layer::Namespaces, Applied::Partial) => (true, format!("pid + network only (no user namespace: {error})")),
            (Layer::Namespaces, _) => (true, "user + pid + network".into()),
            (Layer::Landlock, Applied::Partial) => (true, "without /proc/self (memory is not measured)".into()),
            (Layer::Landlock, _) => (true, format!("ABI {}", landlock::kernel_abi().unwrap_or(0))),
            (_, _) => (true, "active".into()),
        };
        states.push(LayerState { layer, active, detail });
    }
    states.sort_by_key(|s| s.layer);
}

/// The number of tasks (threads included) the current user runs, counted once per drill run:
/// RLIMIT_NPROC counts them all when there is no user namespace to count the sandbox's alone.
fn user_tasks() -> u64 {
    static COUNT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *COUNT.get_or_init(count_user_tasks)
}

fn count_user_tasks() -> u64 {
    // SAFETY: geteuid cannot fail.
    let uid = unsafe { libc::geteuid() };
    let Ok(entries) = std::fs::read_dir("/proc") else { return 0 };
    entries
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())))
        .filter(|e| e.metadata().is_ok_and(|m| m.uid() == uid))
        .filter_map(|e| std::fs::read_to_string(e.path().join("status")).ok())
        .map(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Threads:"))
                .and_then(|n| n.trim().parse::<u64>().ok())
                .unwrap_or(1)
        })
        .sum()
}

/// Reads a pipe to its end, keeping at most `cap` bytes; calls `on_overflow` once when passed.
fn drain_pipe(mut source: Box<dyn Read + Send>, capture: &Capture, cap: usize, on_overflow: impl Fn()) {
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0usize;
    let mut signalled = false;
    loop {
        match source.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => {
                let keep = n.min(cap.saturating_sub(total));
                capture.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(&buf[..keep]);
                total += n;
                if total > cap && !signalled {
                    signalled = true;
                    on_overflow();
                }
            }
        }
    }
}
