//! A cgroup per run, as an extra layer where the user may create one: beneath drill's own
//! cgroup (so limits placed on drill still hold), with `pids.max` (a fork bomb stops there, even
//! for root, whom RLIMIT_NPROC does not bind) and a memory limit; killed as a whole and removed
//! at the end. cgroup v2 where drill's own group delegates `pids`/`memory` to its children, else
//! the v1 `pids` and `memory` hierarchies when writable (root). Never required.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long to keep killing a group's processes before giving up on removing it.
const KILL_PATIENCE: Duration = Duration::from_secs(3);

static NEXT: AtomicUsize = AtomicUsize::new(0);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Version {
    V1,
    V2,
}

/// A run's cgroup: one directory (v2) or one per v1 controller.
#[derive(Debug)]
pub struct Cgroup {
    version: Version,
    /// Every directory created, the one to read `cgroup.procs` from first.
    dirs: Vec<PathBuf>,
    memory: Option<PathBuf>,
    /// What is limited, for `drill doctor`.
    pub description: String,
}

impl Cgroup {
    /// Creates a fresh cgroup with at most `pids` tasks and `memory` bytes, or says why not.
    pub fn create(pids: u64, memory: Option<u64>) -> Result<Cgroup, String> {
        let mounts = std::fs::read_to_string("/proc/self/mounts").map_err(|e| format!("cannot read /proc/self/mounts: {e}"))?;
        let own = std::fs::read_to_string("/proc/self/cgroup").map_err(|e| format!("cannot read /proc/self/cgroup: {e}"))?;
        let name = format!("drill-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let v2 = match v2_parent(&mounts, &own) {
            Ok(parent) => match create_v2(&parent, &name, pids, memory) {
                Ok(group) => return Ok(group),
                Err(e) => e,
            },
            Err(e) => e,
        };
        create_v1(&mounts, &own, &name, pids, memory).map_err(|v1| format!("{v2}; {v1}"))
    }

    /// The `cgroup.procs` files the child writes itself into.
    pub fn procs_files(&self) -> Vec<CString> {
        self.dirs
            .iter()
            .filter_map(|d| CString::new(d.join("cgroup.procs").as_os_str().as_bytes()).ok())
            .collect()
    }

    /// Whether the kernel's OOM killer ended a process of this group.
    pub fn oom_killed(&self) -> bool {
        let Some(dir) = &self.memory else { return false };
        let file = match self.version {
            Version::V1 => "memory.oom_control",
            Version::V2 => "memory.events",
        };
        std::fs::read_to_string(dir.join(file))
            .ok()
            .and_then(|text| {
                text.lines()
                    .find_map(|l| l.strip_prefix("oom_kill ").and_then(|n| n.trim().parse::<u64>().ok()))
            })
            .is_some_and(|n| n > 0)
    }

    /// Kills every process in the group, including any that left the process group.
    pub fn kill_all(&self) {
        if self.version == Version::V2 {
            let _ = std::fs::write(self.dirs[0].join("cgroup.kill"), "1");
        }
        kill_members(&self.dirs[0]);
    }
}

impl Drop for Cgroup {
    fn drop(&mut self) {
        self.kill_all();
        for dir in &self.dirs {
            remove(dir);
        }
    }
}

/// Kills the processes listed in `dir/cgroup.procs` until none is left (or patience runs out).
fn kill_members(dir: &Path) {
    let deadline = Instant::now() + KILL_PATIENCE;
    loop {
        let procs = std::fs::read_to_string(dir.join("cgroup.procs")).unwrap_or_default();
        let pids: Vec<i32> = procs.lines().filter_map(|l| l.trim().parse().ok()).collect();
        if pids.is_empty() || Instant::now() > deadline {
            return;
        }
        for pid in pids {
            let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Removes a cgroup directory; the kernel refuses while dying tasks are still accounted.
fn remove(dir: &Path) {
    let deadline = Instant::now() + KILL_PATIENCE;
    while std::fs::remove_dir(dir).is_err() && dir.exists() && Instant::now() < deadline {
        kill_members(dir);
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The directory of drill's own v2 cgroup, if it delegates `pids` to child groups.
fn v2_parent(mounts: &str, own: &str) -> Result<PathBuf, String> {
    let mount = mounts
        .lines()
        .map(|l| l.split(' ').collect::<Vec<_>>())
        .find(|f| f.len() > 2 && f[2] == "cgroup2")
        .map(|f| PathBuf::from(f[1]))
        .ok_or("cgroup v2: not mounted")?;
    let path = own
        .lines()
        .find_map(|l| l.strip_prefix("0::"))
        .ok_or("cgroup v2: drill is in no v2 cgroup")?;
    let dir = mount.join(path.trim_start_matches('/'));
    let delegated = std::fs::read_to_string(dir.join("cgroup.subtree_control")).unwrap_or_default();
    if !delegated.split_whitespace().any(|c| c == "pids") {
        return Err(format!("cgroup v2: {} does not delegate the pids controller", dir.display()));
    }
    Ok(dir)
}

fn create_v2(parent: &Path, name: &str, pids: u64, memory: Option<u64>) -> Result<Cgroup, String> {
    sweep_stale(parent);
    let dir = parent.join(name);
    std::fs::create_dir(&dir).map_err(|e| format!("cgroup v2: cannot create {}: {e}", dir.display()))?;
    let mut group = Cgroup {
        version: Version::V2,
        dirs: vec![dir.clone()],
        memory: None,
        description: format!("v2 {}: pids.max={pids}", dir.display()),
    };
    std::fs::write(dir.join("pids.max"), pids.to_string()).map_err(|e| format!("cgroup v2: cannot set pids.max: {e}"))?;
    if let Some(bytes) = memory {
        if std::fs::write(dir.join("memory.max"), bytes.to_string()).is_ok() {
            let _ = std::fs::write(dir.join("memory.swap.max"), "0");
            group.memory = Some(dir);
            group.description.push_str(&format!(", memory.max={} MiB", bytes >> 20));
        }
    }
    Ok(group)
}

fn create_v1(mounts: &str, own: &str, name: &str, pids: u64, memory: Option<u64>) -> Result<Cgroup, String> {
    let pids_dir = v1_dir(mounts, own, "pids").ok_or("cgroup v1: no pids hierarchy")?;
    sweep_stale(&pids_dir);
    let dir = pids_dir.join(name);
    std::fs::create_dir(&dir).map_err(|e| format!("cgroup v1: cannot create {}: {e}", dir.display()))?;
    let mut group = Cgroup {
        version: Version::V1,
        dirs: vec![dir.clone()],
        memory: None,
        description: format!("v1 {}: pids.max={pids}", dir.display()),
    };
    std::fs::write(dir.join("pids.max"), pids.to_string()).map_err(|e| format!("cgroup v1: cannot set pids.max: {e}"))?;
    if let (Some(bytes), Some(memory_dir)) = (memory, v1_dir(mounts, own, "memory")) {
        sweep_stale(&memory_dir);
        let dir = memory_dir.join(name);
        if std::fs::create_dir(&dir).is_ok() {
            group.dirs.push(dir.clone());
            if std::fs::write(dir.join("memory.limit_in_bytes"), bytes.to_string()).is_ok() {
                let _ = std::fs::write(dir.join("memory.memsw.limit_in_bytes"), bytes.to_string());
                group.memory = Some(dir.clone());
                group
                    .description
                    .push_str(&format!("; {}: memory.limit_in_bytes={} MiB", dir.display(), bytes >> 20));
            }
        }
    }
    Ok(group)
}

/// drill's own cgroup directory in the v1 hierarchy of `controller`.
fn v1_dir(mounts: &str, own: &str, controller: &str) -> Option<PathBuf> {
    let mount = mounts
        .lines()
        .map(|l| l.split(' ').collect::<Vec<_>>())
        .find(|f| f.len() > 3 && f[2] == "cgroup" && f[3].split(',').any(|o| o == controller))
        .map(|f| PathBuf::from(f[1]))?;
    let path = own.lines().find_map(|l| {
        let mut parts = l.splitn(3, ':');
        let (_, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
        controllers.split(',').any(|c| c == controller).then_some(path)
    })?;
    Some(mount.join(path.trim_start_matches('/')))
}

/// Removes groups left by drill processes that died before cleaning up (killing what remains).
fn sweep_stale(parent: &Path) {
    for group in super::reaper::abandoned(parent) {
        remove(&group);
    }
}
