//! drill: an offline, LeetCode-style practice judge. `main` only maps `run`'s result to an exit
//! code: 0 Accepted (or success), 1 another verdict, 2 usage or internal error.

mod archive;
mod catalog;
mod cli;
mod commands;
mod config;
mod files;
mod history;
mod judge;
mod practice;
mod render;
mod terminal;
mod workspace;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            let text = format!("{err:#}");
            anstream::eprintln!("drill: error: {}", text.trim());
            ExitCode::from(2)
        }
    }
}
