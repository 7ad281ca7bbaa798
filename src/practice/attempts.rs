//! Replays the history into attempts, submissions and mock interviews.
//!
//! An attempt starts at `pick` (or a mock interview) and ends at the first Accepted submit after
//! it; picking a problem whose attempt is still open keeps that attempt (and its clock). Submits
//! without a pick form an untimed attempt. Paused time does not count, and any pick, test or
//! submit of a paused attempt resumes it.

use crate::history::{Event, History, MockSet, Record, Scope};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use std::collections::{BTreeMap, BTreeSet};

/// One submit of a problem; `n` counts from 1 per problem (`drill show ID --submission N`).
#[derive(Debug, Clone)]
pub struct Submission {
    pub n: usize,
    pub at: Timestamp,
    pub verdict: String,
    pub passed: Option<u64>,
    pub total: Option<u64>,
    pub time_ms: Option<u64>,
    pub memory_kb: Option<u64>,
    pub source: Option<String>,
}

impl Submission {
    pub fn accepted(&self) -> bool {
        self.verdict == "Accepted"
    }
}

#[derive(Debug, Clone)]
pub struct Attempt {
    /// The pick (or mock) that started the clock; for an untimed attempt, its first submit.
    pub started: Timestamp,
    pub timed: bool,
    /// Index into [`Practice::mocks`] when a mock interview started it.
    pub mock: Option<usize>,
    /// Paused time already over.
    pub paused_ms: u64,
    pub paused_since: Option<Timestamp>,
    /// Indices into [`ProblemPractice::submissions`].
    pub submits: Vec<usize>,
    pub solved: Option<Solve>,
    /// Replaced by a mock interview's fresh attempt before it was solved.
    pub abandoned: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct Solve {
    pub at: Timestamp,
    /// Only for timed attempts.
    pub solve_ms: Option<u64>,
}

impl Attempt {
    fn start(at: Timestamp, timed: bool, mock: Option<usize>) -> Attempt {
        Attempt {
            started: at,
            timed,
            mock,
            paused_ms: 0,
            paused_since: None,
            submits: Vec::new(),
            solved: None,
            abandoned: false,
        }
    }

    pub fn is_open(&self) -> bool {
        self.solved.is_none() && !self.abandoned
    }

    /// Timed, open and not paused: the clock is running.
    pub fn running(&self) -> bool {
        self.timed && self.is_open() && self.paused_since.is_none()
    }

    /// Time on the clock at `at`: wall time since the start less paused time.
    pub fn elapsed_ms(&self, at: Timestamp) -> u64 {
        let paused = self.paused_ms + self.paused_since.map_or(0, |p| millis_between(p, at));
        millis_between(self.started, at).saturating_sub(paused)
    }

    fn resume(&mut self, at: Timestamp) {
        if let Some(since) = self.paused_since.take() {
            self.paused_ms += millis_between(since, at);
        }
    }

    /// Whether the attempt's first submit was Accepted (None before any submit).
    pub fn first_try(&self, submissions: &[Submission]) -> Option<bool> {
        self.submits.first().map(|&i| submissions[i].accepted())
    }

    pub fn failed_submits(&self, submissions: &[Submission]) -> usize {
        self.submits.iter().filter(|&&i| !submissions[i].accepted()).count()
    }
}

pub fn millis_between(from: Timestamp, to: Timestamp) -> u64 {
    (to.as_millisecond() - from.as_millisecond()).max(0) as u64
}

/// Everything recorded about one problem.
#[derive(Debug, Clone, Default)]
pub struct ProblemPractice {
    pub attempts: Vec<Attempt>,
    pub submissions: Vec<Submission>,
    pub tests: usize,
    pub last: Option<Timestamp>,
    /// Local dates with a pick, test or submit.
    pub days: BTreeSet<Date>,
}

impl ProblemPractice {
    /// The attempt in progress, if any.
    pub fn open(&self) -> Option<&Attempt> {
        self.attempts.last().filter(|a| a.is_open())
    }

    fn open_mut(&mut self) -> Option<&mut Attempt> {
        self.attempts.last_mut().filter(|a| a.is_open())
    }

    pub fn solved(&self) -> bool {
        self.attempts.iter().any(|a| a.solved.is_some())
    }

    /// Solve times of timed attempts, oldest first.
    pub fn solve_times(&self) -> Vec<u64> {
        self.attempts.iter().filter_map(|a| a.solved.and_then(|s| s.solve_ms)).collect()
    }

    /// Attempts that got at least one submit, and how many of them were Accepted at once.
    pub fn first_tries(&self) -> (usize, usize) {
        let firsts: Vec<bool> = self.attempts.iter().filter_map(|a| a.first_try(&self.submissions)).collect();
        (firsts.iter().filter(|&&f| f).count(), firsts.len())
    }
}

/// A mock interview: one clock for its set.
#[derive(Debug, Clone)]
pub struct Mock {
    pub started: Timestamp,
    pub set: MockSet,
    /// When each problem of the set was solved, in the set's order.
    pub solved: Vec<Option<Timestamp>>,
}

impl Mock {
    pub fn deadline(&self) -> Timestamp {
        self.started
            .saturating_add(jiff::SignedDuration::from_mins(self.set.minutes as i64))
            .unwrap_or(self.started)
    }

    /// Problems solved before the deadline.
    pub fn solved_in_time(&self) -> usize {
        self.solved.iter().flatten().filter(|t| **t <= self.deadline()).count()
    }

    /// When the whole set was solved in time.
    pub fn completed(&self) -> Option<Timestamp> {
        let last = self.solved.iter().copied().collect::<Option<Vec<_>>>()?.into_iter().max()?;
        (last <= self.deadline()).then_some(last)
    }

    /// Over: every problem solved in time, or the time is up.
    pub fn over(&self, now: Timestamp) -> bool {
        self.completed().is_some() || now > self.deadline()
    }
}

#[derive(Debug, Default)]
pub struct Practice {
    pub problems: BTreeMap<String, ProblemPractice>,
    pub mocks: Vec<Mock>,
}

impl Practice {
    pub fn problem(&self, id: &str) -> Option<&ProblemPractice> {
        self.problems.get(id)
    }

    /// The mock interview whose clock is running, if any.
    pub fn running_mock(&self, now: Timestamp) -> Option<&Mock> {
        self.mocks.last().filter(|m| !m.over(now))
    }
}

/// Replays records (oldest first) into attempts.
pub fn replay(records: &[Record]) -> Practice {
    let mut replay = Replay::new();
    for r in records {
        replay.push(r);
    }
    replay.practice
}

/// Builds a [`Practice`] one record at a time (so a large history is never held in memory).
pub struct Replay {
    tz: TimeZone,
    pub practice: Practice,
}

impl Replay {
    pub fn new() -> Replay {
        Replay {
            tz: super::time::local_zone(),
            practice: Practice::default(),
        }
    }

    pub fn push(&mut self, r: &Record) {
        let practice = &mut self.practice;
        if r.event == Event::Mock {
            if let Some(set) = &r.mock {
                let index = practice.mocks.len();
                for id in &set.problems {
                    let p = practice.problems.entry(id.clone()).or_default();
                    if let Some(open) = p.open_mut() {
                        open.abandoned = true;
                    }
                    p.attempts.push(Attempt::start(r.ts, true, Some(index)));
                    p.last = Some(r.ts);
                    p.days.insert(self.tz.to_datetime(r.ts).date());
                }
                practice.mocks.push(Mock {
                    started: r.ts,
                    set: (**set).clone(),
                    solved: vec![None; set.problems.len()],
                });
            }
            return;
        }
        let Some(id) = &r.problem else { return };
        let p = match practice.problems.get_mut(id) {
            Some(p) => p,
            None => practice.problems.entry(id.clone()).or_default(),
        };
        if matches!(r.event, Event::Pick | Event::Test | Event::Submit) {
            p.days.insert(self.tz.to_datetime(r.ts).date());
            p.last = Some(r.ts);
            if let Some(open) = p.open_mut() {
                open.resume(r.ts);
            }
        }
        match r.event {
            Event::Pick if r.timer != Some(false) => match p.open_mut() {
                Some(open) if !open.timed => {
                    open.timed = true;
                    open.started = r.ts;
                }
                Some(_) => {}
                None => p.attempts.push(Attempt::start(r.ts, true, None)),
            },
            Event::Test => p.tests += 1,
            Event::Submit => submit(&mut practice.mocks, p, r),
            Event::Pause => {
                if let Some(open) = p.open_mut().filter(|a| a.running()) {
                    open.paused_since = Some(r.ts);
                }
            }
            Event::Resume => {
                if let Some(open) = p.open_mut() {
                    open.resume(r.ts);
                }
            }
            _ => {}
        }
    }
}

/// The practice recorded in a history (within `scope`).
pub fn load(history: &History, scope: Scope) -> anyhow::Result<Practice> {
    let mut replay = Replay::new();
    history.for_each(scope, |r| replay.push(&r))?;
    Ok(replay.practice)
}

fn submit(mocks: &mut [Mock], p: &mut ProblemPractice, r: &Record) {
    let n = p.submissions.len() + 1;
    p.submissions.push(Submission {
        n,
        at: r.ts,
        verdict: r.verdict.clone().unwrap_or_default(),
        passed: r.passed,
        total: r.total,
        time_ms: r.time_ms,
        memory_kb: r.memory_kb,
        source: r.source.clone(),
    });
    if p.open().is_none() {
        p.attempts.push(Attempt::start(r.ts, false, None));
    }
    let attempt = p.attempts.last_mut().expect("an open attempt was just ensured");
    attempt.submits.push(n - 1);
    if r.verdict.as_deref() == Some("Accepted") {
        let solve_ms = attempt.timed.then(|| r.solve_ms.unwrap_or_else(|| attempt.elapsed_ms(r.ts)));
        attempt.solved = Some(Solve { at: r.ts, solve_ms });
        if let Some(mock) = attempt.mock.and_then(|i| mocks.get_mut(i)) {
            let id = r.problem.as_deref().unwrap_or_default();
            if let Some(slot) = mock.set.problems.iter().position(|p| p == id) {
                mock.solved[slot] = Some(r.ts);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record `minutes` after a fixed start.
    pub fn at(minutes: i64, event: Event, problem: &str, verdict: Option<&str>) -> Record {
        let mut r = Record::new(event, Some(problem));
        r.ts = Timestamp::from_second(1_800_000_000 + minutes * 60).unwrap();
        r.verdict = verdict.map(str::to_string);
        r
    }

    #[test]
    fn pick_to_first_accepted_submit_less_pauses_is_the_solve_time() {
        let records = [
            at(0, Event::Pick, "lc300", None),
            at(5, Event::Submit, "lc300", Some("Wrong Answer")),
            at(6, Event::Pause, "lc300", None),
            at(16, Event::Resume, "lc300", None),
            at(20, Event::Pick, "lc300", None),
            at(25, Event::Submit, "lc300", Some("Accepted")),
            at(26, Event::Submit, "lc300", Some("Accepted")),
        ];
        let practice = replay(&records);
        let p = practice.problem("lc300").unwrap();
        assert_eq!(
            p.solve_times(),
            vec![15 * 60_000],
            "re-pick while open keeps the clock; pause excluded"
        );
        assert_eq!(p.attempts.len(), 2, "a submit after the solve is a new, untimed attempt");
        assert_eq!(p.first_tries(), (1, 2));
        assert_eq!(p.submissions.len(), 3);
    }

    #[test]
    fn picking_a_solved_problem_starts_a_new_attempt_and_no_timer_starts_none() {
        let mut quiet = at(30, Event::Pick, "lc300", None);
        quiet.timer = Some(false);
        let records = [
            at(0, Event::Pick, "lc300", None),
            at(10, Event::Submit, "lc300", Some("Accepted")),
            quiet,
            at(60, Event::Pick, "lc300", None),
            at(68, Event::Test, "lc300", Some("Accepted")),
            at(70, Event::Submit, "lc300", Some("Accepted")),
        ];
        let p = replay(&records).problems.remove("lc300").unwrap();
        assert_eq!(p.solve_times(), vec![600_000, 600_000]);
        assert_eq!(p.tests, 1);
    }

    #[test]
    fn a_pause_is_ended_by_the_next_submit() {
        let records = [
            at(0, Event::Pick, "lc1", None),
            at(4, Event::Pause, "lc1", None),
            at(64, Event::Submit, "lc1", Some("Wrong Answer")),
            at(70, Event::Submit, "lc1", Some("Accepted")),
        ];
        assert_eq!(replay(&records).problems["lc1"].solve_times(), vec![10 * 60_000]);
    }

    #[test]
    fn a_mock_times_its_set_as_one() {
        let mut mock = at(0, Event::Mock, "", None);
        mock.problem = None;
        mock.mock = Some(Box::new(MockSet {
            list: "bytedance".into(),
            problems: vec!["lc300".into(), "mha".into()],
            minutes: 45,
        }));
        let records = [
            at(-10, Event::Pick, "lc300", None),
            mock,
            at(20, Event::Submit, "lc300", Some("Accepted")),
            at(50, Event::Submit, "mha", Some("Accepted")),
        ];
        let practice = replay(&records);
        let m = &practice.mocks[0];
        assert_eq!(m.solved_in_time(), 1);
        assert!(m.completed().is_none());
        assert!(m.over(Timestamp::from_second(1_800_000_000 + 46 * 60).unwrap()));
        let lc300 = &practice.problems["lc300"];
        assert!(lc300.attempts[0].abandoned);
        assert_eq!(lc300.solve_times(), vec![20 * 60_000]);
    }
}
