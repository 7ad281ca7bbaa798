//! `drill test --case` / `--case-file`: the solution and the reference solution on the user's
//! own inputs, which are checked against the signature and the constraints first.

use crate::catalog::{parse_cases, Catalog};
use crate::cli::TestArgs;
use crate::judge::{self, source, Verdict};
use crate::render;
use crate::terminal::Spinner;
use crate::workspace::Workspace;
use anyhow::{bail, Context, Result};
use std::process::ExitCode;

pub fn run(args: TestArgs) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(&args.judge.id)?;
    let problem = catalog.problem(&id)?;
    let mut cases = Vec::new();
    let mut texts: Vec<(String, String)> = args.case.iter().map(|c| ("--case".to_string(), c.clone())).collect();
    if let Some(file) = &args.case_file {
        let text = std::fs::read_to_string(file).with_context(|| format!("cannot read the case file {}", file.display()))?;
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
