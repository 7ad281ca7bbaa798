//! Where drill keeps the user's files: `DRILL_HOME` (default `~/drill`) with `<id>.rs` solutions
//! and `.drill/` for drill's own state (`cache/` is always safe to delete).

pub mod ide;

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

pub struct Workspace {
    root: PathBuf,
}

impl Workspace {
    /// The workspace named by `DRILL_HOME`, else `~/drill`. Nothing is created yet.
    pub fn locate() -> Result<Workspace> {
        let root = match std::env::var_os("DRILL_HOME").filter(|v| !v.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => match std::env::var_os("HOME").filter(|v| !v.is_empty()) {
                Some(home) => PathBuf::from(home).join("drill"),
                None => bail!("neither DRILL_HOME nor HOME is set; set DRILL_HOME to a directory for your solutions"),
            },
        };
        Ok(Workspace { root })
    }

    /// The solution file of a problem, e.g. `~/drill/lc300.rs`.
    pub fn solution(&self, id: &str) -> PathBuf {
        self.root.join(format!("{id}.rs"))
    }

    /// The workspace directory itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The user's settings, `drill.toml` (see `config`).
    pub fn config_file(&self) -> PathBuf {
        self.root.join("drill.toml")
    }

    /// drill's own state directory.
    pub fn state_dir(&self) -> PathBuf {
        self.root.join(".drill")
    }

    /// The build cache, created on demand: `DRILL_CACHE` if set, else `.drill/cache`.
    pub fn cache_dir(&self) -> Result<PathBuf> {
        let dir = match std::env::var_os("DRILL_CACHE").filter(|v| !v.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => self.state_dir().join("cache"),
        };
        create_dir(&dir)?;
        Ok(dir)
    }

    /// Makes sure the workspace directory exists and can be written to.
    pub fn ensure_writable(&self) -> Result<()> {
        create_dir(&self.root)?;
        let probe = tempfile::Builder::new().prefix(".drill-write-test").tempfile_in(&self.root);
        if let Err(e) = probe {
            bail!("DRILL_HOME {} is not writable: {e}", self.root.display());
        }
        Ok(())
    }
}

fn create_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {} (set DRILL_HOME to a writable directory)", dir.display()))
}
