//! Statistics over the history: per problem and per company list. The structs are what
//! `drill stats --json` prints (durations in milliseconds, times in RFC 3339 with the local offset).

use super::attempts::{Mock, Practice, ProblemPractice};
use super::schedule::{review, target_ms};
use super::time::{local_day, rfc3339, sparkline, streaks};
use jiff::Timestamp;
use serde::Serialize;
use std::collections::BTreeSet;

/// How many solve times a trend shows.
const TREND_WIDTH: usize = 12;

#[derive(Debug, Serialize)]
pub struct Stats {
    /// The company list asked for, or null for all of them.
    pub company: Option<String>,
    pub streak: Streak,
    pub last_practised: Option<String>,
    pub lists: Vec<ListStats>,
    /// The problems of the list asked for; without one, every problem practised.
    pub problems: Vec<ProblemStats>,
    pub mocks: Vec<MockStats>,
}

/// Days in a row with a pick, test or submit (in scope), in the local time zone.
#[derive(Debug, Serialize)]
pub struct Streak {
    pub current_days: u32,
    pub longest_days: u32,
    pub practised_today: bool,
}

/// Attempts that got a submit, and how many were Accepted on the first submit.
#[derive(Debug, Default, Serialize)]
pub struct FirstTry {
    pub accepted: usize,
    pub attempts: usize,
    pub rate: Option<f64>,
}

impl FirstTry {
    fn new(accepted: usize, attempts: usize) -> FirstTry {
        FirstTry {
            accepted,
            attempts,
            rate: (attempts > 0).then(|| accepted as f64 / attempts as f64),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ListStats {
    pub alias: String,
    pub name: String,
    pub solved: usize,
    /// Problems of the list this drill has.
    pub total: usize,
    /// Problems of the list this drill does not have yet.
    pub missing: Vec<String>,
    pub first_try: FirstTry,
    /// Over every timed solve of the list's problems.
    pub median_solve_ms: Option<u64>,
    pub best_solve_ms: Option<u64>,
    pub last_practised: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ProblemStats {
    pub id: String,
    pub title_zh: String,
    pub title_en: String,
    pub difficulty: String,
    pub solved: bool,
    pub attempts: usize,
    pub submissions: usize,
    pub tests: usize,
    pub first_try: FirstTry,
    pub best_solve_ms: Option<u64>,
    pub median_solve_ms: Option<u64>,
    /// Timed solves, oldest first.
    pub solve_times_ms: Vec<u64>,
    /// The last solve times as a sparkline (higher bar = slower).
    pub trend: String,
    pub last_practised: Option<String>,
    /// When the spaced-repetition schedule wants it again (solved problems only).
    pub next_review: Option<String>,
    /// The clock of an open attempt is running.
    pub timer_running: bool,
}

#[derive(Debug, Serialize)]
pub struct MockStats {
    pub started: String,
    pub list: String,
    pub problems: Vec<String>,
    pub minutes: u64,
    pub solved_in_time: usize,
    /// Time to solve the whole set, if it was solved in time.
    pub completed_ms: Option<u64>,
    pub over: bool,
}

/// What stats needs to know about a problem from the catalog.
pub struct Info {
    pub id: String,
    pub title_zh: String,
    pub title_en: String,
    pub difficulty: String,
}

/// A company list in scope: its problems that drill has, in order, and the ones it lacks.
pub struct ListScope {
    pub alias: String,
    pub name: String,
    pub problems: Vec<String>,
    pub missing: Vec<String>,
}

pub fn median(values: &[u64]) -> Option<u64> {
    let mut v = values.to_vec();
    v.sort_unstable();
    match v.len() {
        0 => None,
        n if n % 2 == 1 => Some(v[n / 2]),
        n => Some((v[n / 2 - 1] + v[n / 2]) / 2),
    }
}

pub fn problem(info: &Info, p: Option<&ProblemPractice>) -> ProblemStats {
    let empty = ProblemPractice::default();
    let p = p.unwrap_or(&empty);
    let times = p.solve_times();
    let (accepted, attempts) = p.first_tries();
    ProblemStats {
        id: info.id.clone(),
        title_zh: info.title_zh.clone(),
        title_en: info.title_en.clone(),
        difficulty: info.difficulty.clone(),
        solved: p.solved(),
        attempts: p.attempts.len(),
        submissions: p.submissions.len(),
        tests: p.tests,
        first_try: FirstTry::new(accepted, attempts),
        best_solve_ms: times.iter().copied().min(),
        median_solve_ms: median(&times),
        trend: sparkline(&times, TREND_WIDTH),
        solve_times_ms: times,
        last_practised: p.last.map(rfc3339),
        next_review: review(p, target_ms(&info.difficulty)).map(|r| rfc3339(r.due)),
        timer_running: p.open().is_some_and(|a| a.running()),
    }
}

pub fn list(scope: &ListScope, practice: &Practice) -> ListStats {
    let problems: Vec<&ProblemPractice> = scope.problems.iter().filter_map(|id| practice.problem(id)).collect();
    let times: Vec<u64> = problems.iter().flat_map(|p| p.solve_times()).collect();
    let (accepted, attempts) = problems
        .iter()
        .map(|p| p.first_tries())
        .fold((0, 0), |(a, n), (a2, n2)| (a + a2, n + n2));
    ListStats {
        alias: scope.alias.clone(),
        name: scope.name.clone(),
        solved: problems.iter().filter(|p| p.solved()).count(),
        total: scope.problems.len(),
        missing: scope.missing.clone(),
        first_try: FirstTry::new(accepted, attempts),
        median_solve_ms: median(&times),
        best_solve_ms: times.iter().copied().min(),
        last_practised: problems.iter().filter_map(|p| p.last).max().map(rfc3339),
    }
}

/// Streak and last practice over the problems in scope.
pub fn streak<'a>(problems: impl Iterator<Item = &'a ProblemPractice>, now: Timestamp) -> (Streak, Option<Timestamp>) {
    let mut days = BTreeSet::new();
    let mut last = None;
    for p in problems {
        days.extend(p.days.iter().copied());
        last = last.max(p.last);
    }
    let today = local_day(now);
    let (current_days, longest_days) = streaks(&days, today);
    let streak = Streak {
        current_days,
        longest_days,
        practised_today: days.contains(&today),
    };
    (streak, last)
}

pub fn mock(m: &Mock, now: Timestamp) -> MockStats {
    MockStats {
        started: rfc3339(m.started),
        list: m.set.list.clone(),
        problems: m.set.problems.clone(),
        minutes: m.set.minutes,
        solved_in_time: m.solved_in_time(),
        completed_ms: m.completed().map(|t| super::millis_between(m.started, t)),
        over: m.over(now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5, 1, 3]), Some(3));
        assert_eq!(median(&[4, 1, 3, 2]), Some(2));
    }
}
