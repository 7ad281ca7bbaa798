//! The last line when neither a cgroup nor a pid namespace holds a run: drill is a child
//! subreaper, so a sandboxed process that left its process group and lost its parent is
//! reparented to drill instead of init, and is killed and reaped after the run. (With a pid
//! namespace this also reaps a namespace's init that outlived its relay.)

use nix::sys::signal::{kill, Signal};
use nix::sys::wait::{waitpid, WaitPidFlag};
use nix::unistd::Pid;
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

/// How long to keep collecting orphans after a run.
const PATIENCE: Duration = Duration::from_secs(1);

/// The processes drill started and still waits for: the only children that are not orphans.
static LIVE: Mutex<Vec<i32>> = Mutex::new(Vec::new());

/// Makes drill the reaper of its descendants' orphans (once per process).
pub fn become_subreaper() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        #[allow(unsafe_code)]
        // SAFETY: a prctl on this process only.
        unsafe {
            libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        };
    });
}

/// Spawns `cmd` and registers the child before any orphan hunt can see it.
pub fn spawn(cmd: &mut std::process::Command) -> std::io::Result<std::process::Child> {
    let mut live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
    let child = cmd.spawn()?;
    live.push(child.id() as i32);
    Ok(child)
}

pub fn finished(pid: i32) {
    LIVE.lock().unwrap_or_else(|e| e.into_inner()).retain(|p| *p != pid);
}

/// Kills and reaps drill's children that it did not start itself (orphans of sandboxed
/// processes: every sandboxed process runs in a session of its own, unlike anything else drill
/// starts), until none is left or patience runs out.
pub fn kill_orphans() {
    let me = std::process::id().to_string();
    let Some(own_session) = stat_fields(&me).map(|f| f.session) else {
        return;
    };
    let deadline = Instant::now() + PATIENCE;
    loop {
        let orphans = {
            let live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
            let orphans: Vec<i32> = children_of(&me, &own_session).into_iter().filter(|p| !live.contains(p)).collect();
            for pid in &orphans {
                let _ = kill(Pid::from_raw(*pid), Signal::SIGKILL);
            }
            orphans
        };
        if orphans.is_empty() || Instant::now() > deadline {
            return;
        }
        for pid in orphans {
            while Instant::now() < deadline {
                match waitpid(Pid::from_raw(pid), Some(WaitPidFlag::WNOHANG)) {
                    Ok(nix::sys::wait::WaitStatus::StillAlive) => std::thread::sleep(Duration::from_millis(1)),
                    _ => break,
                }
            }
        }
    }
}

/// The fields of `/proc/<pid>/stat` this module needs.
struct Stat {
    parent: String,
    session: String,
}

fn stat_fields(pid: &str) -> Option<Stat> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // After the command name (which may hold spaces and parentheses): state, ppid, pgrp, session.
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
    let (_, parent, _, session) = (fields.next()?, fields.next()?, fields.next()?, fields.next()?);
    Some(Stat {
        parent: parent.to_string(),
        session: session.to_string(),
    })
}

/// Pids whose parent is `parent`, in another session than `session`: from the `children` file
/// of each of the parent's threads (an orphan is adopted by one of them), or where the kernel
/// has no such file, from a scan of every process in /proc.
fn children_of(parent: &str, session: &str) -> Vec<i32> {
    let in_other_session = |pid: &i32| stat_fields(&pid.to_string()).is_some_and(|s| s.parent == parent && s.session != session);
    let tasks = std::fs::read_dir(format!("/proc/{parent}/task")).into_iter().flatten().flatten();
    let listed: Option<Vec<i32>> = tasks
        .map(|task| std::fs::read_to_string(task.path().join("children")).ok())
        .collect::<Option<Vec<String>>>()
        .filter(|files| !files.is_empty())
        .map(|files| {
            files
                .iter()
                .flat_map(|f| f.split_whitespace())
                .filter_map(|p| p.parse().ok())
                .collect()
        });
    match listed {
        Some(children) => children.into_iter().filter(in_other_session).collect(),
        None => std::fs::read_dir("/proc")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse::<i32>().ok()))
            .filter(in_other_session)
            .collect(),
    }
}

/// The entries `drill-<pid>-…` of `dir` (cgroups, build dirs) whose drill process is gone: it
/// was killed before it could remove them.
pub fn abandoned(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let gone = |pid: i32| matches!(kill(Pid::from_raw(pid), None), Err(nix::errno::Errno::ESRCH));
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| {
            entry
                .file_name()
                .to_str()
                .and_then(|n| n.strip_prefix("drill-"))
                .and_then(|rest| rest.split('-').next())
                .and_then(|pid| pid.parse::<i32>().ok())
                .is_some_and(gone)
        })
        .map(|entry| entry.path())
        .collect()
}
