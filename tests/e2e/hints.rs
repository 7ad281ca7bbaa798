//! `drill hint`: one more graded hint per call, in the chosen language.

use crate::util::Drill;

#[test]
fn each_call_reveals_the_next_hint_until_all_are_seen() {
    let drill = Drill::new();
    let first = drill.run(&["hint", "lc300"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stdout.contains("Hint 1/3") && first.stdout.contains("动态规划"),
        "{}",
        first.stdout
    );
    assert!(!first.stdout.contains("Hint 2/3"), "{}", first.stdout);
    assert!(first.stdout.contains("again for hint 2 of 3"), "{}", first.stdout);

    let second = drill.run(&["hint", "lc300", "--lang", "en"]);
    assert!(
        second.stdout.contains("Hint 2/3") && second.stdout.contains("tails"),
        "{}",
        second.stdout
    );
    assert!(!second.stdout.contains("Hint 1/3"), "{}", second.stdout);
    let third = drill.run(&["hint", "lc300"]);
    assert!(third.stdout.contains("Hint 3/3"), "{}", third.stdout);
    let again = drill.run(&["hint", "lc300"]);
    assert!(again.stdout.contains("seen all 3 hints"), "{}", again.stdout);
    assert!(
        again.stdout.contains("Hint 1/3") && again.stdout.contains("Hint 3/3"),
        "{}",
        again.stdout
    );

    assert_eq!(drill.run(&["hint", "lc300", "--reset"]).code, 0);
    assert!(drill.run(&["hint", "lc300"]).stdout.contains("Hint 1/3"));
}

#[test]
fn all_shows_every_hint_in_both_languages() {
    let run = Drill::new().run(&["hint", "lc300", "--all", "--lang", "both"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.matches("Hint ").count(), 3, "{}", run.stdout);
    assert!(
        run.stdout.contains("二分") && run.stdout.contains("binary-search"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_damaged_hint_record_is_a_clear_error() {
    let drill = Drill::new();
    std::fs::create_dir_all(drill.home().join(".drill")).unwrap();
    drill.write(".drill/hints.json", "{oops");
    let run = drill.run(&["hint", "lc300"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("hints.json is damaged; delete it to start over"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_shipped_problem_has_two_or_three_hints() {
    let drill = Drill::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("problems");
    for dir in std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        let id = dir.file_name().unwrap().to_str().unwrap().to_string();
        let run = drill.run(&["hint", &id, "--all", "--lang", "both"]);
        assert_eq!(run.code, 0, "{id}: {}", run.stderr);
        let total = run.stdout.matches("Hint ").count();
        assert!((2..=3).contains(&total), "{id} shows {total} hints:\n{}", run.stdout);
        assert!(run.stdout.contains(&format!("Hint {total}/{total}")), "{id}:\n{}", run.stdout);
    }
}
