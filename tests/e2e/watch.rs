//! `drill watch`: re-runs the tests on every save, submits on `s`, quits on `q`.

use crate::util::{problem_file, Drill};
use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

/// Reads lines until one contains `needle`; returns everything read.
fn until(lines: &mpsc::Receiver<String>, needle: &str) -> String {
    let mut seen = String::new();
    loop {
        match lines.recv_timeout(Duration::from_secs(120)) {
            Ok(line) => {
                seen.push_str(&line);
                seen.push('\n');
                if line.contains(needle) {
                    return seen;
                }
            }
            Err(e) => panic!("no line with {needle:?} ({e}); got:\n{seen}"),
        }
    }
}

#[test]
fn saves_in_place_and_by_rename_rerun_the_tests_once_s_submits_q_quits() {
    let drill = Drill::new();
    let solution = drill.home().join("lc300.rs");
    std::fs::copy(problem_file("lc300/wrong/non_strict.rs"), &solution).unwrap();
    let mut child = drill
        .command()
        .args(["watch", "lc300"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, lines) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut stdin = child.stdin.take().unwrap();

    let first = until(&lines, "watching:");
    assert!(
        first.contains("run 1: test") && first.contains("Wrong Answer  2/3 examples passed"),
        "{first}"
    );

    // Written in place (truncate, write, close: several events, one run).
    std::fs::copy(problem_file("lc300/reference.rs"), &solution).unwrap();
    let second = until(&lines, "watching:");
    assert!(
        second.contains("run 2: test") && second.contains("Accepted  3/3 examples passed"),
        "{second}"
    );

    // Saved as vim and JetBrains do: a new file renamed over the old one, a new inode.
    let new = drill.home().join("lc300.rs.tmp");
    std::fs::copy(problem_file("lc300/wrong/non_strict.rs"), &new).unwrap();
    std::fs::rename(&new, &solution).unwrap();
    let third = until(&lines, "watching:");
    assert!(
        third.contains("run 3: test") && third.contains("Wrong Answer  2/3 examples passed"),
        "{third}"
    );

    // The watch survives the rename: the new file is watched too.
    std::fs::copy(problem_file("lc300/reference.rs"), &solution).unwrap();
    let fourth = until(&lines, "watching:");
    assert!(
        fourth.contains("run 4: test") && fourth.contains("Accepted  3/3 examples passed"),
        "{fourth}"
    );

    writeln!(stdin, "s").unwrap();
    let fifth = until(&lines, "watching:");
    assert!(fifth.contains("drill watch lc300 · run 5: submit"), "{fifth}");
    assert!(fifth.contains("testcases passed"), "{fifth}");

    writeln!(stdin, "q").unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
}

#[test]
fn a_directory_that_cannot_be_watched_is_one_clear_error() {
    let drill = Drill::new();
    let missing = drill.home().join("no-such-dir/lc300.rs");
    let run = drill.run(&["watch", "lc300", "--file", missing.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("cannot watch") && run.stderr.contains("drill test lc300"),
        "{}",
        run.stderr
    );
    assert!(!run.stdout.contains("run 1"), "no run without a watch: {}", run.stdout);
}
