//! The seccomp filter: no sockets at all (no network even without a network namespace, and no
//! path-named unix sockets such as a container daemon's), and none of the kernel interfaces a
//! solution has no use for that would reach around the other layers (io_uring can open sockets
//! without `socket(2)`; bpf, perf events, userfaultfd and keyrings are attack surface), and no
//! System V shared memory, message queues or semaphores: they outlive the process that made
//! them (a solution left 128 MiB resident per run) unless an IPC namespace holds them.

use seccompiler::{BpfProgram, SeccompAction, SeccompFilter, TargetArch};
use std::collections::BTreeMap;

const DENIED: [libc::c_long; 13] = [
    libc::SYS_socket,
    libc::SYS_io_uring_setup,
    libc::SYS_io_uring_enter,
    libc::SYS_io_uring_register,
    libc::SYS_bpf,
    libc::SYS_perf_event_open,
    libc::SYS_userfaultfd,
    libc::SYS_keyctl,
    libc::SYS_add_key,
    libc::SYS_request_key,
    libc::SYS_shmget,
    libc::SYS_msgget,
    libc::SYS_semget,
];

/// The compiled filter for this machine's architecture, or why there is none.
pub fn program() -> Result<BpfProgram, String> {
    let arch = TargetArch::try_from(std::env::consts::ARCH).map_err(|_| format!("no seccomp filter for {}", std::env::consts::ARCH))?;
    #[allow(clippy::unnecessary_cast)] // c_long is not i64 on every target
    let rules = DENIED.iter().map(|&nr| (nr as i64, Vec::new())).collect::<BTreeMap<_, _>>();
    let filter = SeccompFilter::new(rules, SeccompAction::Allow, SeccompAction::Errno(libc::EACCES as u32), arch)
        .map_err(|e| format!("cannot build the seccomp filter: {e}"))?;
    BpfProgram::try_from(filter).map_err(|e| format!("cannot compile the seccomp filter: {e}"))
}
