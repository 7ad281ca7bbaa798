//! Reading a file the user controls: only a regular file, and never more than a cap, so that a
//! device, pipe or FIFO named by a path (or a symlink to one) can neither hang drill nor grow its
//! memory without bound.

use std::fmt;
use std::fs::{Metadata, OpenOptions};
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

/// Why a file was not read. Displayed as the rest of a sentence about the file:
/// "lc300.rs is a FIFO, not a regular file".
#[derive(Debug)]
pub enum Refusal {
    /// Nothing is at the path.
    Missing,
    /// Something other than a regular file is: "a directory", "a FIFO", "a character device"….
    NotRegular(&'static str),
    /// The file holds more than the cap, in bytes.
    TooLarge(u64),
    /// Text that is not UTF-8: where the first bad byte is.
    NotUtf8(usize),
    /// The file could not be opened or read.
    Io(std::io::Error),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Missing => f.write_str("does not exist"),
            Refusal::NotRegular(kind) => write!(f, "is {kind}, not a regular file"),
            Refusal::TooLarge(cap) => write!(f, "is over {}", size(*cap)),
            Refusal::NotUtf8(at) => write!(f, "is not valid UTF-8 (byte {at})"),
            Refusal::Io(e) => write!(f, "cannot be read: {e}"),
        }
    }
}

/// A cap for messages: "1 MiB", "64 KiB".
fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{} KiB", bytes >> 10)
    }
}

/// The metadata of the file at `path` (symlinks followed) if it is a regular file. Only
/// metadata is read: a FIFO is refused before anything opens it, which would block.
pub fn regular(path: &Path) -> Result<Metadata, Refusal> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Refusal::Missing,
        _ => Refusal::Io(e),
    })?;
    let kind = meta.file_type();
    let what = if kind.is_file() {
        return Ok(meta);
    } else if kind.is_dir() {
        "a directory"
    } else if kind.is_fifo() {
        "a FIFO (pipe)"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "not a file"
    };
    Err(Refusal::NotRegular(what))
}

/// The contents of the regular file at `path`, if they are at most `cap` bytes. The read itself
/// stops after `cap + 1` bytes, so a file that grows meanwhile is refused, not read whole; it
/// opens without blocking, should the path have become a FIFO since it was checked.
pub fn read(path: &Path, cap: u64) -> Result<Vec<u8>, Refusal> {
    let meta = regular(path)?;
    if meta.len() > cap {
        return Err(Refusal::TooLarge(cap));
    }
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(Refusal::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(cap + 1).read_to_end(&mut bytes).map_err(Refusal::Io)?;
    if bytes.len() as u64 > cap {
        return Err(Refusal::TooLarge(cap));
    }
    Ok(bytes)
}

/// Like [`read`], for text.
pub fn read_text(path: &Path, cap: u64) -> Result<String, Refusal> {
    String::from_utf8(read(path, cap)?).map_err(|e| Refusal::NotUtf8(e.utf8_error().valid_up_to()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_fifos_and_directories_are_refused_without_opening_them() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        nix::unistd::mkfifo(&fifo, nix::sys::stat::Mode::S_IRWXU).unwrap();
        // Opening a FIFO with no writer would block this test forever.
        assert!(matches!(read(&fifo, 10), Err(Refusal::NotRegular("a FIFO (pipe)"))));
        assert!(matches!(
            read(Path::new("/dev/zero"), 10),
            Err(Refusal::NotRegular("a character device"))
        ));
        assert!(matches!(read(dir.path(), 10), Err(Refusal::NotRegular("a directory"))));
        assert!(matches!(read(&dir.path().join("none"), 10), Err(Refusal::Missing)));
    }

    #[test]
    fn the_cap_is_inclusive() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, [b'x'; 10]).unwrap();
        assert_eq!(read(&path, 10).unwrap().len(), 10);
        assert!(matches!(read(&path, 9), Err(Refusal::TooLarge(9))));
        assert_eq!(Refusal::TooLarge(4 << 20).to_string(), "is over 4 MiB");
    }
}
