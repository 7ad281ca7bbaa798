//! The practice history, `DRILL_HOME/.drill/history.jsonl`: an append-only log of every pick,
//! test, submit, timer change and mock interview. This module is the only one that reads or
//! writes it; everything drill knows about your practice (timers, solve times, stats, the review
//! schedule) is derived from it.
//!
//! Writers take an exclusive lock on the file and append whole lines with one write. A finished
//! write survives the process however it ends; it is not synced to disk (that cost 5–15 ms a
//! submit), so a power loss within the kernel's writeback delay (~30 s) may lose the newest
//! records. A line cut short by a crash (`kill -9`, power loss) is skipped by readers with a
//! warning, and the next writer drops that fragment before appending. A last line that is whole
//! but lacks its newline (an editor saved the file without one) is read as any other, and the
//! next writer adds the newline. Complete lines are never rewritten.
//!
//! The history must be a regular file (a device or FIFO in its place is an error), and a line
//! longer than [`MAX_LINE`] is skipped as not a record, so reading it holds little in memory.

use crate::files::{self, Refusal};
use anyhow::{bail, Context, Result};
use jiff::Timestamp;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The longest line read as a record; a record is a few hundred bytes.
const MAX_LINE: u64 = 1 << 20;

/// The record format this build writes. Readers accept every version up to this one; records of
/// a newer version (written by a newer drill) are skipped with a warning.
pub const VERSION: u32 = 1;

/// One line of `history.jsonl`.
///
/// Format version 1 — one JSON object per line, keys in this order, absent keys omitted:
/// ```text
/// {"v":1,"ts":"2026-11-23T18:17:23.123+08:00","event":"submit","problem":"lc300",
///  "verdict":"Accepted","passed":55,"total":55,"time_ms":1,"memory_kb":496,
///  "source":"<sha256 of the judged file, hex>","solve_ms":754000}
/// ```
/// - `v`: format version (required).
/// - `ts`: when drill wrote the record, RFC 3339 with the local UTC offset (required).
/// - `event`: `pick`, `test`, `submit`, `pause`, `resume` or `mock` (required; an event this
///   build does not know is read and ignored).
/// - `problem`: problem id (every event but `mock`).
/// - `verdict`, `passed`, `total`, `time_ms`, `memory_kb`, `source`: `test` and `submit` — the
///   verdict's name as `--json` prints it, and the file's SHA-256; a submitted file is kept in
///   `.drill/submissions/<source>.rs`.
/// - `timer`: `pick` only, `false` for `pick --no-timer` (absent means true).
/// - `solve_ms`: on the Accepted submit that closes a timed attempt: wall time from the pick,
///   less paused time.
/// - `mock`: `mock` only: `{"list":"bytedance","problems":["lc300","mha-mask"],"minutes":45}`.
///
/// Compatibility: new optional keys may be added within a version (readers ignore keys they do
/// not know); a change of meaning bumps `v`, and readers keep accepting every older `v`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub v: u32,
    #[serde(serialize_with = "write_time", deserialize_with = "read_time")]
    pub ts: Timestamp,
    pub event: Event,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory_kb: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solve_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mock: Option<Box<MockSet>>,
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Event {
    Pick,
    Test,
    Submit,
    Pause,
    Resume,
    Mock,
    /// An event added by a newer drill within the same format version.
    #[serde(other)]
    Unknown,
}

/// The problem set of a mock interview, timed as one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MockSet {
    /// Alias of the company list the problems came from.
    pub list: String,
    pub problems: Vec<String>,
    pub minutes: u64,
}

impl Record {
    /// A record of the current version stamped now, with no optional fields.
    pub fn new(event: Event, problem: Option<&str>) -> Record {
        Record {
            v: VERSION,
            ts: Timestamp::now(),
            event,
            problem: problem.map(str::to_string),
            verdict: None,
            passed: None,
            total: None,
            time_ms: None,
            memory_kb: None,
            source: None,
            timer: None,
            solve_ms: None,
            mock: None,
        }
    }

    /// Whether this record is about `id` (its problem, or a problem of its mock set).
    pub fn concerns(&self, id: &str) -> bool {
        self.problem.as_deref() == Some(id) || self.mock.as_ref().is_some_and(|m| m.problems.iter().any(|p| p == id))
    }
}

fn write_time<S: Serializer>(ts: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    let offset = crate::practice::time::local_zone().to_offset(*ts);
    s.collect_str(&ts.round(jiff::Unit::Millisecond).unwrap_or(*ts).display_with_offset(offset))
}

fn read_time<'de, D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
    text.parse().map_err(serde::de::Error::custom)
}

/// The history file of a workspace.
pub struct History {
    path: PathBuf,
}

/// The readable records of a history, oldest first, and what had to be skipped.
#[cfg(test)]
#[derive(Debug, Default)]
pub struct Log {
    pub records: Vec<Record>,
    pub skipped: Skipped,
}

/// Lines a reader could not use; none of them is fatal.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Bytes after the last newline that are not a whole line: a record cut short by a crash.
    pub torn_tail: bool,
    /// 1-based numbers of complete lines that are not a record.
    pub invalid: Vec<usize>,
    /// Records of a format version newer than [`VERSION`].
    pub newer: usize,
}

impl Skipped {
    /// One warning line per kind of problem, for stderr.
    pub fn warnings(&self, path: &Path) -> Vec<String> {
        let mut out = Vec::new();
        if self.torn_tail {
            out.push(format!(
                "the last line of {} is incomplete (drill was stopped while writing it); skipped",
                path.display()
            ));
        }
        if let Some(first) = self.invalid.first() {
            out.push(format!(
                "{} line(s) of {} are not history records (first: line {first}); skipped",
                self.invalid.len(),
                path.display()
            ));
        }
        if self.newer > 0 {
            out.push(format!(
                "{} record(s) of {} were written by a newer drill (format > {VERSION}); skipped",
                self.newer,
                path.display()
            ));
        }
        out
    }
}

impl History {
    pub fn new(path: PathBuf) -> History {
        History { path }
    }

    /// Streams the readable records in `scope`, oldest first, to `each`; warnings about skipped
    /// lines go to stderr. Nothing is held in memory but the current line.
    pub fn for_each(&self, scope: Scope, each: impl FnMut(Record)) -> Result<()> {
        match files::regular(&self.path) {
            Ok(_) => {}
            Err(Refusal::Missing) => return Ok(()),
            Err(r) => bail!("{} {r}", self.path.display()),
        }
        let file = OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&self.path)
            .with_context(|| format!("cannot open {}", self.path.display()))?;
        still_regular(&file, &self.path)?;
        wait_for_lock(&file, false, &self.path)?;
        let skipped =
            scan(BufReader::with_capacity(1 << 16, &file), scope, each).with_context(|| format!("cannot read {}", self.path.display()))?;
        self.warn(&skipped);
        Ok(())
    }

    /// Appends the records `make` builds from the records in `scope`, read under the same
    /// exclusive lock, so that two drills never decide from the same state.
    pub fn append_with<T>(&self, scope: Scope, make: impl FnOnce(&[Record]) -> (Vec<Record>, T)) -> Result<T> {
        let dir = self.path.parent().context("the history path has no directory")?;
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        match files::regular(&self.path) {
            Ok(_) | Err(Refusal::Missing) => {}
            Err(r) => bail!("{} {r}", self.path.display()),
        }
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&self.path)
            .with_context(|| format!("cannot open {} for writing", self.path.display()))?;
        still_regular(&file, &self.path)?;
        wait_for_lock(&file, true, &self.path)?;
        let mut records = Vec::new();
        let mut skipped =
            scan(BufReader::new(&file), scope, |r| records.push(r)).with_context(|| format!("cannot read {}", self.path.display()))?;
        // The writer drops a torn tail itself, with its own warning.
        skipped.torn_tail = false;
        self.warn(&skipped);
        let (len, keep) = complete_length(&file).with_context(|| format!("cannot read {}", self.path.display()))?;
        let mut text = String::new();
        if keep < len {
            if whole_tail(&file, keep, len).with_context(|| format!("cannot read {}", self.path.display()))? {
                text.push('\n');
            } else {
                // Every writer holds the lock, so a tail that is not a whole line is a dead
                // writer's fragment.
                anstream::eprintln!(
                    "drill: warning: dropped an incomplete last line of {} ({} bytes) left by an interrupted drill",
                    self.path.display(),
                    len - keep
                );
                file.set_len(keep)
                    .with_context(|| format!("cannot repair {}", self.path.display()))?;
            }
        }
        let (records, value) = make(&records);
        for record in &records {
            text.push_str(&serde_json::to_string(record)?);
            text.push('\n');
        }
        file.write_all(text.as_bytes())
            .with_context(|| format!("cannot append to {}", self.path.display()))?;
        Ok(value)
    }

    fn warn(&self, skipped: &Skipped) {
        for w in skipped.warnings(&self.path) {
            anstream::eprintln!("drill: warning: {w}");
        }
    }
}

/// Which records a reader wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    All,
    /// Records about one problem, including mock sets that contain it.
    Problem(&'a str),
}

/// The opened history is still a regular file: something swapped in for it between the check and
/// the open (opened without blocking, should it be a FIFO) is refused.
fn still_regular(file: &File, path: &Path) -> Result<()> {
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        bail!("{} is not a regular file", path.display());
    }
    Ok(())
}

/// How long to wait for another drill's lock (held for one read or append) before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(10);

fn wait_for_lock(file: &File, exclusive: bool, path: &Path) -> Result<()> {
    let start = Instant::now();
    loop {
        let attempt = if exclusive { file.try_lock() } else { file.try_lock_shared() };
        match attempt {
            Ok(()) => return Ok(()),
            Err(TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => std::thread::sleep(Duration::from_millis(5)),
            Err(TryLockError::WouldBlock) => bail!("{} stayed locked by another drill for {LOCK_WAIT:?}", path.display()),
            Err(TryLockError::Error(e)) => return Err(e).with_context(|| format!("cannot lock {}", path.display())),
        }
    }
}

/// The file's length, and the length up to and including its last newline.
fn complete_length(file: &File) -> std::io::Result<(u64, u64)> {
    let len = file.metadata()?.len();
    let mut end = len;
    let mut chunk = vec![0u8; 64 * 1024];
    while end > 0 {
        let start = end.saturating_sub(chunk.len() as u64);
        let part = &mut chunk[..(end - start) as usize];
        file.read_exact_at(part, start)?;
        if let Some(i) = part.iter().rposition(|b| *b == b'\n') {
            return Ok((len, start + i as u64 + 1));
        }
        end = start;
    }
    Ok((len, 0))
}

/// Whether the unterminated last line, bytes `start..end` of the file, is [`whole`].
fn whole_tail(file: &File, start: u64, end: u64) -> std::io::Result<bool> {
    if end - start > MAX_LINE {
        return Ok(false);
    }
    let mut tail = vec![0u8; (end - start) as usize];
    file.read_exact_at(&mut tail, start)?;
    Ok(whole(&tail))
}

/// Whether a line without its newline is whole: one complete JSON value. A writer's line cut
/// short never is (it starts with `{` and is complete only at its matching `}`); a line saved
/// without a final newline is. Lines that are whole but not records are skipped as invalid
/// like any other, never dropped.
fn whole(line: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(line).is_ok()
}

/// Parses history text (all of it in memory).
#[cfg(test)]
pub fn parse(bytes: &[u8], scope: Scope) -> Log {
    let mut records = Vec::new();
    let skipped = scan(bytes, scope, |r| records.push(r)).expect("reading from memory cannot fail");
    Log { records, skipped }
}

/// Reads history lines and hands each record in `scope` to `each`. For one problem only the
/// lines mentioning its id are parsed (a fast path), then filtered exactly.
fn scan(mut reader: impl BufRead, scope: Scope, mut each: impl FnMut(Record)) -> std::io::Result<Skipped> {
    let id = match scope {
        Scope::All => None,
        Scope::Problem(id) => Some(id),
    };
    let needle = id.map(str::as_bytes);
    let mut skipped = Skipped::default();
    let mut line = Vec::new();
    for n in 1.. {
        line.clear();
        if (&mut reader).take(MAX_LINE + 1).read_until(b'\n', &mut line)? == 0 {
            break;
        }
        if line.last() != Some(&b'\n') && line.len() as u64 > MAX_LINE {
            if skip_line(&mut reader)? {
                skipped.invalid.push(n);
                continue;
            }
            skipped.torn_tail = true;
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
        } else if !whole(&line) {
            skipped.torn_tail = true;
            break;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if let Some(needle) = needle {
            if !line.windows(needle.len()).any(|w| w == needle) {
                continue;
            }
        }
        // Checked once here, so serde_json does not check every string again.
        let Ok(text) = std::str::from_utf8(&line) else {
            skipped.invalid.push(n);
            continue;
        };
        match serde_json::from_str::<Record>(text) {
            Ok(r) if r.v > VERSION => skipped.newer += 1,
            Ok(r) if r.v == 0 => skipped.invalid.push(n),
            Ok(r) => {
                if id.is_none_or(|id| r.concerns(id)) {
                    each(r);
                }
            }
            Err(_) => skipped.invalid.push(n),
        }
    }
    Ok(skipped)
}

/// Skips the rest of a line, through its newline; false if the input ends first.
fn skip_line(reader: &mut impl BufRead) -> std::io::Result<bool> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        if let Some(i) = buf.iter().position(|b| *b == b'\n') {
            reader.consume(i + 1);
            return Ok(true);
        }
        let n = buf.len();
        reader.consume(n);
    }
}

/// Where a workspace keeps its history.
pub fn of(workspace: &crate::workspace::Workspace) -> History {
    History::new(workspace.state_dir().join("history.jsonl"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn submit(problem: &str, verdict: &str) -> Record {
        let mut r = Record::new(Event::Submit, Some(problem));
        r.verdict = Some(verdict.into());
        r.passed = Some(3);
        r.total = Some(3);
        r
    }

    fn append(history: &History, records: Vec<Record>) {
        history.append_with(Scope::All, |_| (records, ())).unwrap();
    }

    fn temp_history() -> (tempfile::TempDir, History) {
        let dir = tempfile::tempdir().unwrap();
        let history = History::new(dir.path().join(".drill/history.jsonl"));
        (dir, history)
    }

    #[test]
    fn a_record_round_trips_and_omits_absent_fields() {
        let r = submit("lc300", "Accepted");
        let line = serde_json::to_string(&r).unwrap();
        assert!(line.starts_with(r#"{"v":1,"ts":""#), "{line}");
        assert!(!line.contains("mock") && !line.contains("timer"), "{line}");
        let back: Record = serde_json::from_str(&line).unwrap();
        assert_eq!(back.ts, r.ts.round(jiff::Unit::Millisecond).unwrap());
        assert_eq!(back.verdict.as_deref(), Some("Accepted"));
    }

    #[test]
    fn a_torn_last_line_is_skipped_and_dropped_by_the_next_writer() {
        let (_dir, history) = temp_history();
        append(&history, vec![submit("lc300", "Wrong Answer")]);
        let whole = serde_json::to_string(&submit("lc300", "Accepted")).unwrap();
        let mut file = OpenOptions::new().append(true).open(&history.path).unwrap();
        file.write_all(&whole.as_bytes()[..whole.len() / 2]).unwrap();
        let log = parse(&std::fs::read(&history.path).unwrap(), Scope::All);
        assert!(log.skipped.torn_tail);
        assert_eq!(log.records.len(), 1);
        append(&history, vec![submit("lc300", "Accepted")]);
        let log = parse(&std::fs::read(&history.path).unwrap(), Scope::All);
        assert_eq!(log.skipped, Skipped::default());
        assert_eq!(log.records.len(), 2);
    }

    #[test]
    fn a_whole_last_line_without_its_newline_is_read_and_kept() {
        let (_dir, history) = temp_history();
        append(&history, vec![submit("lc300", "Wrong Answer"), submit("lc300", "Accepted")]);
        let text = std::fs::read(&history.path).unwrap();
        std::fs::write(&history.path, &text[..text.len() - 1]).unwrap();
        let log = parse(&std::fs::read(&history.path).unwrap(), Scope::Problem("lc300"));
        assert_eq!(log.skipped, Skipped::default());
        assert_eq!(log.records.len(), 2);
        append(&history, vec![submit("lc300", "Accepted")]);
        let text = std::fs::read(&history.path).unwrap();
        assert!(text.ends_with(b"\n"));
        let log = parse(&text, Scope::All);
        assert_eq!(log.skipped, Skipped::default());
        let verdicts: Vec<_> = log.records.iter().map(|r| r.verdict.as_deref().unwrap()).collect();
        assert_eq!(verdicts, ["Wrong Answer", "Accepted", "Accepted"]);
    }

    #[test]
    fn an_overlong_line_is_skipped_whole() {
        let record = serde_json::to_string(&submit("lc300", "Accepted")).unwrap();
        let long = "x".repeat(MAX_LINE as usize + 10);
        let log = parse(format!("{long}\n{record}\n{record}\n{long}").as_bytes(), Scope::All);
        assert_eq!(log.records.len(), 2);
        assert_eq!(log.skipped.invalid, vec![1]);
        assert!(log.skipped.torn_tail);
    }

    #[test]
    fn bad_lines_newer_versions_and_unknown_events_are_not_fatal() {
        let text = concat!(
            r#"{"v":1,"ts":"2026-01-02T03:04:05+08:00","event":"pick","problem":"lc300"}"#,
            "\n",
            "not json\n",
            r#"{"v":2,"ts":"2026-01-02T03:04:05Z","event":"pick","problem":"lc300"}"#,
            "\n",
            r#"{"v":1,"ts":"2026-01-02T03:04:06Z","event":"hint","problem":"lc300","extra":{"x":1}}"#,
            "\n\n"
        );
        let log = parse(text.as_bytes(), Scope::All);
        assert_eq!(log.records.len(), 2);
        assert_eq!(log.records[1].event, Event::Unknown);
        assert_eq!(log.skipped.invalid, vec![2]);
        assert_eq!(log.skipped.newer, 1);
        assert!(!log.skipped.torn_tail);
    }

    #[test]
    fn reading_one_problem_filters_exactly() {
        let mut mock = Record::new(Event::Mock, None);
        mock.mock = Some(Box::new(MockSet {
            list: "bytedance".into(),
            problems: vec!["lc300".into(), "lc54".into()],
            minutes: 45,
        }));
        let lines: Vec<String> = [
            submit("lc3", "Accepted"),
            submit("lc300", "Accepted"),
            submit("lc30", "Accepted"),
            mock,
        ]
        .iter()
        .map(|r| serde_json::to_string(r).unwrap() + "\n")
        .collect();
        let log = parse(lines.concat().as_bytes(), Scope::Problem("lc300"));
        assert_eq!(log.records.len(), 2);
        assert!(log.records.iter().all(|r| r.concerns("lc300")));
    }

    #[test]
    fn threads_appending_at_once_lose_nothing() {
        let (_dir, history) = temp_history();
        let path = history.path.clone();
        std::thread::scope(|s| {
            for t in 0..8 {
                let path = path.clone();
                s.spawn(move || {
                    let history = History::new(path);
                    for i in 0..50 {
                        append(&history, vec![submit(&format!("t{t}"), &format!("{i}"))]);
                    }
                });
            }
        });
        let log = parse(&std::fs::read(&path).unwrap(), Scope::All);
        assert_eq!(log.skipped, Skipped::default());
        assert_eq!(log.records.len(), 400);
        for t in 0..8 {
            let mine: Vec<String> = log
                .records
                .iter()
                .filter(|r| r.problem.as_deref() == Some(&format!("t{t}")))
                .map(|r| r.verdict.clone().unwrap())
                .collect();
            let expected: Vec<String> = (0..50).map(|i| i.to_string()).collect();
            assert_eq!(mine, expected, "appends of one writer stay in order");
        }
    }
}
