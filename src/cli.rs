//! Command-line interface: clap derive; the doc comments are the `--help` text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Shown under `drill --help`: the settings and the environment that overrides them.
const SETTINGS_HELP: &str = "\
Examples:
  drill list --company bytedance     what to practise
  drill pick lc300                   statement, starter file, your editor
  drill test lc300                   the examples, with a diff per case
  drill test lc300 --case '[1,3,2]'  your own input beside the reference's answer
  drill submit lc300                 the hidden tests: verdict, time, memory

Settings (DRILL_HOME/drill.toml; each environment variable overrides its setting):
  language = \"zh\"            DRILL_LANG     statement language: zh, en or both
  editor = \"code -w\"         DRILL_EDITOR   editor for pick/edit (else $VISUAL, then $EDITOR)
  color = \"auto\"             DRILL_COLOR    auto, always or never (NO_COLOR=1 also turns colour off)
  company = \"bytedance\"      DRILL_COMPANY  the list `drill list` and `drill next` use (`--all` for every problem)

Environment:
  DRILL_HOME   your solutions and drill's state (default ~/drill)
  DRILL_CACHE  the build cache (default DRILL_HOME/.drill/cache; safe to delete)
  DRILL_RUSTC  the compiler that judges (default rustc on PATH)";

/// drill: offline LeetCode-style practice for interview problems, judged in your terminal.
///
/// Solutions live in DRILL_HOME (default ~/drill) as <id>.rs files.
#[derive(Debug, Parser)]
#[command(name = "drill", version, propagate_version = true, after_help = SETTINGS_HELP)]
pub struct Cli {
    /// When to colour the output [default: auto, or the `color` setting]
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorWhen>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColorWhen {
    /// Colour when printing to a terminal and NO_COLOR is unset
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the problems, or one company's list (`--company bytedance` or `--company 字节跳动`)
    #[command(after_help = "Examples:\n  drill list\n  drill list --company 字节跳动\n  drill list --json | jq -r '.[].id'")]
    List {
        #[arg(long)]
        company: Option<String>,
        /// Every problem, even when drill.toml names a default company
        #[arg(long, conflicts_with = "company")]
        all: bool,
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Show the company lists (公司题单) and their sizes
    #[command(after_help = "Example:\n  drill lists")]
    Lists {
        #[arg(long)]
        json: bool,
    },
    /// Print a problem's statement, write its starter file (never overwrites your solution) and
    /// open it in your editor
    #[command(
        after_help = "Examples:\n  drill pick lc300\n  drill pick lc300 --lang en --no-edit\n  drill pick                 what `drill next` suggests (from the `company` setting's list)"
    )]
    Pick {
        /// Problem id, e.g. lc300 or mha [default: what `drill next` suggests]
        id: Option<String>,
        /// Do not start the solve timer (just read the problem)
        #[arg(long)]
        no_timer: bool,
        /// Statement language: zh, en or both [default: zh, or the `language` setting]
        #[arg(long)]
        lang: Option<String>,
        /// Do not open the editor
        #[arg(long)]
        no_edit: bool,
    },
    /// Print a problem's statement again, or one of your archived submissions
    #[command(after_help = "Examples:\n  drill show lc300\n  drill show lc300 --lang both\n  drill show lc300 --submission 2")]
    Show {
        id: String,
        /// Statement language: zh, en or both [default: zh, or the `language` setting]
        #[arg(long)]
        lang: Option<String>,
        /// Print your submission number N (see `drill log ID`) instead of the statement
        #[arg(long, value_name = "N")]
        submission: Option<usize>,
    },
    /// Open your solution in $VISUAL / $EDITOR (the `editor` setting first)
    #[command(after_help = "Example:\n  EDITOR=nvim drill edit lc300")]
    Edit {
        /// Problem id, e.g. lc300
        id: String,
    },
    /// Show the next of the problem's graded hints (each call reveals one more)
    #[command(after_help = "Examples:\n  drill hint lc300\n  drill hint lc300 --all")]
    Hint {
        /// Problem id, e.g. lc300
        id: String,
        /// Every hint at once
        #[arg(long)]
        all: bool,
        /// Forget which hints you have seen
        #[arg(long, conflicts_with = "all")]
        reset: bool,
        /// Hint language: zh, en or both [default: zh, or the `language` setting]
        #[arg(long)]
        lang: Option<String>,
    },
    /// Run your solution on the visible examples, with a per-case diff — or on your own input
    #[command(
        after_help = "Examples:\n  drill test lc300\n  drill test lc300 --case '[10,9,2,5,3,7,101,18]'\n  drill test lc1 --case 'nums = [2,7,11,15], target = 9'\n  drill test lc300 --case-file my-cases.txt\n\n\
A custom case is one JSON value per argument, on its own line or comma-separated (a `name =`\n\
before a value is allowed); more values make more cases. Your output is shown beside the\n\
reference solution's, with a diff when they differ."
    )]
    Test(TestArgs),
    /// Judge your solution on the hidden tests: verdict, time, memory, follow-ups
    #[command(after_help = "Examples:\n  drill submit lc300\n  drill submit lc300 --file other.rs --json")]
    Submit(JudgeArgs),
    /// Re-run `test` whenever you save the file; `s` + Enter submits, `q` + Enter quits
    #[command(after_help = "Example:\n  drill watch lc300")]
    Watch {
        /// Problem id, e.g. lc300
        id: String,
        /// Watch this file instead of DRILL_HOME/<id>.rs
        #[arg(long)]
        file: Option<PathBuf>,
    },
    /// Print a shell completion script
    #[command(
        after_help = "Examples:\n  drill completions bash > ~/.local/share/bash-completion/completions/drill\n  drill completions zsh > ~/.zfunc/_drill\n  drill completions fish > ~/.config/fish/completions/drill.fish"
    )]
    Completions {
        /// bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    #[command(flatten)]
    Practice(PracticeCommand),
    /// Show each sandbox layer (limits, cgroup, namespaces, Landlock, seccomp, …) as active or
    /// unavailable on this machine, and why
    #[command(after_help = "Examples:\n  drill doctor\n  drill doctor --json")]
    Doctor {
        /// Print a JSON array of {layer, active, detail}
        #[arg(long)]
        json: bool,
    },
    /// Tools for problem authors
    #[command(subcommand)]
    Dev(DevCommand),
}

/// `drill test`: the judge's arguments and custom cases.
#[derive(Debug, Args)]
pub struct TestArgs {
    #[command(flatten)]
    pub judge: JudgeArgs,
    /// A custom input: one JSON value per argument, newline- or comma-separated (repeatable)
    #[arg(long, value_name = "VALUES", allow_hyphen_values = true)]
    pub case: Vec<String>,
    /// Custom inputs from a file, one value per argument per line, as LeetCode's testcase panel
    #[arg(long, value_name = "PATH")]
    pub case_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct JudgeArgs {
    /// Problem id, e.g. lc300
    pub id: String,
    /// Judge this file instead of DRILL_HOME/<id>.rs
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Print one JSON object (the verdict contract) instead of the report
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Validate problems: schema, examples, reference Accepted, every wrong/*.rs its verdict
    #[command(after_help = "Example:\n  DRILL_HOME=$(mktemp -d) drill dev check lc300 --problems problems")]
    Check {
        /// Only these problems (default: all)
        ids: Vec<String>,
        /// Read problems from this directory instead of the ones built in
        #[arg(long)]
        problems: Option<PathBuf>,
    },
    /// Fill in missing expected answers of tests.json from the reference solution
    #[command(after_help = "Example:\n  drill dev bless lc300 --problems problems")]
    Bless {
        /// Problems to bless
        #[arg(required = true)]
        ids: Vec<String>,
        /// The problems directory of a source checkout
        #[arg(long, default_value = "problems")]
        problems: PathBuf,
    },
}

/// Practice tracking: timers, the submission archive, stats, what to do next, mock interviews.
#[derive(Debug, Subcommand)]
pub enum PracticeCommand {
    /// Show the running solve timers (started by `drill pick`, stopped by an Accepted submit)
    #[command(after_help = "Example:\n  drill timer")]
    Timer,
    /// Pause the solve timer (of ID, or of every running attempt)
    #[command(after_help = "Examples:\n  drill pause\n  drill pause lc300")]
    Pause { id: Option<String> },
    /// Resume a paused solve timer (of ID, or of every paused attempt)
    #[command(after_help = "Examples:\n  drill resume\n  drill resume lc300")]
    Resume { id: Option<String> },
    /// List a problem's attempts and submissions
    #[command(after_help = "Example:\n  drill log lc300")]
    Log { id: String },
    /// Diff two of your submissions of a problem (numbers from `drill log ID`)
    #[command(after_help = "Example:\n  drill diff lc300 1 3")]
    Diff { id: String, from: usize, to: usize },
    /// Your progress: per list solved x/y, first-try acceptance, solve times, streak, trends
    #[command(after_help = "Examples:\n  drill stats\n  drill stats --company 字节跳动 --json")]
    Stats {
        /// Only this company list (alias or Chinese name)
        #[arg(long)]
        company: Option<String>,
        /// Print one JSON object instead of tables
        #[arg(long)]
        json: bool,
    },
    /// The problem most worth doing now, and why: unsolved first, then spaced repetition
    #[command(after_help = "Examples:\n  drill next\n  drill next --company bytedance\n  drill next --all --json")]
    Next {
        /// Choose from this company list (alias or Chinese name) [default: the `company` setting]
        #[arg(long)]
        company: Option<String>,
        /// Choose from every problem, even when drill.toml names a default company
        #[arg(long, conflicts_with = "company")]
        all: bool,
        /// Print one JSON object
        #[arg(long)]
        json: bool,
    },
    /// A mock interview: two problems from a company's list on one clock
    #[command(after_help = "Example:\n  drill mock bytedance --minutes 45")]
    Mock {
        /// Company list (alias or Chinese name)
        company: String,
        /// Time for the whole set
        #[arg(long, default_value_t = 45)]
        minutes: u64,
    },
}
