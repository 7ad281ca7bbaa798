//! The one place drill starts processes (the compiler and solutions), and the layers that hold
//! them: rlimits, an own session and process group, a cgroup, user + pid + network + IPC namespaces,
//! `no_new_privs`, Landlock, a seccomp filter and a clean environment. Every layer is best
//! effort: a run goes on without the ones this machine lacks, and [`protections_off`] says which.
//!
//! `spawn` runs a job and captures its output; `prepare` sets its layers up in the parent;
//! `child` is the code between fork and exec; `cgroup`, `landlock` and `seccomp` build their
//! layer; `reaper` collects
//! orphans when neither a cgroup nor a pid namespace holds them; `layers` names the layers and
//! probes them for `drill doctor`.

mod cgroup;
mod child;
mod landlock;
mod layers;
mod prepare;
mod reaper;
mod seccomp;
mod spawn;

pub use landlock::Access;
pub use layers::{doctor, protections_off, Layer};
pub use reaper::abandoned;
pub use spawn::{gate, run, system_libraries, CgroupUse, GateKey, Job, Limits, Start, Status, TimeLimits};
