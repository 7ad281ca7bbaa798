//! A solution's text as `include!` accepts it, for the judge and for the editor workspace's
//! `cargo check` (`workspace::ide` embeds this file in the build script it writes, so it uses
//! nothing but std and has no tests of its own; they are in `judge::harness`).

/// The solution as `include!` accepts it: crate-level inner attributes at its top (say
/// `#![allow(dead_code)]`, which compile in a file of their own) are blanked out, keeping every
/// line where it was so compiler messages still point at the user's lines. The judge's generated
/// crate already allows all warnings.
pub fn includable(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut in_header = true;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if in_header && trimmed.starts_with("#![") && trimmed.trim_end().ends_with(']') {
            out.push_str(&" ".repeat(line.trim_end_matches('\n').len()));
            out.push_str(&line[line.trim_end_matches('\n').len()..]);
            continue;
        }
        if !(trimmed.is_empty() || trimmed.starts_with("//")) {
            in_header = false;
        }
        out.push_str(line);
    }
    out
}
