//! Custom cases (`drill test --case`): the solution and the reference run on the same inputs,
//! and the reference's answers are what the solution's are compared with.

use super::{calibrate, judge_tiers, BuildCache, Mode, Report, Tier};
use crate::catalog::{Case, Catalog};
use anyhow::{Context, Result};
use std::path::Path;

/// Judges `source` on `cases` (which have no expected answers): the reference runs on them while
/// the solution compiles, and every case is reported with the reference's answer as `expected`.
pub fn judge_custom(catalog: &Catalog, cache_root: &Path, id: &str, source: &str, shown: &Path, cases: Vec<Case>) -> Result<Report> {
    let problem = catalog.problem(id)?;
    let limits = problem.limits;
    let make_tiers = || -> Result<Vec<Tier>> {
        let cache = BuildCache::open(cache_root)?;
        let answers = calibrate::reference_answers(&cache, catalog, id, &cases)
            .with_context(|| format!("this input is probably outside {id}'s constraints"))?;
        let cases = cases
            .into_iter()
            .zip(answers)
            .map(|(case, answer)| Case {
                args: case.args,
                expected: Some(answer),
            })
            .collect();
        Ok(vec![Tier {
            name: "custom".into(),
            note: String::new(),
            limits,
            cases,
            generated: Vec::new(),
        }])
    };
    judge_tiers(catalog, cache_root, &problem, source, shown, make_tiers, Mode::Test)
}
