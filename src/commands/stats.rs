//! `drill stats [--company X] [--json]`: progress per company list and per problem.

use crate::catalog::{Catalog, CompanyList};
use crate::history::{self, Scope};
use crate::practice::stats::{self, Info, ListScope, Stats};
use crate::practice::time::{ago, duration, until};
use crate::practice::{load, Practice};
use crate::render;
use crate::workspace::Workspace;
use anyhow::Result;
use jiff::Timestamp;
use std::process::ExitCode;

pub fn stats(company: Option<&str>, json: bool) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let practice = load(&history::of(&Workspace::locate()?), Scope::All)?;
    let stats = compute(&catalog, &practice, company, Timestamp::now())?;
    if json {
        println!("{}", serde_json::to_string(&stats)?);
    } else {
        print(&stats, practice.problems.is_empty());
    }
    Ok(ExitCode::SUCCESS)
}

/// A company list split into the problems this drill has and the ones it lacks.
pub fn list_scope(catalog: &Catalog, list: &CompanyList) -> ListScope {
    let ids = catalog.ids();
    let (problems, missing) = list.problems.iter().map(|e| e.id.clone()).partition(|id| ids.contains(id));
    ListScope {
        alias: list.alias.clone(),
        name: list.name.clone(),
        problems,
        missing,
    }
}

fn info(catalog: &Catalog, id: &str) -> Info {
    match catalog.problem(id) {
        Ok(p) => Info {
            id: id.to_string(),
            title_zh: p.title.zh,
            title_en: p.title.en,
            difficulty: p.difficulty,
        },
        Err(_) => Info {
            id: id.to_string(),
            title_zh: String::new(),
            title_en: "(not in this drill)".into(),
            difficulty: String::new(),
        },
    }
}

fn compute(catalog: &Catalog, practice: &Practice, company: Option<&str>, now: Timestamp) -> Result<Stats> {
    let (lists, ids) = match company {
        Some(name) => {
            let scope = list_scope(catalog, &catalog.list(name)?);
            let ids = scope.problems.clone();
            (vec![scope], ids)
        }
        None => {
            let lists: Vec<ListScope> = catalog.lists()?.iter().map(|l| list_scope(catalog, l)).collect();
            let mut ids: Vec<String> = catalog.ids().into_iter().filter(|id| practice.problems.contains_key(id)).collect();
            ids.extend(practice.problems.keys().filter(|id| !ids.contains(id)).cloned().collect::<Vec<_>>());
            (lists, ids)
        }
    };
    let (streak, last) = stats::streak(ids.iter().filter_map(|id| practice.problem(id)), now);
    let scope_alias = lists.first().filter(|_| company.is_some()).map(|l| l.alias.clone());
    let mocks = practice
        .mocks
        .iter()
        .filter(|m| scope_alias.as_ref().is_none_or(|a| *a == m.set.list))
        .map(|m| stats::mock(m, now))
        .collect();
    Ok(Stats {
        company: scope_alias,
        streak,
        last_practised: last.map(crate::practice::time::rfc3339),
        lists: lists.iter().map(|l| stats::list(l, practice)).collect(),
        problems: ids
            .iter()
            .map(|id| stats::problem(&info(catalog, id), practice.problem(id)))
            .collect(),
        mocks,
    })
}

fn clock(ms: Option<u64>) -> String {
    ms.map_or("-".into(), duration)
}

fn first_try(f: &stats::FirstTry) -> String {
    match f.rate {
        Some(rate) => format!("{:.0}% ({}/{})", rate * 100.0, f.accepted, f.attempts),
        None => "-".into(),
    }
}

fn when(rfc3339: &Option<String>, now: Timestamp) -> String {
    rfc3339
        .as_deref()
        .and_then(|t| t.parse::<Timestamp>().ok())
        .map_or("-".into(), |t| ago(t, now))
}

fn print(stats: &Stats, empty: bool) {
    let now = Timestamp::now();
    if empty {
        render::note("No practice recorded yet. drill next suggests where to start.");
    }
    let s = &stats.streak;
    println!(
        "streak {} day(s) (longest {}){} · last practised {}",
        s.current_days,
        s.longest_days,
        if s.practised_today { " · practised today" } else { "" },
        when(&stats.last_practised, now)
    );
    println!();
    let rows: Vec<Vec<String>> = stats
        .lists
        .iter()
        .map(|l| {
            vec![
                format!("{} {}", l.alias, l.name),
                format!("{}/{}", l.solved, l.total),
                first_try(&l.first_try),
                clock(l.median_solve_ms),
                clock(l.best_solve_ms),
                when(&l.last_practised, now),
            ]
        })
        .collect();
    render::table(&["list", "solved", "first try", "median", "best", "last practised"], &rows);
    let missing: usize = stats.lists.iter().map(|l| l.missing.len()).sum();
    if missing > 0 && stats.company.is_some() {
        render::note(&format!("Not in drill yet: {}", stats.lists[0].missing.join(", ")));
    }
    if !stats.problems.is_empty() {
        println!();
        let rows: Vec<Vec<String>> = stats
            .problems
            .iter()
            .map(|p| {
                vec![
                    p.id.clone(),
                    p.title_zh.clone(),
                    if p.solved {
                        "yes"
                    } else if p.timer_running {
                        "timer on"
                    } else {
                        ""
                    }
                    .into(),
                    p.attempts.to_string(),
                    first_try(&p.first_try),
                    clock(p.best_solve_ms),
                    clock(p.median_solve_ms),
                    when(&p.last_practised, now),
                    review_in(&p.next_review, now),
                    p.trend.clone(),
                ]
            })
            .collect();
        render::table(
            // The trend goes last: the table counts its bars as wide characters.
            &[
                "problem",
                "题目",
                "solved",
                "attempts",
                "first try",
                "best",
                "median",
                "last",
                "review",
                "trend",
            ],
            &rows,
        );
    }
    if !stats.mocks.is_empty() {
        println!();
        let rows: Vec<Vec<String>> = stats
            .mocks
            .iter()
            .map(|m| {
                let result = match (m.completed_ms, m.over) {
                    (Some(ms), _) => format!("all solved in {}", duration(ms)),
                    (None, true) => format!("{}/{} solved in time", m.solved_in_time, m.problems.len()),
                    (None, false) => "running".into(),
                };
                vec![
                    when(&Some(m.started.clone()), now),
                    m.list.clone(),
                    m.problems.join(", "),
                    format!("{} min", m.minutes),
                    result,
                ]
            })
            .collect();
        render::table(&["mock", "list", "problems", "time", "result"], &rows);
    }
}

fn review_in(due: &Option<String>, now: Timestamp) -> String {
    match due.as_deref().and_then(|t| t.parse::<Timestamp>().ok()) {
        Some(due) if due <= now => "due".into(),
        Some(due) => until(due, now),
        None => "-".into(),
    }
}
