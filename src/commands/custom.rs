//! `drill test --case` / `--case-file`: the solution and the reference solution on the user's
//! own inputs, which are checked against the signature and the constraints first.

use crate::catalog::{parse_cases, Catalog};
use crate::cli::TestArgs;
use crate::files;
use crate::judge::{self, source, Verdict};
use crate::render;
use crate::terminal::Spinner;
use crate::workspace::Workspace;
use anyhow::{anyhow, bail, Result};
use std::process::ExitCode;

/// Largest `--case-file`: room for a few cases at the largest constraints (10^5 numbers is
/// ~1 MiB of JSON), and a bound on what a mistyped path can make drill hold.
const MAX_CASE_FILE_BYTES: u64 = 4 << 20;

pub fn run(args: TestArgs) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(&args.judge.id)?;
    let problem = catalog.problem(&id)?;
    let mut cases = Vec::new();
    let mut texts: Vec<(String, String)> = args.case.iter().map(|c| ("--case".to_string(), c.clone())).collect();
    if let Some(file) = &args.case_file {
        let text =
            files::read_text(file, MAX_CASE_FILE_BYTES).map_err(|r| anyhow!("cannot read the case file {}: it {r}", file.display()))?;
        texts.push((file.display().to_string(), text));
    }
    for (from, text) in &texts {
        match parse_cases(text, &problem) {
            Ok(parsed) => cases.extend(parsed),
            Err(why) => bail!("{from}: {why}"),
        }
    }
    let workspace = Workspace::locate()?;
    let path = args.judge.file.clone().unwrap_or_else(|| workspace.solution(&id));
    let source = source::read_solution(&path)?;
    workspace.ensure_writable()?;
    let report = {
        let _spinner = Spinner::start(
            format!("running {} and the reference on your input", path.display()),
            !args.judge.json,
        );
        judge::judge_custom(&catalog, &workspace.cache_dir()?, &id, &source, &path, cases)?
    };
    if args.judge.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        let mut names: Vec<String> = problem.signature.params.iter().map(|p| p.name.clone()).collect();
        if problem.harness.inputs.is_some() {
            names = (1..=problem.arity()).map(|i| format!("input {i}")).collect();
        }
        render::custom_report(&report, &names);
    }
    Ok(if report.verdict == Verdict::Accepted {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
