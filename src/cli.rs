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
    },
    /// Print a problem's statement again
    Show {
        id: String,
        /// Which language to print: zh, en or both
        #[arg(long, default_value = "both")]
        lang: String,
    },
    /// Run your solution on the visible examples, with a per-case diff
    ///
    /// Example: drill test lc300
    Test(JudgeArgs),
    /// Judge your solution on the hidden tests: verdict, time, memory, follow-ups
    ///
    /// Example: drill submit lc300 --json
    Submit(JudgeArgs),
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
