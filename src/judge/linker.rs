//! Linking without the C compiler driver. rustc links through `cc`, which starts `collect2`,
//! which starts the toolchain's `ld.lld` wrapper, which starts `rust-lld`: three program starts
//! before the real linker, 5–10 ms of every submission. drill asks `cc -###` once per toolchain
//! which linker line it would run and keeps what `cc` adds to rustc's own (start and end files,
//! the dynamic loader, library paths); rustc then calls `rust-lld` with those itself. A link
//! that fails this way is tried again through `cc` (see `build`).

use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The object `cc -###` is asked to link; only its place in the line matters.
const PROBE_OBJECT: &str = "drill-link-probe.o";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DirectLink {
    /// The toolchain's own lld, `<sysroot>/lib/rustlib/<host>/bin/rust-lld`.
    pub lld: PathBuf,
    /// What `cc` adds to a link, in its order: start files, the dynamic loader, search paths,
    /// end files.
    pub args: Vec<String>,
}

/// What `cc` adds to rustc's linker line (see [`DirectLink::args`]), asked with `cc -###`.
pub fn cc_additions() -> Option<Vec<String>> {
    // The flags rustc gives `cc` for an executable that decide the start files.
    let out = Command::new("cc")
        .args(["-###", "-m64", "-pie", "-nodefaultlibs", PROBE_OBJECT, "-o", "drill-link-probe"])
        .current_dir("/")
        .output()
        .ok()?;
    added_args(&String::from_utf8_lossy(&out.stderr))
}

impl DirectLink {
    /// The direct link for the toolchain whose target libraries are in `target_libdir`, if it
    /// ships `rust-lld`.
    pub fn new(target_libdir: &Path, cc_additions: Vec<String>) -> Option<DirectLink> {
        let lld = target_libdir.parent()?.join("bin").join("rust-lld");
        lld.is_file().then_some(DirectLink { lld, args: cc_additions })
    }

    /// rustc's arguments for linking with `rust-lld`, the program's rpath set to `rpath`.
    /// rustc puts link args after its own: `cc`'s start files come after the program's objects,
    /// which lld accepts (no Rust object contributes to `.init`, and unwinding reads
    /// `.eh_frame_hdr`).
    pub fn rustc_args(&self, rpath: &Path) -> Vec<OsString> {
        let mut linker = OsString::from("linker=");
        linker.push(&self.lld);
        // One thread: lld's pool costs more than it saves on a program this small.
        let mut args: Vec<OsString> = vec!["-C".into(), linker, "-C".into(), "linker-flavor=ld.lld".into()];
        args.extend(["-C".into(), "link-arg=--threads=1".into()]);
        let mut rpath_arg = OsString::from("link-arg=");
        rpath_arg.push(rpath);
        args.extend(["-C".into(), "link-arg=-rpath".into(), "-C".into(), rpath_arg]);
        for arg in &self.args {
            args.extend(["-C".into(), format!("link-arg={arg}").into()]);
        }
        args
    }

    /// The files and directories the link reads besides the toolchain: the start files and the
    /// library search paths.
    pub fn reads(&self) -> Vec<PathBuf> {
        self.args
            .iter()
            .filter_map(|a| match a.strip_prefix("-L") {
                Some(dir) => Some(PathBuf::from(dir)),
                None => a.ends_with(".o").then(|| PathBuf::from(a)),
            })
            .collect()
    }

    /// Whether the start files are still where `cc` said (a compiler upgrade moves them).
    pub fn intact(&self) -> bool {
        self.lld.is_file() && self.args.iter().filter(|a| a.ends_with(".o")).all(|a| Path::new(a).is_file())
    }
}

/// From `cc -###`'s output, the arguments of the linker line that `cc` added: everything but
/// the program, the LTO plugin, the output and the probe object. `None` unless the line names
/// a dynamic loader and a `crt1.o` (gcc's `Scrt1.o`, `crt1.o`): without them the program
/// would not start.
fn added_args(text: &str) -> Option<Vec<String>> {
    // Commands are printed indented; the linker's is the last to name the object.
    let line = text.lines().rev().find(|l| l.starts_with(' ') && l.contains(PROBE_OBJECT))?;
    let mut added = Vec::new();
    let mut words = words(line)?.into_iter().skip(1);
    while let Some(w) = words.next() {
        match w.as_str() {
            "-plugin" | "-o" => {
                words.next();
            }
            _ if w.starts_with("-plugin-opt=") || w == PROBE_OBJECT => {}
            _ => added.push(w),
        }
    }
    let has_loader = added.iter().any(|a| a == "-dynamic-linker");
    let has_start = added.iter().any(|a| a.ends_with("crt1.o"));
    (has_loader && has_start).then_some(added)
}

/// The words of a `-###` line, as a shell splits them: separated by spaces, a word in double
/// quotes where it holds special characters, `\` escaping the next character.
fn words(line: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return Some(words);
        }
        let (mut word, mut quoted) = (String::new(), false);
        while let Some(c) = chars.next() {
            match c {
                '"' => quoted = !quoted,
                '\\' => word.push(chars.next()?),
                c if c.is_whitespace() && !quoted => break,
                c => word.push(c),
            }
        }
        if quoted {
            return None;
        }
        words.push(word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GCC: &str = r#"Using built-in specs.
COLLECT_GCC=cc
Target: x86_64-linux-gnu
 /usr/lib/gcc/x86_64-linux-gnu/12/collect2 -plugin /usr/lib/gcc/x86_64-linux-gnu/12/liblto_plugin.so "-plugin-opt=/usr/lib/gcc/x86_64-linux-gnu/12/lto-wrapper" "-plugin-opt=-fresolution=/tmp/cc1.res" --build-id --eh-frame-hdr -m elf_x86_64 "--hash-style=gnu" --as-needed -dynamic-linker /lib64/ld-linux-x86-64.so.2 -pie -o drill-link-probe /usr/lib/gcc/x86_64-linux-gnu/12/../../../x86_64-linux-gnu/Scrt1.o /usr/lib/x86_64-linux-gnu/crti.o /usr/lib/gcc/x86_64-linux-gnu/12/crtbeginS.o -L/usr/lib/gcc/x86_64-linux-gnu/12 -L/lib/x86_64-linux-gnu drill-link-probe.o /usr/lib/gcc/x86_64-linux-gnu/12/crtendS.o /usr/lib/x86_64-linux-gnu/crtn.o
COLLECT_GCC_OPTIONS='-m64' '-pie' '-nodefaultlibs' '-o' 'drill-link-probe' '-mtune=generic' '-march=x86-64'
"#;

    #[test]
    fn gccs_linker_line_keeps_start_files_loader_and_paths_in_order() {
        let args = added_args(GCC).expect("a usable line");
        assert_eq!(
            args,
            [
                "--build-id",
                "--eh-frame-hdr",
                "-m",
                "elf_x86_64",
                "--hash-style=gnu",
                "--as-needed",
                "-dynamic-linker",
                "/lib64/ld-linux-x86-64.so.2",
                "-pie",
                "/usr/lib/gcc/x86_64-linux-gnu/12/../../../x86_64-linux-gnu/Scrt1.o",
                "/usr/lib/x86_64-linux-gnu/crti.o",
                "/usr/lib/gcc/x86_64-linux-gnu/12/crtbeginS.o",
                "-L/usr/lib/gcc/x86_64-linux-gnu/12",
                "-L/lib/x86_64-linux-gnu",
                "/usr/lib/gcc/x86_64-linux-gnu/12/crtendS.o",
                "/usr/lib/x86_64-linux-gnu/crtn.o",
            ]
        );
        let link = DirectLink {
            lld: "/t/rust-lld".into(),
            args,
        };
        assert!(link.reads().contains(&PathBuf::from("/usr/lib/x86_64-linux-gnu/crti.o")));
        assert!(link.reads().contains(&PathBuf::from("/lib/x86_64-linux-gnu")));
        let rustc: Vec<String> = link
            .rustc_args(Path::new("/t/lib"))
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        assert_eq!(rustc[..4], ["-C", "linker=/t/rust-lld", "-C", "linker-flavor=ld.lld"]);
        assert!(
            rustc.windows(3).any(|w| w == ["link-arg=-rpath", "-C", "link-arg=/t/lib"]),
            "{rustc:?}"
        );
        assert!(rustc.contains(&"link-arg=/usr/lib/x86_64-linux-gnu/crtn.o".to_string()));
    }

    #[test]
    fn clangs_quoted_line_and_escapes_are_read() {
        let clang = r#"clang version 16
 "/usr/bin/ld" "-pie" "-dynamic-linker" "/lib64/ld-linux-x86-64.so.2" "-o" "drill-link-probe" "/usr/lib/Scrt1.o" "-L/opt/with \"quote\"" "drill-link-probe.o""#;
        let args = added_args(clang).expect("a usable line");
        assert_eq!(
            args,
            [
                "-pie",
                "-dynamic-linker",
                "/lib64/ld-linux-x86-64.so.2",
                "/usr/lib/Scrt1.o",
                "-L/opt/with \"quote\""
            ]
        );
    }

    #[test]
    fn a_line_without_start_files_or_loader_is_not_used() {
        assert_eq!(added_args(r#" "/usr/bin/ld" "-pie" "/usr/lib/Scrt1.o" "drill-link-probe.o""#), None);
        assert_eq!(
            added_args("COLLECT_GCC_OPTIONS='-o' 'drill-link-probe' -dynamic-linker Scrt1.o"),
            None
        );
        assert_eq!(
            added_args(r#" "/usr/bin/ld" "-dynamic-linker" "/lib/ld.so" "drill-link-probe.o""#),
            None
        );
        assert_eq!(added_args("cc: error: unrecognized option\n"), None);
        assert_eq!(
            added_args(r#" "/usr/bin/ld" "-dynamic-linker" x Scrt1.o "unterminated drill-link-probe.o"#),
            None
        );
    }
}
