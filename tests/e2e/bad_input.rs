//! Bad input of every kind: one line on stderr, exit 2, no panic, nothing lost.

use crate::util::{problem_file, Drill, Run};
use std::process::Command;

/// Runs drill and checks for a clean one-line error that mentions `needle`.
fn fails_cleanly(drill: &Drill, args: &[&str], needle: &str) {
    is_clean_failure(&drill.run(args), args, needle);
}

/// Like [`fails_cleanly`], with drill run by `sh -c '<pipe> timeout 20 drill <args>'` in at most
/// 1 GB of address space: a read without bound fails fast and a hang ends, instead of taking the
/// machine's memory or the test's time. `pipe` may feed drill's stdin (`yes |`).
fn fails_cleanly_in_bounds(drill: &Drill, pipe: &str, args: &[&str], needle: &str) {
    let drill_cmd = drill.command();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v 1000000; {pipe} timeout 20 \"$@\""))
        .arg("sh")
        .arg(drill_cmd.get_program())
        .args(args);
    for (key, value) in drill_cmd.get_envs() {
        match value {
            Some(value) => cmd.env(key, value),
            None => cmd.env_remove(key),
        };
    }
    let out = cmd.output().expect("sh runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    is_clean_failure(&run, args, needle);
}

fn is_clean_failure(run: &Run, args: &[&str], needle: &str) {
    assert_eq!(run.code, 2, "{args:?}: stdout {} stderr {}", run.stdout, run.stderr);
    let stderr = run.stderr.trim();
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(stderr.starts_with("drill: error: "), "{stderr}");
    assert!(stderr.contains(needle), "{args:?}: {stderr:?} lacks {needle:?}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn unknown_problem_suggests_the_closest_id() {
    let drill = Drill::new();
    fails_cleanly(&drill, &["pick", "lc30"], "did you mean 'lc300'");
    fails_cleanly(&drill, &["submit", "nosuchproblem"], "unknown problem 'nosuchproblem'");
}

#[test]
fn missing_solution_file_says_how_to_create_it() {
    let drill = Drill::new();
    fails_cleanly(&drill, &["test", "lc300"], "drill pick");
    fails_cleanly(&drill, &["submit", "lc300", "--file", "/nonexistent/x.rs"], "does not exist");
}

#[test]
fn directory_empty_non_utf8_and_huge_files_are_refused() {
    let drill = Drill::new();
    let home = drill.home().to_str().unwrap().to_string();
    fails_cleanly(&drill, &["submit", "lc300", "--file", &home], "is a directory");
    let empty = drill.write("empty.rs", "  \n");
    fails_cleanly(&drill, &["submit", "lc300", "--file", empty.to_str().unwrap()], "is empty");
    let latin1 = drill.write("latin1.rs", b"impl Solution {} // caf\xe9\n");
    fails_cleanly(&drill, &["submit", "lc300", "--file", latin1.to_str().unwrap()], "not valid UTF-8");
    let huge = drill.write("huge.rs", "// x\n".repeat(300_000));
    fails_cleanly(&drill, &["submit", "lc300", "--file", huge.to_str().unwrap()], "limited to 1 MiB");
}

#[test]
fn devices_pipes_and_fifos_are_refused_before_they_are_read() {
    let drill = Drill::new();
    let good = problem_file("lc300/reference.rs");
    let good = good.to_str().unwrap();
    fails_cleanly_in_bounds(
        &drill,
        "",
        &["test", "lc300", "--file", "/dev/zero"],
        "/dev/zero is a character device, not a regular file",
    );
    fails_cleanly_in_bounds(
        &drill,
        "yes |",
        &["test", "lc300", "--file", "/dev/stdin"],
        "/dev/stdin is a FIFO (pipe), not a regular file",
    );
    let fifo = drill.home().join("lc300.rs");
    nix::unistd::mkfifo(&fifo, nix::sys::stat::Mode::S_IRWXU).unwrap();
    fails_cleanly_in_bounds(&drill, "", &["submit", "lc300"], "lc300.rs is a FIFO (pipe), not a regular file");
    fails_cleanly_in_bounds(
        &drill,
        "",
        &["test", "lc300", "--file", good, "--case-file", "/dev/zero"],
        "cannot read the case file /dev/zero: it is a character device",
    );
    let cases = drill.write("cases.txt", "[1,2,3]\n".repeat(600_000));
    fails_cleanly(
        &drill,
        &["test", "lc300", "--file", good, "--case-file", cases.to_str().unwrap()],
        "cases.txt: it is over 4 MiB",
    );
    let state = drill.home().join(".drill");
    std::fs::create_dir_all(&state).unwrap();
    std::os::unix::fs::symlink("/dev/zero", state.join("history.jsonl")).unwrap();
    fails_cleanly_in_bounds(&drill, "", &["stats"], "history.jsonl is a character device");
    std::os::unix::fs::symlink("/dev/zero", drill.home().join("drill.toml")).unwrap();
    fails_cleanly_in_bounds(&drill, "", &["list"], "drill.toml is a character device");
}

#[test]
fn unwritable_drill_home_is_reported() {
    let drill = Drill::new();
    let file = drill.write("not-a-dir", "x");
    let run = drill
        .command()
        .env("DRILL_HOME", file.join("sub"))
        .args(["pick", "lc300"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.starts_with("drill: error: cannot create"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn unknown_company_and_language_are_refused() {
    let drill = Drill::new();
    fails_cleanly(&drill, &["list", "--company", "nosuchco"], "unknown company list 'nosuchco'");
    fails_cleanly(&drill, &["show", "lc300", "--lang", "fr"], "unknown language 'fr'");
}

/// `drill submit lc300 --json` of the reference with the build cache in `cache`.
fn submit_with_cache(drill: &Drill, cache: &std::path::Path) -> (Option<i32>, String, String) {
    let out = drill
        .command()
        .env("DRILL_CACHE", cache)
        .args(["submit", "lc300", "--json", "--file"])
        .arg(problem_file("lc300/reference.rs"))
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_corrupted_cache_is_rebuilt_not_fatal() {
    let drill = Drill::new();
    let cache = drill.home().join("own-cache");
    let submit = || submit_with_cache(&drill, &cache);
    let (code, stdout, stderr) = submit();
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let mut damaged = 0;
    for entry in walk(&cache) {
        let name = entry.file_name().unwrap().to_string_lossy().into_owned();
        if [".json", ".rlib", ".in"].iter().any(|ext| name.ends_with(ext)) {
            std::fs::write(&entry, b"\x00garbage").unwrap();
            damaged += 1;
        }
    }
    assert!(
        damaged >= 5,
        "toolchain, calibration, prelude and both tiers' inputs are cached ({damaged} files)"
    );
    let (code, stdout, stderr) = submit();
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("\"verdict\":\"Accepted\""), "{stdout}");
}

#[test]
fn a_prelude_damaged_at_its_own_size_is_rebuilt() {
    let drill = Drill::new();
    let cache = drill.home().join("own-cache");
    let (code, stdout, stderr) = submit_with_cache(&drill, &cache);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let rlib = walk(&cache)
        .into_iter()
        .find(|p| p.ends_with("libdrill_prelude.rlib"))
        .expect("the prelude is cached");
    let mut bytes = std::fs::read(&rlib).unwrap();
    for i in (1000..bytes.len()).step_by(4096) {
        bytes[i] ^= 0xff;
    }
    std::fs::write(&rlib, &bytes).unwrap();
    let (code, stdout, stderr) = submit_with_cache(&drill, &cache);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("\"verdict\":\"Accepted\""), "{stdout}");
}

#[test]
fn a_calibration_that_does_not_fit_the_tiers_is_measured_again() {
    let drill = Drill::new();
    let cache = drill.home().join("own-cache");
    let (code, stdout, stderr) = submit_with_cache(&drill, &cache);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    let file = walk(&cache)
        .into_iter()
        .find(|p| p.parent().unwrap().ends_with("calibration"))
        .expect("the calibration is cached");
    let mut calibration: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let answers = calibration["tiers"][1]["answers"]
        .as_array_mut()
        .expect("lc300 has a follow-up tier");
    answers.truncate(1);
    std::fs::write(&file, calibration.to_string()).unwrap();
    let (code, stdout, stderr) = submit_with_cache(&drill, &cache);
    assert_eq!(code, Some(0), "{stdout}{stderr}");
    assert!(stdout.contains("\"verdict\":\"Accepted\""), "{stdout}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}
