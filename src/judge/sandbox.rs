//! The one place drill starts processes (the compiler and solutions): own session and process
//! group (killed as a whole), rlimits, a clean environment, a wall-clock timeout, and capped
//! capture of stdout, stderr and the harness's result channel (fd 3).
#![allow(unsafe_code)] // pre_exec: only async-signal-safe calls between fork and exec.

use anyhow::{Context, Result};
use nix::sys::resource::{setrlimit, Resource};
use nix::sys::signal::{killpg, Signal};
use nix::unistd::{dup2, pipe2, setsid, Pid};
use std::ffi::OsString;
use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};
use wait_timeout::ChildExt;

/// The file descriptor on which the harness writes its results.
const CHANNEL_FD: i32 = 3;

/// How long to wait for pipes to close after the process group is killed.
const DRAIN_GRACE: Duration = Duration::from_millis(500);

#[derive(Debug, Clone)]
pub struct Limits {
    pub wall: Duration,
    pub cpu_seconds: u64,
    /// RLIMIT_AS in bytes: a backstop, the harness enforces the memory limit itself.
    pub address_space: Option<u64>,
    /// RLIMIT_FSIZE: largest file the process may write.
    pub file_size: u64,
    pub open_files: u64,
    pub stdout_cap: usize,
    pub stderr_cap: usize,
    /// Kill the process as soon as stdout passes its cap (Output Limit Exceeded).
    pub kill_on_stdout_overflow: bool,
}

/// A process to run.
pub struct Job {
    /// Label for error messages, e.g. "rustc".
    pub label: &'static str,
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub cwd: PathBuf,
    pub env: Vec<(&'static str, OsString)>,
    /// Becomes stdin; otherwise stdin is /dev/null.
    pub stdin: Option<File>,
    /// Open fd 3 as the result channel.
    pub channel: bool,
    pub limits: Limits,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Exited(i32),
    Signaled(i32),
    /// Killed at the wall-clock limit.
    TimedOut,
    /// Killed because stdout passed its cap.
    OutputExceeded,
}

#[derive(Debug)]
pub struct Finished {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub channel: Vec<u8>,
    pub wall: Duration,
}

/// A pipe's captured bytes, shared with the thread that drains it.
type Capture = Arc<Mutex<Vec<u8>>>;

pub fn run(job: Job) -> Result<Finished> {
    let mut cmd = Command::new(&job.program);
    cmd.args(&job.args)
        .current_dir(&job.cwd)
        .env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin");
    for (k, v) in &job.env {
        cmd.env(k, v);
    }
    cmd.stdin(match job.stdin {
        Some(f) => Stdio::from(f),
        None => Stdio::null(),
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());

    let channel = if job.channel {
        Some(pipe2(nix::fcntl::OFlag::O_CLOEXEC).context("cannot create the result pipe")?)
    } else {
        None
    };
    let channel_write = channel.as_ref().map(|(_, w)| w.as_raw_fd());
    let limits = job.limits.clone();
    // SAFETY: the closure runs in the child between fork and exec and only makes
    // async-signal-safe system calls (setsid, setrlimit, dup2, fcntl); it does not allocate.
    unsafe {
        cmd.pre_exec(move || {
            setsid()?;
            setrlimit(Resource::RLIMIT_CPU, limits.cpu_seconds, limits.cpu_seconds + 1)?;
            setrlimit(Resource::RLIMIT_CORE, 0, 0)?;
            setrlimit(Resource::RLIMIT_FSIZE, limits.file_size, limits.file_size)?;
            setrlimit(Resource::RLIMIT_NOFILE, limits.open_files, limits.open_files)?;
            if let Some(bytes) = limits.address_space {
                setrlimit(Resource::RLIMIT_AS, bytes, bytes)?;
            }
            if let Some(fd) = channel_write {
                if fd == CHANNEL_FD {
                    nix::fcntl::fcntl(fd, nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty()))?;
                } else {
                    dup2(fd, CHANNEL_FD)?;
                }
            }
            Ok(())
        });
    }

    let started = Instant::now();
    let mut child = cmd
        .spawn()
        .with_context(|| format!("failed to start {} ({})", job.label, job.program.display()))?;
    let pgid = Pid::from_raw(child.id() as i32);
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
        job.limits.stdout_cap,
        job.limits.kill_on_stdout_overflow,
    );
    drain(Box::new(child.stderr.take().expect("piped stderr")), job.limits.stderr_cap, false);
    if let Some(fd) = channel_read {
        drain(Box::new(File::from(fd)), 256 << 20, true);
    }
    drop(done_tx);

    let waited = child
        .wait_timeout(job.limits.wall)
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
    // Whatever the solution left behind in its group (threads' children, sleepers) dies now.
    let _ = killpg(pgid, Signal::SIGKILL);
    let deadline = Instant::now() + DRAIN_GRACE;
    for _ in 0..readers {
        if done_rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).is_err() {
            break;
        }
    }

    let status = if overflowed.load(Ordering::SeqCst) {
        Status::OutputExceeded
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
