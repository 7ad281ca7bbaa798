//! One module per subcommand; this file only dispatches.

mod dev;
mod judge;
mod list;
mod pick;

use crate::cli::{Cli, Command, DevCommand};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::List { company, json } => list::list(company.as_deref(), json),
        Command::Lists { json } => list::lists(json),
        Command::Pick { id } => pick::pick(&id),
        Command::Show { id, lang } => pick::show(&id, &lang),
        Command::Test(args) => judge::run(args, crate::judge::Mode::Test),
        Command::Submit(args) => judge::run(args, crate::judge::Mode::Submit),
        Command::Dev(DevCommand::Check { ids, problems }) => dev::check(&ids, problems),
        Command::Dev(DevCommand::Bless { ids, problems }) => dev::bless(&ids, problems),
    }
}
