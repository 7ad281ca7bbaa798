//! `drill test` and `drill submit`: judge a file and print the report (or its JSON).

use crate::catalog::Catalog;
use crate::cli::JudgeArgs;
use crate::judge::{self, source, Mode, Verdict};
use crate::render;
use crate::workspace::Workspace;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(args: JudgeArgs, mode: Mode) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(&args.id)?;
    let workspace = Workspace::locate()?;
    let path = args.file.clone().unwrap_or_else(|| workspace.solution(&id));
    let source = source::read_solution(&path)?;
    workspace.ensure_writable()?;
    let report = {
        let _spinner = crate::terminal::Spinner::start(format!("judging {}", path.display()), !args.json);
        judge::judge(&catalog, &workspace.cache_dir()?, &id, &source, &path, mode)?
    };
    if args.json {
        println!("{}", serde_json::to_string(&report)?);
    } else {
        render::report(&report, mode);
    }
    // After the verdict is out: recording can only add a note or a warning.
    let note = super::record::judged(&workspace, &id, &source, &report, mode);
    if let (Some(note), false) = (note, args.json) {
        render::note(&note);
    }
    Ok(if report.verdict == Verdict::Accepted {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
