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
fn saving_reruns_the_tests_s_submits_q_quits() {
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
    assert!(first.contains("Wrong Answer  2/3 examples passed"), "{first}");

    std::thread::sleep(Duration::from_millis(50));
    std::fs::copy(problem_file("lc300/reference.rs"), &solution).unwrap();
    let second = until(&lines, "watching:");
    assert!(second.contains("Accepted  3/3 examples passed"), "{second}");

    writeln!(stdin, "s").unwrap();
    let third = until(&lines, "watching:");
    assert!(third.contains("drill watch lc300 · run 3: submit"), "{third}");
    assert!(third.contains("testcases passed"), "{third}");

    writeln!(stdin, "q").unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
}
