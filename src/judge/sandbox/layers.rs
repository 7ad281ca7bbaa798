//! The layers by name, which of them were off for the processes drill started (so a report can
//! say so), and `drill doctor`'s probe: one harmless process started with every layer, and what
//! became of each.

use super::landlock::Access;
use super::spawn::{self, CgroupUse, Job, Limits, Start, TimeLimits};
use anyhow::{Context, Result};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    Rlimits,
    ProcessGroup,
    Cgroup,
    Namespaces,
    NoNewPrivs,
    Landlock,
    Seccomp,
    CleanEnv,
}

impl Layer {
    pub const ALL: [Layer; 8] = [
        Layer::Rlimits,
        Layer::ProcessGroup,
        Layer::Cgroup,
        Layer::Namespaces,
        Layer::NoNewPrivs,
        Layer::Landlock,
        Layer::Seccomp,
        Layer::CleanEnv,
    ];

    /// The name used in reports (`protections_off`) and by `drill doctor`.
    pub fn name(self) -> &'static str {
        match self {
            Layer::Rlimits => "rlimits",
            Layer::ProcessGroup => "process group",
            Layer::Cgroup => "cgroup",
            Layer::Namespaces => "namespaces",
            Layer::NoNewPrivs => "no_new_privs",
            Layer::Landlock => "landlock",
            Layer::Seccomp => "seccomp",
            Layer::CleanEnv => "clean environment",
        }
    }

    /// What the layer guards against, for `drill doctor`.
    pub fn purpose(self) -> &'static str {
        match self {
            Layer::Rlimits => "CPU time, address space, file size, open files, processes; no core dumps",
            Layer::ProcessGroup => "own session; the whole group is killed at the end",
            Layer::Cgroup => "pids and memory limits that bind root too; every process killed at the end",
            Layer::Namespaces => "user + pid + network + IPC: no network, no view of other processes, all killed with the program, System V shared memory and queues gone with it",
            Layer::NoNewPrivs => "no privilege gain through setuid programs",
            Layer::Landlock => "reads only the toolchain, system libraries and its build dir; writes only its temp dir",
            Layer::Seccomp => "no sockets, io_uring, bpf, perf events, userfaultfd, keyrings or System V IPC",
            Layer::CleanEnv => "environment is only PATH, HOME and TMPDIR; stdin is the test input or /dev/null",
        }
    }
}

/// Whether `DRILL_SANDBOX_DISABLE` (a comma-separated list of layer names: cgroup, namespaces,
/// landlock, seccomp) turns `layer` off: for tests of the fallbacks, and for a machine where a
/// layer misbehaves. The other layers cannot be turned off.
pub fn disabled(layer: Layer) -> bool {
    matches!(layer, Layer::Cgroup | Layer::Namespaces | Layer::Landlock | Layer::Seccomp)
        && std::env::var("DRILL_SANDBOX_DISABLE").is_ok_and(|v| v.split(',').any(|n| n.trim() == layer.name()))
}

/// How one layer fared for one process.
#[derive(Debug, Clone)]
pub struct LayerState {
    pub layer: Layer,
    pub active: bool,
    /// How it is in force, or why it is not.
    pub detail: String,
}

/// Layers that were off for some process drill started.
static OFF: Mutex<Vec<Layer>> = Mutex::new(Vec::new());

pub(super) fn record(states: &[LayerState]) {
    let mut off = OFF.lock().unwrap_or_else(|e| e.into_inner());
    for s in states.iter().filter(|s| !s.active) {
        if !off.contains(&s.layer) {
            off.push(s.layer);
            off.sort();
        }
    }
}

/// The names of the layers that were unavailable for any process drill has started so far.
pub fn protections_off() -> Vec<String> {
    OFF.lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .map(|l| l.name().to_string())
        .collect()
}

/// Starts `true` with every layer and reports each layer's state.
pub fn doctor() -> Result<Vec<LayerState>> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let program = std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/bin"), PathBuf::from("/bin")])
        .map(|dir| dir.join("true"))
        .find(|p| p.is_file())
        .context("cannot find the `true` program to probe the sandbox with")?;
    let scratch = tempfile::Builder::new()
        .prefix("drill-doctor-")
        .tempdir()
        .context("cannot create a temp dir")?;
    let mut read = spawn::system_libraries();
    read.push(std::fs::canonicalize(&program).unwrap_or_else(|_| program.clone()));
    let done = spawn::run(Job {
        label: "sandbox probe",
        program,
        args: Vec::new(),
        cwd: scratch.path().to_path_buf(),
        env: vec![("HOME", scratch.path().as_os_str().to_owned())],
        stdin: None,
        channel: false,
        access: Access {
            read,
            write: vec![scratch.path().to_path_buf()],
            write_files: Vec::new(),
            proc_self: true,
        },
        limits: Limits {
            address_space: Some(1 << 30),
            data: None,
            memory: Some(256 << 20),
            processes: 16,
            file_size: 0,
            open_files: 64,
            stdout_cap: 4096,
            stderr_cap: 4096,
            kill_on_stdout_overflow: false,
            kill_on_stderr_overflow: false,
        },
        cgroup: CgroupUse::Always,
        start: Start::Now(TimeLimits {
            wall: Duration::from_secs(10),
            cpu_seconds: 5,
        }),
        started: None,
    })?;
    if done.status != spawn::Status::Exited(0) {
        anyhow::bail!(
            "the probe process failed ({:?}): {}",
            done.status,
            String::from_utf8_lossy(&done.stderr).trim()
        );
    }
    Ok(done.layers)
}
