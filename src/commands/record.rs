//! Recording `pick`, `test` and `submit` in the history (and submitted sources in the archive).
//! Recording never stands in the way of judging: a failure here is a warning on stderr.

use crate::archive::{self, Archive};
use crate::history::{self, Event, Record, Scope};
use crate::judge::{Mode, Report, Verdict};
use crate::practice::time::duration;
use crate::practice::{replay, Practice};
use crate::workspace::Workspace;
use anyhow::Result;

/// Records a pick; returns what to tell the user about the timer.
pub fn pick(workspace: &Workspace, id: &str, timer: bool) -> Option<String> {
    warn_on_error(history::of(workspace).append_with(Scope::Problem(id), |records| {
        let practice = replay(records);
        let mut record = Record::new(Event::Pick, Some(id));
        let note = timer_note(&practice, id, timer, &record);
        if !timer {
            record.timer = Some(false);
        }
        (vec![record], note)
    }))
}

fn timer_note(practice: &Practice, id: &str, timer: bool, record: &Record) -> String {
    let open = practice.problem(id).and_then(|p| p.open().filter(|a| a.timed));
    match (open, timer) {
        (Some(a), _) => format!(
            "Your attempt is still open: {} on the clock (drill pause {id} to stop it for a while).",
            duration(a.elapsed_ms(record.ts))
        ),
        (None, true) => {
            let n = practice.problem(id).map_or(0, |p| p.attempts.len()) + 1;
            format!("Timer started (attempt {n}); it stops at your first Accepted submit. drill timer shows it.")
        }
        (None, false) => "No timer running (--no-timer); drill pick again starts one.".to_string(),
    }
}

/// Records a test or submit (and archives a submitted source); returns a line for the report,
/// e.g. the solve time when this submit closes an attempt.
pub fn judged(workspace: &Workspace, id: &str, source: &str, report: &Report, mode: Mode) -> Option<String> {
    let hash = match mode {
        Mode::Submit => match Archive::of(workspace).store(source) {
            Ok(hash) => hash,
            Err(e) => {
                warn(&e.context("the submission was not archived"));
                archive::hash(source)
            }
        },
        Mode::Test => archive::hash(source),
    };
    let event = if mode == Mode::Submit { Event::Submit } else { Event::Test };
    // An Accepted submit may finish a mock interview, which needs the other problems' records.
    let accepted_submit = event == Event::Submit && report.verdict == Verdict::Accepted;
    let scope = if accepted_submit { Scope::All } else { Scope::Problem(id) };
    let recorded = history::of(workspace).append_with(scope, |records| {
        let mut record = Record::new(event, Some(id));
        record.verdict = Some(report.verdict.name().to_string());
        record.passed = Some(report.passed as u64);
        record.total = Some(report.total as u64);
        record.time_ms = Some(report.time_ms);
        record.memory_kb = Some(report.memory_kb);
        record.source = Some(hash);
        let mut note = None;
        if accepted_submit {
            let practice = replay(records);
            if let Some(attempt) = practice.problem(id).and_then(|p| p.open()) {
                let n = practice.problem(id).map_or(0, |p| p.attempts.len());
                let tries = attempt.submits.len() + 1;
                let tries = if tries == 1 {
                    "first try".to_string()
                } else {
                    format!("{tries} submits")
                };
                if attempt.timed {
                    let ms = attempt.elapsed_ms(record.ts);
                    record.solve_ms = Some(ms);
                    note = Some(format!("Solved in {} (attempt {n}, {tries}).", duration(ms)));
                } else {
                    note = Some(format!("Solved ({tries}; untimed: drill pick {id} starts the timer)."));
                }
                if let Some(mock) = attempt.mock.and_then(|i| practice.mocks.get(i)) {
                    let done = mock.solved.iter().filter(|s| s.is_some()).count() + 1;
                    let left = mock.set.problems.len() - done;
                    let clock = duration(crate::practice::millis_between(mock.started, record.ts));
                    note = Some(format!(
                        "{} Mock {}: {done}/{} solved at {clock} of {}:00{}",
                        note.unwrap_or_default(),
                        mock.set.list,
                        mock.set.problems.len(),
                        mock.set.minutes,
                        if left == 0 { "." } else { "; next: drill timer" }
                    ));
                }
            }
        }
        (vec![record], note)
    });
    warn_on_error(recorded).flatten()
}

fn warn_on_error<T>(result: Result<T>) -> Option<T> {
    result
        .map_err(|e| warn(&e.context("this was not recorded in your practice history")))
        .ok()
}

fn warn(e: &anyhow::Error) {
    anstream::eprintln!("drill: warning: {e:#}");
}
