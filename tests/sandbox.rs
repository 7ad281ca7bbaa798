//! Hostile solutions judged by the real binary: each must get its verdict and exit code, and
//! leave no process, no temp dir, no cgroup and no file behind, the history untouched.
//!
//! Every run gets its own TMPDIR (drill's temp dirs must be gone afterwards), HOME (with a secret
//! file) and marker (found in the command line of any process left behind). Where the test may
//! create a cgroup (root on cgroup v1), drill itself runs inside one with pids and memory limits,
//! so that a hole in drill's own containment cannot take the machine down. Fork bombs only run
//! when drill's own containment is in force (`drill doctor`): a cgroup, or a user namespace for
//! a user whom RLIMIT_NPROC binds.
//!
//! Overrides for running the compiled test elsewhere (CI runs it as an unprivileged user):
//! `DRILL_TEST_BIN` (the drill binary), `DRILL_TEST_FIXTURES` (tests/fixtures/hostile),
//! `DRILL_TEST_TMPDIR` (a writable dir for workspaces).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// A valid history record (readers ignore the unknown `note` key) that no solution may see.
const HISTORY: &str =
    "{\"v\":1,\"ts\":\"2026-01-01T00:00:00+00:00\",\"event\":\"pick\",\"problem\":\"lc300\",\"note\":\"SECRET-HISTORY-LINE\"}\n";
const SECRET: &str = "hunter2-drill-secret";

fn drill_bin() -> PathBuf {
    std::env::var_os("DRILL_TEST_BIN").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_drill")), PathBuf::from)
}

fn fixtures() -> PathBuf {
    std::env::var_os("DRILL_TEST_FIXTURES").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile"),
        PathBuf::from,
    )
}

fn base_dir() -> PathBuf {
    std::env::var_os("DRILL_TEST_TMPDIR").map_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")), PathBuf::from)
}

/// One workspace for every test (the prelude is compiled once), with a history to protect.
fn drill_home() -> &'static Path {
    static HOME: OnceLock<PathBuf> = OnceLock::new();
    HOME.get_or_init(|| {
        let uid = std::fs::metadata("/proc/self")
            .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
            .unwrap_or(0);
        let home = base_dir().join(format!("sandbox-home-{uid}"));
        std::fs::create_dir_all(home.join(".drill")).unwrap();
        std::fs::write(home.join(".drill/history.jsonl"), HISTORY).unwrap();
        home
    })
}

/// What `drill doctor --json` says is in force.
struct Layers {
    cgroup: bool,
    namespaces: bool,
    user_namespace: bool,
    root: bool,
}

fn layers() -> &'static Layers {
    static LAYERS: OnceLock<Layers> = OnceLock::new();
    LAYERS.get_or_init(|| {
        let out = Command::new(drill_bin()).args(["doctor", "--json"]).output().unwrap();
        let states: Value = serde_json::from_slice(&out.stdout).expect("doctor --json prints JSON");
        let find = |name: &str| states.as_array().unwrap().iter().find(|s| s["layer"] == name).cloned().unwrap();
        let ns = find("namespaces");
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let uid = status
            .lines()
            .find_map(|l| l.strip_prefix("Uid:"))
            .unwrap()
            .split_whitespace()
            .nth(1)
            .unwrap()
            .to_string();
        Layers {
            cgroup: find("cgroup")["active"] == true,
            namespaces: ns["active"] == true,
            user_namespace: ns["active"] == true && ns["detail"].as_str().unwrap_or("").starts_with("user"),
            root: uid == "0",
        }
    })
}

/// Whether a fork bomb is held by drill's own layers on this machine.
fn bomb_contained() -> bool {
    let l = layers();
    let held = l.cgroup || (l.user_namespace && !l.root);
    if !held {
        eprintln!("SKIP: no cgroup and RLIMIT_NPROC does not hold here; fork bombs not run");
    }
    held
}

/// A v1 cgroup (pids, memory) around the drill process, where the test may create one.
struct Containment {
    dirs: Vec<PathBuf>,
}

impl Containment {
    fn create(name: &str) -> Containment {
        let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
        let mut dirs = Vec::new();
        for (controller, file, limit) in [
            ("pids", "pids.max", "1024".to_string()),
            ("memory", "memory.limit_in_bytes", (6u64 << 30).to_string()),
        ] {
            let Some(path) = own.lines().find_map(|l| {
                let mut p = l.splitn(3, ':');
                let (_, c, path) = (p.next()?, p.next()?, p.next()?);
                c.split(',').any(|c| c == controller).then_some(path)
            }) else {
                continue;
            };
            let dir = Path::new("/sys/fs/cgroup")
                .join(controller)
                .join(path.trim_start_matches('/'))
                .join(name);
            if std::fs::create_dir(&dir).is_ok() {
                let _ = std::fs::write(dir.join(file), limit);
                dirs.push(dir);
            }
        }
        Containment { dirs }
    }

    /// `sh` lines that move the shell into the groups before it execs drill.
    fn enter(&self) -> String {
        self.dirs
            .iter()
            .map(|d| format!("echo $$ > '{}/cgroup.procs' && ", d.display()))
            .collect()
    }
}

impl Drop for Containment {
    fn drop(&mut self) {
        for dir in &self.dirs {
            let deadline = Instant::now() + Duration::from_secs(5);
            while std::fs::remove_dir(dir).is_err() && Instant::now() < deadline {
                for pid in std::fs::read_to_string(dir.join("cgroup.procs")).unwrap_or_default().lines() {
                    let _ = Command::new("kill").args(["-9", pid]).status();
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

/// One judged run and what it left.
struct Run {
    json: Value,
    code: i32,
    elapsed: Duration,
}

impl Run {
    fn verdict(&self) -> &str {
        self.json["verdict"].as_str().unwrap_or("<none>")
    }
    fn message(&self) -> &str {
        self.json["message"].as_str().unwrap_or("")
    }
}

struct Judge {
    fixture: String,
    mode: &'static str,
    subst: Vec<(&'static str, String)>,
    env: Vec<(&'static str, String)>,
    source: Option<String>,
}

fn judge(fixture: &str) -> Judge {
    Judge {
        fixture: fixture.to_string(),
        mode: "test",
        subst: Vec::new(),
        env: Vec::new(),
        source: None,
    }
}

impl Judge {
    fn submit(mut self) -> Self {
        self.mode = "submit";
        self
    }
    fn subst(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.subst.push((key, value.into()));
        self
    }
    fn env(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.env.push((key, value.into()));
        self
    }
    /// Judge this source instead of the fixture file.
    fn source(mut self, source: String) -> Self {
        self.source = Some(source);
        self
    }

    /// Runs drill, then checks what it left behind.
    fn run(self) -> Run {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let marker = format!("1000.{}{:03}", std::process::id(), n);
        let dir = tempfile::Builder::new().prefix("hostile-").tempdir_in(base_dir()).unwrap();
        let (tmp, home) = (dir.path().join("tmp"), dir.path().join("home"));
        std::fs::create_dir_all(&tmp).unwrap();
        std::fs::create_dir_all(&home).unwrap();
        std::fs::write(home.join("secret.txt"), SECRET).unwrap();
        let drill_home = drill_home();
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut source = self
            .source
            .clone()
            .unwrap_or_else(|| std::fs::read_to_string(fixtures().join(format!("{}.rs", self.fixture))).unwrap());
        let defaults = [
            ("@MARKER@", marker.clone()),
            ("@DRILL_HOME@", drill_home.display().to_string()),
            ("@HISTORY@", drill_home.join(".drill/history.jsonl").display().to_string()),
            ("@CACHE@", drill_home.join(".drill/cache").display().to_string()),
            ("@TESTS_JSON@", manifest.join("problems/lc300/tests.json").display().to_string()),
            ("@PROBLEMS@", manifest.join("problems").display().to_string()),
            ("@DRILL_BIN@", drill_bin().display().to_string()),
            ("@HOME@", home.display().to_string()),
            ("@TMPDIR@", tmp.display().to_string()),
            ("@SECRET@", SECRET.to_string()),
        ];
        for (key, value) in self.subst.iter().cloned().chain(defaults) {
            source = source.replace(key, &value);
        }
        let file = dir.path().join(format!("{}.rs", self.fixture));
        std::fs::write(&file, source).unwrap();

        let group = Containment::create(&format!("drilltest-{}-{n}", std::process::id()));
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c")
            .arg(format!("{}exec \"$0\" \"$@\"", group.enter()))
            .arg(drill_bin())
            .args([self.mode, "lc300", "--json", "--file"])
            .arg(&file)
            .env("DRILL_HOME", drill_home)
            .env("TMPDIR", &tmp)
            .env("HOME", &home)
            .env("DRILL_TEST_SECRET", SECRET)
            .env("AWS_SECRET_ACCESS_KEY", SECRET)
            .stdin(Stdio::null());
        // HOME is a decoy, so rustup's proxy must be told where the toolchains are.
        if let Some(real_home) = std::env::var_os("HOME") {
            let real_home = PathBuf::from(real_home);
            for (var, dir) in [("RUSTUP_HOME", ".rustup"), ("CARGO_HOME", ".cargo")] {
                if std::env::var_os(var).is_none() {
                    cmd.env(var, real_home.join(dir));
                }
            }
        }
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let started = Instant::now();
        let out = cmd.output().unwrap();
        let elapsed = started.elapsed();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let json: Value = serde_json::from_str(stdout.trim()).unwrap_or_else(|_| {
            panic!(
                "{}: drill printed no JSON (exit {:?}): {stdout}\n{}",
                self.fixture,
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            )
        });
        let run = Run {
            json,
            code: out.status.code().unwrap_or(-1),
            elapsed,
        };
        eprintln!(
            "TIMING {:<20} {:<24} {:>6.2} s  {}",
            self.fixture,
            run.verdict(),
            elapsed.as_secs_f64(),
            run.message().chars().take(100).collect::<String>().replace('\n', " ")
        );

        let expected_code = if run.verdict() == "Accepted" { 0 } else { 1 };
        assert_eq!(run.code, expected_code, "{}: exit code for {}", self.fixture, run.verdict());
        assert_no_process_left(&[tmp.to_str().unwrap(), &marker], &self.fixture);
        drop(group);
        let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().flatten().map(|e| e.path()).collect();
        assert!(left.is_empty(), "{}: temp dirs left behind: {left:?}", self.fixture);
        assert_history_intact(drill_home, &self.fixture);
        let stray: Vec<_> = std::fs::read_dir(drill_home)
            .unwrap()
            .chain(std::fs::read_dir(drill_home.join(".drill")).unwrap())
            .chain(std::fs::read_dir(&home).unwrap())
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("pwned"))
            .map(|e| e.path())
            .collect();
        assert!(stray.is_empty(), "{}: files written outside the sandbox: {stray:?}", self.fixture);
        run
    }
}

/// The history still starts with its first record, and every later line is drill's own record
/// of a judgement (tests run in parallel and share the workspace).
fn assert_history_intact(drill_home: &Path, fixture: &str) {
    let history = std::fs::read_to_string(drill_home.join(".drill/history.jsonl")).unwrap();
    assert!(history.starts_with(HISTORY), "{fixture}: the history lost its first record");
    for line in history[HISTORY.len()..].lines() {
        let record: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{fixture}: history line {line:?}: {e}"));
        assert!(
            matches!(record["event"].as_str(), Some("test" | "submit")) && record["problem"] == "lc300",
            "{fixture}: unexpected history record {line}"
        );
    }
}

/// Fails if a process whose command line contains one of `markers` is still alive after a grace
/// period (the kernel tears a pid namespace down asynchronously).
fn assert_no_process_left(markers: &[&str], fixture: &str) {
    let deadline = Instant::now() + Duration::from_secs(3);
    loop {
        let found = processes_with(markers);
        if found.is_empty() {
            return;
        }
        if Instant::now() > deadline {
            panic!("{fixture}: processes left behind: {found:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn processes_with(markers: &[&str]) -> Vec<String> {
    let me = std::process::id().to_string();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()) && n != me)
        })
        .filter_map(|e| {
            let cmdline = std::fs::read(e.path().join("cmdline")).ok()?;
            let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            markers
                .iter()
                .any(|m| text.contains(m))
                .then(|| format!("{}: {text}", e.file_name().to_string_lossy()))
        })
        .collect()
}

fn assert_verdict(run: &Run, verdict: &str, fixture: &str) {
    assert_eq!(run.verdict(), verdict, "{fixture}: {}", run.json);
}

#[test]
fn a_correct_solution_is_accepted_in_the_sandbox() {
    let run = judge("accepted").submit().run();
    assert_verdict(&run, "Accepted", "accepted");
    if let Some(off) = run.json.get("protections_off") {
        eprintln!("protections off on this machine: {off}");
    }
}

#[test]
fn judging_works_with_the_optional_layers_off_and_says_so() {
    let run = judge("accepted")
        .env("DRILL_SANDBOX_DISABLE", "cgroup,namespaces,landlock,seccomp")
        .run();
    assert_verdict(&run, "Accepted", "accepted");
    assert_eq!(
        run.json["protections_off"],
        serde_json::json!(["cgroup", "namespaces", "landlock", "seccomp"]),
        "{}",
        run.json
    );
}

#[test]
fn without_cgroup_and_pid_namespace_detached_sleepers_are_still_killed() {
    let run = judge("detached_sleep").env("DRILL_SANDBOX_DISABLE", "cgroup,namespaces").run();
    assert_verdict(&run, "Accepted", "detached_sleep");
}

#[test]
fn without_namespaces_seccomp_keeps_the_network_closed() {
    network_is_closed(Some("namespaces"));
}

#[test]
fn without_seccomp_the_namespace_keeps_the_network_closed() {
    network_is_closed(Some("seccomp"));
}

#[test]
fn infinite_loop_is_time_limit_exceeded() {
    let run = judge("infinite_loop").run();
    assert_verdict(&run, "Time Limit Exceeded", "infinite_loop");
    assert!(run.elapsed < Duration::from_secs(30));
}

#[test]
fn sleeping_forever_is_time_limit_exceeded_by_the_wall_clock() {
    let run = judge("sleep_forever").run();
    assert_verdict(&run, "Time Limit Exceeded", "sleep_forever");
    assert!(run.elapsed < Duration::from_secs(30));
}

#[test]
fn a_busy_thread_left_running_dies_with_the_program() {
    let run = judge("busy_thread").run();
    assert_verdict(&run, "Accepted", "busy_thread");
}

#[test]
fn touching_4_gib_is_memory_limit_exceeded() {
    let run = judge("memory_4g").run();
    assert_verdict(&run, "Memory Limit Exceeded", "memory_4g");
}

#[test]
fn touching_4_gib_behind_the_allocator_is_stopped() {
    let run = judge("memory_4g_malloc").run();
    if layers().cgroup {
        assert_verdict(&run, "Memory Limit Exceeded", "memory_4g_malloc");
    } else {
        // RLIMIT_AS makes mmap fail, which the fixture turns into a panic.
        assert_eq!(run.verdict(), "Runtime Error", "{}", run.json);
    }
}

#[test]
fn infinite_recursion_is_a_stack_overflow() {
    let run = judge("infinite_recursion").run();
    assert_verdict(&run, "Runtime Error", "infinite_recursion");
    assert!(run.message().contains("stack overflow"), "{}", run.message());
}

#[test]
fn recursion_100_000_deep_is_accepted() {
    let run = judge("deep_recursion").run();
    assert_verdict(&run, "Accepted", "deep_recursion");
}

#[test]
fn a_panic_is_a_runtime_error_with_its_message() {
    let run = judge("panic").run();
    assert_verdict(&run, "Runtime Error", "panic");
    assert!(run.message().contains("hostile panic on"), "{}", run.message());
}

#[test]
fn exiting_early_with_junk_output_is_not_accepted() {
    let run = judge("exit_junk").run();
    assert_verdict(&run, "Runtime Error", "exit_junk");
}

#[test]
fn a_libc_fork_bomb_is_stopped() {
    if bomb_contained() {
        let run = judge("fork_bomb").run();
        assert!(!matches!(run.verdict(), "Accepted" | "Rejected" | "Compile Error"), "{}", run.json);
        assert!(run.elapsed < Duration::from_secs(30));
    }
}

#[test]
fn a_command_fork_bomb_is_stopped() {
    if bomb_contained() {
        let run = judge("fork_bomb_exec").run();
        assert!(!matches!(run.verdict(), "Accepted" | "Rejected" | "Compile Error"), "{}", run.json);
        assert!(run.elapsed < Duration::from_secs(30));
    }
}

#[test]
fn detached_sleepers_are_killed() {
    let run = judge("detached_sleep").run();
    assert_verdict(&run, "Accepted", "detached_sleep");
}

#[test]
fn a_gib_of_stdout_is_output_limit_exceeded_quickly() {
    let run = judge("stdout_flood").run();
    assert_verdict(&run, "Output Limit Exceeded", "stdout_flood");
    assert!(run.elapsed < Duration::from_secs(10), "took {:?}", run.elapsed);
}

#[test]
fn a_gib_of_stderr_is_capped() {
    let run = judge("stderr_flood").run();
    assert_verdict(&run, "Runtime Error", "stderr_flood");
    assert!(run.message().len() < 4096, "message of {} bytes", run.message().len());
}

#[test]
fn secrets_cannot_be_read() {
    let run = judge("read_secrets").submit().run();
    assert_verdict(&run, "Accepted", "read_secrets");
}

#[test]
fn nothing_outside_the_scratch_dir_can_be_written() {
    let run = judge("write_outside").run();
    assert_verdict(&run, "Accepted", "write_outside");
}

#[test]
fn the_network_is_closed() {
    network_is_closed(None);
}

/// TCP and UDP to a listener on 127.0.0.1 and a unix socket all fail (with `disable` off).
fn network_is_closed(disable: Option<&str>) {
    let tcp = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let udp = std::net::UdpSocket::bind(tcp.local_addr().unwrap()).unwrap();
    let socket_dir = tempfile::Builder::new().prefix("sock-").tempdir_in(base_dir()).unwrap();
    let socket = socket_dir.path().join("s");
    let unix = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let mut network = judge("network")
        .subst("@PORT@", tcp.local_addr().unwrap().port().to_string())
        .subst("@UNIX_SOCKET@", socket.display().to_string());
    if let Some(layer) = disable {
        network = network.env("DRILL_SANDBOX_DISABLE", layer);
    }
    let run = network.run();
    if disable == Some("seccomp") {
        // A network namespace does not cover path-named unix sockets, nor does Landlock before
        // ABI 9: without seccomp, only TCP and UDP are held.
        let leaked = run.message().strip_prefix("panicked: LEAK: network open: ").unwrap_or("");
        assert!(
            run.verdict() == "Accepted" || (leaked.starts_with("unix ") && !leaked.contains("tcp") && !leaked.contains("udp")),
            "{}",
            run.json
        );
    } else {
        assert_verdict(&run, "Accepted", "network");
    }
    tcp.set_nonblocking(true).unwrap();
    assert!(tcp.accept().is_err(), "the TCP listener got a connection");
    udp.set_nonblocking(true).unwrap();
    assert!(udp.recv(&mut [0u8; 16]).is_err(), "the UDP socket got a datagram");
    if disable != Some("seccomp") {
        unix.set_nonblocking(true).unwrap();
        assert!(unix.accept().is_err(), "the unix socket got a connection");
    }
}

#[test]
fn a_returned_type_of_its_own_cannot_do_the_work_after_the_timer() {
    let run = judge("lazy_return").submit().run();
    assert_verdict(&run, "Compile Error", "lazy_return");
}

#[test]
fn replacing_the_clock_the_judge_times_with_is_refused() {
    let run = judge("clock_override").submit().run();
    assert_verdict(&run, "Rejected", "clock_override");
    assert!(run.message().contains("#[no_mangle]"), "{}", run.json);
}

#[test]
fn memory_from_the_system_allocator_is_refused() {
    let run = judge("system_allocator").submit().run();
    assert_verdict(&run, "Rejected", "system_allocator");
    assert!(run.message().contains("std::alloc::System"), "{}", run.json);
}

#[test]
fn results_the_program_writes_itself_do_not_hide_its_cpu_time() {
    if !layers().namespaces {
        eprintln!("SKIP: the CPU time is measured by the pid namespace's init");
        return;
    }
    let run = judge("fake_results").submit().run();
    assert_verdict(&run, "Accepted", "fake_results");
    let follow_up = &run.json["follow_ups"][0];
    assert_eq!(follow_up["verdict"], "Time Limit Exceeded", "{}", run.json);
    assert!(follow_up["message"].as_str().unwrap().contains("ms of CPU time"), "{}", run.json);
}

#[test]
fn system_v_ipc_cannot_be_made() {
    let run = judge("sysv_ipc").subst("@STRICT@", "true").subst("@SHM_BYTES@", "4096").run();
    assert_verdict(&run, "Accepted", "sysv_ipc");
}

#[test]
fn without_seccomp_system_v_ipc_dies_with_the_namespace() {
    if !layers().namespaces {
        eprintln!("SKIP: no namespaces here");
        return;
    }
    // A telltale size, looked for afterwards among the machine's shared memory segments.
    let bytes = (3 << 20) + std::process::id() as usize % 4096;
    let run = judge("sysv_ipc")
        .subst("@STRICT@", "false")
        .subst("@SHM_BYTES@", bytes.to_string())
        .env("DRILL_SANDBOX_DISABLE", "seccomp")
        .run();
    assert_verdict(&run, "Accepted", "sysv_ipc");
    let segments = std::fs::read_to_string("/proc/sysvipc/shm").unwrap();
    let left = segments
        .lines()
        .skip(1)
        .any(|l| l.split_whitespace().nth(3) == Some(bytes.to_string().as_str()));
    assert!(!left, "the solution's shared memory outlived it:\n{segments}");
}

#[test]
fn the_environment_carries_no_secret() {
    let run = judge("env_vars").run();
    assert_verdict(&run, "Accepted", "env_vars");
}

#[test]
fn including_the_tests_does_not_compile() {
    let run = judge("include_tests").run();
    assert_verdict(&run, "Compile Error", "include_tests");
    assert!(!run.message().contains("\"hidden\""), "the tests leaked into the message");
}

#[test]
fn including_the_history_does_not_compile() {
    let run = judge("include_history").run();
    assert_verdict(&run, "Compile Error", "include_history");
    assert!(!run.message().contains("SECRET-HISTORY"), "the history leaked into the message");
}

#[test]
fn including_drill_itself_does_not_compile() {
    let run = judge("include_drill").run();
    assert_verdict(&run, "Compile Error", "include_drill");
    assert!(run.message().contains("couldn't read"), "{}", run.message());
}

#[test]
fn a_macro_explosion_is_stopped() {
    let run = judge("macro_explosion").env("DRILL_COMPILE_TIMEOUT_SECS", "10").run();
    assert_verdict(&run, "Compile Error", "macro_explosion");
    assert!(
        run.message().contains("longer than 10 s") || run.message().contains("MiB and was stopped"),
        "{}",
        run.message()
    );
    assert!(run.elapsed < Duration::from_secs(40), "took {:?}", run.elapsed);
}

#[test]
fn an_endless_const_evaluation_is_stopped() {
    let run = judge("const_loop").env("DRILL_COMPILE_TIMEOUT_SECS", "5").run();
    assert_verdict(&run, "Compile Error", "const_loop");
    assert!(run.message().contains("longer than 5 s"), "{}", run.message());
    assert!(run.elapsed < Duration::from_secs(30), "took {:?}", run.elapsed);
}

#[test]
fn a_hundred_thousand_compile_errors_are_capped() {
    let mut source = String::from("impl Solution {\n    pub fn length_of_lis(nums: Vec<i32>) -> i32 {\n");
    // `!()` is one type error per line, reported as type checking goes (unresolved names are
    // reported only at the end of name resolution, after minutes of typo suggestions).
    source.push_str(&"!();\n".repeat(100_000));
    source.push_str("        nums.len() as i32\n    }\n}\n");
    let run = judge("many_errors").source(source).run();
    assert_verdict(&run, "Compile Error", "many_errors");
    assert!(run.message().len() < 70 * 1024, "message of {} bytes", run.message().len());
    assert!(run.message().contains("truncated"), "no truncation note");
}

#[test]
fn peak_memory_matches_what_the_solution_touched() {
    for mib in [100u64, 200] {
        let run = judge("rss").subst("@MIB@", mib.to_string()).run();
        assert_verdict(&run, "Accepted", "rss");
        let kb = run.json["memory_kb"].as_u64().unwrap();
        let expected = mib * 1024;
        let error = (kb as f64 - expected as f64) / expected as f64;
        eprintln!("RSS touched {mib} MiB: reported {kb} kB ({:+.2}%)", error * 100.0);
        assert!(error.abs() < 0.03, "reported {kb} kB for {mib} MiB");
    }
}

#[test]
fn doctor_lists_every_layer() {
    let out = Command::new(drill_bin()).arg("doctor").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for layer in [
        "rlimits",
        "process group",
        "cgroup",
        "namespaces",
        "no_new_privs",
        "landlock",
        "seccomp",
        "clean environment",
    ] {
        assert!(text.contains(layer), "doctor does not mention {layer}:\n{text}");
    }
}

#[test]
fn a_missing_file_is_an_error_with_exit_code_2() {
    let out = Command::new(drill_bin())
        .args(["test", "lc300", "--json", "--file", "/nonexistent/solution.rs"])
        .env("DRILL_HOME", drill_home())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
