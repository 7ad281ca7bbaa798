//! Running a compiled program on a list of cases: the harness protocol (see
//! `templates/prelude.rs`) on the judge's side.

use super::sandbox::{self, Access, CgroupUse, Job, Limits, Start, Status, TimeLimits};
use crate::catalog::Case;
use anyhow::{Context, Result};
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// Most of the user's stdout kept (in all; the rest is dropped).
pub const STDOUT_SHOWN: usize = 64 * 1024;
/// Past this much stdout the run is stopped: Output Limit Exceeded.
const STDOUT_LIMIT: usize = 16 << 20;
/// Room above the memory limit and the solution's stack for the runtime and shared libraries
/// (RLIMIT_AS).
const ADDRESS_SPACE_SLACK: u64 = 1 << 30;
/// Room in the cgroup above the memory limit and the solution thread's stack (neither the stack
/// nor the runtime is counted by the harness's allocator).
const CGROUP_MEMORY_SLACK: u64 = 64 << 20;
/// Most characters of stderr quoted in a crash message.
const CRASH_TAIL_CHARS: usize = 2000;
/// Tasks a solution may have at once (the harness uses two threads).
const SOLUTION_TASKS: u64 = 64;

/// One case's answer, as the harness reported it.
#[derive(Debug, Clone)]
pub struct Answer {
    pub nanos: u64,
    pub value: Value,
}

/// How the run ended, after the answers it produced.
#[derive(Debug, Clone, PartialEq)]
pub enum Ending {
    /// The harness ran every case and reported its end.
    Finished,
    Panicked(String),
    MemoryExceeded,
    TimedOut,
    OutputExceeded,
    /// Any other abnormal end: signal, stack overflow, `process::exit`.
    Crashed(String),
}

impl std::fmt::Display for Ending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ending::Finished => write!(f, "finished"),
            Ending::Panicked(message) => write!(f, "panicked: {message}"),
            Ending::MemoryExceeded => write!(f, "ran out of memory"),
            Ending::TimedOut => write!(f, "ran past its time limit"),
            Ending::OutputExceeded => write!(f, "printed more than 16 MiB"),
            Ending::Crashed(what) => write!(f, "crashed: {what}"),
        }
    }
}

pub struct Execution {
    pub answers: Vec<Answer>,
    pub ending: Ending,
    pub peak_kb: u64,
    /// What the solution printed during each case.
    pub stdout: Vec<String>,
    pub wall: Duration,
    /// The CPU time of the program and everything it started, measured outside it (`None`
    /// without a pid namespace).
    pub cpu: Option<Duration>,
}

impl Execution {
    pub fn in_call_ms(&self) -> f64 {
        self.answers.iter().map(|a| a.nanos).sum::<u64>() as f64 / 1e6
    }
}

/// Writes the harness's input for `count` cases: the header `<cases> <memory bytes> <arity>
/// <stack bytes>`, then one JSON line per argument, or `=` where an argument equals the previous
/// case's (many queries on one large array).
pub fn write_input(
    out: impl Write,
    count: usize,
    cases: impl IntoIterator<Item = Result<Case>>,
    memory_bytes: u64,
    stack_bytes: u64,
) -> Result<()> {
    let mut input = std::io::BufWriter::new(out);
    let mut cases = cases.into_iter().peekable();
    let arity = match cases.peek() {
        Some(Ok(case)) => case.args.len(),
        _ => 0,
    };
    writeln!(input, "{count} {memory_bytes} {arity} {stack_bytes}")?;
    let mut previous: Option<Case> = None;
    for case in cases {
        let case = case?;
        for (a, arg) in case.args.iter().enumerate() {
            // A generator's `fixed` argument is the same Arc in every case: no deep comparison.
            if previous
                .as_ref()
                .is_some_and(|p| p.args.get(a).is_some_and(|b| Arc::ptr_eq(b, arg) || b == arg))
            {
                input.write_all(b"=")?;
            } else {
                serde_json::to_writer(&mut input, arg)?;
            }
            input.write_all(b"\n")?;
        }
        previous = Some(case);
    }
    input.flush().context("cannot write the test input")?;
    Ok(())
}

/// A run's time limits for a wall-clock limit: CPU time may not run past it either.
pub fn time_limits(wall: Duration) -> TimeLimits {
    TimeLimits {
        wall,
        cpu_seconds: wall.as_secs_f64().ceil() as u64 + 1,
    }
}

/// Runs `binary` (linked against the toolchain's `libdir`) on the input file written by
/// [`write_input`] for `cases` cases; the input file must exist when this is called, and be
/// complete when the program starts (`start`). `memory_bytes` and `stack_bytes` must be the
/// limits written into the input's header. The program reads only its binary's directory
/// (which holds nothing else of the judge's), the standard library and system libraries, and
/// writes only an empty scratch dir of its own, removed with `workdir`.
#[allow(clippy::too_many_arguments)]
pub fn execute(
    binary: &Path,
    libdir: &Path,
    workdir: &Path,
    input: &Path,
    cases: usize,
    start: Start,
    memory_bytes: u64,
    stack_bytes: u64,
) -> Result<Execution> {
    let stdin = std::fs::File::open(input).context("cannot open the test input")?;
    let scratch = tempfile::Builder::new()
        .prefix("run-")
        .tempdir_in(workdir)
        .context("cannot create the run's scratch dir")?;

    let binary_dir = binary.parent().context("the binary has no directory")?;
    let mut read = vec![binary_dir.to_path_buf(), libdir.to_path_buf()];
    read.extend(sandbox::system_libraries());
    let done = sandbox::run(Job {
        label: "solution",
        program: binary.to_path_buf(),
        args: Vec::new(),
        cwd: scratch.path().to_path_buf(),
        env: vec![
            ("HOME", scratch.path().as_os_str().to_owned()),
            ("TMPDIR", scratch.path().as_os_str().to_owned()),
        ],
        stdin: Some(stdin),
        channel: true,
        access: Access {
            read,
            write: Vec::new(),
            write_files: vec![scratch.path().to_path_buf()],
            proc_self: true,
        },
        limits: Limits {
            address_space: Some(memory_bytes + ADDRESS_SPACE_SLACK + stack_bytes),
            data: None,
            memory: Some(memory_bytes + stack_bytes + CGROUP_MEMORY_SLACK),
            processes: SOLUTION_TASKS,
            file_size: 0,
            open_files: 64,
            stdout_cap: STDOUT_LIMIT,
            stderr_cap: 64 * 1024,
            kill_on_stdout_overflow: true,
            kill_on_stderr_overflow: false,
        },
        cgroup: CgroupUse::Always,
        start,
        started: None,
    })?;
    drop(scratch);

    let mut answers = Vec::new();
    let mut ending = None;
    let mut peak_kb = 0;
    for line in String::from_utf8_lossy(&done.channel).lines() {
        let mut parts = line.splitn(4, ' ');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("ok"), Some(_), Some(nanos), Some(json)) => match (nanos.parse(), serde_json::from_str(json)) {
                (Ok(nanos), Ok(value)) => answers.push(Answer { nanos, value }),
                _ => {
                    ending = Some(Ending::Crashed("the result channel was corrupted".into()));
                    break;
                }
            },
            (Some("panic"), Some(_), Some(rest), extra) => {
                let text = match extra {
                    Some(more) => format!("{rest} {more}"),
                    None => rest.to_string(),
                };
                ending = Some(Ending::Panicked(serde_json::from_str(&text).unwrap_or(text)));
            }
            (Some("mle"), ..) => ending = Some(Ending::MemoryExceeded),
            (Some("end"), Some(kb), ..) => {
                peak_kb = kb.parse().unwrap_or(0);
                ending.get_or_insert(Ending::Finished);
            }
            _ => {
                ending = Some(Ending::Crashed("the result channel was corrupted".into()));
                break;
            }
        }
    }
    let stderr = String::from_utf8_lossy(&done.stderr);
    let ending = match done.status {
        Status::TimedOut => Ending::TimedOut,
        Status::OutputExceeded => Ending::OutputExceeded,
        Status::MemoryExceeded => Ending::MemoryExceeded,
        // SIGXCPU/SIGKILL from RLIMIT_CPU: CPU time ran out (e.g. busy threads).
        Status::Signaled(24) | Status::Signaled(9) if ending.is_none() => Ending::TimedOut,
        Status::Exited(0) => {
            ending.unwrap_or_else(|| Ending::Crashed("the program exited before finishing the cases (did it call process::exit?)".into()))
        }
        status => match ending {
            Some(Ending::Finished) | None => Ending::Crashed(describe_crash(status, &stderr)),
            Some(e) => e,
        },
    };
    Ok(Execution {
        answers,
        ending,
        peak_kb,
        stdout: split_stdout(&done.stdout, cases),
        wall: done.wall,
        cpu: done.cpu,
    })
}

fn describe_crash(status: Status, stderr: &str) -> String {
    if stderr.contains("has overflowed its stack") {
        return "stack overflow (recursion too deep?)".into();
    }
    if stderr.contains("memory allocation of") {
        return "memory allocation failed".into();
    }
    let tail: String = stderr
        .lines()
        .rev()
        .take(5)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join("\n");
    // Keep the message readable when a line is huge (the capture itself is capped).
    let tail = match tail.char_indices().nth(CRASH_TAIL_CHARS) {
        Some((cut, _)) => format!("{}…", &tail[..cut]),
        None => tail,
    };
    let what = match status {
        Status::Exited(code) => format!("exited with code {code}"),
        Status::Signaled(sig) => format!("killed by signal {}", signal_name(sig)),
        Status::TimedOut | Status::OutputExceeded | Status::MemoryExceeded => unreachable!("handled by the caller"),
    };
    if tail.trim().is_empty() {
        what
    } else {
        format!("{what}: {tail}")
    }
}

fn signal_name(sig: i32) -> String {
    nix::sys::signal::Signal::try_from(sig)
        .map(|s| s.as_str().to_string())
        .unwrap_or_else(|_| sig.to_string())
}

/// Splits stdout at the harness's `\x1ecase <n>` markers: what each case printed, capped.
fn split_stdout(bytes: &[u8], cases: usize) -> Vec<String> {
    let mut per_case = vec![String::new(); cases];
    let mut current: Option<usize> = None;
    for line in String::from_utf8_lossy(bytes).split_inclusive('\n') {
        if let Some(n) = line.strip_prefix("\x1ecase ").and_then(|r| r.trim_end().parse::<usize>().ok()) {
            current = Some(n).filter(|n| *n < cases);
            continue;
        }
        if let Some(slot) = current.and_then(|n| per_case.get_mut(n)) {
            if slot.len() < STDOUT_SHOWN {
                slot.push_str(line);
            }
        }
    }
    per_case
}
