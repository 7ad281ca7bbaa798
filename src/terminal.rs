//! What drill knows about the terminal it prints to: whether to colour, how wide it is, and a
//! spinner for the seconds a compile takes — shown only on an interactive stderr.

use crate::cli::ColorWhen;
use std::io::{IsTerminal, Write};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

/// Sets the colour choice every `anstream` print follows. `Auto` colours only a terminal, and
/// honours `NO_COLOR` and `CLICOLOR_FORCE`.
pub fn set_color(when: ColorWhen) {
    anstream::ColorChoice::write_global(match when {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    });
}

pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Columns available to a table: `COLUMNS` if set, else the terminal's width; `None` when
/// stdout is not a terminal (a pipe gets the whole table, unwrapped).
pub fn width() -> Option<usize> {
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok()) {
        return Some(cols.max(20));
    }
    if !stdout_is_terminal() {
        return None;
    }
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0).max(20))
}

/// A spinner on stderr until dropped. A thread and a channel, not a progress-bar crate: one
/// line, one frame every 80 ms, erased at the end.
pub struct Spinner {
    stop: Option<(mpsc::Sender<()>, JoinHandle<()>)>,
}

impl Spinner {
    /// Starts spinning with `message` when `wanted` (not `--json`) and stderr is a terminal
    /// that can redraw a line.
    pub fn start(message: String, wanted: bool) -> Spinner {
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        if !wanted || dumb || !std::io::stderr().is_terminal() {
            return Spinner { stop: None };
        }
        let (tx, rx) = mpsc::channel::<()>();
        let handle = std::thread::spawn(move || {
            const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
            let mut err = std::io::stderr();
            for frame in FRAMES.iter().cycle() {
                let _ = write!(err, "\r{frame} {message}");
                let _ = err.flush();
                if !matches!(rx.recv_timeout(Duration::from_millis(80)), Err(mpsc::RecvTimeoutError::Timeout)) {
                    break;
                }
            }
            let _ = write!(err, "\r\x1b[2K");
            let _ = err.flush();
        });
        Spinner { stop: Some((tx, handle)) }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        if let Some((tx, handle)) = self.stop.take() {
            drop(tx);
            let _ = handle.join();
        }
    }
}
