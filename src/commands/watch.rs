//! `drill watch <id>`: runs `drill test` each time the solution file is saved, on a cleared
//! screen; `s` + Enter submits, `q` + Enter (or end of input) quits.
//!
//! Saves are seen with `notify` (inotify on Linux) watching the file's directory, not the file:
//! editors that save by writing a new file and renaming it over the old one (vim, JetBrains'
//! safe write) replace the inode a watch on the file would follow. Events are kept when they name
//! the solution's path, and a run waits for 100 ms without one, so the several events of one save
//! (truncate, write, close, rename) run the tests once. When no watcher can be set up (say, the
//! inotify instance or watch limit is reached), `drill watch` says so and exits 2 rather than
//! falling back to polling: one way of seeing saves, and `drill test` still works.

use super::judge;
use crate::catalog::Catalog;
use crate::cli::JudgeArgs;
use crate::judge::Mode;
use crate::render;
use crate::terminal;
use crate::workspace::Workspace;
use anyhow::{Context, Result};
use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

/// Quiet time after a file event before the tests run: one save is several events.
const DEBOUNCE: Duration = Duration::from_millis(100);

enum Input {
    Line(String),
    End,
    Saved,
}

pub fn run(id: &str, file: Option<PathBuf>) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(id)?;
    let path = match file {
        Some(path) => path,
        None => Workspace::locate()?.solution(&id),
    };
    let (tx, rx) = mpsc::channel();
    let _watcher = watch(&path, tx.clone()).with_context(|| {
        format!(
            "cannot watch {} for saves (on Linux, raising the sysctls fs.inotify.max_user_instances and \
             fs.inotify.max_user_watches may help); drill test {id} runs the tests once",
            path.display()
        )
    })?;
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            if tx.send(Input::Line(line)).is_err() {
                return;
            }
        }
        let _ = tx.send(Input::End);
    });

    let mut runs = 0;
    let mut judge_once = |mode| {
        runs += 1;
        judge_once(&id, &path, mode, runs);
    };
    judge_once(Mode::Test);
    // When the last file event arrived plus the debounce: the tests run then.
    let mut due: Option<Instant> = None;
    loop {
        let input = match due {
            Some(at) => rx.recv_timeout(at.saturating_duration_since(Instant::now())),
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match input {
            Ok(Input::Saved) => due = Some(Instant::now() + DEBOUNCE),
            Err(RecvTimeoutError::Timeout) => {
                due = None;
                judge_once(Mode::Test);
            }
            Ok(Input::Line(line)) => match line.trim() {
                "q" | "quit" => break,
                "s" | "submit" => judge_once(Mode::Submit),
                "" | "t" | "test" => judge_once(Mode::Test),
                other => render::note(&format!("'{other}'? s + Enter submits, Enter re-runs the tests, q + Enter quits")),
            },
            Ok(Input::End) | Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Watches the directory of `path` and sends `Saved` for each event that writes `path`. The
/// watch lasts as long as the returned watcher.
fn watch(path: &Path, tx: mpsc::Sender<Input>) -> Result<notify::RecommendedWatcher> {
    let name = path.file_name().context("the solution path names no file")?;
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // The watcher reports paths as the watched directory joined with the entry's name.
    let target = dir.join(name);
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<Event>| {
        // An error or an overflowed queue may hide a save: test again rather than miss one.
        if event.as_ref().map_or(true, |e| e.need_rescan() || writes(e, &target)) {
            let _ = tx.send(Input::Saved);
        }
    })?;
    watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    Ok(watcher)
}

/// Whether an event leaves new contents at `target`: written in place, created, or renamed
/// onto it. Opening or reading it (the judge does), metadata changes and renaming it away do not.
fn writes(event: &Event, target: &Path) -> bool {
    match event.kind {
        EventKind::Modify(ModifyKind::Name(RenameMode::Both)) => event.paths.get(1).is_some_and(|p| p == target),
        EventKind::Modify(ModifyKind::Name(RenameMode::From) | ModifyKind::Metadata(_)) => false,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Access(AccessKind::Close(AccessMode::Write)) => {
            event.paths.iter().any(|p| p == target)
        }
        _ => false,
    }
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
