//! Reading a solution file safely and checking it for banned APIs before anything compiles.

use crate::catalog::Banned;
use crate::files::{self, Refusal};
use anyhow::{bail, Result};
use std::path::Path;

/// Largest solution file drill accepts.
pub const MAX_SOURCE_BYTES: u64 = 1 << 20;

/// Reads a solution, refusing what cannot be one: missing, not a regular file (a directory, or a
/// device or pipe, which could block or never end), empty, over 1 MiB, or not UTF-8. Each refusal
/// is a one-line error naming the file.
pub fn read_solution(path: &Path) -> Result<String> {
    let shown = path.display();
    let text = match files::read_text(path, MAX_SOURCE_BYTES) {
        Ok(text) => text,
        Err(Refusal::Missing) => bail!("{shown} does not exist (run `drill pick <id>` to create it)"),
        Err(r @ Refusal::TooLarge(_)) => bail!("{shown} {r}; solutions are limited to 1 MiB"),
        Err(r @ Refusal::NotRegular(_)) => bail!("{shown} {r}; save the solution to a file and pass its path"),
        Err(r) => bail!("{shown} {r}"),
    };
    if text.trim().is_empty() {
        bail!("{shown} is empty; write your solution in it first");
    }
    Ok(text)
}

/// The first banned API the code calls, looking only at code (not comments or strings): a
/// method call `.name` or a path `…::name` (`f64::sqrt`, `<f64>::sqrt`). A helper of the
/// user's own with that name stays allowed when called plainly or as `Self::name`.
pub fn find_banned<'a>(source: &str, banned: &'a [Banned]) -> Option<&'a Banned> {
    if banned.is_empty() {
        return None;
    }
    let code = strip_comments_and_strings(source);
    let tokens = tokenize(&code);
    for (i, tok) in tokens.iter().enumerate() {
        let Some(b) = banned.iter().find(|b| b.name == *tok) else {
            continue;
        };
        let before = |k: usize| i.checked_sub(k).map(|j| tokens[j].as_str());
        if before(1) == Some("fn") {
            continue;
        }
        let own_helper = tokens.windows(2).any(|w| w[0] == "fn" && w[1] == b.name) && matches!(before(2), Some("Self" | "Solution"));
        if before(1) == Some(".") || (before(1) == Some("::") && !own_helper) {
            return Some(b);
        }
    }
    None
}

/// Identifiers and the punctuation `.` and `::`; everything else is a separator.
fn tokenize(code: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(chars[start..i].iter().collect());
            continue;
        }
        if c == ':' && chars.get(i + 1) == Some(&':') {
            tokens.push("::".into());
            i += 2;
            continue;
        }
        if c == '.' {
            tokens.push(".".into());
        } else if !c.is_whitespace() {
            tokens.push(c.to_string());
        }
        i += 1;
    }
    tokens
}

/// Replaces comments (line, nested block) and string/char literals (including raw strings)
/// with spaces, keeping everything else.
fn strip_comments_and_strings(src: &str) -> String {
    let s: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        let next = s.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == '/' && s.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && s.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !prev_is_ident(&s, i) {
            let mut j = i + 1;
            let mut hashes = 0;
            while s.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if s.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match s.get(j) {
                    None => break,
                    Some('"') if (1..=hashes).all(|k| s.get(j + k) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    _ => j += 1,
                }
            }
            i = j;
            out.push(' ');
        } else if c == '"' {
            i += 1;
            while i < s.len() && s[i] != '"' {
                i += if s[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(' ');
        } else if c == '\'' && is_char_literal(&s, i) {
            i += 1;
            while i < s.len() && s[i] != '\'' {
                i += if s[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(' ');
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(s: &[char], i: usize) -> bool {
    i > 0 && (s[i - 1].is_alphanumeric() || s[i - 1] == '_')
}

/// `'x'` or `'\n'` rather than a lifetime `'a`.
fn is_char_literal(s: &[char], i: usize) -> bool {
    matches!((s.get(i + 1), s.get(i + 2)), (Some('\\'), _) | (Some(_), Some('\'')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqrt_ban() -> Vec<Banned> {
        vec![Banned {
            name: "sqrt".into(),
            display: "f64::sqrt".into(),
        }]
    }

    #[test]
    fn banned_table() {
        #[rustfmt::skip]
        let rows: &[(&str, bool)] = &[
            ("fn f(x: i32) -> i32 { (x as f64).sqrt() as i32 }", true),
            ("fn f(x: f64) -> f64 { f64::sqrt(x) }", true),
            ("fn f(x: f64) -> f64 { std::f64::sqrt(x) }", true),
            ("fn f(x: f64) -> f64 { x . sqrt () }", true),
            ("// x.sqrt() would be easy\nfn f() {}", false),
            ("/* outer /* x.sqrt() */ still comment */ fn f() {}", false),
            ("fn f() { let s = \"x.sqrt()\"; }", false),
            ("fn f() { let s = r#\"x.sqrt() \"quoted\" \"#; }", false),
            ("fn sqrt(x: i64) -> i64 { x } fn g() { Self::sqrt(4); sqrt(4); Solution::sqrt(9); }", false),
            ("fn g(x: f64) -> f64 { <f64>::sqrt(x) }", true),
            ("fn g(x: f64) -> f64 { core::primitive::f64::sqrt(x) }", true),
            ("fn g(v: Vec<f64>) -> Vec<f64> { v.into_iter().map(f64::sqrt).collect() }", true),
            ("fn sqrt(x: f64) -> f64 { x } fn g(x: f64) -> f64 { f64::sqrt(x) }", true),
            ("fn g() { let sqrt = 3; let y = sqrt + 1; }", false),
            ("fn f<'a>(s: &'a str) -> char { 'q' } fn g(x: f64) { x.sqrt(); }", true),
            ("fn f() { let c = '\\''; let y = 2.0f64.sqrt(); }", true),
        ];
        for (src, want) in rows {
            assert_eq!(find_banned(src, &sqrt_ban()).is_some(), *want, "{src}");
        }
    }
}
