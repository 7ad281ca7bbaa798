//! What to practise next: unsolved problems in the list's order, then spaced repetition of solved
//! ones on an SM-2 schedule (SuperMemo 2: intervals 1 day, 6 days, then × an ease factor that
//! grows after clean solves and shrinks after failed submits and slow solves).

use super::attempts::{Attempt, ProblemPractice};
use super::time::{ago, duration, local_day, until};
use jiff::{SignedDuration, Timestamp};

/// A solve slower than this is "slow" (LeetCode interview rounds give ~20–40 minutes).
pub fn target_ms(difficulty: &str) -> u64 {
    60_000
        * match difficulty {
            "Easy" => 15,
            "Hard" => 40,
            _ => 25,
        }
}

/// The longest review interval: interview preparation does not plan years ahead.
pub const MAX_INTERVAL_DAYS: f64 = 180.0;

/// The spaced-repetition state of a solved problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// Clean reviews in a row (SM-2's repetition number).
    pub reps: u32,
    /// SM-2's easiness factor, ≥ 1.3.
    pub ease: f64,
    pub interval_days: f64,
    pub due: Timestamp,
    /// Quality 0–5 of the last solve.
    pub quality: u8,
}

/// SM-2 quality of a solved attempt: 5 accepted at once within the target time, one point off
/// per failed submit (up to 3), one more for a slow solve and another for one over twice the
/// target. Below 3 the repetition count starts again.
pub fn quality(attempt: &Attempt, p: &ProblemPractice, target_ms: u64) -> u8 {
    let mut q = 5 - attempt.failed_submits(&p.submissions).min(3) as i32;
    if let Some(ms) = attempt.solved.and_then(|s| s.solve_ms) {
        if ms > target_ms {
            q -= 1;
        }
        if ms > 2 * target_ms {
            q -= 1;
        }
    }
    q.max(0) as u8
}

/// Replays the solved attempts of a problem through SM-2; None if it was never solved.
pub fn review(p: &ProblemPractice, target_ms: u64) -> Option<Review> {
    let mut state: Option<Review> = None;
    for attempt in &p.attempts {
        let Some(solve) = attempt.solved else { continue };
        let q = quality(attempt, p, target_ms);
        let (mut reps, mut ease, previous) = state.as_ref().map_or((0, 2.5, 0.0), |r| (r.reps, r.ease, r.interval_days));
        let qf = f64::from(q);
        ease = (ease + 0.1 - (5.0 - qf) * (0.08 + (5.0 - qf) * 0.02)).max(1.3);
        let interval_days = if q < 3 {
            reps = 0;
            1.0
        } else {
            reps += 1;
            match reps {
                1 => 1.0,
                2 => 6.0,
                _ => (previous * ease).round().min(MAX_INTERVAL_DAYS),
            }
        };
        let due = solve
            .at
            .saturating_add(SignedDuration::from_secs((interval_days * 86_400.0) as i64))
            .unwrap_or(solve.at);
        state = Some(Review {
            reps,
            ease,
            interval_days,
            due,
            quality: q,
        });
    }
    state
}

/// A problem that could be practised now, and why.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub id: String,
    /// Lower comes first: 0 running, 1 open with failed submits, 2 unsolved, 3 due, 4 not yet due.
    pub tier: u8,
    pub reason: String,
    /// Within a tier: position in the list, or how overdue (smaller first).
    key: f64,
}

/// A candidate: its id, where it stands in the list (0-based) and its slow-solve threshold.
pub struct Candidate<'a> {
    pub id: &'a str,
    pub position: usize,
    pub target_ms: u64,
}

/// Every candidate ranked, the one most worth doing first. `list` names the list in reasons.
pub fn rank(candidates: &[Candidate], practice: &super::Practice, list: &str, now: Timestamp) -> Vec<Suggestion> {
    let empty = ProblemPractice::default();
    let mut out: Vec<Suggestion> = candidates
        .iter()
        .map(|c| {
            let p = practice.problem(c.id).unwrap_or(&empty);
            let (tier, key, reason) = judge_candidate(c, p, list, now);
            Suggestion {
                id: c.id.to_string(),
                tier,
                reason,
                key,
            }
        })
        .collect();
    out.sort_by(|a, b| a.tier.cmp(&b.tier).then(a.key.total_cmp(&b.key)));
    out
}

fn judge_candidate(c: &Candidate, p: &ProblemPractice, list: &str, now: Timestamp) -> (u8, f64, String) {
    let place = format!("#{} on the {list} list", c.position + 1);
    if let Some(open) = p.open() {
        if open.timed {
            let state = if open.paused_since.is_some() { "paused" } else { "running" };
            return (
                0,
                c.position as f64,
                format!(
                    "your attempt is still open ({} on the clock, {state}); finish it",
                    duration(open.elapsed_ms(now))
                ),
            );
        }
        if let Some(&last) = open.submits.last() {
            let s = &p.submissions[last];
            return (
                1,
                c.position as f64,
                format!("your last submit ({}, {}) is not Accepted yet", s.verdict, ago(s.at, now)),
            );
        }
    }
    let Some(r) = review(p, c.target_ms) else {
        return (2, c.position as f64, format!("not solved yet; {place}"));
    };
    let solves = p.attempts.iter().filter(|a| a.solved.is_some()).count();
    let last = p.attempts.iter().rev().find_map(|a| a.solved).map(|s| s.at).unwrap_or(now);
    let history = format!(
        "solved {solves} time(s), last {} (quality {}/5); review interval {} day(s), ease {:.2}",
        ago(last, now),
        r.quality,
        r.interval_days,
        r.ease
    );
    let overdue_days = (now.as_second() - r.due.as_second()) as f64 / 86_400.0;
    if overdue_days >= 0.0 {
        let when = if local_day(r.due) == local_day(now) {
            "due today".to_string()
        } else {
            format!("due since {}", ago(r.due, now))
        };
        (3, -overdue_days / r.interval_days.max(1.0), format!("{history}: {when}"))
    } else {
        (
            4,
            -overdue_days,
            format!("{history}: nothing is due yet; this review falls due {}", until(r.due, now)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Event;
    use crate::practice::attempts::replay;

    fn at(minutes: i64, event: Event, verdict: Option<&str>) -> crate::history::Record {
        let mut r = crate::history::Record::new(event, Some("lc300"));
        r.ts = Timestamp::from_second(1_800_000_000 + minutes * 60).unwrap();
        r.verdict = verdict.map(str::to_string);
        r
    }

    const DAY: i64 = 24 * 60;

    #[test]
    fn intervals_grow_with_clean_solves_and_reset_after_failures() {
        let clean = |start: i64| [at(start, Event::Pick, None), at(start + 10, Event::Submit, Some("Accepted"))];
        let mut records: Vec<_> = clean(0).into();
        let p = replay(&records).problems.remove("lc300").unwrap();
        let first = review(&p, target_ms("Medium")).unwrap();
        assert_eq!((first.reps, first.interval_days, first.quality), (1, 1.0, 5));
        records.extend(clean(DAY));
        records.extend(clean(7 * DAY));
        let p = replay(&records).problems.remove("lc300").unwrap();
        let third = review(&p, target_ms("Medium")).unwrap();
        assert_eq!(third.reps, 3);
        assert!(third.interval_days >= 15.0 && third.ease > 2.5, "{third:?}");
        for v in ["Wrong Answer", "Wrong Answer", "Time Limit Exceeded", "Accepted"] {
            records.push(at(30 * DAY, Event::Submit, Some(v)));
        }
        let p = replay(&records).problems.remove("lc300").unwrap();
        let failed = review(&p, target_ms("Medium")).unwrap();
        assert_eq!((failed.reps, failed.interval_days, failed.quality), (0, 1.0, 2));
        assert!(failed.ease < third.ease);
        let mut day = 31 * DAY;
        for _ in 0..30 {
            records.extend(clean(day));
            day += DAY;
        }
        let p = replay(&records).problems.remove("lc300").unwrap();
        assert_eq!(review(&p, target_ms("Medium")).unwrap().interval_days, MAX_INTERVAL_DAYS);
    }

    #[test]
    fn slow_solves_lower_the_quality() {
        let records = [at(0, Event::Pick, None), at(60, Event::Submit, Some("Accepted"))];
        let p = replay(&records).problems.remove("lc300").unwrap();
        assert_eq!(review(&p, target_ms("Medium")).unwrap().quality, 3);
        assert_eq!(review(&p, target_ms("Hard")).unwrap().quality, 4);
    }

    #[test]
    fn ranking_puts_open_then_unsolved_in_list_order_then_due() {
        let mut records = vec![at(0, Event::Pick, None), at(10, Event::Submit, Some("Accepted"))];
        let mut other = at(0, Event::Submit, Some("Wrong Answer"));
        other.problem = Some("lc1".into());
        records.push(other);
        let practice = replay(&records);
        let candidates: Vec<Candidate> = ["lc300", "lc5", "lc1", "lc2"]
            .iter()
            .enumerate()
            .map(|(position, id)| Candidate {
                id,
                position,
                target_ms: target_ms("Medium"),
            })
            .collect();
        let now = Timestamp::from_second(1_800_000_000 + 3 * DAY * 60).unwrap();
        let ranked = rank(&candidates, &practice, "test", now);
        let order: Vec<&str> = ranked.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(order, ["lc1", "lc5", "lc2", "lc300"]);
        assert!(ranked[0].reason.contains("Wrong Answer"), "{}", ranked[0].reason);
        assert!(ranked[1].reason.contains("#2 on the test list"), "{}", ranked[1].reason);
        assert!(ranked[3].reason.contains("due since"), "{}", ranked[3].reason);
    }
}
