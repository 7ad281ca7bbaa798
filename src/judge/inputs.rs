//! The input file of each tier: written into the build dir, or for a submission's tiers, which
//! are the same every time, kept in the build cache. Generating a large follow-up tier and
//! writing it out took longer than the compile (0.3–0.9 s for lc33, lc200 and lc215).

use super::build::{fnv1a, BuildCache};
use super::{run, Tier};
use crate::catalog::Catalog;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// The last line of a cached input (the harness stops reading before it): a file without it was
/// cut short, and is written again.
const COMPLETE: &[u8] = b"#complete\n";

/// The code an input file is made with, besides the problem's files: a change to it is a new key.
const MADE_WITH: [&str; 2] = [include_str!("../catalog/generate.rs"), include_str!("run.rs")];

/// Writes `tier`'s input to `path`.
pub fn write(path: &Path, tier: &Tier) -> Result<()> {
    let file = std::fs::File::create(path).context("cannot write the test input")?;
    write_to(file, tier)
}

fn write_to(out: impl std::io::Write, tier: &Tier) -> Result<()> {
    run::write_input(
        out,
        tier.len(),
        tier.all_cases(),
        tier.limits.memory_mb << 20,
        tier.limits.stack_bytes(),
    )
}

/// What problem `id`'s submission inputs are made of (problem.json, tests.json and the code),
/// as the key that names them in the cache.
pub fn key(catalog: &Catalog, id: &str) -> Result<String> {
    let mut made_of = format!("{}\0{}", catalog.problem_json(id)?, catalog.tests_json(id)?);
    for code in MADE_WITH {
        made_of.push('\0');
        made_of.push_str(code);
    }
    Ok(format!("{:016x}", fnv1a(made_of.as_bytes())))
}

/// The input of tier `index` of problem `id`'s submission under `key`, from the cache, written
/// there first if missing (inputs of an older version of the problem are removed then).
pub fn cached(cache: &BuildCache, id: &str, key: &str, index: usize, tier: &Tier) -> Result<PathBuf> {
    let dir = cache.dir.join("inputs");
    let path = dir.join(format!("{id}-{key}-{index}.in"));
    if complete(&path) {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let older = name
            .strip_suffix(&format!("-{index}.in"))
            .and_then(|rest| rest.rsplit_once('-'))
            .is_some_and(|(of, k)| of == id && k != key);
        if older {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    // Written aside and renamed into place: a reader never sees half a file.
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).with_context(|| format!("cannot write in {}", dir.display()))?;
    write_to(tmp.as_file_mut(), tier)?;
    std::io::Write::write_all(tmp.as_file_mut(), COMPLETE).context("cannot write the test input")?;
    tmp.persist(&path).with_context(|| format!("cannot store {}", path.display()))?;
    Ok(path)
}

/// Whether `path` is a whole cached input: it ends with [`COMPLETE`].
fn complete(path: &Path) -> bool {
    use std::os::unix::fs::FileExt;
    let Ok(file) = std::fs::File::open(path) else { return false };
    let len = file.metadata().map_or(0, |m| m.len());
    let mut tail = [0u8; COMPLETE.len()];
    let at = len.checked_sub(COMPLETE.len() as u64);
    at.is_some_and(|at| file.read_exact_at(&mut tail, at).is_ok()) && tail == COMPLETE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::submission_tiers;

    #[test]
    fn a_submission_tier_is_written_once_rewritten_when_cut_and_older_versions_are_removed() {
        let root = tempfile::tempdir().unwrap();
        let cache = BuildCache::open(&root.path().join("cache")).unwrap();
        let catalog = Catalog::embedded();
        let dir = cache.dir.join("inputs");
        std::fs::create_dir_all(&dir).unwrap();
        // An older mha input, and one of mha-mask, whose id starts with "mha-".
        let older = dir.join("mha-0123456789abcdef-0.in");
        let other = dir.join("mha-mask-0123456789abcdef-0.in");
        for f in [&older, &other] {
            std::fs::write(f, "old").unwrap();
        }
        let problem = catalog.problem("mha").unwrap();
        let tiers = submission_tiers(&problem, catalog.tests("mha").unwrap().hidden);
        let key = key(&catalog, "mha").unwrap();
        let path = cached(&cache, "mha", &key, 0, &tiers[0]).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(&format!("{} ", tiers[0].len())), "{}", &text[..40]);
        assert!(!older.exists(), "the older input of mha is still there");
        assert!(other.exists(), "mha-mask's input was removed with mha's");
        assert!(text.ends_with("#complete\n"));
        // The next submission reads the file as it is; one cut short is written again.
        std::fs::write(&path, "kept\n#complete\n").unwrap();
        assert_eq!(cached(&cache, "mha", &key, 0, &tiers[0]).unwrap(), path);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "kept\n#complete\n");
        std::fs::write(&path, &text[..text.len() / 2]).unwrap();
        cached(&cache, "mha", &key, 0, &tiers[0]).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }
}
