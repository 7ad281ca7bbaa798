//! Terminal output: statements, reports with diffs, tables. Colour goes through `anstream`,
//! which drops it when the output is not a terminal, `NO_COLOR` is set or `--color never`.

mod cases;
mod markdown;
mod table;

pub use cases::custom_report;
pub use markdown::to_terminal as markdown;

use crate::catalog::Problem;
use crate::judge::{Mode, Report, Verdict};
use anstream::println;
use anstyle::{AnsiColor, Style};
use serde_json::Value;

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();
const GREEN: Style = AnsiColor::Green.on_default().bold();
const RED: Style = AnsiColor::Red.on_default().bold();
const YELLOW: Style = AnsiColor::Yellow.on_default().bold();

/// Lines of a value printed in a report before it is cut.
const SHOWN_LINES: usize = 40;

pub fn note(text: &str) {
    println!("{DIM}{text}{DIM:#}");
}

/// Prints the statement, rendered: both languages, or the `## 中文` / `## English` section alone.
pub fn statement(problem: &Problem, text: &str, lang: &str) {
    println!(
        "{BOLD}{} · {} / {}{BOLD:#}  {DIM}[{}] {}{DIM:#}",
        problem.id,
        problem.title.zh,
        problem.title.en,
        problem.difficulty,
        problem.tags.join(", ")
    );
    println!();
    println!("{}", markdown::to_terminal(&section(text, lang)));
}

/// The part of a statement in `lang` (zh, en or both). With one language its `##` heading is
/// dropped; text before the first language heading is kept either way.
fn section(text: &str, lang: &str) -> String {
    let mut section = "both";
    let mut out = String::new();
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            section = match h.trim() {
                "中文" => "zh",
                "English" => "en",
                _ => section,
            };
            if lang != "both" && matches!(h.trim(), "中文" | "English") {
                continue;
            }
        }
        if lang == "both" || section == "both" || section == lang {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn verdict_style(v: Verdict) -> Style {
    match v {
        Verdict::Accepted => GREEN,
        Verdict::CompileError | Verdict::Rejected => YELLOW,
        _ => RED,
    }
}

pub fn report(r: &Report, mode: Mode) {
    for case in &r.cases {
        let (mark, style) = if case.passed { ("✓", GREEN) } else { ("✗", RED) };
        println!("{style}{mark}{style:#} example {}: {}", case.index + 1, inputs(&case.input));
        if !case.passed {
            comparison(case.expected.as_ref(), case.got.as_ref());
        }
        stdout_panel(&case.stdout);
    }
    let style = verdict_style(r.verdict);
    let what = if mode == Mode::Test { "examples" } else { "testcases" };
    println!("{style}{}{style:#}  {}/{} {what} passed", r.verdict.name(), r.passed, r.total);
    if matches!(r.verdict, Verdict::Accepted | Verdict::WrongAnswer) {
        println!("{DIM}time {} ms · memory {:.1} MB{DIM:#}", r.time_ms, r.memory_kb as f64 / 1024.0);
    }
    if let Some(m) = &r.message {
        println!("{m}");
    }
    if let (Some(f), true) = (&r.failed_case, r.cases.is_empty()) {
        println!("{BOLD}Last executed input{BOLD:#} (case {}): {}", f.index + 1, inputs(&f.input));
        if r.verdict == Verdict::WrongAnswer {
            comparison(f.expected.as_ref(), f.got.as_ref());
            if let Some(difference) = &f.difference {
                println!("  first difference: {difference}");
            }
        }
        stdout_panel(&f.stdout);
    }
    if !r.protections_off.is_empty() {
        println!(
            "{DIM}sandbox: off on this machine: {} (see `drill doctor`){DIM:#}",
            r.protections_off.join(", ")
        );
    }
    for f in &r.follow_ups {
        let style = verdict_style(f.verdict);
        println!(
            "follow-up {BOLD}{}{BOLD:#}: {style}{}{style:#}  {DIM}({}{}){DIM:#}",
            f.name,
            f.verdict.name(),
            f.note,
            // A failed tier's time covers only the cases that finished: its message says more.
            if f.verdict == Verdict::Accepted {
                format!("; {} ms", f.time_ms)
            } else {
                String::new()
            }
        );
        if let Some(m) = &f.message {
            println!("  {m}");
        }
    }
}

fn inputs(args: &[Value]) -> String {
    let text: Vec<String> = args.iter().map(Value::to_string).collect();
    cut(&text.join(", "), 300)
}

fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}

/// Expected against got: both on one line when short, else a line diff.
fn comparison(expected: Option<&Value>, got: Option<&Value>) {
    labelled_comparison(("expected: ", expected), ("got:      ", got));
}

/// The same with other labels (`drill test --case`: the reference's answer and yours).
fn labelled_comparison((expected_label, expected): (&str, Option<&Value>), (got_label, got): (&str, Option<&Value>)) {
    let show = |v: Option<&Value>| v.map_or("(no answer)".to_string(), Value::to_string);
    let (e, g) = (show(expected), show(got));
    println!("  {expected_label}{GREEN}{}{GREEN:#}", cut(&e, 300));
    println!("  {got_label}{RED}{}{RED:#}", cut(&g, 300));
    if e.len() > 60 {
        let (e, g) = (lines_of(expected), lines_of(got));
        let diff = similar::TextDiff::from_lines(&e, &g);
        println!("  {DIM}diff (- expected, + got):{DIM:#}");
        for (n, change) in diff.iter_all_changes().filter(|c| c.tag() != similar::ChangeTag::Equal).enumerate() {
            if n == SHOWN_LINES {
                println!("  …");
                break;
            }
            let (sign, style) = match change.tag() {
                similar::ChangeTag::Delete => ("-", GREEN),
                _ => ("+", RED),
            };
            println!("  {style}{sign} {}{style:#}", cut(change.value().trim_end(), 200));
        }
    }
}

/// One line per top-level element, so a diff points at the element that differs.
fn lines_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::Array(items)) => items.iter().map(|i| format!("{i}\n")).collect(),
        Some(other) => format!("{other}\n"),
        None => String::new(),
    }
}

fn stdout_panel(stdout: &str) {
    if stdout.trim().is_empty() {
        return;
    }
    println!("  {DIM}stdout:{DIM:#}");
    for line in stdout.lines().take(SHOWN_LINES) {
        println!("  {DIM}│{DIM:#} {}", cut(line, 200));
    }
    if stdout.lines().count() > SHOWN_LINES {
        println!("  {DIM}│ …{DIM:#}");
    }
}

/// A table that fits the terminal (see `render::table`).
pub fn table(header: &[&str], rows: &[Vec<String>]) {
    let text = table::layout(header, rows, terminal_width());
    let mut in_header = true;
    for line in text.lines() {
        if in_header && line.starts_with('─') {
            in_header = false;
            println!("{DIM}{line}{DIM:#}");
        } else if in_header {
            println!("{BOLD}{line}{BOLD:#}");
        } else {
            println!("{line}");
        }
    }
}

fn terminal_width() -> Option<usize> {
    crate::terminal::width()
}
