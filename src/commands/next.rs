//! `drill next [--company X]` (the problem most worth doing now, and why) and
//! `drill mock <company> [--minutes 45]` (two problems on one clock).

use super::stats::list_scope;
use crate::catalog::Catalog;
use crate::history::{self, Event, MockSet, Record, Scope};
use crate::practice::schedule::{rank, target_ms, Candidate, Suggestion};
use crate::practice::time::duration;
use crate::practice::{load, millis_between, replay, Practice};
use crate::render;
use crate::workspace::Workspace;
use anyhow::{bail, Result};
use jiff::Timestamp;
use serde::Serialize;
use std::process::ExitCode;

/// `drill next --json`.
#[derive(Serialize)]
struct Next {
    id: String,
    title_zh: String,
    title_en: String,
    /// `open`, `failing`, `unsolved`, `due` or `ahead` (nothing due; the one due soonest).
    kind: &'static str,
    reason: String,
}

const KINDS: [&str; 5] = ["open", "failing", "unsolved", "due", "ahead"];

/// The problems to choose from (in list order) and how the list is named in reasons.
fn candidates(catalog: &Catalog, company: Option<&str>) -> Result<(Vec<String>, String, String)> {
    Ok(match company {
        Some(name) => {
            let list = catalog.list(name)?;
            let scope = list_scope(catalog, &list);
            (scope.problems, list.alias, format!("{} ({})", list.name, scope.alias))
        }
        None => (catalog.ids(), "full".to_string(), "drill's catalog".to_string()),
    })
}

fn ranked(catalog: &Catalog, ids: &[String], practice: &Practice, label: &str, now: Timestamp) -> Vec<Suggestion> {
    let candidates: Vec<Candidate> = ids
        .iter()
        .enumerate()
        .map(|(position, id)| Candidate {
            id,
            position,
            target_ms: target_ms(&catalog.problem(id).map(|p| p.difficulty).unwrap_or_default()),
        })
        .collect();
    rank(&candidates, practice, label, now)
}

/// What `drill next` recommends, and the list it chose from.
pub struct Choice {
    pub best: Suggestion,
    /// The list as reasons name it, e.g. `字节跳动 (bytedance)` or `drill's catalog`.
    pub list: String,
    /// Every problem of the list is solved: `best` is a review.
    pub all_solved: bool,
}

/// `drill next`'s rule: the best-ranked problem of the company list (or of the catalog).
/// `drill pick` without an id uses it too.
pub fn choose(catalog: &Catalog, company: Option<&str>) -> Result<Choice> {
    let (ids, label, list) = candidates(catalog, company)?;
    let practice = load(&history::of(&Workspace::locate()?), Scope::All)?;
    let Some(best) = ranked(catalog, &ids, &practice, &label, Timestamp::now()).into_iter().next() else {
        bail!("{list} has no problems in this drill yet");
    };
    // Tiers 3 and 4 (due, not yet due) come first only when nothing is open or unsolved.
    let all_solved = best.tier >= 3;
    Ok(Choice { best, list, all_solved })
}

pub fn next(company: Option<&str>, json: bool) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let Choice { best, .. } = choose(&catalog, company)?;
    let problem = catalog.problem(&best.id)?;
    if json {
        let next = Next {
            id: best.id,
            title_zh: problem.title.zh,
            title_en: problem.title.en,
            kind: KINDS[usize::from(best.tier).min(4)],
            reason: best.reason,
        };
        println!("{}", serde_json::to_string(&next)?);
    } else {
        println!("Next: {} · {} / {}", best.id, problem.title.zh, problem.title.en);
        println!("why:  {}", best.reason);
        render::note(&format!("Start: drill pick {}", best.id));
    }
    Ok(ExitCode::SUCCESS)
}

/// LeetCode problems are `lc<number>`; the rest are model hand-writes.
fn is_leetcode(id: &str) -> bool {
    id.strip_prefix("lc").is_some_and(|n| n.parse::<u32>().is_ok())
}

/// The set: the best-ranked LeetCode problem and the best-ranked hand-write, or the two best
/// LeetCode problems when the list has no hand-write (fewer if the list is smaller).
fn choose_set(ranked: &[Suggestion]) -> Vec<String> {
    let first_lc = ranked.iter().find(|s| is_leetcode(&s.id));
    let first_model = ranked.iter().find(|s| !is_leetcode(&s.id));
    let mut set: Vec<String> = [first_lc, first_model].into_iter().flatten().map(|s| s.id.clone()).collect();
    for s in ranked {
        if set.len() >= 2 {
            break;
        }
        if !set.contains(&s.id) {
            set.push(s.id.clone());
        }
    }
    set
}

pub fn mock(company: &str, minutes: u64) -> Result<ExitCode> {
    if minutes == 0 {
        bail!("--minutes must be at least 1");
    }
    let catalog = Catalog::embedded();
    let list = catalog.list(company)?;
    let (ids, label, name) = candidates(&catalog, Some(company))?;
    let workspace = Workspace::locate()?;
    workspace.ensure_writable()?;
    let history = history::of(&workspace);
    let (set, replaced) = history.append_with(Scope::All, |records| {
        let practice = replay(records);
        let now = Timestamp::now();
        let set = choose_set(&ranked(&catalog, &ids, &practice, &label, now));
        let replaced = practice
            .running_mock(now)
            .map(|m| (m.set.list.clone(), millis_between(now, m.deadline())));
        if set.is_empty() {
            return (Vec::new(), (set, replaced));
        }
        let mut record = Record::new(Event::Mock, None);
        record.mock = Some(Box::new(MockSet {
            list: list.alias.clone(),
            problems: set.clone(),
            minutes,
        }));
        (vec![record], (set, replaced))
    })?;
    if set.is_empty() {
        bail!("{name} has no problems in this drill yet");
    }
    if let Some((list, left)) = replaced {
        render::note(&format!(
            "(The running mock interview of {list}, {} left, is replaced by this one.)",
            duration(left)
        ));
    }
    for (i, id) in set.iter().enumerate() {
        println!("━━━ {}/{} ━━━", i + 1, set.len());
        super::pick::present(&catalog, &workspace, id, &crate::config::Config::load()?.language)?;
        println!();
    }
    println!(
        "Mock interview: {name}, {} problem(s), {minutes} minutes. The clock is running.",
        set.len()
    );
    render::note("drill submit each one; drill timer shows the time left; a mock cannot be paused.");
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranked(ids: &[&str]) -> Vec<Suggestion> {
        let candidates: Vec<Candidate> = ids
            .iter()
            .enumerate()
            .map(|(position, id)| Candidate {
                id,
                position,
                target_ms: 1,
            })
            .collect();
        rank(&candidates, &Practice::default(), "test", Timestamp::now())
    }

    #[test]
    fn a_mock_takes_one_leetcode_problem_and_one_hand_write() {
        assert_eq!(
            choose_set(&ranked(&["lc300", "lc54", "mha-mask", "sqrt-6dp"])),
            ["lc300", "mha-mask"]
        );
        assert_eq!(choose_set(&ranked(&["mha", "lc1"])), ["lc1", "mha"]);
        assert_eq!(choose_set(&ranked(&["lc76", "lc1143"])), ["lc76", "lc1143"]);
        assert_eq!(choose_set(&ranked(&["lc300"])), ["lc300"]);
        assert!(is_leetcode("lc3") && !is_leetcode("layer-norm") && !is_leetcode("lc"));
    }
}
