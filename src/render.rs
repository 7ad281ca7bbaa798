//! Terminal output: statements, reports with diffs, tables. Colour goes through `anstream`,
//! which drops it when the output is not a terminal or `NO_COLOR` is set.

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

/// Prints the statement: both languages, or the `## 中文` / `## English` section alone.
pub fn statement(problem: &Problem, text: &str, lang: &str) {
    println!(
        "{BOLD}{} · {} / {}{BOLD:#}  {DIM}[{}] {}{DIM:#}",
        problem.id,
        problem.title.zh,
        problem.title.en,
        problem.difficulty,
        problem.tags.join(", ")
    );
    let mut section = "both";
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            section = if h.trim() == "中文" {
                "zh"
            } else if h.trim() == "English" {
                "en"
            } else {
                section
            };
        }
        if lang != "both" && section != "both" && section != lang {
            continue;
        }
        if line.starts_with('#') {
            println!("{BOLD}{line}{BOLD:#}");
        } else {
            println!("{line}");
        }
    }
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
            "follow-up {BOLD}{}{BOLD:#}: {style}{}{style:#}  {DIM}({}; {} ms){DIM:#}",
            f.name,
            f.verdict.name(),
            f.note,
            f.time_ms
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
    let show = |v: Option<&Value>| v.map_or("(no answer)".to_string(), Value::to_string);
    let (e, g) = (show(expected), show(got));
    println!("  expected: {GREEN}{}{GREEN:#}", cut(&e, 300));
    println!("  got:      {RED}{}{RED:#}", cut(&g, 300));
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

/// A plain aligned table (widths by character count).
pub fn table(header: &[&str], rows: &[Vec<String>]) {
    let width = |s: &str| s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - width(c))))
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    println!("{BOLD}{}{BOLD:#}", line(header.to_vec()));
    for row in rows {
        println!("{}", line(row.iter().map(String::as_str).collect()));
    }
}
