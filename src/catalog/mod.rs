//! The problem catalog: problems embedded in the binary (or read from a directory in development).

mod generate;
mod input;
mod problem;

pub use generate::generated;
pub use input::{check_args, parse_cases};
pub use problem::*;

use anyhow::{bail, Context, Result};
use include_dir::{include_dir, Dir};
use std::path::PathBuf;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/problems");

/// Where problem files come from.
enum Store {
    Embedded(&'static Dir<'static>),
    Disk(PathBuf),
}

/// Access to every problem and the company lists.
pub struct Catalog {
    store: Store,
}

/// A known-wrong solution shipped with a problem, and the verdicts it must get.
pub struct WrongSolution {
    pub name: String,
    pub source: String,
    /// The base verdict, from the file's `// verdict: …` line.
    pub verdict: String,
    /// Follow-up verdicts from `// follow-up <name>: <verdict>` lines.
    pub follow_ups: Vec<(String, String)>,
}

/// The text of a problem's harness files (`harness.types` and `harness.driver` in problem.json).
#[derive(Debug, Clone, Default)]
pub struct HarnessCode {
    pub types: Option<String>,
    pub driver: Option<String>,
}

impl Catalog {
    pub fn embedded() -> Catalog {
        Catalog {
            store: Store::Embedded(&EMBEDDED),
        }
    }

    /// Reads problems from a source checkout's `problems/` directory (for `drill dev`).
    pub fn from_dir(dir: PathBuf) -> Catalog {
        Catalog { store: Store::Disk(dir) }
    }

    fn read(&self, path: &str) -> Result<Option<String>> {
        match &self.store {
            Store::Embedded(dir) => match dir.get_file(path) {
                Some(f) => Ok(Some(f.contents_utf8().with_context(|| format!("{path} is not UTF-8"))?.to_string())),
                None => Ok(None),
            },
            Store::Disk(root) => match std::fs::read_to_string(root.join(path)) {
                Ok(s) => Ok(Some(s)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e).with_context(|| format!("failed to read {}", root.join(path).display())),
            },
        }
    }

    fn require(&self, path: &str) -> Result<String> {
        self.read(path)?.with_context(|| format!("problem file {path} is missing"))
    }

    /// Names of the entries of a directory, sorted.
    fn entries(&self, path: &str, dirs: bool) -> Vec<String> {
        let mut names: Vec<String> = match &self.store {
            Store::Embedded(dir) => match dir.get_dir(path).or(if path.is_empty() { Some(dir) } else { None }) {
                Some(d) => d
                    .entries()
                    .iter()
                    .filter(|e| e.as_dir().is_some() == dirs)
                    .filter_map(|e| e.path().file_name().map(|n| n.to_string_lossy().into_owned()))
                    .collect(),
                None => Vec::new(),
            },
            Store::Disk(root) => std::fs::read_dir(root.join(path))
                .map(|rd| {
                    rd.filter_map(|e| e.ok())
                        .filter(|e| e.path().is_dir() == dirs)
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default(),
        };
        names.sort_by_key(|n| natural_key(n));
        names
    }

    /// Every problem id, in a stable order (lc problems by number, then the rest).
    pub fn ids(&self) -> Vec<String> {
        self.entries("", true)
    }

    /// Checks that `id` names a problem; otherwise an error with a did-you-mean.
    pub fn resolve(&self, id: &str) -> Result<String> {
        let ids = self.ids();
        if ids.iter().any(|i| i == id) {
            return Ok(id.to_string());
        }
        let lower = id.to_ascii_lowercase();
        if ids.contains(&lower) {
            return Ok(lower);
        }
        match ids
            .iter()
            .map(|i| (strsim::jaro_winkler(i, &lower), i))
            .max_by(|a, b| a.0.total_cmp(&b.0))
        {
            Some((score, best)) if score > 0.8 => bail!("unknown problem '{id}' (did you mean '{best}'?)"),
            _ => bail!("unknown problem '{id}' (`drill list` shows them all)"),
        }
    }

    /// The raw text of `problem.json` (a cache key for what depends on it).
    pub fn problem_json(&self, id: &str) -> Result<String> {
        self.require(&format!("{id}/problem.json"))
    }

    /// The raw text of `tests.json`.
    pub fn tests_json(&self, id: &str) -> Result<String> {
        self.require(&format!("{id}/tests.json"))
    }

    pub fn problem(&self, id: &str) -> Result<Problem> {
        let text = self.problem_json(id)?;
        let problem: Problem = serde_json::from_str(&text).with_context(|| format!("{id}/problem.json is malformed"))?;
        if problem.format_version != FORMAT_VERSION {
            bail!(
                "{id}/problem.json has format_version {}, this drill reads {FORMAT_VERSION}",
                problem.format_version
            );
        }
        Ok(problem)
    }

    /// The harness files problem.json names (none for most problems).
    pub fn harness_code(&self, id: &str) -> Result<HarnessCode> {
        let harness = self.problem(id)?.harness;
        let file = |name: Option<String>| name.map(|n| self.require(&format!("{id}/{n}"))).transpose();
        Ok(HarnessCode {
            types: file(harness.types)?,
            driver: file(harness.driver)?,
        })
    }

    pub fn statement(&self, id: &str) -> Result<String> {
        self.require(&format!("{id}/statement.md"))
    }

    pub fn tests(&self, id: &str) -> Result<Tests> {
        let text = self.tests_json(id)?;
        serde_json::from_str(&text).with_context(|| format!("{id}/tests.json is malformed"))
    }

    pub fn reference(&self, id: &str) -> Result<String> {
        self.require(&format!("{id}/reference.rs"))
    }

    /// An independent brute force used to cross-check the expected answers of small cases.
    pub fn brute_force(&self, id: &str) -> Result<Option<String>> {
        self.read(&format!("{id}/brute.rs"))
    }

    pub fn wrong_solutions(&self, id: &str) -> Result<Vec<WrongSolution>> {
        let mut out = Vec::new();
        for name in self.entries(&format!("{id}/wrong"), false) {
            let source = self.require(&format!("{id}/wrong/{name}"))?;
            let mut verdict = None;
            let mut follow_ups = Vec::new();
            for line in source.lines().take_while(|l| l.starts_with("//")) {
                if let Some(v) = line.strip_prefix("// verdict:") {
                    verdict = Some(v.trim().to_string());
                } else if let Some(rest) = line.strip_prefix("// follow-up ") {
                    if let Some((tier, v)) = rest.rsplit_once(':') {
                        follow_ups.push((tier.trim().to_string(), v.trim().to_string()));
                    }
                }
            }
            let verdict = verdict.with_context(|| format!("{id}/wrong/{name} has no `// verdict: …` line"))?;
            out.push(WrongSolution {
                name,
                source,
                verdict,
                follow_ups,
            });
        }
        Ok(out)
    }

    pub fn lists(&self) -> Result<Vec<CompanyList>> {
        let text = self.require("lists.json")?;
        serde_json::from_str(&text).context("problems/lists.json is malformed")
    }

    /// Finds a company list by alias or Chinese name, with a did-you-mean.
    pub fn list(&self, name: &str) -> Result<CompanyList> {
        let lists = self.lists()?;
        let lower = name.to_lowercase();
        if let Some(l) = lists.iter().find(|l| l.alias == lower || l.name.to_lowercase() == lower) {
            return Ok(l.clone());
        }
        let best = lists
            .iter()
            .map(|l| (strsim::jaro_winkler(&l.alias, &lower).max(strsim::jaro_winkler(&l.name, &lower)), l))
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, l)) = best.filter(|(score, _)| *score > 0.75) {
            bail!("unknown company list '{name}' (did you mean '{}'?)", l.alias);
        }
        let names: Vec<String> = lists.iter().map(|l| format!("{} ({})", l.alias, l.name)).collect();
        bail!("unknown company list '{name}'; the lists are: {}", names.join(", "))
    }
}

/// Sort key putting `lc3` before `lc15` and named problems after numbered ones.
fn natural_key(id: &str) -> (u8, u64, String) {
    match id.strip_prefix("lc").and_then(|n| n.parse::<u64>().ok()) {
        Some(n) => (0, n, String::new()),
        None => (1, 0, id.to_string()),
    }
}
