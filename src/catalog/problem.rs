//! The on-disk problem format: `problems/<id>/problem.json` and `tests.json`, as serde structs.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Version of the problem format this build reads. Bump it when a field changes meaning.
pub const FORMAT_VERSION: u32 = 1;

/// `problem.json`: everything about a problem except its statement and test data.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Problem {
    /// Must equal [`FORMAT_VERSION`].
    pub format_version: u32,
    /// Short id used on the command line, e.g. `lc300` or `mha`.
    pub id: String,
    /// Titles in Chinese and English.
    pub title: Titles,
    /// "Easy", "Medium" or "Hard".
    pub difficulty: String,
    /// Topic tags, e.g. "dp", "binary-search".
    #[serde(default)]
    pub tags: Vec<String>,
    /// The method users implement inside `impl Solution`.
    pub signature: Signature,
    /// How an answer is compared with the expected one.
    pub checker: Checker,
    /// Library calls a solution may not use (matched outside comments and strings).
    #[serde(default)]
    pub banned: Vec<Banned>,
    /// Time and memory limits of the base tier.
    #[serde(default)]
    pub limits: Limits,
    /// Extra tiers an interviewer asks about (e.g. O(n log n)); judged after the base tier.
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
    /// Large base-tier cases generated at judge time from a seed (too big to check in).
    #[serde(default)]
    pub generated: Vec<Generator>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Titles {
    pub zh: String,
    pub en: String,
}

/// A Rust method signature, as LeetCode's snippet has it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// Method name, e.g. `length_of_lis`.
    pub function: String,
    pub params: Vec<Param>,
    /// Return type as written in Rust; `()` for in-place problems.
    #[serde(default = "unit")]
    pub returns: String,
}

fn unit() -> String {
    "()".to_string()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub name: String,
    /// Rust type as written in the signature, e.g. `Vec<i32>` or `&mut Option<Box<ListNode>>`.
    #[serde(rename = "type")]
    pub ty: String,
}

impl Signature {
    fn mentions(&self, name: &str) -> bool {
        self.params.iter().any(|p| p.ty.contains(name)) || self.returns.contains(name)
    }

    pub fn uses_list(&self) -> bool {
        self.mentions("ListNode")
    }

    pub fn uses_tree(&self) -> bool {
        self.mentions("TreeNode")
    }
}

/// How an answer is compared; see `judge::compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Checker {
    /// Equal JSON values.
    Exact,
    /// Same elements in any order (outer list only).
    Unordered,
    /// Same lists in any order, each list compared as a multiset.
    UnorderedNested,
    /// Every number within 1e-6 absolute or relative; same shape.
    Float,
}

/// A banned library call, e.g. `sqrt` in lc69.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Banned {
    /// Identifier matched as a whole word outside comments and strings, e.g. `sqrt`.
    pub name: String,
    /// Shown in the verdict: "uses f64::sqrt, which this problem bans".
    pub display: String,
}

/// Limits of a tier. Time is the reference solution's in-call time times `time_factor`, at least
/// `time_floor_ms`, so a solution of the intended complexity passes on a slow machine.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    pub time_factor: f64,
    pub time_floor_ms: u64,
    pub memory_mb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time_factor: 10.0,
            time_floor_ms: 1000,
            memory_mb: 512,
        }
    }
}

/// A follow-up tier: generated cases with their own time limit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// Shown as the follow-up's name, e.g. "O(n log n)".
    pub name: String,
    /// What the tier runs, e.g. "n = 200000"; shown with a failing verdict.
    pub note: String,
    #[serde(default)]
    pub limits: Limits,
    pub generate: Vec<Generator>,
}

/// Cases produced at judge time: `count` cases, each argument from its own spec, from `seed`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generator {
    pub seed: u64,
    pub count: usize,
    /// One spec per parameter; see `catalog::generate`.
    pub args: Vec<Value>,
}

/// `tests.json`: visible examples and hidden cases, arguments in LeetCode's JSON encoding.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tests {
    pub examples: Vec<Case>,
    pub hidden: Vec<Case>,
}

/// One test case: the arguments, and the expected answer (None for generated cases, whose
/// answer comes from running the reference).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub args: Vec<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<Value>,
}

/// `problems/lists.json`: the company lists (公司题单), in the order problems are practised.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyList {
    /// ASCII alias, e.g. "bytedance".
    pub alias: String,
    /// Chinese name, e.g. "字节跳动".
    pub name: String,
    /// Which interview reports the list was drawn from.
    pub source: String,
    pub problems: Vec<ListEntry>,
}

/// A problem on a company list, with the round or team the report names.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ListEntry {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<String>,
}
