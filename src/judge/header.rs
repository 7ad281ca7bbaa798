//! A solution's text as `include!` accepts it, for the judge and for the editor workspace's
//! `cargo check` (`workspace::ide` embeds this file in the build script it writes, so it uses
//! nothing but std, no multi-line string literals, and has no tests of its own; they are in
//! `judge::harness`).

/// The solution as `include!` accepts it, inside the module `solution` of the generated crate.
/// What rustc takes only at the top of a file of its own is blanked out there: crate-level inner
/// attributes (`#![allow(dead_code)]`, over several lines as rustfmt writes them, or several on a
/// line) and inner doc comments (`//!`, `/*! … */`), found among whitespace, a byte order mark and
/// ordinary comments. Blanking puts a space for each character and keeps every line break, so
/// compiler messages still point at the user's lines and columns. The judge's generated crate
/// already allows all warnings. Paths from the crate root (`crate::helper`), which on LeetCode
/// name the solution's own items, are made to go through the module (`crate::solution::helper`;
/// a message about such a line has its columns shifted past the insertion).
pub fn includable(source: &str) -> String {
    crate_paths_into_module(&blank_top(source))
}

/// `source` with its crate-level inner attributes and inner doc comments blanked (see
/// [`includable`]).
fn blank_top(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut kept = 0;
    let mut at = source.strip_prefix('\u{feff}').map_or(0, |_| '\u{feff}'.len_utf8());
    loop {
        at = skip_trivia(source, at);
        let rest = &source[at..];
        let end = if rest.starts_with("//!") {
            rest.find('\n').map_or(source.len(), |n| at + n)
        } else if rest.starts_with("/*!") {
            match block_comment_end(source, at) {
                Some(end) => end,
                None => break,
            }
        } else if rest.starts_with('#') {
            match inner_attribute_end(source, at) {
                Some(end) => end,
                None => break,
            }
        } else {
            break;
        };
        out.push_str(&source[kept..at]);
        out.extend(source[at..end].chars().map(|c| if c == '\n' || c == '\r' { c } else { ' ' }));
        kept = end;
        at = end;
    }
    out.push_str(&source[kept..]);
    out
}

/// Every `crate::` path (not `$crate::`, not `pub(crate)`) as `crate::solution::`.
fn crate_paths_into_module(source: &str) -> String {
    let code = code_only(source);
    let mut out = String::with_capacity(source.len());
    let mut kept = 0;
    for (at, _) in code.match_indices("crate") {
        let word = |c: char| c.is_alphanumeric() || c == '_';
        let after = &code[at + "crate".len()..];
        if code[..at].chars().next_back().is_some_and(|c| word(c) || c == '$') || after.starts_with(word) {
            continue;
        }
        let gap = after.len() - after.trim_start().len();
        if after[gap..].starts_with("::") {
            let insert = at + "crate".len() + gap + "::".len();
            out.push_str(&source[kept..insert]);
            out.push_str("solution::");
            kept = insert;
        }
    }
    out.push_str(&source[kept..]);
    out
}

/// `source` with comments and string, byte string and character literals (raw ones too) blanked
/// byte for byte, line breaks kept: what is left is code, at the same offsets.
pub fn code_only(source: &str) -> String {
    let bytes = source.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        let end = match bytes[i] {
            b'/' if source[i..].starts_with("//") => source[i..].find('\n').map_or(bytes.len(), |n| i + n),
            b'/' if source[i..].starts_with("/*") => block_comment_end(source, i).unwrap_or(bytes.len()),
            b'"' => string_end(source, i + 1).unwrap_or(bytes.len()),
            b'r' if raw_string_start(source, i) => raw_string_end(source, i + 1).unwrap_or(bytes.len()),
            b'\'' => char_end(source, i + 1),
            _ => {
                i += 1;
                continue;
            }
        };
        for b in &mut out[i..end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        i = end;
    }
    // Blanked stretches start and end at ASCII bytes, so the text stays UTF-8.
    String::from_utf8_lossy(&out).into_owned()
}

/// Past whitespace and ordinary (not doc) comments from `at`.
fn skip_trivia(s: &str, mut at: usize) -> usize {
    loop {
        let rest = &s[at..];
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        let doc = trimmed.starts_with("//!")
            || trimmed.starts_with("/*!")
            || (trimmed.starts_with("///") && !trimmed.starts_with("////"))
            || (trimmed.starts_with("/**") && !trimmed.starts_with("/**/") && !trimmed.starts_with("/***"));
        if doc {
            return at;
        } else if trimmed.starts_with("//") {
            at = trimmed.find('\n').map_or(s.len(), |n| at + n);
        } else if trimmed.starts_with("/*") {
            match block_comment_end(s, at) {
                Some(end) => at = end,
                None => return at,
            }
        } else {
            return at;
        }
    }
}

/// The end of the (nested) block comment that starts at `at`, if it is closed.
fn block_comment_end(s: &str, at: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let (mut depth, mut i) = (0usize, at);
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// The end of the inner attribute `#![…]` (whitespace and comments allowed between its tokens)
/// that starts at `at`, if that is one and its brackets close. Brackets inside string and
/// character literals and comments do not count.
fn inner_attribute_end(s: &str, at: usize) -> Option<usize> {
    let bang = skip_trivia(s, at + 1);
    if !s[bang..].starts_with('!') {
        return None;
    }
    let open = skip_trivia(s, bang + 1);
    if !s[open..].starts_with('[') {
        return None;
    }
    let bytes = s.as_bytes();
    let (mut depth, mut i) = (0usize, open);
    while i < bytes.len() {
        match bytes[i] {
            b'[' | b'(' | b'{' => depth += 1,
            b']' | b')' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return (bytes[i] == b']').then_some(i + 1);
                }
            }
            b'"' => i = string_end(s, i + 1)? - 1,
            b'r' if raw_string_start(s, i) => i = raw_string_end(s, i + 1)? - 1,
            b'\'' => i = char_end(s, i + 1) - 1,
            b'/' if s[i..].starts_with("//") => i = s[i..].find('\n').map(|n| i + n)? - 1,
            b'/' if s[i..].starts_with("/*") => i = block_comment_end(s, i)? - 1,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Past the closing quote of a string literal whose text starts at `from`.
fn string_end(s: &str, from: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Whether the `r` at `at` starts a raw string (`r"…"`, `r#"…"#`, `br"…"`, `cr"…"`), not an
/// identifier.
fn raw_string_start(s: &str, at: usize) -> bool {
    let bytes = s.as_bytes();
    let before = match at {
        0 => None,
        _ if matches!(bytes[at - 1], b'b' | b'c') => at.checked_sub(2).map(|b| bytes[b]),
        _ => Some(bytes[at - 1]),
    };
    let in_identifier = before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
    !in_identifier && s[at + 1..].trim_start_matches('#').starts_with('"')
}

/// Past the end of the raw string whose `#`s and opening quote start at `from`.
fn raw_string_end(s: &str, from: usize) -> Option<usize> {
    let hashes = s[from..].len() - s[from..].trim_start_matches('#').len();
    let body = from + hashes + 1;
    let closing = format!("\"{}", "#".repeat(hashes));
    s[body..].find(&closing).map(|n| body + n + closing.len())
}

/// Past a character literal whose text starts at `from`, or just past the quote of a lifetime.
fn char_end(s: &str, from: usize) -> usize {
    let mut chars = s[from..].chars();
    match (chars.next(), chars.next()) {
        // `'\n'`, `'\''`, `'\u{…}'`: past the escaped character (maybe a quote) to the closing quote.
        (Some('\\'), Some(escaped)) => {
            let body = from + 1 + escaped.len_utf8();
            s[body..].find('\'').map_or(from, |n| body + n + 1)
        }
        (Some(c), Some('\'')) => from + c.len_utf8() + 1,
        _ => from,
    }
}
