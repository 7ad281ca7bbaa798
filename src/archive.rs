//! The submission archive, `DRILL_HOME/.drill/submissions/<sha256>.rs`: every submitted source,
//! stored once under its content hash (the `source` of its history records).

use crate::files;
use crate::judge::source::MAX_SOURCE_BYTES;
use anyhow::{anyhow, Context, Result};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;

pub struct Archive {
    dir: PathBuf,
}

/// The SHA-256 of a source, in lowercase hex (what `sha256sum` prints).
pub fn hash(source: &str) -> String {
    Sha256::digest(source.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

impl Archive {
    pub fn of(workspace: &crate::workspace::Workspace) -> Archive {
        Archive {
            dir: workspace.state_dir().join("submissions"),
        }
    }

    fn path(&self, hash: &str) -> PathBuf {
        self.dir.join(format!("{hash}.rs"))
    }

    /// Stores `source` unless it is already there; returns its hash.
    pub fn store(&self, source: &str) -> Result<String> {
        let hash = hash(source);
        let path = self.path(&hash);
        if path.is_file() {
            return Ok(hash);
        }
        std::fs::create_dir_all(&self.dir).with_context(|| format!("cannot create {}", self.dir.display()))?;
        let mut tmp = tempfile::NamedTempFile::new_in(&self.dir).with_context(|| format!("cannot write in {}", self.dir.display()))?;
        // Not synced, like the history: a file lost to a power cut fails its hash check on load.
        tmp.write_all(source.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
        tmp.persist(&path).with_context(|| format!("cannot store {}", path.display()))?;
        Ok(hash)
    }

    /// The source stored under `hash`, checked against it.
    pub fn load(&self, hash: &str) -> Result<String> {
        let path = self.path(hash);
        let source = files::read_text(&path, MAX_SOURCE_BYTES).map_err(|r| anyhow!("the archived source {} {r}", path.display()))?;
        anyhow::ensure!(
            self::hash(&source) == hash,
            "the archived source {} was changed after it was stored",
            path.display()
        );
        Ok(source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_stored_once_under_their_sha256() {
        let dir = tempfile::tempdir().unwrap();
        let archive = Archive { dir: dir.path().join("s") };
        assert_eq!(hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        let a = archive.store("fn a() {}\n").unwrap();
        assert_eq!(archive.store("fn a() {}\n").unwrap(), a);
        let b = archive.store("fn b() {}\n").unwrap();
        assert_ne!(a, b);
        assert_eq!(std::fs::read_dir(dir.path().join("s")).unwrap().count(), 2);
        assert_eq!(archive.load(&a).unwrap(), "fn a() {}\n");
    }
}
