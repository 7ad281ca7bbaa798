//! One module per subcommand; this file only dispatches.

mod dev;
mod doctor;
mod judge;
mod list;
mod log;
mod next;
mod pick;
mod record;
mod stats;
mod timer;

use crate::cli::{Cli, Command, DevCommand, PracticeCommand};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::List { company, json } => list::list(company.as_deref(), json),
        Command::Lists { json } => list::lists(json),
        Command::Pick { id, no_timer } => pick::pick(&id, !no_timer),
        Command::Show {
            id, submission: Some(n), ..
        } => log::show_submission(&id, n),
        Command::Show { id, lang, .. } => pick::show(&id, &lang),
        Command::Test(args) => judge::run(args, crate::judge::Mode::Test),
        Command::Submit(args) => judge::run(args, crate::judge::Mode::Submit),
        Command::Practice(command) => practice(command),
        Command::Doctor { json } => doctor::run(json),
        Command::Dev(DevCommand::Check { ids, problems }) => dev::check(&ids, problems),
        Command::Dev(DevCommand::Bless { ids, problems }) => dev::bless(&ids, problems),
    }
}

fn practice(command: PracticeCommand) -> Result<ExitCode> {
    match command {
        PracticeCommand::Timer => timer::show(),
        PracticeCommand::Pause { id } => timer::pause(id.as_deref(), true),
        PracticeCommand::Resume { id } => timer::pause(id.as_deref(), false),
        PracticeCommand::Log { id } => log::log(&id),
        PracticeCommand::Diff { id, from, to } => log::diff(&id, from, to),
        PracticeCommand::Stats { company, json } => stats::stats(company.as_deref(), json),
        PracticeCommand::Next { company, json } => next::next(company.as_deref(), json),
        PracticeCommand::Mock { company, minutes } => next::mock(&company, minutes),
    }
}
