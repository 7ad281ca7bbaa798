//! Noticing that the linker has written the program before rustc exits: rustc then still reads
//! the program back, removes its temp files and frees its memory, 8–17 ms in which the tests can
//! already run.

use nix::poll::{poll, PollFd, PollFlags};
use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify};
use std::ffi::OsString;
use std::os::fd::AsFd;
use std::path::Path;

/// An inotify watch on the directory a program is linked into.
pub struct LinkWatch {
    inotify: Inotify,
    name: OsString,
}

impl LinkWatch {
    /// Watches for `program` to be written; None where inotify is not available (then rustc's
    /// exit is what counts).
    pub fn start(program: &Path) -> Option<LinkWatch> {
        let inotify = Inotify::init(InitFlags::IN_CLOEXEC | InitFlags::IN_NONBLOCK).ok()?;
        inotify.add_watch(program.parent()?, AddWatchFlags::IN_CLOSE_WRITE).ok()?;
        Some(LinkWatch {
            inotify,
            name: program.file_name()?.to_owned(),
        })
    }

    /// Waits until the program is written (true), or `gave_up` holds (false). A linker closes
    /// the program once, complete: lld after renaming its temp file into place, GNU ld after
    /// writing it in place. Until then nothing can execute it (it is open for writing).
    pub fn wait(&self, gave_up: impl Fn() -> bool) -> bool {
        loop {
            if let Ok(events) = self.inotify.read_events() {
                if events.iter().any(|e| e.name.as_ref() == Some(&self.name)) {
                    return true;
                }
            }
            if gave_up() {
                return false;
            }
            let mut fds = [PollFd::new(self.inotify.as_fd(), PollFlags::POLLIN)];
            let _ = poll(&mut fds, 2u16);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::atomic::{AtomicBool, Ordering};

    fn setup() -> (tempfile::TempDir, std::path::PathBuf, LinkWatch) {
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("solution");
        let watch = LinkWatch::start(&program).expect("inotify works here");
        (dir, program, watch)
    }

    #[test]
    fn a_program_written_in_place_is_seen() {
        let (_dir, program, watch) = setup();
        std::fs::write(&program, b"\x7fELF").unwrap();
        assert!(watch.wait(|| false));
    }

    #[test]
    fn a_program_renamed_into_place_and_then_closed_is_seen() {
        // lld's order: write a temp file, rename it to the program, close it.
        let (dir, program, watch) = setup();
        let temp = dir.path().join("solution.tmp1234");
        let mut file = std::fs::File::create(&temp).unwrap();
        file.write_all(b"\x7fELF").unwrap();
        std::fs::rename(&temp, &program).unwrap();
        drop(file);
        assert!(watch.wait(|| false));
    }

    #[test]
    fn other_files_do_not_count_and_waiting_ends_when_given_up() {
        let (dir, _program, watch) = setup();
        std::fs::write(dir.path().join("solution.solution.cgu.0.rcgu.o"), b"obj").unwrap();
        std::fs::write(dir.path().join("solution.tmp1234"), b"tmp").unwrap();
        let done = AtomicBool::new(false);
        std::thread::scope(|s| {
            s.spawn(|| {
                std::thread::sleep(std::time::Duration::from_millis(20));
                done.store(true, Ordering::SeqCst);
            });
            assert!(!watch.wait(|| done.load(Ordering::SeqCst)));
        });
    }
}
