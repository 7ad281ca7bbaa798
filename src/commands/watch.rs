//! `drill watch <id>`: runs `drill test` each time the solution file is saved, on a cleared
//! screen; `s` + Enter submits, `q` + Enter (or end of input) quits.
//!
//! The file is polled (its modification time and size, 4 times a second) rather than watched
//! with inotify: one file costs nothing to poll, no dependency is needed, and it sees every
//! way editors save — in place, or a new file renamed over the old one, which a watch on the
//! file itself would lose.

use super::judge;
use crate::catalog::Catalog;
use crate::cli::JudgeArgs;
use crate::judge::Mode;
use crate::render;
use crate::terminal;
use crate::workspace::Workspace;
use anyhow::Result;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, SystemTime};

const POLL: Duration = Duration::from_millis(250);
/// Time for an editor to finish writing before the file is read.
const SETTLE: Duration = Duration::from_millis(100);

enum Input {
    Line(String),
    End,
}

pub fn run(id: &str, file: Option<PathBuf>) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(id)?;
    let path = match file {
        Some(path) => path,
        None => Workspace::locate()?.solution(&id),
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if tx.send(Input::Line(line)).is_err() {
                return;
            }
        }
        let _ = tx.send(Input::End);
    });

    let mut stamp = stamp_of(&path);
    let mut runs = 0;
    let mut judge_once = |mode| {
        runs += 1;
        judge_once(&id, &path, mode, runs);
    };
    judge_once(Mode::Test);
    loop {
        match rx.recv_timeout(POLL) {
            Ok(Input::Line(line)) => match line.trim() {
                "q" | "quit" => break,
                "s" | "submit" => judge_once(Mode::Submit),
                "" | "t" | "test" => judge_once(Mode::Test),
                other => render::note(&format!("'{other}'? s + Enter submits, Enter re-runs the tests, q + Enter quits")),
            },
            Ok(Input::End) | Err(RecvTimeoutError::Disconnected) => break,
            Err(RecvTimeoutError::Timeout) => {
                let now = stamp_of(&path);
                if now != stamp {
                    std::thread::sleep(SETTLE);
                    stamp = stamp_of(&path);
                    judge_once(Mode::Test);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// What changes when a file is saved.
fn stamp_of(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// Run `run` of the session: a test or a submission, on a cleared screen.
fn judge_once(id: &str, path: &Path, mode: Mode, run: usize) {
    if terminal::stdout_is_terminal() {
        print!("\x1b[2J\x1b[H");
    } else {
        println!("────────");
    }
    let what = if mode == Mode::Submit { "submit" } else { "test" };
    render::note(&format!("drill watch {id} · run {run}: {what} {}", path.display()));
    let args = JudgeArgs {
        id: id.to_string(),
        file: Some(path.to_path_buf()),
        json: false,
    };
    if let Err(e) = judge::run(args, mode) {
        anstream::eprintln!("drill: error: {}", format!("{e:#}").trim());
    }
    render::note("\nwatching: save to re-run · s + Enter submits · q + Enter quits");
    let _ = std::io::stdout().flush();
}
