//! Setting up a job's layers in the parent (the cgroup, the Landlock ruleset, the seccomp
//! program, the rlimits; everything the child will need), and turning what the child reported
//! into each layer's state.
#![allow(unsafe_code)] // geteuid

use super::cgroup::Cgroup;
use super::child::{Applied, Plan, SharedReport};
use super::landlock;
use super::layers::{self, Layer, LayerState};
use super::seccomp;
use super::spawn::{CgroupUse, Job, Start};
use anyhow::{Context, Result};
use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;

/// Everything set up in the parent before the fork.
pub struct Prepared {
    /// What the child does.
    pub plan: Plan,
    pub cgroup: Option<Cgroup>,
    /// The layers already decided (unavailable before the fork).
    pub states: Vec<LayerState>,
}

/// Prepares every layer of `job`; `channel` is the write end of the result pipe, `gate` the
/// read end of a gated job's gate pipe.
pub fn prepare(job: &Job, channel: Option<i32>, gate: Option<i32>) -> Result<Prepared> {
    let limits = &job.limits;
    let mut states = Vec::new();
    let mut state = |layer, active, detail: String| states.push(LayerState { layer, active, detail });

    const DISABLED: &str = "disabled by DRILL_SANDBOX_DISABLE";
    const NOT_NEEDED: &str = "not used: the pid namespace kills what is left, RLIMIT_DATA bounds memory";
    let namespaced = !layers::disabled(Layer::Namespaces);
    let cgroup = match if layers::disabled(Layer::Cgroup) {
        Err(DISABLED.to_string())
    } else if job.cgroup == CgroupUse::UnlessNamespaced && namespaced {
        Err(NOT_NEEDED.to_string())
    } else {
        Cgroup::create(limits.processes, limits.memory)
    } {
        Ok(c) => Some(c),
        Err(why) => {
            state(Layer::Cgroup, why == NOT_NEEDED, why);
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
        (libc::RLIMIT_CORE, 0),
        (libc::RLIMIT_FSIZE, limits.file_size),
        (libc::RLIMIT_NOFILE, limits.open_files),
    ];
    if let Some(bytes) = limits.address_space {
        rlimits.push((libc::RLIMIT_AS, bytes));
    }
    if let Some(bytes) = limits.data {
        rlimits.push((libc::RLIMIT_DATA, bytes));
    }
    // A gated program gets its CPU limit at the gate.
    if let Start::Now(time) = &job.start {
        rlimits.push((libc::RLIMIT_CPU, time.cpu_seconds));
    }
    // SAFETY: geteuid cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    // A gated program keeps only the descriptors it needs while it waits: whatever else it
    // inherited (other jobs' pipes, the spawner's exec-error pipe) must close now, or their
    // readers would wait for it.
    let keep_only = gate.map(|gate| {
        let mut keep: Vec<i32> = [Some(gate), channel, landlock.as_ref().map(|l| l.ruleset.as_raw_fd())]
            .into_iter()
            .flatten()
            .collect();
        keep.sort_unstable();
        keep
    });
    let plan = Plan {
        rlimits,
        processes_in_namespace: limits.processes,
        processes_shared: (!root).then(|| user_tasks() + limits.processes),

        cgroup_procs: cgroup.as_ref().map(Cgroup::procs_files).unwrap_or_default(),
        namespaces: namespaced,
        proc_self_access: landlock.as_ref().map_or(0, |l| l.proc_self_access),
        landlock: landlock.map(|l| l.ruleset),
        seccomp,
        channel,
        gate,
        keep_only,
        report: SharedReport::new().context("cannot map the sandbox report page")?,
    };
    Ok(Prepared { plan, cgroup, states })
}

/// Adds what the child reported for the layers it set up.
pub fn complete_states(states: &mut Vec<LayerState>, plan: &Plan, cgroup: Option<&Cgroup>) {
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
            (Layer::Namespaces, Applied::Partial) => (true, format!("pid + network + IPC only (no user namespace: {error})")),
            (Layer::Namespaces, _) => (true, "user + pid + network + IPC".into()),
            (Layer::Landlock, Applied::Partial) => (true, "without /proc/self (memory is not measured)".into()),
            (Layer::Landlock, _) => (true, format!("ABI {}", landlock::kernel_abi().unwrap_or(0))),
            (Layer::NoNewPrivs, _) => (true, "PR_SET_NO_NEW_PRIVS set before exec".into()),
            (Layer::Seccomp, _) => (true, "denied with EACCES; every other system call allowed".into()),
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
