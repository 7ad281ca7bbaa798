//! The machine-readable contract: `--json` objects, `list --json`, exit codes.

use crate::util::{problem_file, Drill};

#[test]
fn submit_json_has_exactly_the_documented_fields() {
    let (code, r) = Drill::new().judge("submit", "lc300", &problem_file("lc300/reference.rs"));
    assert_eq!(code, 0);
    let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    let mut expected = vec![
        "problem",
        "verdict",
        "passed",
        "total",
        "time_ms",
        "memory_kb",
        "follow_ups",
        "failed_case",
        "message",
    ];
    expected.sort_unstable();
    let mut keys_sorted = keys.clone();
    keys_sorted.sort_unstable();
    assert_eq!(keys_sorted, expected);
    assert_eq!(r["problem"], "lc300");
    assert_eq!(r["verdict"], "Accepted");
    assert!(r["total"].as_u64().unwrap() >= 50, "{r}");
    assert!(r["time_ms"].is_u64() && r["memory_kb"].is_u64());
    assert!(r["failed_case"].is_null() && r["message"].is_null());
    assert_eq!(r["follow_ups"][0]["verdict"], "Accepted");
}

#[test]
fn test_json_reports_every_example() {
    let (code, r) = Drill::new().judge("test", "lc300", &problem_file("lc300/wrong/non_strict.rs"));
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Wrong Answer");
    let cases = r["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 3);
    assert_eq!(cases.iter().filter(|c| c["passed"] == true).count(), 2);
    assert_eq!(cases[2]["expected"], 1);
    assert_eq!(cases[2]["got"], 7);
}

#[test]
fn list_json_rows() {
    let run = Drill::new().run(&["list", "--json"]);
    assert_eq!(run.code, 0);
    let rows = run.json();
    let lc300 = rows.as_array().unwrap().iter().find(|r| r["id"] == "lc300").expect("lc300 listed");
    assert_eq!(lc300["title_zh"], "最长递增子序列");
    assert_eq!(lc300["title_en"], "Longest Increasing Subsequence");
    assert_eq!(lc300["difficulty"], "Medium");
    let companies: Vec<&str> = lc300["companies"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert!(companies.contains(&"bytedance") && companies.contains(&"deepseek"), "{companies:?}");
    for row in rows.as_array().unwrap() {
        let mut keys: Vec<&str> = row.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["companies", "difficulty", "id", "title_en", "title_zh"]);
    }
}

#[test]
fn usage_errors_exit_2() {
    let drill = Drill::new();
    assert_eq!(drill.run(&["submit"]).code, 2);
    assert_eq!(drill.run(&["frobnicate"]).code, 2);
}

#[test]
fn test_counts_every_passing_example_even_after_a_failure() {
    let drill = Drill::new();
    let file = drill.write(
        "first_wrong.rs",
        "impl Solution {\n    pub fn length_of_lis(nums: Vec<i32>) -> i32 {\n        if nums[0] == 10 { return 0; }\n        let mut t: Vec<i32> = Vec::new();\n        for x in nums { let i = t.partition_point(|&v| v < x); if i == t.len() { t.push(x) } else { t[i] = x } }\n        t.len() as i32\n    }\n}\n",
    );
    let (code, r) = drill.judge("test", "lc300", &file);
    assert_eq!(code, 1);
    assert_eq!(r["verdict"], "Wrong Answer");
    assert_eq!(r["passed"], 2, "{r}");
    assert_eq!(r["failed_case"]["index"], 0, "{r}");
}
