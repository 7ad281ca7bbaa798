//! Time limits from the reference solution: it runs once per problem and toolchain on this
//! machine; its in-call time per tier and its answers to generated cases are cached.

use super::build::{fnv1a, work_dir, write_atomically, BuildCache};
use super::run::{self, Ending};
use super::sandbox;
use super::Tier;
use crate::catalog::{Case, Catalog, Limits};
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Generous limits for the reference itself: it is trusted, only runaway problems are stopped.
const REFERENCE_WALL: Duration = Duration::from_secs(60);
const REFERENCE_MEMORY: u64 = 2 << 30;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Calibration {
    /// One per tier: the base tier first, then the follow-ups in order.
    pub tiers: Vec<TierTiming>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TierTiming {
    /// The reference's time inside its calls, summed over the tier's cases.
    pub in_call_ms: f64,
    /// The reference's whole run (process start, input parsing, all cases).
    pub wall_ms: f64,
    /// The reference's CPU time, measured outside it (`None` without a pid namespace).
    pub cpu_ms: Option<f64>,
    /// The reference's answer to every case of the tier.
    pub answers: Vec<Value>,
}

impl TierTiming {
    /// The tier's time limit for a solution: `factor` × the reference, at least the floor.
    pub fn limit_ms(&self, limits: &Limits) -> f64 {
        (limits.time_factor * self.in_call_ms).max(limits.time_floor_ms as f64)
    }

    /// The most CPU time a solution's run may use, whatever its calls report about themselves:
    /// twice the limit (two busy threads) plus one and a half times the reference's whole run
    /// (its calls and what the harness does around them: start, decoding, encoding), plus 100 ms.
    /// A run past it did work the harness did not time (in a thread of its own between calls,
    /// or by faking the results it reports). A solution that keeps more than two threads busy
    /// near the limit can pass it too.
    pub fn cpu_limit_ms(&self, limits: &Limits) -> Option<f64> {
        self.cpu_ms.map(|cpu| 2.0 * self.limit_ms(limits) + 1.5 * cpu + 100.0)
    }

    /// When to kill a run: the limit plus room for what happens outside the calls. The room is
    /// at least 3 s: a tier whose own work outside the calls is large (lc33's follow-up clones a
    /// 4 MB array before each of its queries) must survive a machine several times busier than
    /// the one the reference was calibrated on.
    pub fn wall(&self, limits: &Limits) -> Duration {
        Duration::from_secs_f64((self.limit_ms(limits) + (3.0 * self.wall_ms).max(3000.0)) / 1000.0)
    }
}

/// The reference's timings on the tiers' cached `inputs`, from the cache when the problem and
/// toolchain are unchanged.
pub fn calibration(cache: &BuildCache, catalog: &Catalog, id: &str, tiers: &[Tier], inputs: &[PathBuf]) -> Result<Calibration> {
    let reference = catalog.reference(id)?;
    let mut keyed = reference.clone();
    // The input files' names carry the key of what they are made of (problem.json, tests.json,
    // generators); the problem's own harness code changes what the reference's runs produce.
    let custom = catalog.harness_code(id)?;
    let names = inputs
        .iter()
        .map(|p| p.file_name().unwrap_or_default().to_string_lossy().into_owned());
    for code in [custom.types, custom.driver].into_iter().flatten().chain(names) {
        keyed.push('\0');
        keyed.push_str(&code);
    }
    let key = fnv1a(keyed.as_bytes());
    let file = cache.dir.join("calibration").join(format!("{id}-{key:016x}.json"));
    if let Some(c) = std::fs::read(&file)
        .ok()
        .and_then(|b| serde_json::from_slice::<Calibration>(&b).ok())
    {
        // A calibration that does not fit the tiers (damaged, or edited) is measured again.
        if c.tiers.len() == tiers.len() && c.tiers.iter().zip(tiers).all(|(t, tier)| t.answers.len() == tier.len()) {
            return Ok(c);
        }
    }
    let calibration = measure(cache, catalog, id, &reference, tiers, inputs)?;
    write_atomically(&file, &serde_json::to_vec(&calibration)?)?;
    Ok(calibration)
}

fn measure(cache: &BuildCache, catalog: &Catalog, id: &str, reference: &str, tiers: &[Tier], inputs: &[PathBuf]) -> Result<Calibration> {
    let problem = catalog.problem(id)?;
    let work = work_dir("reference")?;
    let custom = catalog.harness_code(id)?;
    let binary = match super::compile_solution(
        cache,
        &problem.signature,
        &custom,
        reference,
        work.path(),
        Path::new("reference.rs"),
        None,
    )? {
        Ok(b) => b,
        Err(errors) => bail!("{id}'s reference solution does not compile:\n{errors}"),
    };
    let mut timings = Vec::new();
    for (tier, input) in tiers.iter().zip(inputs) {
        let memory = tier.limits.memory_mb << 20;
        let exec = run_trusted(cache, &binary, work.path(), input, tier.len(), memory, tier.limits.stack_bytes())
            .with_context(|| format!("{id}'s reference solution failed on tier {:?}", tier.name))?;
        timings.push(TierTiming {
            in_call_ms: exec.in_call_ms(),
            wall_ms: exec.wall.as_secs_f64() * 1000.0,
            cpu_ms: exec.cpu.map(|cpu| cpu.as_secs_f64() * 1000.0),
            answers: exec.answers.into_iter().map(|a| a.value).collect(),
        });
    }
    Ok(Calibration { tiers: timings })
}

/// The answers of the reference to `cases` (how `drill dev bless` fills in expected answers).
pub fn reference_answers(cache: &BuildCache, catalog: &Catalog, id: &str, cases: &[Case]) -> Result<Vec<Value>> {
    let problem = catalog.problem(id)?;
    let work = work_dir("reference")?;
    let binary = match super::compile_solution(
        cache,
        &problem.signature,
        &catalog.harness_code(id)?,
        &catalog.reference(id)?,
        work.path(),
        Path::new("reference.rs"),
        None,
    )? {
        Ok(b) => b,
        Err(errors) => bail!("{id}'s reference solution does not compile:\n{errors}"),
    };
    let input = work.path().join("reference.in");
    let stack = problem.limits.stack_bytes();
    let file = std::fs::File::create(&input).context("cannot write the test input")?;
    run::write_input(file, cases.len(), cases.iter().cloned().map(Ok), REFERENCE_MEMORY, stack)?;
    let exec = run_trusted(cache, &binary, work.path(), &input, cases.len(), REFERENCE_MEMORY, stack)
        .with_context(|| format!("{id}'s reference solution failed"))?;
    Ok(exec.answers.into_iter().map(|a| a.value).collect())
}

/// Runs the trusted reference on `input` (`cases` cases, written for `memory_bytes` and
/// `stack_bytes`: a tier's own limits, which the reference must pass); anything but a clean
/// finish means the problem is broken.
fn run_trusted(
    cache: &BuildCache,
    binary: &Path,
    dir: &Path,
    input: &Path,
    cases: usize,
    memory_bytes: u64,
    stack_bytes: u64,
) -> Result<run::Execution> {
    let exec = run::execute(
        binary,
        &cache.toolchain.target_libdir,
        dir,
        input,
        cases,
        sandbox::Start::Now(run::time_limits(REFERENCE_WALL)),
        memory_bytes,
        stack_bytes,
    )?;
    if exec.ending != Ending::Finished || exec.answers.len() != cases {
        bail!("after {} of {cases} cases it {}", exec.answers.len(), exec.ending);
    }
    Ok(exec)
}
