//! Landlock, best effort by the kernel's ABI: a job reads only the paths it lists (the toolchain,
//! system libraries, its own build dir) and writes only its temp dir; TCP bind/connect is denied
//! (ABI 4), and so are signals and abstract unix sockets outside the sandbox (ABI 6). The rules
//! are built here, in the parent; the child only adds `/proc/self` and restricts itself.

use ::landlock::{Access as _, AccessFs, AccessNet, BitFlags, PathBeneath, PathFd, Ruleset, RulesetAttr, RulesetCreatedAttr, Scope, ABI};
use std::os::fd::OwnedFd;
use std::path::PathBuf;

/// The newest ABI drill knows; older kernels get what they support.
const TARGET_ABI: ABI = ABI::V10;

/// What a sandboxed job may touch in the file system.
#[derive(Debug, Clone, Default)]
pub struct Access {
    /// Read and execute, files or whole trees. Missing paths are skipped.
    pub read: Vec<PathBuf>,
    /// Full access to these trees (the job's temp dir).
    pub write: Vec<PathBuf>,
    /// Create, write and remove regular files only (a solution's scratch dir).
    pub write_files: Vec<PathBuf>,
    /// Read beneath `/proc/self` (the harness reads its own peak memory there).
    pub proc_self: bool,
}

/// A ruleset ready for the child, and the access to grant on `/proc/self`.
pub struct Prepared {
    pub ruleset: OwnedFd,
    pub proc_self_access: u64,
}

/// The kernel's Landlock ABI version, or why there is none.
pub fn kernel_abi() -> Result<i32, String> {
    #[allow(unsafe_code)]
    // SAFETY: landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) only returns a number.
    let v = unsafe { libc::syscall(libc::SYS_landlock_create_ruleset, std::ptr::null::<u8>(), 0usize, 1u32) };
    if v > 0 {
        Ok(v as i32)
    } else {
        let e = std::io::Error::last_os_error();
        Err(match e.raw_os_error() {
            Some(libc::ENOSYS) => "the kernel was built without Landlock".to_string(),
            Some(libc::EOPNOTSUPP) => "Landlock is not enabled at boot (add it to the lsm= list)".to_string(),
            _ => format!("landlock_create_ruleset failed: {e}"),
        })
    }
}

/// Builds the ruleset for `access`; `Ok(None)` when the kernel has no Landlock.
pub fn prepare(access: &Access) -> Result<Option<Prepared>, String> {
    let abi = match kernel_abi() {
        Ok(v) => ABI::from(v),
        Err(_) => return Ok(None),
    };
    let fail = |e: ::landlock::RulesetError| format!("cannot build the Landlock ruleset: {e}");
    let all = AccessFs::from_all(TARGET_ABI);
    let read = AccessFs::from_read(TARGET_ABI);
    let files = read | AccessFs::WriteFile | AccessFs::MakeReg | AccessFs::RemoveFile | AccessFs::Truncate;
    let mut ruleset = Ruleset::default()
        .handle_access(all)
        .map_err(fail)?
        .handle_access(AccessNet::from_all(TARGET_ABI))
        .map_err(fail)?;
    if abi as i32 >= ABI::V6 as i32 {
        ruleset = ruleset.scope(Scope::from_all(TARGET_ABI)).map_err(fail)?;
    }
    let mut created = ruleset.create().map_err(fail)?;
    let groups: [(&[PathBuf], BitFlags<AccessFs>); 3] = [(&access.read, read), (&access.write, all), (&access.write_files, files)];
    for (paths, rights) in groups {
        for path in paths {
            let Ok(fd) = PathFd::new(path) else { continue };
            let is_dir = std::fs::metadata(path).is_ok_and(|m| m.is_dir());
            let rights = if is_dir { rights } else { rights & AccessFs::from_file(TARGET_ABI) };
            created = created.add_rule(PathBeneath::new(fd, rights)).map_err(fail)?;
        }
    }
    let fd: Option<OwnedFd> = created.into();
    Ok(fd.map(|ruleset| Prepared {
        ruleset,
        proc_self_access: if access.proc_self {
            (AccessFs::ReadFile | AccessFs::ReadDir).bits()
        } else {
            0
        },
    }))
}
