//! `drill log ID`, `drill show ID --submission N`, `drill diff ID N M`: a problem's attempts and
//! its archived submissions.

use crate::archive::Archive;
use crate::catalog::Catalog;
use crate::history::{self, Scope};
use crate::practice;
use crate::practice::attempts::{ProblemPractice, Submission};
use crate::practice::time::{duration, local};
use crate::workspace::Workspace;
use anstream::println;
use anstyle::{AnsiColor, Style};
use anyhow::{bail, Result};
use jiff::Timestamp;
use std::process::ExitCode;

const DIM: Style = Style::new().dimmed();
const GREEN: Style = AnsiColor::Green.on_default();
const RED: Style = AnsiColor::Red.on_default();

/// The problem's id and its practice.
fn load(id: &str) -> Result<(String, Workspace, ProblemPractice)> {
    let id = Catalog::embedded().resolve(id)?;
    let workspace = Workspace::locate()?;
    let mut practice = practice::load(&history::of(&workspace), Scope::Problem(&id))?;
    let p = practice.problems.remove(&id).unwrap_or_default();
    Ok((id, workspace, p))
}

pub fn log(id: &str) -> Result<ExitCode> {
    let (id, _, p) = load(id)?;
    let catalog = Catalog::embedded();
    let problem = catalog.problem(&id)?;
    println!("{id} · {} / {}", problem.title.zh, problem.title.en);
    if p.attempts.is_empty() && p.tests == 0 {
        crate::render::note(&format!("Nothing recorded yet. drill pick {id} starts an attempt."));
        return Ok(ExitCode::SUCCESS);
    }
    let now = Timestamp::now();
    for (i, a) in p.attempts.iter().enumerate() {
        let start = if a.timed {
            format!("picked {}", local(a.started))
        } else {
            "untimed (submitted without drill pick)".to_string()
        };
        let end = match (a.solved, a.abandoned) {
            (Some(s), _) => match s.solve_ms {
                Some(ms) => format!("solved in {}", duration(ms)),
                None => "solved".to_string(),
            },
            (None, true) => "left open (a mock interview started a new attempt)".to_string(),
            (None, false) if a.timed => {
                let state = if a.paused_since.is_some() { "paused" } else { "running" };
                format!("open: {} on the clock ({state})", duration(a.elapsed_ms(now)))
            }
            (None, false) => "open".to_string(),
        };
        let mock = a.mock.map(|_| " · mock interview").unwrap_or_default();
        println!("attempt {} · {start} · {end}{mock}", i + 1);
        for &s in &a.submits {
            println!("  {}", submission_line(&p.submissions[s]));
        }
    }
    if p.tests > 0 {
        println!("{DIM}{} run(s) of drill test{DIM:#}", p.tests);
    }
    Ok(ExitCode::SUCCESS)
}

fn submission_line(s: &Submission) -> String {
    let style = if s.accepted() { GREEN } else { RED };
    let cases = match (s.passed, s.total) {
        (Some(p), Some(t)) => format!("{p}/{t}"),
        _ => String::new(),
    };
    let cost = match (s.accepted(), s.time_ms, s.memory_kb) {
        (true, Some(t), Some(m)) => format!("{t} ms · {:.1} MB", m as f64 / 1024.0),
        _ => String::new(),
    };
    let hash = s.source.as_deref().map_or("", |h| &h[..h.len().min(10)]);
    format!(
        "#{:<3} {}  {style}{:<21}{style:#} {cases:>9}  {cost:<18} {DIM}{hash}{DIM:#}",
        s.n,
        local(s.at),
        s.verdict
    )
}

/// The archived source of submission `n`.
fn source(id: &str, workspace: &Workspace, p: &ProblemPractice, n: usize) -> Result<String> {
    let Some(s) = n.checked_sub(1).and_then(|i| p.submissions.get(i)) else {
        match p.submissions.len() {
            0 => bail!("{id} has no submissions yet"),
            k => bail!("{id} has submissions 1 to {k}; there is no submission {n} (drill log {id} lists them)"),
        }
    };
    let Some(hash) = &s.source else {
        bail!("submission {n} of {id} has no source hash in the history");
    };
    Archive::of(workspace).load(hash)
}

pub fn show_submission(id: &str, n: usize) -> Result<ExitCode> {
    let (id, workspace, p) = load(id)?;
    let text = source(&id, &workspace, &p, n)?;
    let s = &p.submissions[n - 1];
    anstream::eprintln!("{DIM}{id} submission #{n} · {} · {}{DIM:#}", s.verdict, local(s.at));
    print!("{text}");
    Ok(ExitCode::SUCCESS)
}

pub fn diff(id: &str, from: usize, to: usize) -> Result<ExitCode> {
    let (id, workspace, p) = load(id)?;
    let (old, new) = (source(&id, &workspace, &p, from)?, source(&id, &workspace, &p, to)?);
    let diff = similar::TextDiff::from_lines(&old, &new);
    if diff.ratio() == 1.0 {
        println!("submissions {from} and {to} of {id} are identical");
        return Ok(ExitCode::SUCCESS);
    }
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("{id} #{from}"), &format!("{id} #{to}"))
        .to_string();
    for line in text.lines() {
        let style = match line.as_bytes().first() {
            Some(b'+') if !line.starts_with("+++") => GREEN,
            Some(b'-') if !line.starts_with("---") => RED,
            Some(b'@') => DIM,
            _ => Style::new(),
        };
        println!("{style}{line}{style:#}");
    }
    Ok(ExitCode::SUCCESS)
}
