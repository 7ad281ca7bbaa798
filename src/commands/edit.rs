//! `drill edit`, and what `drill pick` does after printing: refresh the editor workspace (a
//! Cargo.toml rust-analyzer understands) and open the solution in the user's editor.

use crate::catalog::Catalog;
use crate::config::Config;
use crate::render;
use crate::terminal;
use crate::workspace::ide::{self, Project};
use crate::workspace::Workspace;
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::ExitCode;

/// After `drill pick`: the workspace is refreshed, and the editor opens when one is set, the
/// user did not say `--no-edit`, and drill runs in a terminal (never from a script or a pipe).
pub fn after_pick(id: &str, no_edit: bool, config: &Config) -> Result<()> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(id)?;
    let workspace = Workspace::locate()?;
    refresh(&workspace, &catalog)?;
    if no_edit || !terminal::interactive() {
        return Ok(());
    }
    if let Some(editor) = config.editor() {
        // A terminal editor would cover the statement just printed: open it when the user has
        // read it and says so.
        render::note(&format!(
            "Enter opens {id}.rs in {editor} (--no-edit skips this) · Ctrl-C stays here"
        ));
        let mut answer = String::new();
        if std::io::stdin().read_line(&mut answer).is_ok_and(|n| n > 0) {
            open(&editor, &workspace.solution(&id))?;
        }
    }
    Ok(())
}

/// `drill edit <id>`: opens the solution (writing the starter first if there is none).
pub fn edit(id: &str, config: &Config) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(id)?;
    let workspace = Workspace::locate()?;
    workspace.ensure_writable()?;
    let path = workspace.solution(&id);
    if !path.exists() {
        let types = catalog.harness_code(&id)?.types;
        let starter = super::pick::starter(&catalog.problem(&id)?.signature, types.as_deref());
        std::fs::write(&path, starter).with_context(|| format!("cannot write {}", path.display()))?;
        render::note(&format!("Wrote the starter file {}", path.display()));
    }
    refresh(&workspace, &catalog)?;
    let Some(editor) = config.editor() else {
        bail!(
            "no editor is set; set $EDITOR (or `editor = \"…\"` in {}), or open {} yourself",
            workspace.config_file().display(),
            path.display()
        );
    };
    open(&editor, &path)?;
    Ok(ExitCode::SUCCESS)
}

fn refresh(workspace: &Workspace, catalog: &Catalog) -> Result<()> {
    match ide::refresh(workspace, catalog)? {
        Project::Generated { created: true } => render::note(&format!(
            "Wrote {}: open that folder in your editor and rust-analyzer understands your solutions.",
            workspace.root().join("Cargo.toml").display()
        )),
        Project::Generated { created: false } => {}
        Project::UserOwned => render::note(&format!(
            "{} is not drill's; left as it is (rust-analyzer may not see Solution).",
            workspace.root().join("Cargo.toml").display()
        )),
    }
    Ok(())
}

/// Runs the editor command (words split on spaces, e.g. `code -w`) on `path` and waits for it.
fn open(editor: &str, path: &Path) -> Result<()> {
    let mut words = editor.split_whitespace();
    let program = words.next().context("the editor command is empty")?;
    let status = std::process::Command::new(program)
        .args(words)
        .arg(path)
        .status()
        .with_context(|| format!("cannot start the editor `{editor}`"))?;
    if !status.success() {
        bail!("the editor `{editor}` exited with {status}");
    }
    Ok(())
}
