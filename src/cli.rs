//! Command-line interface: clap derive; the doc comments are the `--help` text.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// drill: offline LeetCode-style practice for interview problems, judged in your terminal.
///
/// Solutions live in DRILL_HOME (default ~/drill) as <id>.rs files.
#[derive(Debug, Parser)]
#[command(name = "drill", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the problems, or one company's list (`--company bytedance` or `--company 字节跳动`)
    List {
        #[arg(long)]
        company: Option<String>,
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Show the company lists (公司题单) and their sizes
    Lists {
        #[arg(long)]
        json: bool,
    },
    /// Print a problem's statement and write its starter file (never overwrites your solution)
    ///
    /// Example: drill pick lc300
    Pick {
        /// Problem id, e.g. lc300 or mha
        id: String,
        /// Do not start the solve timer (just read the problem)
        #[arg(long)]
        no_timer: bool,
    },
    /// Print a problem's statement again, or one of your archived submissions
    Show {
        id: String,
        /// Which language to print: zh, en or both
        #[arg(long, default_value = "both")]
        lang: String,
        /// Print your submission number N (see `drill log ID`) instead of the statement
        #[arg(long, value_name = "N")]
        submission: Option<usize>,
    },
    /// Run your solution on the visible examples, with a per-case diff
    ///
    /// Example: drill test lc300
    Test(JudgeArgs),
    /// Judge your solution on the hidden tests: verdict, time, memory, follow-ups
    ///
    /// Example: drill submit lc300 --json
    Submit(JudgeArgs),
    #[command(flatten)]
    Practice(PracticeCommand),
    /// Show each sandbox layer (limits, cgroup, namespaces, Landlock, seccomp, …) as active or
    /// unavailable on this machine, and why
    Doctor {
        /// Print a JSON array of {layer, active, detail}
        #[arg(long)]
        json: bool,
    },
    /// Tools for problem authors
    #[command(subcommand)]
    Dev(DevCommand),
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
    Check {
        /// Only these problems (default: all)
        ids: Vec<String>,
        /// Read problems from this directory instead of the ones built in
        #[arg(long)]
        problems: Option<PathBuf>,
    },
    /// Fill in missing expected answers of tests.json from the reference solution
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
    Timer,
    /// Pause the solve timer (of ID, or of every running attempt)
    Pause { id: Option<String> },
    /// Resume a paused solve timer (of ID, or of every paused attempt)
    Resume { id: Option<String> },
    /// List a problem's attempts and submissions
    ///
    /// Example: drill log lc300
    Log { id: String },
    /// Diff two of your submissions of a problem (numbers from `drill log ID`)
    ///
    /// Example: drill diff lc300 1 3
    Diff { id: String, from: usize, to: usize },
    /// Your progress: per list solved x/y, first-try acceptance, solve times, streak, trends
    ///
    /// Example: drill stats --company 字节跳动
    Stats {
        /// Only this company list (alias or Chinese name)
        #[arg(long)]
        company: Option<String>,
        /// Print one JSON object instead of tables
        #[arg(long)]
        json: bool,
    },
    /// The problem most worth doing now, and why: unsolved first, then spaced repetition
    Next {
        /// Choose from this company list (alias or Chinese name)
        #[arg(long)]
        company: Option<String>,
        /// Print one JSON object
        #[arg(long)]
        json: bool,
    },
    /// A mock interview: two problems from a company's list on one clock
    ///
    /// Example: drill mock bytedance --minutes 45
    Mock {
        /// Company list (alias or Chinese name)
        company: String,
        /// Time for the whole set
        #[arg(long, default_value_t = 45)]
        minutes: u64,
    },
}
