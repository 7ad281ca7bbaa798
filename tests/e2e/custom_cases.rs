//! `drill test --case` / `--case-file`: the user's inputs, the solution beside the reference.

use crate::util::{problem_file, Drill};

fn with_reference() -> Drill {
    let drill = Drill::new();
    std::fs::copy(problem_file("lc300/reference.rs"), drill.home().join("lc300.rs")).unwrap();
    drill
}

#[test]
fn a_custom_case_shows_the_output_and_that_the_reference_agrees() {
    let drill = with_reference();
    let run = drill.run(&["test", "lc300", "--case", "[10,9,2,5,3,7,101,18]"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("✓ case 1: nums = [10,9,2,5,3,7,101,18]"), "{}", run.stdout);
    assert!(run.stdout.contains("output:    4"), "{}", run.stdout);
    assert!(run.stdout.contains("custom cases: 1/1 match the reference"), "{}", run.stdout);
}

#[test]
fn a_wrong_solution_is_shown_beside_the_reference_with_exit_1() {
    let drill = Drill::new();
    let wrong = problem_file("lc300/wrong/non_strict.rs");
    let run = drill.run(&[
        "test",
        "lc300",
        "--file",
        wrong.to_str().unwrap(),
        "--case",
        "[2,2,2]",
        "--case",
        "[1,3,2]",
    ]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("✗ case 1: nums = [2,2,2]"), "{}", run.stdout);
    assert!(run.stdout.contains("reference: 1"), "{}", run.stdout);
    assert!(run.stdout.contains("output:    3"), "{}", run.stdout);
    assert!(run.stdout.contains("✓ case 2: nums = [1,3,2]"), "{}", run.stdout);
    assert!(run.stdout.contains("Wrong Answer  custom cases: 1/2 match"), "{}", run.stdout);
}

#[test]
fn json_reports_each_custom_case_with_the_reference_as_expected() {
    let drill = with_reference();
    let run = drill.run(&["test", "lc300", "--case", "nums = [4,10,4,3,8,9]", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    assert_eq!(json["verdict"], "Accepted");
    assert_eq!(json["cases"][0]["input"], serde_json::json!([[4, 10, 4, 3, 8, 9]]));
    assert_eq!(json["cases"][0]["expected"], 3);
    assert_eq!(json["cases"][0]["got"], 3);
}

#[test]
fn a_case_file_holds_one_argument_per_line_and_several_cases() {
    let drill = with_reference();
    let file = drill.write("cases.txt", "[0,1,0,3,2,3]\n[7,7,7]\n\n[5]\n");
    let run = drill.run(&["test", "lc300", "--case-file", file.to_str().unwrap(), "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let answers: Vec<i64> = run.json()["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["got"].as_i64().unwrap())
        .collect();
    assert_eq!(answers, [4, 1, 1]);
}

#[test]
fn bad_inputs_are_one_line_errors_before_anything_compiles() {
    let drill = with_reference();
    #[rustfmt::skip]
    let rows: &[(&str, &str)] = &[
        ("[1,2", "--case: malformed JSON at `[1,2`"),
        ("[1,\"a\"]", "--case: nums[1] should be an integer (i32), not \"a\" (nums: Vec<i32>)"),
        ("5", "nums should be a list of integers (i32), not 5"),
        // A value starting with a hyphen is the case's, not an option for clap.
        ("-1", "--case: nums should be a list of integers (i32), not -1"),
        ("-1, 2", "--case: case 1: nums should be a list of integers (i32), not -1"),
        ("[]", "nums has 0 elements, outside the constraint 1 <= nums.length <= 2500"),
        ("[1,20000]", "nums[1] = 20000 breaks the constraint -10000 <= nums[i] <= 10000"),
        ("[1]\n[2]\n[3000000000]", "case 3: nums[0] = 3000000000 does not fit in i32"),
        ("", "the case is empty"),
    ];
    for (case, needle) in rows {
        let run = drill.run(&["test", "lc300", "--case", case]);
        assert_eq!(run.code, 2, "{case:?}: {}{}", run.stdout, run.stderr);
        let stderr = run.stderr.trim();
        assert_eq!(stderr.lines().count(), 1, "{case:?}: {stderr}");
        assert!(stderr.starts_with("drill: error: "), "{stderr}");
        assert!(stderr.contains(needle), "{case:?}: {stderr:?} lacks {needle:?}");
        assert!(run.stdout.is_empty(), "{}", run.stdout);
    }
    let run = drill.run(&["test", "lc300", "--case-file", "/nonexistent/cases.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("cannot read the case file /nonexistent/cases.txt"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_input_outside_what_the_statement_allows_is_refused_or_explained() {
    let drill = Drill::new();
    let run_on = |id: &str, case: &str| {
        let reference = problem_file(&format!("{id}/reference.rs"));
        drill.run(&["test", id, "--file", reference.to_str().unwrap(), "--case", case])
    };
    // Stated character sets and orders are checked before anything runs.
    for (id, case, needle) in [
        ("lc3", "\"中中\"", "s has '中', outside the characters the statement allows: [ -~]"),
        ("lc21", "[1,3,2], [1]", "list1 is not sorted (list1[1] = 3 > list1[2] = 2)"),
        ("lc39", "[2,3,2], 7", "candidates[2] = 2 repeats a value"),
    ] {
        let run = run_on(id, case);
        assert_eq!(run.code, 2, "{id} {case}: {}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains(needle), "{id} {case}: {}", run.stderr);
    }
    // What the constraints cannot say (a ragged matrix): the reference fails, and that is a
    // one-line error saying so, not a Debug dump.
    let run = run_on("lc54", "[[1,2],[3]]");
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    let stderr = run.stderr.trim();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("this input is probably outside lc54's constraints"), "{stderr}");
    assert!(stderr.contains("it panicked: index out of bounds"), "{stderr}");
    assert!(!stderr.contains("Panicked("), "{stderr}");
}

#[test]
fn submit_has_no_custom_cases() {
    let run = Drill::new().run(&["submit", "lc300", "--case", "[1]"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("unexpected argument '--case'"), "{}", run.stderr);
}
