//! `drill dev check`: every problem is well-formed, its reference is Accepted, every known-wrong
//! solution gets the verdict it names, and a brute force agrees with the expected answers.

use crate::catalog::{Catalog, Limits, Problem};
use crate::judge::{self, Mode, Report, Verdict};
use crate::workspace::Workspace;
use anyhow::{bail, ensure, Context, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Cases whose arguments are at most this long (as JSON) are cross-checked with `brute.rs`.
const BRUTE_FORCE_MAX_CHARS: usize = 20_000;

pub fn check(ids: &[String], problems: Option<PathBuf>) -> Result<ExitCode> {
    let catalog = match problems {
        Some(dir) => Catalog::from_dir(dir),
        None => Catalog::embedded(),
    };
    let workspace = Workspace::locate()?;
    let cache = workspace.cache_dir()?;
    let ids = if ids.is_empty() {
        check_lists(&catalog)?;
        catalog.ids()
    } else {
        ids.iter().map(|i| catalog.resolve(i)).collect::<Result<_>>()?
    };
    let mut failures = 0;
    for id in &ids {
        match check_problem(&catalog, &cache, id) {
            Ok(summary) => println!("ok   {id}: {summary}"),
            Err(e) => {
                failures += 1;
                println!("FAIL {id}: {e:#}");
            }
        }
    }
    if failures > 0 {
        bail!("{failures} of {} problems failed the check", ids.len());
    }
    println!("all {} problems pass", ids.len());
    Ok(ExitCode::SUCCESS)
}

fn check_lists(catalog: &Catalog) -> Result<()> {
    let ids = catalog.ids();
    for list in catalog.lists()? {
        for entry in &list.problems {
            ensure!(
                ids.contains(&entry.id),
                "company list {} names unknown problem {}",
                list.alias,
                entry.id
            );
        }
    }
    Ok(())
}

fn check_problem(catalog: &Catalog, cache: &Path, id: &str) -> Result<String> {
    let problem = catalog.problem(id)?;
    ensure!(problem.id == id, "problem.json says id {:?}", problem.id);
    let statement = catalog.statement(id)?;
    ensure!(
        statement.contains("## 中文") && statement.contains("## English"),
        "statement.md needs a `## 中文` and a `## English` section"
    );
    let tests = catalog.tests(id)?;
    ensure!(!tests.examples.is_empty(), "tests.json has no examples");
    ensure!(
        problem.harness.inputs.is_none() || problem.harness.driver.is_some(),
        "harness.inputs needs a harness.driver (the generated driver reads one input per parameter)"
    );
    catalog.harness_code(id)?; // the files `harness` names exist
    check_hints_and_constraints(&problem)?;
    let arity = problem.arity();
    let from = if problem.harness.inputs.is_some() {
        "harness.inputs says"
    } else {
        "the signature has"
    };
    for (kind, cases) in [("example", &tests.examples), ("hidden", &tests.hidden)] {
        for (i, case) in cases.iter().enumerate() {
            ensure!(
                case.args.len() == arity,
                "{kind} case {i} has {} arguments, {from} {arity}",
                case.args.len()
            );
            ensure!(case.expected.is_some(), "{kind} case {i} has no expected answer");
            if let Err(why) = crate::catalog::check_args(&case.args, &problem.signature, &problem.constraints) {
                bail!("{kind} case {i} breaks the constraints of problem.json: {why}");
            }
        }
    }
    let reference = catalog.reference(id)?;
    let shown = PathBuf::from(format!("{id}/reference.rs"));
    let examples = judge::judge(catalog, cache, id, &reference, &shown, Mode::Test)?;
    expect(&examples, "Accepted", &[], "reference on the examples")?;
    let submitted = judge::judge(catalog, cache, id, &reference, &shown, Mode::Submit)?;
    let all_accepted: Vec<(String, String)> = problem
        .follow_ups
        .iter()
        .map(|f| (f.name.clone(), "Accepted".to_string()))
        .collect();
    expect(&submitted, "Accepted", &all_accepted, "reference")?;

    let wrong = catalog.wrong_solutions(id)?;
    ensure!(!wrong.is_empty(), "no known-wrong solutions in wrong/");
    for w in &wrong {
        ensure!(
            Verdict::from_name(&w.verdict).is_some(),
            "wrong/{} names unknown verdict {:?}",
            w.name,
            w.verdict
        );
        let report = judge::judge(
            catalog,
            cache,
            id,
            &w.source,
            &PathBuf::from(format!("{id}/wrong/{}", w.name)),
            Mode::Submit,
        )?;
        expect(&report, &w.verdict, &w.follow_ups, &format!("wrong/{}", w.name))?;
    }

    let mut cross_checked = 0;
    if let Some(brute) = catalog.brute_force(id)? {
        let small: Vec<_> = tests
            .hidden
            .iter()
            .filter(|c| serde_json::to_string(&c.args).is_ok_and(|s| s.len() <= BRUTE_FORCE_MAX_CHARS))
            .cloned()
            .collect();
        cross_checked = small.len();
        if !small.is_empty() {
            let limits = Limits {
                time_floor_ms: 20_000,
                ..problem.limits
            };
            let report = judge::judge_cases(catalog, cache, id, &brute, &PathBuf::from(format!("{id}/brute.rs")), small, limits)?;
            if report.verdict != Verdict::Accepted {
                let failed = report
                    .cases
                    .iter()
                    .find(|c| !c.passed)
                    .context("brute force failed without a failing case")?;
                bail!(
                    "brute force disagrees on hidden case with input {}: expected {:?}, brute force {:?} ({})",
                    serde_json::to_string(&failed.input)?,
                    failed.expected,
                    failed.got,
                    report.message.unwrap_or_default()
                );
            }
        }
    }
    Ok(format!(
        "{} examples, {} hidden cases (+{} generated), reference {} ms, {} wrong solutions rejected, {} cases cross-checked",
        tests.examples.len(),
        tests.hidden.len(),
        judge::submission_tiers(&problem, Vec::new())
            .iter()
            .map(judge::Tier::len)
            .sum::<usize>(),
        submitted.time_ms,
        wrong.len(),
        cross_checked
    ))
}

/// Fills in every missing `expected` of the problems' tests.json with the reference's answer
/// and rewrites the file one case per line.
pub fn bless(ids: &[String], problems: PathBuf) -> Result<ExitCode> {
    let catalog = Catalog::from_dir(problems.clone());
    let workspace = Workspace::locate()?;
    let cache = judge::BuildCache::open(&workspace.cache_dir()?)?;
    for id in ids {
        let id = catalog.resolve(id)?;
        let mut tests = catalog.tests(&id)?;
        let mut filled = 0;
        for cases in [&mut tests.examples, &mut tests.hidden] {
            let missing: Vec<usize> = (0..cases.len()).filter(|&i| cases[i].expected.is_none()).collect();
            let inputs: Vec<_> = missing.iter().map(|&i| cases[i].clone()).collect();
            if inputs.is_empty() {
                continue;
            }
            for (i, answer) in missing.into_iter().zip(judge::reference_answers(&cache, &catalog, &id, &inputs)?) {
                cases[i].expected = Some(answer);
                filled += 1;
            }
        }
        let line = |c: &crate::catalog::Case| serde_json::to_string(c).expect("cases serialize");
        let section = |cases: &[crate::catalog::Case]| cases.iter().map(line).collect::<Vec<_>>().join(",\n    ");
        let text = format!(
            "{{\n  \"examples\": [\n    {}\n  ],\n  \"hidden\": [\n    {}\n  ]\n}}\n",
            section(&tests.examples),
            section(&tests.hidden)
        );
        std::fs::write(problems.join(&id).join("tests.json"), text).with_context(|| format!("cannot write {id}/tests.json"))?;
        println!("{id}: filled {filled} expected answers");
    }
    Ok(ExitCode::SUCCESS)
}

/// Every problem ships 2–3 graded hints in both languages and the statement's bounds on at least
/// one argument, each naming a parameter and bounding something.
fn check_hints_and_constraints(problem: &Problem) -> Result<()> {
    let hints = problem.hints.len();
    ensure!(
        (2..=3).contains(&hints),
        "every problem needs 2 or 3 hints in problem.json (mildest first); this one has {hints}"
    );
    for (i, hint) in problem.hints.iter().enumerate() {
        ensure!(
            !hint.zh.trim().is_empty() && !hint.en.trim().is_empty(),
            "hint {} needs both zh and en text",
            i + 1
        );
    }
    ensure!(
        !problem.constraints.is_empty(),
        "problem.json has no constraints; give the statement's bounds for at least one argument"
    );
    let params = problem.signature.params.len();
    for c in &problem.constraints {
        ensure!(
            c.arg < params,
            "a constraint names argument {}, but the signature has {params}",
            c.arg
        );
        ensure!(
            c.len.is_some() || c.range.is_some() || c.chars.is_some() || c.sorted || c.distinct,
            "the constraint on argument {} bounds nothing; give `len`, `range`, `chars`, `sorted` or `distinct`",
            c.arg
        );
    }
    Ok(())
}

/// The report has the expected base verdict and, for each named follow-up, its verdict.
fn expect(report: &Report, verdict: &str, follow_ups: &[(String, String)], what: &str) -> Result<()> {
    ensure!(
        report.verdict.name() == verdict,
        "{what}: expected {verdict}, got {} ({})",
        report.verdict.name(),
        report
            .message
            .as_deref()
            .unwrap_or("no message")
            .lines()
            .take(8)
            .collect::<Vec<_>>()
            .join(" | ")
    );
    for (name, want) in follow_ups {
        let got = report
            .follow_ups
            .iter()
            .find(|f| &f.name == name)
            .with_context(|| format!("{what}: follow-up {name:?} did not run"))?;
        ensure!(
            got.verdict.name() == want,
            "{what}: follow-up {name}: expected {want}, got {} ({})",
            got.verdict.name(),
            got.note
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn problem(hints: usize, constraints: Value) -> Problem {
        let hints: Vec<Value> = (0..hints)
            .map(|i| json!({"zh": format!("提示 {i}"), "en": format!("hint {i}")}))
            .collect();
        serde_json::from_value(json!({
            "format_version": 1, "id": "x", "title": {"zh": "x", "en": "x"}, "difficulty": "Easy",
            "signature": {"function": "f", "params": [{"name": "nums", "type": "Vec<i32>"}], "returns": "i32"},
            "checker": "exact", "hints": hints, "constraints": constraints,
        }))
        .unwrap()
    }

    #[test]
    fn every_problem_needs_two_or_three_hints_and_a_constraint() {
        let bounded = json!([{"arg": 0, "len": [1, 2500]}]);
        #[rustfmt::skip]
        let rows: &[(Problem, Result<(), &str>)] = &[
            (problem(2, bounded.clone()), Ok(())),
            (problem(3, json!([{"arg": 0, "range": [-5, 5]}])), Ok(())),
            (problem(0, bounded.clone()), Err("every problem needs 2 or 3 hints in problem.json (mildest first); this one has 0")),
            (problem(1, bounded.clone()), Err("this one has 1")),
            (problem(4, bounded.clone()), Err("this one has 4")),
            (problem(2, json!([])), Err("problem.json has no constraints")),
            (problem(2, json!([{"arg": 1, "len": [1, 2]}])), Err("a constraint names argument 1, but the signature has 1")),
            (problem(2, json!([{"arg": 0}])), Err("the constraint on argument 0 bounds nothing")),
        ];
        for (problem, want) in rows {
            match (check_hints_and_constraints(problem), want) {
                (Ok(()), Ok(())) => {}
                (Err(e), Err(w)) => assert!(e.to_string().contains(w), "{e} lacks {w:?}"),
                (got, want) => panic!("got {got:?}, want {want:?}"),
            }
        }
        let mut blank = problem(2, bounded);
        blank.hints[1].en = " ".into();
        let err = check_hints_and_constraints(&blank).unwrap_err().to_string();
        assert_eq!(err, "hint 2 needs both zh and en text");
    }
}
