//! Snapshots of rendered output (insta; `cargo insta review`, or INSTA_UPDATE=always to
//! rewrite). Times and memory are redacted: they differ from run to run.

use crate::util::{problem_file, Drill, Run};

fn redacted(run: &Run) -> String {
    let mut out = String::new();
    for line in run.stdout.lines() {
        if line.starts_with("time ") && line.contains(" ms · memory ") {
            out.push_str("time [ms] · memory [MB]\n");
        } else {
            out.push_str(&clock_times_redacted(line));
            out.push('\n');
        }
    }
    out
}

/// `0:01`, `12:34` and `1:02:03` become `[t]`, padded to the same width so columns still line up.
fn clock_times_redacted(line: &str) -> String {
    let mut out = String::new();
    for word in line.split_inclusive(' ') {
        let bare = word.trim_end();
        let is_clock = bare.contains(':') && bare.split(':').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
        if is_clock {
            out.push_str(&format!("{:<width$}", "[t]", width = bare.len()));
            out.push_str(&word[bare.len()..]);
        } else {
            out.push_str(word);
        }
    }
    out
}

/// `drill list`'s header and lc300's row, cells joined by ` | ` (less the lists column, which
/// lists.json changes): column widths change with every problem added, so the layout itself is
/// snapshotted in `render::table`'s unit tests.
#[test]
fn list() {
    let run = Drill::new().run_with(&[("COLUMNS", "200")], &["list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let cells = |line: &str| {
        line.split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .take(4)
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let mut lines = run.stdout.lines();
    let header = lines.next().unwrap();
    let rule = lines.next().unwrap();
    assert!(rule.chars().all(|c| c == '─'), "{rule}");
    let lc300 = run.stdout.lines().find(|l| l.starts_with("lc300 ")).unwrap();
    insta::assert_snapshot!("list", format!("{}\n{}\n", cells(header), cells(lc300)));
}

#[test]
fn show_in_each_language() {
    let drill = Drill::new();
    for lang in ["zh", "en"] {
        let run = drill.run(&["show", "lc300", "--lang", lang]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        insta::assert_snapshot!(format!("show_lc300_{lang}"), redacted(&run));
    }
}

#[test]
fn wrong_answer_on_the_examples() {
    let drill = Drill::new();
    let wrong = problem_file("lc300/wrong/non_strict.rs");
    let run = drill.run(&["test", "lc300", "--file", wrong.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!("wrong_answer_test", redacted(&run));
}

#[test]
fn wrong_answer_on_submit() {
    let drill = Drill::new();
    let wrong = problem_file("lc300/wrong/non_strict.rs");
    let run = drill.run(&["submit", "lc300", "--file", wrong.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!("wrong_answer_submit", redacted(&run));
}

#[test]
fn custom_case_beside_the_reference() {
    let drill = Drill::new();
    let wrong = problem_file("lc300/wrong/greedy_first.rs");
    let run = drill.run(&[
        "test",
        "lc300",
        "--file",
        wrong.to_str().unwrap(),
        "--case",
        "[10,9,2,5,3,7,101,18]",
        "--case",
        "[3,1,2]",
    ]);
    insta::assert_snapshot!("custom_cases", format!("exit {}\n{}", run.code, redacted(&run)));
}

#[test]
fn stats_after_a_wrong_then_a_right_submit() {
    let drill = Drill::new();
    assert_eq!(drill.run(&["pick", "lc300", "--no-edit"]).code, 0);
    std::fs::copy(problem_file("lc300/wrong/non_strict.rs"), drill.home().join("lc300.rs")).unwrap();
    assert_eq!(drill.run(&["submit", "lc300"]).code, 1);
    std::fs::copy(problem_file("lc300/reference.rs"), drill.home().join("lc300.rs")).unwrap();
    assert_eq!(drill.run(&["submit", "lc300"]).code, 0);
    let run = drill.run_with(&[("COLUMNS", "200")], &["stats", "--company", "bytedance"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The headers and lc300's rows, cells joined by ` | `: the list's other problems (and so the
    // column widths) change as problems are added.
    let cells = |line: &str| {
        line.split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let kept: Vec<String> = redacted(&run)
        .lines()
        .filter(|l| l.starts_with("streak") || l.starts_with("list ") || l.starts_with("problem ") || l.starts_with("lc300 "))
        .map(cells)
        .collect();
    insta::assert_snapshot!("stats", kept.join("\n"));
}
