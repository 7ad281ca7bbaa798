//! `drill completions <shell>`: the completion script clap derives from the command line.

use crate::cli::Cli;
use clap::CommandFactory;
use std::process::ExitCode;

pub fn run(shell: clap_complete::Shell) -> anyhow::Result<ExitCode> {
    clap_complete::generate(shell, &mut Cli::command(), "drill", &mut std::io::stdout());
    Ok(ExitCode::SUCCESS)
}
