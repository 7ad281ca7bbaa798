//! One module per subcommand; this file only dispatches.

mod completions;
mod custom;
mod dev;
mod doctor;
mod edit;
mod hint;
mod judge;
mod list;
mod log;
mod next;
mod pick;
mod record;
mod stats;
mod timer;
mod watch;

use crate::cli::{Cli, Command, DevCommand, PracticeCommand};
use crate::config::Config;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: Cli) -> Result<ExitCode> {
    let config = Config::load()?;
    crate::terminal::set_color(cli.color.unwrap_or(config.color));
    match cli.command {
        Command::List { company, all, json } => {
            let company = if all { None } else { company.or(config.company.clone()) };
            list::list(company.as_deref(), json)
        }
        Command::Lists { json } => list::lists(json),
        Command::Pick {
            id,
            no_timer,
            lang,
            no_edit,
        } => {
            let id = match id {
                Some(id) => id,
                None => pick::chosen(config.company.as_deref())?,
            };
            let code = pick::pick(&id, !no_timer, &config.language(lang.as_deref())?)?;
            edit::after_pick(&id, no_edit, &config)?;
            Ok(code)
        }
        Command::Show {
            id, submission: Some(n), ..
        } => log::show_submission(&id, n),
        Command::Show { id, lang, .. } => pick::show(&id, &config.language(lang.as_deref())?),
        Command::Edit { id } => edit::edit(&id, &config),
        Command::Hint { id, all, reset, lang } => hint::run(&id, all, reset, &config.language(lang.as_deref())?),
        Command::Test(args) if !args.case.is_empty() || args.case_file.is_some() => custom::run(args),
        Command::Test(args) => judge::run(args.judge, crate::judge::Mode::Test),
        Command::Submit(args) => judge::run(args, crate::judge::Mode::Submit),
        Command::Watch { id, file } => watch::run(&id, file),
        Command::Completions { shell } => completions::run(shell),
        Command::Practice(command) => practice(command, &config),
        Command::Doctor { json } => doctor::run(json),
        Command::Dev(DevCommand::Check { ids, problems }) => dev::check(&ids, problems),
        Command::Dev(DevCommand::Bless { ids, problems }) => dev::bless(&ids, problems),
    }
}

fn practice(command: PracticeCommand, config: &Config) -> Result<ExitCode> {
    match command {
        PracticeCommand::Timer => timer::show(),
        PracticeCommand::Pause { id } => timer::pause(id.as_deref(), true),
        PracticeCommand::Resume { id } => timer::pause(id.as_deref(), false),
        PracticeCommand::Log { id } => log::log(&id),
        PracticeCommand::Diff { id, from, to } => log::diff(&id, from, to),
        PracticeCommand::Stats { company, json } => stats::stats(company.as_deref(), json),
        PracticeCommand::Next { company, all, json } => {
            let company = if all { None } else { company.or(config.company.clone()) };
            next::next(company.as_deref(), json)
        }
        PracticeCommand::Mock { company, minutes } => next::mock(&company, minutes),
    }
}
