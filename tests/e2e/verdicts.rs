//! One fixture per verdict, judged through the real binary.

use crate::util::{fixture, problem_file, Drill};

fn submit(name: &str) -> (i32, serde_json::Value) {
    Drill::new().judge("submit", "lc300", &fixture(&format!("lc300/{name}")))
}

#[test]
fn compile_error_points_at_the_users_file_and_line() {
    let (code, r) = submit("compile_error.rs");
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Compile Error");
    let message = r["message"].as_str().unwrap();
    assert!(message.contains("compile_error.rs:3:"), "{message}");
    assert!(message.contains("mismatched types"), "{message}");
    assert!(!message.contains("main.rs"), "the generated harness stays hidden: {message}");
}

#[test]
fn changed_signature_is_a_compile_error_that_says_what_drill_calls() {
    let (_, r) = submit("wrong_signature.rs");
    assert_eq!(r["verdict"], "Compile Error");
    assert!(
        r["message"]
            .as_str()
            .unwrap()
            .contains("drill calls `Solution::length_of_lis(nums: Vec<i32>) -> i32`"),
        "{r}"
    );
}

#[test]
fn panic_is_a_runtime_error_with_its_message() {
    let (code, r) = submit("panics.rs");
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Runtime Error");
    let message = r["message"].as_str().unwrap();
    assert!(message.contains("index out of bounds"), "{message}");
    assert!(message.contains("panics.rs:5"), "the panic location is the user's file: {message}");
    let failed = &r["failed_case"];
    assert!(failed["input"][0].as_array().unwrap().len() > 3, "{failed}");
    assert!(r["passed"].as_u64().unwrap() > 0, "the small cases before it passed: {r}");
}

#[test]
fn infinite_loop_is_time_limit_exceeded() {
    let started = std::time::Instant::now();
    let (code, r) = submit("infinite_loop.rs");
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Time Limit Exceeded");
    assert!(started.elapsed().as_secs() < 20, "stopped promptly: {:?}", started.elapsed());
    let message = r["message"].as_str().unwrap();
    assert!(message.starts_with("stopped during this case, past the "), "{message}");
}

#[test]
fn endless_printing_is_output_limit_exceeded() {
    let (code, r) = submit("huge_output.rs");
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Output Limit Exceeded");
}

#[test]
fn four_gib_of_allocations_is_memory_limit_exceeded() {
    let (code, r) = submit("memory_bomb.rs");
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Memory Limit Exceeded");
}

#[test]
fn unbounded_recursion_is_a_runtime_error_naming_the_stack() {
    let (_, r) = submit("stack_overflow.rs");
    assert_eq!(r["verdict"], "Runtime Error");
    assert!(r["message"].as_str().unwrap().contains("stack overflow"), "{r}");
}

#[test]
fn recursion_100_000_deep_is_accepted() {
    let (code, r) = submit("deep_recursion.rs");
    assert_eq!((code, r["verdict"].as_str()), (0, Some("Accepted")), "{r}");
}

#[test]
fn exiting_early_with_forged_output_is_not_accepted() {
    let (code, r) = submit("exits_early.rs");
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Runtime Error");
    assert!(r["message"].as_str().unwrap().contains("exited before finishing"), "{r}");
}

#[test]
fn integer_overflow_wraps_as_in_leetcodes_release_build() {
    let (code, r) = submit("overflow_wraps.rs");
    assert_eq!((code, r["verdict"].as_str()), (0, Some("Accepted")), "{r}");
}

#[test]
fn wrong_answer_reports_input_expected_got_and_the_cases_stdout() {
    let (code, r) = Drill::new().judge("submit", "lc300", &fixture("lc300/wrong_debug_prints.rs"));
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Wrong Answer");
    let failed = &r["failed_case"];
    assert_ne!(failed["expected"], failed["got"]);
    assert!(failed["input"].is_array());
    assert!(failed["stdout"].as_str().unwrap().starts_with("tracing "), "{failed}");
    assert_eq!(r["passed"], failed["index"]);
}

#[test]
fn quadratic_lis_is_accepted_but_fails_the_follow_up() {
    let (code, r) = Drill::new().judge("submit", "lc300", &crate::util::problem_file("lc300/wrong/quadratic.rs"));
    assert_eq!(code, 0, "the base verdict decides the exit code: {r}");
    assert_eq!(r["verdict"], "Accepted");
    assert_eq!(r["follow_ups"][0]["name"], "O(n log n)");
    assert_eq!(r["follow_ups"][0]["verdict"], "Time Limit Exceeded");
}

#[test]
fn a_wrong_answer_on_a_generated_case_shows_that_case() {
    // Correct but when k = 5000 and the list starts 0, 0: of lc25's cases only a generated one
    // (5000 ascending values in [0, 1000], reversed whole). The report must show that case,
    // made again from its generator.
    let reference = std::fs::read_to_string(problem_file("lc25/reference.rs")).unwrap();
    let trap = "let starts_0_0 = head.as_ref().is_some_and(|h| h.val == 0 && h.next.as_ref().is_some_and(|n| n.val == 0));\n        if k == 5000 && starts_0_0 {\n            return head;\n        }\n        let k = k as usize;";
    let wrong = reference.replace("let k = k as usize;", trap);
    assert_ne!(wrong, reference);
    let drill = Drill::new();
    let file = drill.home().join("lc25.rs");
    std::fs::write(&file, wrong).unwrap();
    let run = drill.run(&["submit", "lc25", "--file", file.to_str().unwrap(), "--json"]);
    let report = run.json();
    assert_eq!(report["verdict"], "Wrong Answer", "{report}");
    let tests: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(problem_file("lc25/tests.json")).unwrap()).unwrap();
    let hidden = tests["hidden"].as_array().unwrap().len();
    let failed = &report["failed_case"];
    // problem.json's generators make 2 + 2 cases before the ascending one with k = 5000.
    assert_eq!(failed["index"], hidden + 4, "{report}");
    assert_eq!(failed["input"][1], 5000, "{report}");
    let list = failed["input"][0].as_str().unwrap();
    assert!(list.starts_with("<a list of 5000 items"), "{list}");
    assert_eq!(report["passed"], hidden + 4);
}

#[test]
fn a_correct_solution_in_a_slow_style_is_accepted() {
    for (id, file) in [("lc1143", "lc1143/hashmap_memo.rs"), ("lc15", "lc15/hashset_pairs.rs")] {
        let (code, r) = Drill::new().judge("submit", id, &fixture(file));
        assert_eq!(r["verdict"], "Accepted", "{file}: {r}");
        assert_eq!(code, 0);
    }
}

#[test]
fn a_wrong_answer_too_large_to_show_names_its_first_difference() {
    let drill = Drill::new();
    let (_, r) = drill.judge("submit", "sinusoidal-pe", &fixture("sinusoidal-pe/f32.rs"));
    assert_eq!(r["verdict"], "Wrong Answer", "{r}");
    let failed = &r["failed_case"];
    assert!(failed["expected"].as_str().unwrap().contains("too large to show"), "{r}");
    let difference = failed["difference"].as_str().unwrap();
    assert!(
        difference.starts_with("at [") && difference.contains("]: expected "),
        "{difference}"
    );
    let run = drill.run(&[
        "submit",
        "sinusoidal-pe",
        "--file",
        fixture("sinusoidal-pe/f32.rs").to_str().unwrap(),
    ]);
    assert!(run.stdout.contains(&format!("first difference: {difference}")), "{}", run.stdout);
}

#[test]
fn a_table_on_the_stack_does_not_pass_an_o1_memory_follow_up() {
    let (_, r) = Drill::new().judge("submit", "lc141", &fixture("lc141/stack_table.rs"));
    assert_eq!(r["verdict"], "Accepted", "the base tier has a LeetCode-sized stack: {r}");
    let follow_up = &r["follow_ups"][0];
    assert_eq!(follow_up["name"], "O(1) memory", "{r}");
    assert_ne!(follow_up["verdict"], "Accepted", "{r}");
}
