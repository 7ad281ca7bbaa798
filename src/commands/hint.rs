//! `drill hint <id>`: the problem's graded hints, one more per call, and the record of how many
//! each problem has shown.
//!
//! The record is `DRILL_HOME/.drill/hints.json`, read and written only here:
//! `{"format_version": 1, "seen": {"lc300": 2}}` — the number of hints shown per problem.

use crate::catalog::{Catalog, Hint};
use crate::files::{self, Refusal};
use crate::render;
use crate::workspace::Workspace;
use anstream::println;
use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

const FORMAT_VERSION: u32 = 1;
/// Largest record read: a count per problem needs a few KiB.
const MAX_RECORD_BYTES: u64 = 1 << 20;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Seen {
    format_version: u32,
    seen: BTreeMap<String, usize>,
}

fn record(workspace: &Workspace) -> PathBuf {
    workspace.state_dir().join("hints.json")
}

fn load(workspace: &Workspace) -> Result<Seen> {
    let path = record(workspace);
    match files::read(&path, MAX_RECORD_BYTES) {
        Ok(bytes) => {
            let seen: Seen =
                serde_json::from_slice(&bytes).with_context(|| format!("{} is damaged; delete it to start over", path.display()))?;
            if seen.format_version != FORMAT_VERSION {
                bail!(
                    "{} has format_version {}, this drill reads {FORMAT_VERSION}",
                    path.display(),
                    seen.format_version
                );
            }
            Ok(seen)
        }
        Err(Refusal::Missing) => Ok(Seen {
            format_version: FORMAT_VERSION,
            seen: BTreeMap::new(),
        }),
        Err(r) => bail!("{} {r}", path.display()),
    }
}

fn save(workspace: &Workspace, seen: &Seen) -> Result<()> {
    let path = record(workspace);
    let dir = workspace.state_dir();
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).with_context(|| format!("cannot write in {}", dir.display()))?;
    serde_json::to_writer_pretty(&mut tmp, seen)?;
    tmp.persist(&path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

pub fn run(id: &str, all: bool, reset: bool, language: &str) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(id)?;
    let hints = catalog.problem(&id)?.hints;
    let workspace = Workspace::locate()?;
    let mut seen = load(&workspace)?;
    if reset {
        seen.seen.remove(&id);
        save(&workspace, &seen)?;
        render::note(&format!("{id}: hints reset; `drill hint {id}` starts from the first again"));
        return Ok(ExitCode::SUCCESS);
    }
    if hints.is_empty() {
        render::note(&format!("{id} has no hints yet."));
        return Ok(ExitCode::SUCCESS);
    }
    let total = hints.len();
    let before = seen.seen.get(&id).copied().unwrap_or(0).min(total);
    let shown: Vec<usize> = if all {
        (0..total).collect()
    } else if before == total {
        render::note(&format!("You have seen all {total} hints of {id}:"));
        (0..total).collect()
    } else {
        vec![before]
    };
    for &i in &shown {
        print_hint(i, total, &hints[i], language);
    }
    let now = if all { total } else { (before + 1).min(total) };
    if now > before {
        seen.seen.insert(id.clone(), now);
        workspace.ensure_writable()?;
        save(&workspace, &seen)?;
    }
    if now < total && !all {
        render::note(&format!("`drill hint {id}` again for hint {} of {total}.", now + 1));
    }
    Ok(ExitCode::SUCCESS)
}

fn print_hint(i: usize, total: usize, hint: &Hint, language: &str) {
    let bold = anstyle::Style::new().bold();
    println!("{bold}Hint {}/{total}{bold:#}", i + 1);
    let texts: Vec<&str> = match language {
        "en" => vec![&hint.en],
        "both" => vec![&hint.zh, &hint.en],
        _ => vec![&hint.zh],
    };
    for text in texts {
        println!("{}", render::markdown(text));
    }
    println!();
}
