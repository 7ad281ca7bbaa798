//! Practice tracking through the real binary: the history survives concurrent writers, `kill -9`
//! and crashes mid-line, older formats are read, and judging never depends on recording.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

struct Drill {
    home: tempfile::TempDir,
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(self.stdout.trim())
            .unwrap_or_else(|e| panic!("stdout is not one JSON object ({e}):\n{}\nstderr: {}", self.stdout, self.stderr))
    }
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

fn reference() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("problems/lc300/reference.rs")).unwrap()
}

impl Drill {
    fn new() -> Drill {
        Drill {
            home: tempfile::tempdir().expect("temp DRILL_HOME"),
        }
    }

    fn home(&self) -> &Path {
        self.home.path()
    }

    fn history(&self) -> PathBuf {
        self.home().join(".drill/history.jsonl")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_drill"));
        cmd.args(args)
            .env("DRILL_HOME", self.home())
            .env("DRILL_CACHE", Path::new(env!("CARGO_TARGET_TMPDIR")).join("drill-cache"))
            .env("NO_COLOR", "1")
            .env("TZ", "CST-8")
            .stdin(Stdio::null());
        cmd
    }

    fn run(&self, args: &[&str]) -> Run {
        let Output { status, stdout, stderr } = self.command(args).output().expect("drill runs");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    /// Like `run`, in at most `kib` KiB of address space (`ulimit -v`).
    fn run_in(&self, kib: u64, args: &[&str]) -> Run {
        let drill = self.command(args);
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!("ulimit -v {kib}; exec \"$@\""))
            .arg("sh")
            .arg(drill.get_program())
            .args(drill.get_args())
            .envs(drill.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .stdin(Stdio::null());
        let Output { status, stdout, stderr } = cmd.output().expect("sh runs");
        Run {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    fn write(&self, name: &str, contents: &str) -> String {
        let path = self.home().join(name);
        std::fs::write(&path, contents).unwrap();
        path.to_str().unwrap().to_string()
    }

    /// The history's lines, each checked to be a complete JSON record.
    fn records(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(self.history()).unwrap();
        assert!(text.is_empty() || text.ends_with('\n'), "history ends mid-line");
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("corrupt line ({e}): {l:?}")))
            .collect()
    }

    fn stats(&self) -> Value {
        let run = self.run(&["stats", "--json"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.json()
    }
}

/// Distinct accepted sources, so each writer archives its own.
fn accepted_variant(n: usize) -> String {
    format!("// variant {n}\n{}", reference())
}

#[test]
fn eight_concurrent_submitters_lose_and_corrupt_nothing() {
    const WRITERS: usize = 8;
    const SUBMITS: usize = 50;
    let drill = Drill::new();
    let files: Vec<String> = (0..WRITERS)
        .map(|w| drill.write(&format!("w{w}.rs"), &accepted_variant(w)))
        .collect();
    // Warm the build cache first, so the race is between appends, not compilers.
    for file in &files {
        assert_eq!(drill.run(&["test", "lc300", "--file", file, "--json"]).code, 0);
    }
    std::fs::remove_file(drill.history()).unwrap();
    std::thread::scope(|s| {
        for file in &files {
            let drill = &drill;
            s.spawn(move || {
                for _ in 0..SUBMITS {
                    let run = drill.run(&["submit", "lc300", "--file", file, "--json"]);
                    assert_eq!(run.code, 0, "{}", run.stderr);
                    assert_eq!(run.json()["verdict"], "Accepted");
                    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
                }
            });
        }
    });
    let records = drill.records();
    assert_eq!(records.len(), WRITERS * SUBMITS);
    for w in 0..WRITERS {
        let hash = sha256_of(&accepted_variant(w));
        let mine = records.iter().filter(|r| r["source"] == hash.as_str()).count();
        assert_eq!(mine, SUBMITS, "writer {w}");
        let archived = std::fs::read_to_string(drill.home().join(format!(".drill/submissions/{hash}.rs"))).unwrap();
        assert_eq!(archived, accepted_variant(w));
    }
    assert_eq!(std::fs::read_dir(drill.home().join(".drill/submissions")).unwrap().count(), WRITERS);
    let stats = drill.stats();
    assert_eq!(stats["problems"][0]["submissions"], WRITERS * SUBMITS);
    assert_eq!(stats["problems"][0]["first_try"]["attempts"], WRITERS * SUBMITS);
}

/// The SHA-256 drill names a source by, from `sha256sum` (a different implementation).
fn sha256_of(text: &str) -> String {
    let mut child = Command::new("sha256sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("sha256sum");
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

/// A small xorshift generator; the seed is printed so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn kill_9_at_random_points_leaves_a_readable_history() {
    let seed = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    eprintln!("seed {seed}");
    let mut rng = Rng(seed);
    let drill = Drill::new();
    let file = drill.write("lc300.rs", &reference());
    assert_eq!(drill.run(&["submit", "lc300", "--file", &file]).code, 0);
    let mut finished_submits = 1;
    for _ in 0..12 {
        // Submits (mostly judging, then one append) and quick commands that are mostly history
        // I/O, each killed at its own random moment.
        let commands: [&[&str]; 6] = [
            &["submit", "lc300", "--file", &file, "--json"],
            &["submit", "lc300", "--file", &file, "--json"],
            &["submit", "lc300", "--file", &file, "--json"],
            &["pick", "lc300"],
            &["pause"],
            &["resume"],
        ];
        let start = Instant::now();
        let mut children: Vec<_> = commands
            .iter()
            .map(|args| {
                let limit = if args[0] == "submit" { 400 } else { 15 };
                let kill_at = Duration::from_millis(rng.below(limit));
                let child = drill.command(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
                (kill_at, args[0] == "submit", child)
            })
            .collect();
        children.sort_by_key(|c| c.0);
        for (kill_at, submit, child) in &mut children {
            std::thread::sleep(kill_at.saturating_sub(start.elapsed()));
            child.kill().unwrap(); // SIGKILL
            if child.wait().unwrap().success() && *submit {
                finished_submits += 1;
            }
        }
        // Readable after every round: no error, and every complete line a record.
        let stats = drill.stats();
        assert!(stats["problems"][0]["submissions"].as_u64().unwrap() >= finished_submits, "{stats}");
    }
    let run = drill.run(&["submit", "lc300", "--file", &file, "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let submits = drill.records().iter().filter(|r| r["event"] == "submit").count() as u64;
    assert!(
        submits > finished_submits,
        "{submits} submit records, {finished_submits} submits finished"
    );
    let log = drill.run(&["log", "lc300"]);
    assert_eq!(log.code, 0, "{}", log.stderr);
}

#[test]
fn a_torn_last_line_is_skipped_with_a_warning_then_dropped() {
    let drill = Drill::new();
    let file = drill.write("lc300.rs", &reference());
    assert_eq!(drill.run(&["submit", "lc300", "--file", &file]).code, 0);
    let whole = std::fs::read_to_string(drill.history()).unwrap();
    let torn = &whole[..whole.len() / 2];
    std::fs::write(drill.history(), format!("{whole}{torn}")).unwrap();
    let run = drill.run(&["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["problems"][0]["submissions"], 1);
    assert!(run.stderr.contains("incomplete"), "{}", run.stderr);
    let run = drill.run(&["submit", "lc300", "--file", &file, "--json"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.json()["verdict"], "Accepted");
    assert!(run.stderr.contains("dropped an incomplete last line"), "{}", run.stderr);
    assert_eq!(drill.records().len(), 2);
    let run = drill.run(&["stats"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn a_whole_last_line_without_its_newline_is_kept() {
    let drill = Drill::new();
    let file = drill.write("lc300.rs", &reference());
    assert_eq!(drill.run(&["submit", "lc300", "--file", &file]).code, 0);
    // As an editor that adds no final newline saves it.
    let text = std::fs::read_to_string(drill.history()).unwrap();
    std::fs::write(drill.history(), text.strip_suffix('\n').unwrap()).unwrap();
    let run = drill.run(&["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(run.json()["problems"][0]["submissions"], 1);
    let run = drill.run(&["submit", "lc300", "--file", &file]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let verdicts: Vec<Value> = drill.records().into_iter().map(|r| r["verdict"].clone()).collect();
    assert_eq!(verdicts, ["Accepted", "Accepted"]);
}

#[test]
fn a_history_line_without_end_is_read_in_bounded_memory() {
    let drill = Drill::new();
    std::fs::create_dir_all(drill.home().join(".drill")).unwrap();
    // 300 MiB of zeros and no newline, sparse (no disk used). Held whole, it would need 512 MiB.
    std::fs::File::create(drill.history()).unwrap().set_len(300 << 20).unwrap();
    let run = drill.run_in(400_000, &["stats", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("is incomplete"), "{}", run.stderr);
    assert_eq!(run.json()["problems"], serde_json::json!([]));
    let run = drill.run_in(400_000, &["pick", "lc300"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("dropped an incomplete last line"), "{}", run.stderr);
    assert_eq!(drill.records().len(), 1);
}

#[test]
fn a_version_1_history_is_read() {
    let drill = Drill::new();
    std::fs::create_dir_all(drill.home().join(".drill")).unwrap();
    std::fs::copy(fixture("history/v1.jsonl"), drill.history()).unwrap();
    let stats = drill.stats();
    let p = &stats["problems"][0];
    assert_eq!(p["id"], "lc300");
    assert_eq!(p["solve_times_ms"], serde_json::json!([1_200_000, 750_000, 1_200_000]), "{p}");
    assert_eq!(
        (p["attempts"].as_u64(), p["submissions"].as_u64(), p["tests"].as_u64()),
        (Some(3), Some(4), Some(1))
    );
    assert_eq!(p["first_try"]["accepted"], 2);
    assert_eq!(p["best_solve_ms"], 750_000);
    assert_eq!(p["median_solve_ms"], 1_200_000);
    assert_eq!(stats["streak"]["longest_days"], 3, "Jan 7–9 in UTC+8: {stats}");
    assert_eq!(stats["mocks"][0]["completed_ms"], 1_200_000);
    let log = drill.run(&["log", "lc300"]);
    assert!(log.stdout.contains("solved in 12:30"), "{}", log.stdout);
    // A new record goes after the old ones, which stay byte for byte.
    let before = std::fs::read_to_string(drill.history()).unwrap();
    assert_eq!(drill.run(&["pick", "lc300"]).code, 0);
    let after = std::fs::read_to_string(drill.history()).unwrap();
    assert!(after.starts_with(&before) && after.len() > before.len());
}

#[test]
fn pick_to_accepted_is_timed_and_every_submission_is_archived() {
    let drill = Drill::new();
    let run = drill.run(&["pick", "lc300"]);
    assert!(run.stdout.contains("Timer started (attempt 1)"), "{}", run.stdout);
    let wrong = std::fs::read_to_string(fixture("lc300/panics.rs")).unwrap();
    drill.write("lc300.rs", &wrong);
    assert_eq!(drill.run(&["submit", "lc300"]).code, 1);
    assert!(drill.run(&["timer"]).stdout.contains("running"));
    drill.write("lc300.rs", &reference());
    let run = drill.run(&["submit", "lc300"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Solved in 0:0"), "{}", run.stdout);
    assert!(drill.run(&["timer"]).stdout.contains("No timer is running"));

    let log = drill.run(&["log", "lc300"]).stdout;
    assert!(log.contains("#1") && log.contains("Runtime Error") && log.contains("#2"), "{log}");
    let shown = drill.run(&["show", "lc300", "--submission", "1"]);
    assert_eq!(shown.stdout, wrong);
    let diff = drill.run(&["diff", "lc300", "1", "2"]).stdout;
    assert!(
        diff.contains("--- lc300 #1") && diff.contains("+++ lc300 #2") && diff.contains("-            return v[nums.len()];"),
        "{diff}"
    );
    let missing = drill.run(&["show", "lc300", "--submission", "3"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("submissions 1 to 2"), "{}", missing.stderr);

    let stats = drill.stats();
    let p = &stats["problems"][0];
    assert_eq!(p["solved"], true);
    assert_eq!(p["solve_times_ms"].as_array().unwrap().len(), 1);
    assert_eq!(p["first_try"]["accepted"], 0);
    let bytedance = drill.run(&["stats", "--company", "字节跳动", "--json"]).json();
    assert_eq!(bytedance["lists"][0]["alias"], "bytedance");
    assert_eq!(bytedance["lists"][0]["solved"], 1);

    // Picking a solved problem starts a new attempt.
    assert!(drill.run(&["pick", "lc300"]).stdout.contains("Timer started (attempt 2)"));
}

#[test]
fn pause_resume_and_no_timer() {
    let drill = Drill::new();
    let run = drill.run(&["pick", "lc300", "--no-timer"]);
    assert!(run.stdout.contains("No timer running"), "{}", run.stdout);
    assert!(drill.run(&["timer"]).stdout.contains("No timer is running"));
    drill.run(&["pick", "lc300"]);
    assert!(drill.run(&["pause"]).stdout.contains("Paused: lc300"));
    assert!(drill.run(&["timer"]).stdout.contains("paused"));
    assert!(drill.run(&["pause", "lc300"]).stdout.contains("No running timer of lc300"));
    assert!(drill.run(&["resume", "lc300"]).stdout.contains("Resumed: lc300"));
    let events: Vec<Value> = drill.records().iter().map(|r| r["event"].clone()).collect();
    assert_eq!(events, ["pick", "pick", "pause", "resume"]);
    assert_eq!(drill.records()[0]["timer"], false);
}

#[test]
fn next_suggests_and_a_mock_is_one_timed_entry() {
    let drill = Drill::new();
    let next = drill.run(&["next", "--company", "bytedance", "--json"]).json();
    assert_eq!(next["id"], "lc300");
    assert_eq!(next["kind"], "unsolved");
    assert!(next["reason"].as_str().unwrap().contains("#1 on the bytedance list"), "{next}");

    let run = drill.run(&["mock", "bytedance", "--minutes", "30"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("30 minutes"), "{}", run.stdout);
    let mocks: Vec<Value> = drill.records().into_iter().filter(|r| r["event"] == "mock").collect();
    assert_eq!(mocks.len(), 1);
    assert_eq!(mocks[0]["mock"]["list"], "bytedance");
    assert!(drill.run(&["timer"]).stdout.contains("Mock interview (bytedance)"));
    assert!(drill.run(&["pause"]).stdout.contains("Not paused"));
    let set: Vec<String> = mocks[0]["mock"]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .collect();
    assert!(set.contains(&"lc300".to_string()) && set.len() <= 2, "{set:?}");
    let mut last = String::new();
    for id in &set {
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("problems/{id}/reference.rs"));
        let run = drill.run(&["submit", id, "--file", file.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stdout);
        last = run.stdout;
    }
    let n = set.len();
    assert!(last.contains(&format!("Mock bytedance: {n}/{n} solved")), "{last}");
    let stats = drill.stats();
    assert!(stats["mocks"][0]["completed_ms"].as_u64().is_some(), "{stats}");
    assert_eq!(stats["mocks"][0]["solved_in_time"], n);
    assert_eq!(stats["mocks"][0]["over"], true);
    let next = drill.run(&["next", "--company", "bytedance", "--json"]).json();
    assert!(
        next["kind"] == "ahead" || !set.contains(&next["id"].as_str().unwrap().to_string()),
        "{next}"
    );
}

#[test]
fn a_history_that_cannot_be_written_never_costs_the_verdict() {
    let drill = Drill::new();
    std::fs::create_dir_all(drill.history()).unwrap(); // a directory where the file should be
    let file = drill.write("lc300.rs", &reference());
    let run = drill.run(&["submit", "lc300", "--file", &file, "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["verdict"], "Accepted");
    assert!(run.stderr.starts_with("drill: warning:"), "{}", run.stderr);
    let run = drill.run(&["test", "lc300"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Accepted"), "{}", run.stdout);
}

#[test]
fn stats_on_an_empty_history() {
    let drill = Drill::new();
    let started = Instant::now();
    let run = drill.run(&["stats"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("No practice recorded yet"), "{}", run.stdout);
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(drill.stats()["problems"], serde_json::json!([]));
}
