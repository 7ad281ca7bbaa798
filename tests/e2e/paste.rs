//! LeetCode solutions pasted as they are compile and are judged correctly.

use crate::util::{fixture, Drill};

/// Submits the fixture `<problem id>/<file>`.
fn accepted(path: &str) {
    let id = path.split('/').next().unwrap();
    let (code, r) = Drill::new().judge("submit", id, &fixture(path));
    assert_eq!(r["verdict"], "Accepted", "{path}: {r}");
    assert_eq!(code, 0);
    assert_eq!(r["passed"], r["total"]);
}

#[test]
fn own_use_lines_and_helpers_inside_and_outside_the_impl() {
    accepted("lc300/pasted_hashmap.rs");
}

#[test]
fn crate_paths_reach_the_solutions_own_items() {
    accepted("lc300/crate_paths.rs");
}

#[test]
fn a_pasted_struct_solution_shadows_drills() {
    accepted("lc300/own_solution_struct.rs");
}

#[test]
fn rand_crate_calls_compile_offline() {
    accepted("lc300/rand_shuffle.rs");
}

#[test]
fn rand_is_a_crate_extern_crate_and_absolute_paths_resolve() {
    accepted("lc215/rand_crate_paths.rs");
}

#[test]
fn rand_0_8_api_floats_wide_ints_tuples_fill_choose_multiple_seeded_and_os_rngs() {
    accepted("lc215/rand_api.rs");
}

#[test]
fn debug_prints_do_not_corrupt_results() {
    accepted("lc300/debug_prints.rs");
}

#[test]
fn test_shows_each_examples_stdout() {
    let drill = Drill::new();
    let run = drill.run(&["test", "lc300", "--file", fixture("lc300/debug_prints.rs").to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("│ n = 8"), "{}", run.stdout);
    assert!(run.stdout.contains("Accepted  3/3 examples passed"), "{}", run.stdout);
}

#[test]
fn inner_attributes_and_a_local_main_are_fine() {
    accepted("lc300/inner_attribute.rs");
}

#[test]
fn an_own_impl_clone_for_tree_node() {
    accepted("lc102/impl_clone_treenode.rs");
}

#[test]
fn a_byte_order_mark_comments_inner_docs_and_rustfmt_attributes_at_the_top() {
    accepted("lc300/inner_attributes_rustfmt.rs");
}

#[test]
fn compile_errors_keep_their_line_and_column_after_a_blanked_top() {
    let drill = Drill::new();
    let file = drill.write(
        "top_then_error.rs",
        "#![allow(\n    unused,\n)] /*! 二分 */ impl Solution { pub fn length_of_lis(nums: Vec<i32>) -> i32 { nums.len() } }\n",
    );
    let (code, r) = drill.judge("submit", "lc300", &file);
    assert_eq!((code, r["verdict"].as_str()), (1, Some("Compile Error")), "{r}");
    // `nums.len()` starts at the 76th character of line 3, as rustc says of the file on its own.
    let message = r["message"].as_str().unwrap();
    assert!(message.contains("top_then_error.rs:3:76"), "{message}");
}
