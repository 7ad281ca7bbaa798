//! The on-disk problem format: `problems/<id>/problem.json` and `tests.json`, as serde structs.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::Arc;

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
    /// Problem-specific harness code, for the rare signature the generated driver cannot serve
    /// (lc141: the solution gets only `head`; the harness builds a real cycle from the inputs
    /// `head` and `pos`). Most problems leave it out.
    #[serde(default)]
    pub harness: Harness,
    /// The statement's input constraints, checked on `drill test --case` inputs and on every
    /// checked-in case by `drill dev check`, which requires at least one.
    #[serde(default)]
    pub constraints: Vec<Constraint>,
    /// Graded hints, mildest first, that `drill hint` reveals one at a time (`drill dev check`
    /// requires 2 or 3).
    #[serde(default)]
    pub hints: Vec<Hint>,
}

impl Problem {
    /// How many arguments each test case has: `harness.inputs`, else one per parameter.
    pub fn arity(&self) -> usize {
        self.harness.inputs.unwrap_or(self.signature.params.len())
    }
}

/// Files in the problem's folder that extend the program generated around a solution (see
/// `judge::harness`). They are compiled with every submission: keep them short.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Harness {
    /// A file of Rust items added to the `leetcode` module, which every solution glob-imports:
    /// node types drill does not provide (lc141's `types.rs`: a `ListNode` whose `next` is an
    /// `Option<Rc<RefCell<ListNode>>>`), written like LeetCode's definitions, with their own
    /// `use` lines. `drill pick` shows the file at the top of the starter, commented out except
    /// for its `use` lines, as LeetCode shows its node definitions. Nothing clashes with drill's
    /// own types: its Box-based `ListNode` is defined only when the signature mentions
    /// `Box<ListNode>`, its `TreeNode` only when it mentions `TreeNode`.
    #[serde(default)]
    pub types: Option<String>,
    /// A file defining
    /// `pub(crate) fn case(args: &mut ::drill_prelude::Args) -> ::drill_prelude::Outcome`, which
    /// replaces the driver generated from the signature. It decodes the case's inputs in order
    /// (`<T as ::drill_prelude::Decode>::arg(args)` each), builds the arguments, times the call
    /// alone (`std::time::Instant` around `super::Solution::<function>(…)`) and returns
    /// `::drill_prelude::Outcome::new(elapsed, &answer)`. It is placed in a module inside the
    /// solution's, so `super::Solution` and `super::ListNode` are whatever the solution sees.
    #[serde(default)]
    pub driver: Option<String>,
    /// How many inputs (arguments in tests.json) each case has, when that differs from the
    /// signature's parameter count (lc141: `head` and `pos` for `has_cycle(head)`). Needs a
    /// `driver`, since the generated one decodes one input per parameter.
    #[serde(default)]
    pub inputs: Option<usize>,
}

/// One argument's constraints, e.g. `{"arg": 0, "len": [1, 2500], "range": [-10000, 10000]}` for
/// `1 <= nums.length <= 2500` and `-10^4 <= nums[i] <= 10^4`. Bounds are inclusive.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constraint {
    /// 0-based index of the parameter in the signature.
    pub arg: usize,
    /// Bounds on the length of the argument (a list, string, linked list or tree array).
    #[serde(default)]
    pub len: Option<[u64; 2]>,
    /// Bounds on every number inside the argument, at any depth (`null`s are skipped).
    #[serde(default)]
    pub range: Option<[f64; 2]>,
    /// The characters every string inside the argument (at any depth) may have, as a regex
    /// character class without its brackets: `a-zA-Z`, ` -~` (printable ASCII), `01`.
    #[serde(default)]
    pub chars: Option<String>,
    /// The list is in non-decreasing order.
    #[serde(default)]
    pub sorted: bool,
    /// The list's elements are all different.
    #[serde(default)]
    pub distinct: bool,
}

/// A hint in both languages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    pub zh: String,
    pub en: String,
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
    /// Whether a parameter or the return type contains `name` (whitespace ignored).
    fn mentions(&self, name: &str) -> bool {
        let squeeze = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        self.params.iter().any(|p| squeeze(&p.ty).contains(name)) || squeeze(&self.returns).contains(name)
    }

    /// LeetCode's `Option<Box<ListNode>>` lists. A problem's own `ListNode` (another shape,
    /// from `harness.types`) does not count.
    pub fn uses_list(&self) -> bool {
        self.mentions("Box<ListNode>")
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
    /// Stack of the thread that runs the solution, in MiB. Unset: [`DEFAULT_STACK_MB`], as on
    /// LeetCode, so deep recursion works. A tier sets it lower (e.g. 8, a default main-thread
    /// stack in an interview setting) to require a solution without deep recursion.
    pub stack_mb: Option<u64>,
}

/// The solution thread's stack when a tier does not set `stack_mb`: LeetCode-sized.
pub const DEFAULT_STACK_MB: u64 = 256;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time_factor: 10.0,
            time_floor_ms: 1000,
            memory_mb: 512,
            stack_mb: None,
        }
    }
}

impl Limits {
    /// The solution thread's stack size in bytes.
    pub fn stack_bytes(&self) -> u64 {
        self.stack_mb.unwrap_or(DEFAULT_STACK_MB) << 20
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
    /// Shared, so that a generator's `fixed` argument (one large array under many queries) is
    /// held once however many cases use it.
    pub args: Vec<Arc<Value>>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_box_lists_use_drills_list_node() {
        let sig = |ty: &str| -> Signature {
            serde_json::from_value(serde_json::json!({"function": "f", "params": [{"name": "head", "type": ty}]})).unwrap()
        };
        assert!(sig("Option<Box<ListNode>>").uses_list());
        assert!(sig("&mut Option< Box< ListNode > >").uses_list());
        assert!(!sig("Option<Rc<RefCell<ListNode>>>").uses_list());
        assert!(sig("Option<Rc<RefCell<TreeNode>>>").uses_tree());
    }

    #[test]
    fn stack_mb_is_optional_and_defaults_to_leetcode_size() {
        let default: Limits = serde_json::from_str(r#"{"time_factor": 5}"#).unwrap();
        assert_eq!(default.stack_mb, None);
        assert_eq!(default.stack_bytes(), DEFAULT_STACK_MB << 20);
        let small: Limits = serde_json::from_str(r#"{"stack_mb": 8}"#).unwrap();
        assert_eq!(small.stack_bytes(), 8 << 20);
        assert_eq!(small.memory_mb, 512, "unset fields keep their defaults");
    }
}
