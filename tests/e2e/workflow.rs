//! The user's path: pick writes LeetCode's starter, never overwrites, test and submit use it.

use crate::util::{problem_file, Drill};

#[test]
fn pick_writes_the_leetcode_snippet_and_prints_both_languages() {
    let drill = Drill::new();
    let run = drill.run(&["pick", "lc300", "--lang", "both"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("中文") && run.stdout.contains("English") && run.stdout.contains("最长") && run.stdout.contains("Longest"),
        "{}",
        run.stdout
    );
    let starter = std::fs::read_to_string(drill.home().join("lc300.rs")).unwrap();
    assert_eq!(
        starter,
        "impl Solution {\n    pub fn length_of_lis(nums: Vec<i32>) -> i32 {\n        \n    }\n}\n"
    );
}

#[test]
fn pick_never_overwrites_a_solution() {
    let drill = Drill::new();
    let mine = "// my work\n";
    drill.write("lc300.rs", mine);
    let run = drill.run(&["pick", "lc300"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("kept as it is"), "{}", run.stdout);
    assert_eq!(std::fs::read_to_string(drill.home().join("lc300.rs")).unwrap(), mine);
}

#[test]
fn the_untouched_starter_is_a_compile_error_then_a_solution_is_accepted() {
    let drill = Drill::new();
    assert_eq!(drill.run(&["pick", "lc300"]).code, 0);
    let run = drill.run(&["test", "lc300"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("Compile Error"), "{}", run.stdout);
    std::fs::copy(problem_file("lc300/reference.rs"), drill.home().join("lc300.rs")).unwrap();
    let run = drill.run(&["test", "lc300"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let run = drill.run(&["submit", "lc300"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("Accepted"), "{}", run.stdout);
    assert!(run.stdout.contains("follow-up O(n log n): Accepted"), "{}", run.stdout);
}

#[test]
fn company_list_by_alias_or_chinese_name() {
    let drill = Drill::new();
    let by_alias = drill.run(&["list", "--company", "bytedance", "--json"]);
    let by_name = drill.run(&["list", "--company", "字节跳动", "--json"]);
    assert_eq!(by_alias.code, 0, "{}", by_alias.stderr);
    assert_eq!(by_alias.stdout, by_name.stdout);
    let ids: Vec<String> = by_alias
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.first().map(String::as_str), Some("lc300"));
}

#[test]
fn build_dirs_are_removed_and_so_are_those_of_a_killed_drill() {
    let drill = Drill::new();
    let tmp = tempfile::tempdir().unwrap();
    // A drill that was killed left its build dir behind (no process has this pid: it is above
    // the kernel's pid_max); a running drill's (this test's own pid) must be left alone.
    let abandoned = tmp.path().join("drill-999999999-build-abc123");
    let running = tmp.path().join(format!("drill-{}-build-def456", std::process::id()));
    for dir in [&abandoned, &running] {
        std::fs::create_dir_all(dir.join("bin")).unwrap();
        std::fs::write(dir.join("tier0.in"), "1 1 1\n[1]\n").unwrap();
    }
    let reference = problem_file("lc300/reference.rs");
    let run = drill.run_with(
        &[("TMPDIR", tmp.path().to_str().unwrap())],
        &["submit", "lc300", "--file", reference.to_str().unwrap(), "--json"],
    );
    assert_eq!(run.json()["verdict"], "Accepted", "{}", run.stderr);
    assert!(!abandoned.exists(), "the dead drill's build dir is still there");
    assert!(running.exists(), "a live drill's build dir was removed");
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(
        left,
        vec![running.file_name().unwrap().to_owned()],
        "drill left its own build dir behind"
    );
}

/// `drill next --json`'s id, with extra environment variables.
fn next_id(drill: &Drill, env: &[(&str, &str)]) -> String {
    let run = drill.run_with(env, &["next", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.json()["id"].as_str().unwrap().to_string()
}

#[test]
fn pick_without_an_id_takes_the_first_unsolved_problem_then_drill_nexts_choice() {
    let drill = Drill::new();
    // No history: the first problem in catalog order, as `drill next` says.
    assert_eq!(next_id(&drill, &[]), "lc3");
    let run = drill.run(&["pick", "--no-edit", "--no-timer"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("No id given: picking lc3, drill next's choice from drill's catalog: not solved yet; #1"),
        "{}",
        run.stdout
    );
    assert!(std::fs::read_to_string(drill.home().join("lc3.rs"))
        .unwrap()
        .contains("pub fn length_of_longest_substring"));

    // The default company list of drill.toml (or DRILL_COMPANY) is where both choose from.
    let tencent = [("DRILL_COMPANY", "tencent")];
    assert_eq!(next_id(&drill, &tencent), "lc76");
    let run = drill.run_with(&tencent, &["pick", "--no-edit", "--no-timer"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("No id given: picking lc76, drill next's choice from 腾讯 (tencent)"),
        "{}",
        run.stdout
    );
    assert!(drill.home().join("lc76.rs").exists());

    // With history: an open attempt of the list's second problem comes before its first.
    assert_eq!(drill.run(&["pick", "lc1143", "--no-edit"]).code, 0);
    assert_eq!(next_id(&drill, &tencent), "lc1143");
    let run = drill.run_with(&tencent, &["pick", "--no-edit"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("No id given: picking lc1143"), "{}", run.stdout);
    assert!(run.stdout.contains("your attempt is still open"), "{}", run.stdout);
    assert_eq!(next_id(&drill, &[]), "lc1143", "the catalog's choice too");
    assert_eq!(drill.run_with(&tencent, &["next", "--all", "--json"]).json()["id"], "lc1143");
}

#[test]
fn pick_without_an_id_when_every_problem_is_solved_says_so_and_picks_a_review() {
    let drill = Drill::new();
    let minimax = [("DRILL_COMPANY", "minimax")];
    let run = drill.run_with(
        &minimax,
        &["submit", "mha", "--file", problem_file("mha/reference.rs").to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(next_id(&drill, &minimax), "mha");
    let run = drill.run_with(&minimax, &["pick", "--no-edit"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(
            "No id given, and every problem of MiniMax (minimax) is solved: picking mha to review, drill next's choice: solved 1 time(s)"
        ),
        "{}",
        run.stdout
    );
    assert!(drill.home().join("mha.rs").exists());
}
