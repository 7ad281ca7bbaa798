//! Judging a solution: source checks → generated harness → rustc → sandboxed runs → checkers →
//! a [`Report`].

mod build;
mod calibrate;
pub mod compare;
mod custom;
mod harness;
/// Also embedded, as text, in the editor workspace's build script.
mod header;
mod inputs;
mod linked;
mod linker;
mod run;
/// The flags of every compile, shared with build.rs.
mod rustc_flags;
pub mod sandbox;
pub mod source;
mod toolchain;
mod verdict;

pub use build::BuildCache;
pub use calibrate::reference_answers;
pub use custom::judge_custom;
pub use verdict::{CaseReport, FailedCase, FollowUpReport, Report, Verdict};

use crate::catalog::{generated, Case, Catalog, Checker, Generator, HarnessCode, Limits, Problem, Signature};
use anyhow::{bail, Context, Result};
use run::{Ending, Execution};
use sandbox::{GateKey, Start};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::Arc;
use std::thread::ScopedJoinHandle;
use std::time::Duration;

/// Visible examples (`drill test`) or hidden tests and follow-ups (`drill submit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Test,
    Submit,
}

/// A set of cases run in one process under one time limit: the listed ones (examples, hidden
/// tests, custom inputs), then those generated at judge time (expected: the reference's answers).
#[derive(Debug, Clone)]
pub struct Tier {
    pub name: String,
    pub note: String,
    pub limits: Limits,
    pub cases: Vec<Case>,
    pub generated: Vec<Generator>,
}

impl Tier {
    pub fn len(&self) -> usize {
        self.cases.len() + self.generated.iter().map(|g| g.count).sum::<usize>()
    }

    /// Every case in order, the generated ones made as they are taken.
    fn all_cases(&self) -> impl Iterator<Item = Result<Case>> + '_ {
        self.cases.iter().cloned().map(Ok).chain(generated(&self.generated))
    }

    /// The arguments of case `i` (a generated case is made again: only a report needs it).
    fn args(&self, i: usize) -> Result<Vec<Arc<Value>>> {
        if let Some(case) = self.cases.get(i) {
            return Ok(case.args.clone());
        }
        match generated(&self.generated).nth(i - self.cases.len()) {
            Some(case) => Ok(case?.args),
            None => bail!("tier {:?} has no case {i}", self.name),
        }
    }
}

/// Inputs larger than this (as JSON) are summarised in a report instead of printed whole.
const SHOWN_VALUE_CHARS: usize = 4096;

/// The tiers of a submission: the base tier (hidden cases, then generated ones), then the
/// follow-ups.
pub fn submission_tiers(problem: &Problem, hidden: Vec<Case>) -> Vec<Tier> {
    let base = Tier {
        name: "base".into(),
        note: String::new(),
        limits: problem.limits,
        cases: hidden,
        generated: problem.generated.clone(),
    };
    let follow_ups = problem.follow_ups.iter().map(|f| Tier {
        name: f.name.clone(),
        note: f.note.clone(),
        limits: f.limits,
        cases: Vec::new(),
        generated: f.generate.clone(),
    });
    std::iter::once(base).chain(follow_ups).collect()
}

/// Judges `source` (shown to the user as `shown`) on problem `id`. The tests are read while
/// the solution compiles.
pub fn judge(catalog: &Catalog, cache_root: &Path, id: &str, source: &str, shown: &Path, mode: Mode) -> Result<Report> {
    let problem = catalog.problem(id)?;
    let make_tiers = || match mode {
        Mode::Test => Ok(vec![Tier {
            name: "examples".into(),
            note: String::new(),
            limits: problem.limits,
            cases: catalog.tests(id)?.examples,
            generated: Vec::new(),
        }]),
        Mode::Submit => Ok(submission_tiers(&problem, catalog.tests(id)?.hidden)),
    };
    judge_tiers(catalog, cache_root, &problem, source, shown, make_tiers, mode)
}

/// Judges `source` on the given cases alone (each with its expected answer), every case
/// reported: how `drill dev check` cross-checks expected answers with a brute force.
pub fn judge_cases(
    catalog: &Catalog,
    cache_root: &Path,
    id: &str,
    source: &str,
    shown: &Path,
    cases: Vec<Case>,
    limits: Limits,
) -> Result<Report> {
    let problem = catalog.problem(id)?;
    let tier = Tier {
        name: "cases".into(),
        note: String::new(),
        limits,
        cases,
        generated: Vec::new(),
    };
    judge_tiers(catalog, cache_root, &problem, source, shown, || Ok(vec![tier]), Mode::Test)
}

/// The tiers, their runs (set up, waiting for the binary), and (for a submission) the
/// reference's calibration.
struct Prepared<'scope> {
    tiers: Vec<Tier>,
    runs: Vec<(GateKey, ScopedJoinHandle<'scope, Result<Execution>>)>,
    calibration: Option<calibrate::Calibration>,
}

/// In `Mode::Submit` limits come from the reference's calibration and expected answers of
/// generated cases from its runs; in `Mode::Test` the floor applies and every case is reported.
/// While rustc compiles, a second thread generates the tiers, sets up each tier's sandboxed run
/// (which then waits at its gate for the binary), writes the inputs and calibrates; the tiers
/// run concurrently. The compile is then nearly all of a submission's time.
#[allow(clippy::too_many_arguments)]
fn judge_tiers(
    catalog: &Catalog,
    cache_root: &Path,
    problem: &Problem,
    source: &str,
    shown: &Path,
    make_tiers: impl FnOnce() -> Result<Vec<Tier>> + Send,
    mode: Mode,
) -> Result<Report> {
    let id = problem.id.as_str();
    // The report of a solution that is not run still counts the cases (the base tier's).
    let total = |tiers: &[Tier]| tiers.first().map_or(0, Tier::len);
    if let Some(refusal) = source::refusal(source, &problem.banned) {
        let total = total(&make_tiers()?);
        return Ok(Report::not_run(
            id,
            Verdict::Rejected,
            total,
            format!("line {}: {}", refusal.line, refusal.reason),
        ));
    }

    let cache = BuildCache::open(cache_root)?;
    let work = build::work_dir("build")?;
    let dir = work.path();
    let binary = build::binary_path(dir)?;
    type Ran = (Vec<Tier>, Vec<Result<Execution>>, Option<calibrate::Calibration>);
    let ran = std::thread::scope(|s| -> Result<Result<Ran, (String, usize)>> {
        let (binary, cache) = (&binary, &cache);
        // The preparing thread starts its work once rustc has: forking drill (for rustc's
        // sandbox) while this thread allocates and forks too took 5–8 ms instead of 2–3.
        let (compiler_started, wait_for_compiler) = mpsc::channel::<()>();
        let prepared = s.spawn(move || -> Result<Prepared> {
            let _ = wait_for_compiler.recv();
            let tiers = make_tiers()?;
            let mut runs = Vec::new();
            let mut inputs = Vec::new();
            let key = match mode {
                Mode::Submit => Some(inputs::key(catalog, id)?),
                Mode::Test => None,
            };
            for (i, tier) in tiers.iter().enumerate() {
                let input = match &key {
                    Some(key) => inputs::cached(cache, id, key, i, tier)?,
                    None => {
                        let path = dir.join(format!("tier{i}.in"));
                        inputs::write(&path, tier)?;
                        path
                    }
                };
                let (key, gate) = sandbox::gate()?;
                let (limits, cases, libdir) = (tier.limits, tier.len(), &cache.toolchain.target_libdir);
                let run_input = input.clone();
                let run = s.spawn(move || {
                    let start = Start::Gated(gate);
                    run::execute(
                        binary,
                        libdir,
                        dir,
                        &run_input,
                        cases,
                        start,
                        limits.memory_mb << 20,
                        limits.stack_bytes(),
                    )
                });
                runs.push((key, run));
                inputs.push(input);
            }
            let calibration = if mode == Mode::Submit {
                Some(calibrate::calibration(cache, catalog, id, &tiers, &inputs)?)
            } else {
                None
            };
            Ok(Prepared { tiers, runs, calibration })
        });
        let watch = linked::LinkWatch::start(binary);
        let compiling = s.spawn(move || {
            catalog
                .harness_code(id)
                .and_then(|custom| compile_solution(cache, &problem.signature, &custom, source, dir, shown, Some(compiler_started)))
        });
        // The runs start once the linker has written the program, while rustc is still finishing;
        // they count only if rustc then succeeds.
        let linked = watch.is_some_and(|w| w.wait(|| compiling.is_finished()));
        let prepared = prepared.join().expect("preparing the tiers panicked");
        let compiling = if linked {
            Some(compiling)
        } else {
            // Returning early drops the gates' keys: the waiting runs are cancelled.
            if let Err(errors) = compiling.join().expect("compiling panicked")? {
                return Ok(Err((errors, total(&prepared?.tiers))));
            }
            None
        };
        let Prepared { tiers, runs, calibration } = prepared?;
        let runs: Vec<_> = runs
            .into_iter()
            .enumerate()
            .map(|(i, (key, run))| {
                let tier = &tiers[i];
                let wall = calibration
                    .as_ref()
                    .map_or(Duration::from_millis(tier.limits.time_floor_ms + 2000), |c| {
                        c.tiers[i].wall(&tier.limits)
                    });
                key.open(run::time_limits(wall));
                run
            })
            .collect();
        if let Some(compiling) = compiling {
            // Runs started on a program rustc then rejects end under their limits, unread.
            if let Err(errors) = compiling.join().expect("compiling panicked")? {
                return Ok(Err((errors, total(&tiers))));
            }
        }
        let executions = runs.into_iter().map(|run| run.join().expect("a tier run panicked")).collect();
        Ok(Ok((tiers, executions, calibration)))
    })?;
    let (tiers, executions, calibration) = match ran {
        Ok(ran) => ran,
        Err((errors, total)) => {
            return Ok(Report {
                protections_off: sandbox::protections_off(),
                ..Report::not_run(id, Verdict::CompileError, total, errors)
            })
        }
    };

    let timings: Vec<_> = (0..tiers.len()).map(|i| calibration.as_ref().map(|c| &c.tiers[i])).collect();
    let limits_ms: Vec<f64> = tiers
        .iter()
        .zip(&timings)
        .map(|(t, c)| c.map_or(t.limits.time_floor_ms as f64, |c| c.limit_ms(&t.limits)))
        .collect();

    let mut outcomes = Vec::new();
    for (i, (tier, exec)) in tiers.iter().zip(executions).enumerate() {
        let expected = (0..tier.len())
            .map(|k| match (tier.cases.get(k), timings[i]) {
                (Some(Case { expected: Some(e), .. }), _) => Ok(Some(e.clone())),
                (_, Some(t)) => t
                    .answers
                    .get(k)
                    .cloned()
                    .map(Some)
                    .with_context(|| format!("the cached calibration has no answer for case {k} of tier {:?}", tier.name)),
                (_, None) => Ok(None),
            })
            .collect::<Result<Vec<_>>>()?;
        let limits = TierLimits {
            time_ms: limits_ms[i],
            cpu_ms: timings[i].and_then(|t| t.cpu_limit_ms(&tier.limits)),
        };
        let outcome = evaluate(&exec?, tier, &expected, problem.checker, limits, mode == Mode::Test)?;
        let accepted = outcome.verdict == Verdict::Accepted;
        outcomes.push(outcome);
        if !accepted {
            break;
        }
    }

    let mut outcomes = outcomes.into_iter();
    let mut base = outcomes.next().expect("the base tier always runs");
    if let Some(failed) = &mut base.failed {
        failed.input = tiers[0].args(failed.index)?.iter().map(|a| shown_value(a)).collect();
    }
    let follow_ups = outcomes
        .zip(tiers.iter().zip(&limits_ms).skip(1))
        .map(|(o, (tier, limit))| FollowUpReport {
            name: tier.name.clone(),
            verdict: o.verdict,
            note: format!("{}; limit {:.0} ms", tier.note, limit),
            time_ms: o.time_ms,
            message: o.message,
        })
        .collect();
    Ok(Report {
        problem: id.to_string(),
        verdict: base.verdict,
        passed: base.passed,
        total: total(&tiers),
        time_ms: base.time_ms,
        memory_kb: base.memory_kb,
        follow_ups,
        failed_case: base.failed,
        message: base.message,
        cases: base.cases,
        protections_off: sandbox::protections_off(),
    })
}

/// Writes the solution and its generated harness (with the problem's own harness code, if
/// any) into `dir` and compiles them.
/// `started` is dropped once rustc has started.
fn compile_solution(
    cache: &BuildCache,
    sig: &Signature,
    custom: &HarnessCode,
    source: &str,
    dir: &Path,
    shown: &Path,
    started: Option<mpsc::Sender<()>>,
) -> Result<Result<PathBuf, String>> {
    let solution = dir.join("solution.rs");
    std::fs::write(&solution, header::includable(source)).context("cannot write the solution into the build dir")?;
    let main = dir.join("main.rs");
    std::fs::write(&main, harness::main_source(sig, custom, "solution.rs")).context("cannot write the harness")?;
    Ok(cache.compile(dir, &main, Some((&solution, shown)), started)?.map_err(|errors| {
        if errors.contains("main.rs") {
            let params: Vec<String> = sig.params.iter().map(|p| format!("{}: {}", p.name, p.ty)).collect();
            format!(
                "{errors}\nnote: drill calls `Solution::{}({}) -> {}`; keep the signature of the starter file",
                sig.function,
                params.join(", "),
                sig.returns
            )
        } else {
            errors
        }
    }))
}

/// A tier's verdict: the first case that fails decides it, as on LeetCode.
struct TierOutcome {
    verdict: Verdict,
    passed: usize,
    time_ms: u64,
    memory_kb: u64,
    failed: Option<FailedCase>,
    message: Option<String>,
    cases: Vec<CaseReport>,
}

/// A tier's time limits: on the time inside the calls, and (from the reference's calibration)
/// on the CPU time of the whole run.
#[derive(Debug, Clone, Copy)]
struct TierLimits {
    time_ms: f64,
    cpu_ms: Option<f64>,
}

/// A failed case's `input` is left empty: only the base tier's is shown, and a generated case's
/// arguments must be made again.
fn evaluate(
    exec: &Execution,
    tier: &Tier,
    expected: &[Option<Value>],
    checker: Checker,
    limits: TierLimits,
    every_case: bool,
) -> Result<TierOutcome> {
    let limit_ms = limits.time_ms;
    let in_call_ms = exec.in_call_ms();
    let mut outcome = TierOutcome {
        verdict: Verdict::Accepted,
        passed: 0,
        time_ms: in_call_ms.round() as u64,
        memory_kb: exec.peak_kb,
        failed: None,
        message: None,
        cases: Vec::new(),
    };
    let stdout = |i: usize| exec.stdout.get(i).cloned().unwrap_or_default();
    let mut first_failure: Option<(usize, Verdict, Option<String>)> = None;
    for (i, expected_i) in expected.iter().enumerate() {
        let got = exec.answers.get(i).map(|a| a.value.clone());
        let (verdict, message) = match (&got, expected_i) {
            (Some(g), Some(e)) if compare::matches(checker, g, e) => (Verdict::Accepted, None),
            (Some(_), _) => (Verdict::WrongAnswer, None),
            (None, _) => ending_verdict(&exec.ending, in_call_ms, limit_ms),
        };
        if every_case {
            outcome.cases.push(CaseReport {
                index: i,
                input: tier.args(i)?.iter().map(|a| Value::clone(a)).collect(),
                expected: expected_i.clone(),
                got: got.clone(),
                passed: verdict == Verdict::Accepted,
                stdout: stdout(i),
            });
        }
        if verdict != Verdict::Accepted && first_failure.is_none() {
            first_failure = Some((i, verdict, message));
            let (expected_shown, got_shown) = (expected_i.as_ref().map(shown_value), got.as_ref().map(shown_value));
            // Where they differ, when either had to be summarised.
            let difference = match (&got, expected_i) {
                (Some(g), Some(e)) if got_shown.as_ref() != Some(g) || expected_shown.as_ref() != Some(e) => {
                    compare::first_difference(checker, g, e)
                }
                _ => None,
            };
            outcome.failed = Some(FailedCase {
                index: i,
                input: Vec::new(),
                expected: expected_shown,
                got: got_shown,
                difference,
                stdout: stdout(i),
            });
        }
        if got.is_none() && first_failure.is_some() {
            break;
        }
    }
    match first_failure {
        Some((i, verdict, message)) => {
            outcome.verdict = verdict;
            // A submission stops at the first failure (LeetCode's "x / y testcases passed");
            // `drill test` runs every example and counts those that passed.
            outcome.passed = if every_case {
                outcome.cases.iter().filter(|c| c.passed).count()
            } else {
                i
            };
            outcome.message = message;
        }
        None => {
            outcome.passed = tier.len();
            if exec.ending == Ending::OutputExceeded {
                outcome.verdict = Verdict::OutputLimitExceeded;
                outcome.message = Some("the solution printed more than 16 MiB".into());
            } else if in_call_ms > limit_ms {
                outcome.verdict = Verdict::TimeLimitExceeded;
                outcome.message = Some(format!("took {in_call_ms:.0} ms in total; the limit is {limit_ms:.0} ms"));
            } else if let Some((cpu_ms, most)) = exec
                .cpu
                .map(|c| c.as_secs_f64() * 1000.0)
                .zip(limits.cpu_ms)
                .filter(|(c, most)| c > most)
            {
                outcome.verdict = Verdict::TimeLimitExceeded;
                outcome.message = Some(format!(
                    "the program used {cpu_ms:.0} ms of CPU time, more than its calls ({in_call_ms:.0} ms) and the {limit_ms:.0} ms limit allow (at most {most:.0} ms)"
                ));
            }
        }
    }
    Ok(outcome)
}

/// The verdict for a case that produced no answer, from how the run ended.
fn ending_verdict(ending: &Ending, in_call_ms: f64, limit_ms: f64) -> (Verdict, Option<String>) {
    match ending {
        Ending::Panicked(message) => (Verdict::RuntimeError, Some(format!("panicked: {message}"))),
        Ending::MemoryExceeded => (
            Verdict::MemoryLimitExceeded,
            Some("the solution tried to use more memory than the limit".into()),
        ),
        Ending::TimedOut => (
            Verdict::TimeLimitExceeded,
            // The run is stopped well past the limit (room for a busy machine): by then the cases
            // that finished may have used it up on their own.
            Some(if in_call_ms > limit_ms {
                format!("the cases before this one took {in_call_ms:.0} ms, over the {limit_ms:.0} ms limit; stopped during this one")
            } else if in_call_ms >= 1.0 {
                format!("stopped during this case, past the {limit_ms:.0} ms limit (the cases before it took {in_call_ms:.0} ms)")
            } else {
                format!("stopped during this case, past the {limit_ms:.0} ms limit")
            }),
        ),
        Ending::OutputExceeded => (Verdict::OutputLimitExceeded, Some("the solution printed more than 16 MiB".into())),
        Ending::Crashed(what) => (Verdict::RuntimeError, Some(what.clone())),
        Ending::Finished => (Verdict::RuntimeError, Some("the program ended without answering this case".into())),
    }
}

/// A value for a report: itself, or a summary when it is too large to print.
fn shown_value(v: &Value) -> Value {
    let text = v.to_string();
    if text.len() <= SHOWN_VALUE_CHARS {
        return v.clone();
    }
    match v {
        Value::Array(items) => Value::String(format!(
            "<a list of {} items, {} characters; too large to show>",
            items.len(),
            text.len()
        )),
        _ => Value::String(format!("<{} characters; too large to show>", text.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::DEFAULT_STACK_MB;
    use serde_json::json;

    /// Recursion 100 000 deep with a 256-byte frame: about 25 MiB of stack, more than 8 MiB
    /// and well under the default 256 MiB.
    const DEEP_RECURSION: &str = r#"
impl Solution {
    pub fn depth(n: i32) -> i32 {
        fn go(n: i32) -> i32 {
            let frame = std::hint::black_box([n as u8; 256]);
            if n == 0 {
                return 0;
            }
            let below = go(n - 1);
            below + 1 + (std::hint::black_box(&frame)[7] as i32 & 0)
        }
        go(n)
    }
}
"#;

    #[test]
    fn a_tiers_stack_size_reaches_the_solution_thread() {
        let root = tempfile::tempdir().unwrap();
        let cache = BuildCache::open(&root.path().join("cache")).unwrap();
        let sig: Signature = serde_json::from_str(r#"{"function":"depth","params":[{"name":"n","type":"i32"}],"returns":"i32"}"#).unwrap();
        let dir = root.path();
        let binary = compile_solution(
            &cache,
            &sig,
            &HarnessCode::default(),
            DEEP_RECURSION,
            dir,
            Path::new("deep.rs"),
            None,
        )
        .unwrap()
        .expect("the test solution compiles");
        let memory = 64 << 20;
        let case = Case {
            args: vec![std::sync::Arc::new(json!(100_000))],
            expected: None,
        };
        // `Some(bytes)`: the judge's header with a stack field; `None`: a header without one.
        let run_with = |stack: Option<u64>| {
            let input = dir.join("deep.in");
            match stack {
                Some(bytes) => {
                    let file = std::fs::File::create(&input).unwrap();
                    run::write_input(file, 1, [Ok(case.clone())], memory, bytes).unwrap()
                }
                None => std::fs::write(&input, format!("1 {memory} 1\n100000\n")).unwrap(),
            }
            let stack = stack.unwrap_or(DEFAULT_STACK_MB << 20);
            run::execute(
                &binary,
                &cache.toolchain.target_libdir,
                dir,
                &input,
                1,
                Start::Now(run::time_limits(Duration::from_secs(30))),
                memory,
                stack,
            )
            .unwrap()
        };

        let small = run_with(
            Limits {
                stack_mb: Some(8),
                ..Limits::default()
            }
            .stack_bytes()
            .into(),
        );
        assert!(small.answers.is_empty(), "8 MiB cannot hold the recursion");
        assert!(
            matches!(&small.ending, Ending::Crashed(m) if m.contains("stack overflow")),
            "{:?}",
            small.ending
        );
        for stack in [Some(Limits::default().stack_bytes()), None] {
            let run = run_with(stack);
            assert_eq!(run.ending, Ending::Finished, "stack {stack:?}");
            assert_eq!(run.answers.len(), 1);
            assert_eq!(run.answers[0].value, json!(100_000));
        }
    }
}
