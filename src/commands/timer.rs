//! `drill timer`, `drill pause`, `drill resume`: the solve timers of open attempts.

use crate::catalog::Catalog;
use crate::history::{self, Event, Record, Scope};
use crate::practice::time::{duration, local};
use crate::practice::{load, millis_between, replay};
use crate::render;
use crate::workspace::Workspace;
use anyhow::Result;
use jiff::Timestamp;
use std::process::ExitCode;

pub fn show() -> Result<ExitCode> {
    let practice = load(&history::of(&Workspace::locate()?), Scope::All)?;
    let now = Timestamp::now();
    let mut rows = Vec::new();
    for (id, p) in &practice.problems {
        if let Some(a) = p.open().filter(|a| a.timed) {
            let state = if a.paused_since.is_some() { "paused" } else { "running" };
            let started = format!("attempt {}, started {}", p.attempts.len(), local(a.started));
            rows.push(vec![id.clone(), duration(a.elapsed_ms(now)), state.to_string(), started]);
        }
    }
    if let Some(mock) = practice.running_mock(now) {
        let left = millis_between(now, mock.deadline());
        let set: Vec<String> = mock
            .set
            .problems
            .iter()
            .zip(&mock.solved)
            .map(|(id, solved)| format!("{id}{}", if solved.is_some() { " ✓" } else { "" }))
            .collect();
        println!(
            "Mock interview ({}): {} left of {}:00 · {}",
            mock.set.list,
            duration(left),
            mock.set.minutes,
            set.join(", ")
        );
    }
    if rows.is_empty() {
        render::note("No timer is running. drill pick ID starts one; drill next suggests which.");
    } else {
        render::table(&["problem", "clock", "state", "attempt"], &rows);
    }
    Ok(ExitCode::SUCCESS)
}

/// Pauses (or resumes) the timer of `id`, or of every open attempt.
pub fn pause(id: Option<&str>, pause: bool) -> Result<ExitCode> {
    let id = id.map(|id| Catalog::embedded().resolve(id)).transpose()?;
    let workspace = Workspace::locate()?;
    let scope = id.as_deref().map_or(Scope::All, Scope::Problem);
    let (changed, refused) = history::of(&workspace).append_with(scope, |records| {
        let practice = replay(records);
        let now = Timestamp::now();
        let mock = practice.running_mock(now).map(|m| m.set.problems.clone()).unwrap_or_default();
        let (mut out, mut changed, mut refused) = (Vec::new(), Vec::new(), Vec::new());
        for (pid, p) in &practice.problems {
            if id.as_ref().is_some_and(|id| id != pid) {
                continue;
            }
            let Some(a) = p.open().filter(|a| a.timed) else { continue };
            if pause && a.running() && a.mock.is_some() && mock.contains(pid) {
                refused.push(pid.clone());
            } else if pause == a.running() {
                out.push(Record::new(if pause { Event::Pause } else { Event::Resume }, Some(pid)));
                changed.push(format!("{pid} at {}", duration(a.elapsed_ms(now))));
            }
        }
        (out, (changed, refused))
    })?;
    let verb = if pause { "Paused" } else { "Resumed" };
    if !changed.is_empty() {
        println!("{verb}: {}", changed.join(", "));
    }
    if !refused.is_empty() {
        println!("Not paused: {} (a mock interview runs on one clock)", refused.join(", "));
    }
    if changed.is_empty() && refused.is_empty() {
        let what = if pause { "running" } else { "paused" };
        render::note(&format!("No {what} timer{}.", id.map(|id| format!(" of {id}")).unwrap_or_default()));
    }
    Ok(ExitCode::SUCCESS)
}
