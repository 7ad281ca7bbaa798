//! Verdicts (LeetCode's names) and the report a judgement produces — the `--json` contract.

use serde::{Serialize, Serializer};
use serde_json::Value;

/// The outcome of judging a solution. A verdict is not an error: `Err` is kept for drill's own
/// failures (I/O, a broken problem).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Accepted,
    WrongAnswer,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    RuntimeError,
    CompileError,
    /// The source uses an API the problem bans; never compiled.
    Rejected,
}

impl Verdict {
    pub const ALL: [Verdict; 8] = [
        Verdict::Accepted,
        Verdict::WrongAnswer,
        Verdict::TimeLimitExceeded,
        Verdict::MemoryLimitExceeded,
        Verdict::OutputLimitExceeded,
        Verdict::RuntimeError,
        Verdict::CompileError,
        Verdict::Rejected,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Accepted => "Accepted",
            Verdict::WrongAnswer => "Wrong Answer",
            Verdict::TimeLimitExceeded => "Time Limit Exceeded",
            Verdict::MemoryLimitExceeded => "Memory Limit Exceeded",
            Verdict::OutputLimitExceeded => "Output Limit Exceeded",
            Verdict::RuntimeError => "Runtime Error",
            Verdict::CompileError => "Compile Error",
            Verdict::Rejected => "Rejected",
        }
    }

    pub fn from_name(name: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.name() == name)
    }
}

impl Serialize for Verdict {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// Everything `drill test` / `drill submit` report; `--json` prints exactly this.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub problem: String,
    pub verdict: Verdict,
    pub passed: usize,
    pub total: usize,
    /// Time spent inside the solution's calls, summed over the cases (LeetCode's "Runtime").
    pub time_ms: u64,
    /// Peak resident memory of the solution run above the Rust runtime's own baseline.
    pub memory_kb: u64,
    pub follow_ups: Vec<FollowUpReport>,
    pub failed_case: Option<FailedCase>,
    /// Compile errors, the panic message, the banned API, or why the run was stopped.
    pub message: Option<String>,
    /// Per-case results (only `drill test`, which shows every visible example).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<CaseReport>,
    /// Sandbox layers that were unavailable on this machine (`drill doctor` says why); omitted
    /// when every layer was in force.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub protections_off: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FollowUpReport {
    pub name: String,
    pub verdict: Verdict,
    /// What the tier runs, e.g. "n = 200000", and the limit it was held to.
    pub note: String,
    pub time_ms: u64,
    /// Why the tier failed (the panic, "stack overflow", the time taken), when it did.
    pub message: Option<String>,
}

/// The first failing case: LeetCode's "Last Executed Input" panel.
#[derive(Debug, Clone, Serialize)]
pub struct FailedCase {
    /// 0-based position among the tier's cases.
    pub index: usize,
    pub input: Vec<Value>,
    pub expected: Option<Value>,
    pub got: Option<Value>,
    /// Where the answer first differs from the expected one, when either is too large to show
    /// ("at [3][17]: expected 0.5, got 0.25").
    pub difference: Option<String>,
    /// What the solution printed during this case (capped).
    pub stdout: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseReport {
    pub index: usize,
    pub input: Vec<Value>,
    pub expected: Option<Value>,
    pub got: Option<Value>,
    pub passed: bool,
    pub stdout: String,
}

impl Report {
    /// A report for a solution that never ran (Compile Error, Rejected).
    pub fn not_run(problem: &str, verdict: Verdict, total: usize, message: String) -> Report {
        Report {
            problem: problem.to_string(),
            verdict,
            passed: 0,
            total,
            time_ms: 0,
            memory_kb: 0,
            follow_ups: Vec::new(),
            failed_case: None,
            message: Some(message),
            cases: Vec::new(),
            protections_off: Vec::new(),
        }
    }
}
