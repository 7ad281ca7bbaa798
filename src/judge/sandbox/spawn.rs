//! Running one job: prepare its layers, start it, enforce the wall-clock limit, capture stdout,
//! stderr and the harness's result channel (fd 3) with caps, then kill whatever it left behind
//! (process group, cgroup, pid namespace) and say which layers were in force.
#![allow(unsafe_code)] // pre_exec: the child runs `Plan::apply`, which only makes system calls.

use super::child::CHANNEL_FD;
use super::landlock::Access;
use super::layers::{self, LayerState};
use super::prepare::{complete_states, prepare, Prepared};
use super::reaper;
use anyhow::{Context, Result};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::{pipe2, Pid};
use std::ffi::OsString;
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex, Once};
use std::time::{Duration, Instant};
use wait_timeout::ChildExt;

/// How long to wait for pipes to close after the process group is killed.
const DRAIN_GRACE: Duration = Duration::from_millis(500);
/// How long a cancelled job may take to leave its gate.
const CANCEL_GRACE: Duration = Duration::from_secs(5);

/// The only variables a job sees, besides what the job sets itself.
const PATH: &str = "/usr/local/bin:/usr/bin:/bin";

/// A job's time: the wall clock (then it is killed) and CPU seconds (RLIMIT_CPU).
#[derive(Debug, Clone, Copy)]
pub struct TimeLimits {
    pub wall: Duration,
    pub cpu_seconds: u64,
}

/// When a job's program starts.
pub enum Start {
    /// As soon as its sandbox is set up.
    Now(TimeLimits),
    /// The sandbox is set up at once and the program waits just before its exec until the
    /// gate's key opens with the time limits, or is dropped (the job is cancelled): the judge
    /// sets up a solution's sandbox while rustc is still compiling it.
    Gated(Gate),
}

/// The waiting side of a gate, see [`Start::Gated`]: the job's thread learns the time limits
/// from the channel, the program its CPU limit from the pipe.
pub struct Gate {
    limits: mpsc::Receiver<TimeLimits>,
    pipe: OwnedFd,
}

/// Opens a gate; dropping it unopened cancels the job (its program reads the pipe's end).
pub struct GateKey {
    limits: mpsc::Sender<TimeLimits>,
    pipe: OwnedFd,
}

impl GateKey {
    /// Starts the program. The key writes the gate's pipe itself, so that a submission's tiers
    /// start together: when each job's thread wrote its own, the second tier often started 2–3 ms
    /// after the first (the first program's start kept that thread from running).
    pub fn open(self, time: TimeLimits) {
        // A job that already ended (its sandbox failed) no longer listens.
        let _ = self.limits.send(time);
        let _ = File::from(self.pipe).write_all(&time.cpu_seconds.max(1).to_ne_bytes());
    }
}

pub fn gate() -> Result<(GateKey, Gate)> {
    let (tx, rx) = mpsc::channel();
    let (read, write) = pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("cannot create a gate pipe")?;
    Ok((
        GateKey { limits: tx, pipe: write },
        Gate {
            limits: rx,
            pipe: above_channel(read)?,
        },
    ))
}

/// `fd`, or a copy of it numbered above the result channel's descriptor: the program's side
/// of the channel is moved onto that number before the program reads its gate.
fn above_channel(fd: OwnedFd) -> Result<OwnedFd> {
    if fd.as_raw_fd() > CHANNEL_FD {
        return Ok(fd);
    }
    // SAFETY: fcntl on a descriptor this function owns; the copy is owned by the result.
    let copy = unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_DUPFD_CLOEXEC, CHANNEL_FD + 1) };
    if copy < 0 {
        return Err(std::io::Error::last_os_error()).context("cannot move a gate pipe");
    }
    // SAFETY: `copy` is a new descriptor nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(copy) })
}

#[derive(Debug, Clone)]
pub struct Limits {
    /// RLIMIT_AS in bytes: a backstop, the harness enforces the memory limit itself.
    pub address_space: Option<u64>,
    /// The cgroup's memory limit in bytes (where there is a cgroup).
    pub memory: Option<u64>,
    /// RLIMIT_DATA in bytes: each process's heap, where no cgroup bounds them all.
    pub data: Option<u64>,
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
    pub cgroup: CgroupUse,
    pub start: Start,
    /// Told (by being dropped) once the program has started or failed to.
    pub started: Option<mpsc::Sender<()>>,
}

/// When a job gets a cgroup of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CgroupUse {
    Always,
    /// Only when namespaces are off (the compiler: trusted code on untrusted input). Joining a
    /// cgroup v1 waits for an RCU grace period, 10–25 ms before the exec; the pid namespace
    /// already kills every process the job leaves, and RLIMIT_DATA bounds each one's memory.
    UnlessNamespaced,
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
    /// The CPU time of the program and everything it started, measured outside it (with a
    /// pid namespace only).
    pub cpu: Option<Duration>,
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
    // The program reads its CPU limit from this pipe when its gate opens.
    let gate_pipe = match &job.start {
        Start::Gated(gate) => Some(gate.pipe.as_raw_fd()),
        Start::Now(_) => None,
    };
    let limits = job.limits.clone();
    let Prepared { plan, cgroup, mut states } = prepare(&job, channel.as_ref().map(|(_, w)| w.as_raw_fd()), gate_pipe)?;
    let plan = Arc::new(plan);
    let in_child = plan.clone();
    // SAFETY: `Plan::apply` only makes async-signal-safe system calls on memory prepared here.
    unsafe {
        cmd.pre_exec(move || in_child.apply());
    }

    reaper::become_subreaper();
    let mut started = Instant::now();
    let spawned = reaper::spawn(&mut cmd);
    drop(cmd);
    let mut child = spawned.with_context(|| format!("failed to start {} ({})", job.label, job.program.display()))?;
    let pgid = Pid::from_raw(child.id() as i32);
    drop(job.started.take());
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

    let time = match job.start {
        Start::Now(time) => Some(time),
        Start::Gated(gate) => {
            drop(gate.pipe);
            // The key has written the pipe (or, dropped, closed it: the program exits at the gate).
            let time = gate.limits.recv().ok();
            started = Instant::now();
            time
        }
    };
    let waited = child
        .wait_timeout(time.map_or(CANCEL_GRACE, |t| t.wall))
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
    // Read only now: a gated program may have finished setting up its layers after the spawn.
    complete_states(&mut states, &plan, cgroup.as_ref());
    let cpu = plan.report.program_cpu();
    drop(plan);
    layers::record(&states);
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
    if time.is_none() {
        anyhow::bail!("{} was cancelled before it started", job.label);
    }
    let take = |c: &Capture| std::mem::take(&mut *c.lock().unwrap_or_else(|e| e.into_inner()));
    Ok(Finished {
        status,
        stdout: take(&captures[0]),
        stderr: take(&captures[1]),
        channel: captures.get(2).map(take).unwrap_or_default(),
        wall,
        cpu,
        layers: states,
    })
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
