//! The report of `drill test --case`: for each custom input, the solution's output beside the
//! reference solution's, as LeetCode's testcase panel shows them.

use super::{cut, labelled_comparison, stdout_panel, verdict_style, BOLD, DIM, GREEN, RED};
use crate::judge::{Report, Verdict};
use anstream::println;
use serde_json::Value;

/// `names` are the signature's parameter names, shown as `nums = […]`.
pub fn custom_report(r: &Report, names: &[String]) {
    for case in &r.cases {
        let (mark, style) = if case.passed { ("✓", GREEN) } else { ("✗", RED) };
        let input: Vec<String> = names
            .iter()
            .zip(&case.input)
            .map(|(name, value)| format!("{name} = {}", cut(&value.to_string(), 300)))
            .collect();
        println!("{style}{mark}{style:#} {BOLD}case {}{BOLD:#}: {}", case.index + 1, input.join(", "));
        if case.passed {
            let shown = case.got.as_ref().map_or_else(String::new, Value::to_string);
            println!("  output:    {}", cut(&shown, 300));
            println!("  {DIM}reference: same{DIM:#}");
        } else {
            labelled_comparison(("reference: ", case.expected.as_ref()), ("output:    ", case.got.as_ref()));
        }
        stdout_panel(&case.stdout);
    }
    let style = verdict_style(r.verdict);
    let matched = r.cases.iter().filter(|c| c.passed).count();
    let summary = match r.verdict {
        Verdict::Accepted | Verdict::WrongAnswer => format!("custom cases: {matched}/{} match the reference", r.total),
        _ => format!("custom cases: {matched}/{} match the reference before the run stopped", r.total),
    };
    println!("{style}{}{style:#}  {summary}", r.verdict.name());
    if let Some(m) = &r.message {
        println!("{m}");
    }
}
