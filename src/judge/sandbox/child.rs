//! What runs in the child between fork and exec. Everything here is prepared by the parent
//! ([`Plan`]) so that the child only makes system calls: drill is multithreaded, and between fork
//! and exec only async-signal-safe calls are sound (no allocation, no locks).
//!
//! Order: own session; join the cgroup; rlimits; user + pid + network + IPC namespaces (then the
//! process limit, which a user namespace makes per-sandbox); with a pid namespace, fork twice: a
//! minimal init (pid 1: when it ends, the kernel kills every process left in the namespace) whose
//! child becomes the program, so the program keeps ordinary signal semantics (pid 1 ignores its
//! own `abort()`), while this process relays the program's exit status; then `no_new_privs`,
//! Landlock and seccomp, which the program inherits across exec.
#![allow(unsafe_code)]

use super::layers::Layer;
use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicI32, AtomicU64, AtomicU8, Ordering};

/// The file descriptor on which the harness writes its results.
pub const CHANNEL_FD: RawFd = 3;

/// `LANDLOCK_RULE_PATH_BENEATH` and its attribute (`struct landlock_path_beneath_attr`).
const LANDLOCK_RULE_PATH_BENEATH: libc::c_int = 1;
#[repr(C, packed)]
struct PathBeneathAttr {
    allowed_access: u64,
    parent_fd: i32,
}

/// How a layer fared in the child, written there and read by the parent after the exec.
#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    NotTried = 0,
    Active = 1,
    Failed = 2,
    /// Namespaces without a user namespace (root), or Landlock without a /proc/self rule.
    Partial = 3,
}

/// The child's report, in a shared anonymous mapping so that it survives the fork.
#[repr(C)]
struct Report {
    state: [AtomicU8; Layer::ALL.len()],
    errno: [AtomicI32; Layer::ALL.len()],
    /// The program's wait status, as its namespace's init saw it (valid when `waited` is 1).
    program_status: AtomicI32,
    /// The CPU time (user + system, µs) of every process that ran in the namespace, threads
    /// included (valid when `waited` is 1).
    cpu_micros: AtomicU64,
    waited: AtomicU8,
}

/// A page shared between the parent and the child it forks.
pub struct SharedReport {
    ptr: *mut Report,
}

// SAFETY: the mapping is only accessed through atomics.
unsafe impl Send for SharedReport {}
unsafe impl Sync for SharedReport {}

impl SharedReport {
    pub fn new() -> io::Result<SharedReport> {
        // SAFETY: a fresh anonymous mapping, zero-filled (every layer NotTried), page-aligned.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                std::mem::size_of::<Report>(),
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(SharedReport { ptr: ptr.cast() })
    }

    fn report(&self) -> &Report {
        // SAFETY: mapped in `new` for the lifetime of `self`; atomics need no exclusive access.
        unsafe { &*self.ptr }
    }

    fn set(&self, layer: Layer, applied: Applied, errno: i32) {
        let r = self.report();
        r.state[layer as usize].store(applied as u8, Ordering::SeqCst);
        r.errno[layer as usize].store(errno, Ordering::SeqCst);
    }

    /// What the child recorded for `layer`, and the error number of a failure.
    pub fn get(&self, layer: Layer) -> (Applied, i32) {
        let r = self.report();
        let state = match r.state[layer as usize].load(Ordering::SeqCst) {
            1 => Applied::Active,
            2 => Applied::Failed,
            3 => Applied::Partial,
            _ => Applied::NotTried,
        };
        (state, r.errno[layer as usize].load(Ordering::SeqCst))
    }

    /// The CPU time the program and everything it started used, as the namespace's init
    /// measured it; `None` without a pid namespace.
    pub fn program_cpu(&self) -> Option<std::time::Duration> {
        let r = self.report();
        (r.waited.load(Ordering::SeqCst) == 1).then(|| std::time::Duration::from_micros(r.cpu_micros.load(Ordering::SeqCst)))
    }
}

impl Drop for SharedReport {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `new`, unmapped once.
        unsafe { libc::munmap(self.ptr.cast(), std::mem::size_of::<Report>()) };
    }
}

/// Everything the child does, prepared by the parent.
pub struct Plan {
    /// `(resource, limit)` pairs set as both soft and hard limit; CPU gets one more second hard.
    pub rlimits: Vec<(libc::__rlimit_resource_t, u64)>,
    /// RLIMIT_NPROC inside an own user namespace (counts only the sandbox's processes).
    pub processes_in_namespace: u64,
    /// RLIMIT_NPROC without one (counts all the user's processes), when not root.
    pub processes_shared: Option<u64>,
    /// `cgroup.procs` files to join (writing "0" moves the writer).
    pub cgroup_procs: Vec<CString>,
    pub namespaces: bool,
    pub landlock: Option<OwnedFd>,
    /// Access to grant beneath `/proc/self` (the program's own, so opened in the child).
    pub proc_self_access: u64,
    pub seccomp: Option<seccompiler::BpfProgram>,
    /// The write end of the result channel, to become fd 3.
    pub channel: Option<RawFd>,
    /// A gated job's gate: the program reads its CPU limit there just before the exec (0:
    /// cancelled).
    pub gate: Option<RawFd>,
    /// For a gated job, the descriptors above stderr to keep (sorted); all others are closed
    /// first thing.
    pub keep_only: Option<Vec<RawFd>>,
    pub report: SharedReport,
}

fn errno() -> i32 {
    io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

impl Plan {
    /// Runs in the forked child. An `Err` fails the spawn; a layer that cannot be set up is
    /// recorded in the report and skipped.
    pub fn apply(&self) -> io::Result<()> {
        let report = &self.report;
        // SAFETY (whole function): only system calls on memory prepared before the fork.
        unsafe {
            // The parent's SIGCHLD handler (wait-timeout's) must not run here: the relay below
            // gets a SIGCHLD when the program ends, and the handler's pipe is closed.
            libc::signal(libc::SIGCHLD, libc::SIG_DFL);
            if let Some(keep) = &self.keep_only {
                close_all_but(keep);
            }
            if libc::setsid() < 0 {
                return Err(io::Error::last_os_error());
            }
            report.set(Layer::ProcessGroup, Applied::Active, 0);

            if !self.cgroup_procs.is_empty() {
                let mut failed = 0;
                for procs in &self.cgroup_procs {
                    let fd = libc::open(procs.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
                    if fd < 0 || libc::write(fd, b"0".as_ptr().cast(), 1) != 1 {
                        failed = errno();
                    }
                    if fd >= 0 {
                        libc::close(fd);
                    }
                }
                let state = if failed == 0 { Applied::Active } else { Applied::Failed };
                report.set(Layer::Cgroup, state, failed);
            }

            for &(resource, limit) in &self.rlimits {
                let hard = if resource == libc::RLIMIT_CPU { limit + 1 } else { limit };
                let rl = libc::rlimit {
                    rlim_cur: limit,
                    rlim_max: hard,
                };
                if libc::setrlimit(resource, &rl) < 0 {
                    return Err(io::Error::last_os_error());
                }
            }
            report.set(Layer::Rlimits, Applied::Active, 0);

            let mut own_user_namespace = false;
            let mut pid_namespace = false;
            if self.namespaces {
                if libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWPID | libc::CLONE_NEWNET | libc::CLONE_NEWIPC) == 0 {
                    own_user_namespace = true;
                    pid_namespace = true;
                    report.set(Layer::Namespaces, Applied::Active, 0);
                } else {
                    let first = errno();
                    // Root without user namespaces can still have pid, network and IPC ones.
                    if libc::unshare(libc::CLONE_NEWPID | libc::CLONE_NEWNET | libc::CLONE_NEWIPC) == 0 {
                        pid_namespace = true;
                        report.set(Layer::Namespaces, Applied::Partial, first);
                    } else {
                        report.set(Layer::Namespaces, Applied::Failed, first);
                    }
                }
            }
            // After the unshare: a new user namespace counts processes on its own, and its
            // creation would be refused if the limit already covered the user's other processes.
            let processes = if own_user_namespace {
                Some(self.processes_in_namespace)
            } else {
                self.processes_shared
            };
            if let Some(n) = processes {
                let rl = libc::rlimit { rlim_cur: n, rlim_max: n };
                libc::setrlimit(libc::RLIMIT_NPROC, &rl);
            }
            // Unshare changed the credentials, which clears the parent-death signal: set it now.
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0);

            if pid_namespace {
                let init = libc::fork();
                if init < 0 {
                    return Err(io::Error::last_os_error());
                }
                if init > 0 {
                    relay(init, report);
                }
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0);
                let program = libc::fork();
                if program < 0 {
                    return Err(io::Error::last_os_error());
                }
                if program > 0 {
                    init_wait(program, report);
                }
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0);
            }

            if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 {
                report.set(Layer::NoNewPrivs, Applied::Active, 0);
            } else {
                report.set(Layer::NoNewPrivs, Applied::Failed, errno());
            }

            if let Some(ruleset) = &self.landlock {
                let mut state = Applied::Active;
                if self.proc_self_access != 0 {
                    let proc_self = libc::open(c"/proc/self".as_ptr(), libc::O_PATH | libc::O_CLOEXEC);
                    let attr = PathBeneathAttr {
                        allowed_access: self.proc_self_access,
                        parent_fd: proc_self,
                    };
                    if proc_self < 0
                        || libc::syscall(
                            libc::SYS_landlock_add_rule,
                            ruleset.as_raw_fd(),
                            LANDLOCK_RULE_PATH_BENEATH,
                            &attr as *const PathBeneathAttr,
                            0,
                        ) != 0
                    {
                        state = Applied::Partial;
                    }
                    if proc_self >= 0 {
                        libc::close(proc_self);
                    }
                }
                if libc::syscall(libc::SYS_landlock_restrict_self, ruleset.as_raw_fd(), 0) == 0 {
                    report.set(Layer::Landlock, state, 0);
                } else {
                    report.set(Layer::Landlock, Applied::Failed, errno());
                }
            }

            if let Some(program) = &self.seccomp {
                match seccompiler::apply_filter(program) {
                    Ok(()) => report.set(Layer::Seccomp, Applied::Active, 0),
                    Err(_) => report.set(Layer::Seccomp, Applied::Failed, errno()),
                }
            }

            if let Some(fd) = self.channel {
                if fd == CHANNEL_FD {
                    if libc::fcntl(fd, libc::F_SETFD, 0) < 0 {
                        return Err(io::Error::last_os_error());
                    }
                } else if libc::dup2(fd, CHANNEL_FD) < 0 {
                    return Err(io::Error::last_os_error());
                }
            }

            if let Some(gate) = self.gate {
                let mut message = [0u8; 8];
                let mut got = 0;
                while got < message.len() {
                    let n = libc::read(gate, message[got..].as_mut_ptr().cast(), message.len() - got);
                    if n > 0 {
                        got += n as usize;
                    } else if n == 0 || errno() != libc::EINTR {
                        break;
                    }
                }
                let cpu_seconds = u64::from_ne_bytes(message);
                if got < message.len() || cpu_seconds == 0 {
                    libc::_exit(0);
                }
                let rl = libc::rlimit {
                    rlim_cur: cpu_seconds,
                    rlim_max: cpu_seconds + 1,
                };
                libc::setrlimit(libc::RLIMIT_CPU, &rl);
                libc::close(gate);
            }
        }
        Ok(())
    }
}

/// Closes every file descriptor: the relays must hold no pipe open (the spawner's exec-error
/// pipe, stdout/stderr, the channel), so those close when the program ends.
unsafe fn close_all() {
    close_range(0, u32::MAX);
}

/// Closes every descriptor above stderr but those in `keep` (sorted).
unsafe fn close_all_but(keep: &[RawFd]) {
    let mut next = 3u32;
    for &fd in keep {
        let fd = fd as u32;
        if fd > next {
            close_range(next, fd - 1);
        }
        next = next.max(fd + 1);
    }
    close_range(next, u32::MAX);
}

unsafe fn close_range(first: u32, last: u32) {
    if libc::syscall(libc::SYS_close_range, first, last, 0u32) != 0 {
        for fd in first..=last.min(4095) {
            libc::close(fd as i32);
        }
    }
}

/// Waits for `pid`, retrying on interruption; its wait status, or `None` on error.
unsafe fn wait_for(pid: libc::pid_t) -> Option<i32> {
    let mut status = 0;
    loop {
        let r = libc::waitpid(pid, &mut status, 0);
        if r == pid {
            return Some(status);
        }
        if r < 0 && errno() != libc::EINTR {
            return None;
        }
    }
}

/// The pid namespace's init: waits for the program, kills and reaps whatever else is left in
/// the namespace, and records how the program ended and the CPU time of everything reaped
/// (measured outside the program, so it cannot be faked from inside).
unsafe fn init_wait(program: libc::pid_t, report: &SharedReport) -> ! {
    close_all();
    let Some(status) = wait_for(program) else { libc::_exit(127) };
    libc::kill(-1, libc::SIGKILL);
    while libc::waitpid(-1, std::ptr::null_mut(), 0) > 0 || errno() == libc::EINTR {}
    let mut usage: libc::rusage = std::mem::zeroed();
    libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    let r = report.report();
    r.cpu_micros
        .store(micros(usage.ru_utime) + micros(usage.ru_stime), Ordering::SeqCst);
    r.program_status.store(status, Ordering::SeqCst);
    r.waited.store(1, Ordering::SeqCst);
    libc::_exit(0)
}

/// The process outside the pid namespace, the one the judge waits for: waits for the
/// namespace's init and ends as the program ended.
unsafe fn relay(init: libc::pid_t, report: &SharedReport) -> ! {
    close_all();
    let Some(init_status) = wait_for(init) else { libc::_exit(127) };
    let r = report.report();
    let status = if r.waited.load(Ordering::SeqCst) == 1 {
        r.program_status.load(Ordering::SeqCst)
    } else {
        init_status
    };
    if libc::WIFSIGNALED(status) {
        let sig = libc::WTERMSIG(status);
        libc::signal(sig, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, sig);
        libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), sig);
        libc::_exit(128 + sig);
    }
    libc::_exit(libc::WEXITSTATUS(status))
}
