//! Reading a solution file safely and checking it for banned APIs before anything compiles.

use super::header;
use crate::catalog::Banned;
use crate::files;
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
        Err(files::Refusal::Missing) => bail!("{shown} does not exist (run `drill pick <id>` to create it)"),
        Err(r @ files::Refusal::TooLarge(_)) => bail!("{shown} {r}; solutions are limited to 1 MiB"),
        Err(r @ files::Refusal::NotRegular(_)) => bail!("{shown} {r}; save the solution to a file and pass its path"),
        Err(r) => bail!("{shown} {r}"),
    };
    if text.trim().is_empty() {
        bail!("{shown} is empty; write your solution in it first");
    }
    Ok(text)
}

/// Why a solution is refused before it compiles, and the line (1-based) that shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub reason: String,
}

/// Attributes that put a function or static under a symbol name or section of the user's
/// choosing: a solution could replace the C library's or the judge's own functions (freeze the
/// clock the judge times calls with) or run code before `main`. LeetCode solutions have no use
/// for them, so the words are refused wherever they stand (a macro can build the attribute).
const LINKAGE_ATTRIBUTES: [&str; 3] = ["no_mangle", "export_name", "link_section"];

/// Types whose inherent methods (`f64::sqrt`) a trait method of the same name cannot shadow.
const PRIMITIVES: [&str; 14] = [
    "f32", "f64", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
];

/// The first reason to refuse `source`, looking only at code (not comments or strings).
///
/// For every problem: a linkage attribute or `global_asm!` (either could replace the judge's
/// own functions), an `extern` block (foreign functions reach around the memory accounting and
/// the banned APIs), and `std::alloc::System` (memory the limit does not count).
///
/// For a problem that bans APIs: a method call `.name(…)`, a path `…::name` (`f64::sqrt`,
/// `<f64>::sqrt`, `f64::sqrt` passed as a value), or a banned name handed to a macro of the
/// user's that builds calls from names (`.$m(…)`, `<f64>::$m(…)`). A field named like a banned
/// API, and a helper of the user's own with that name called plainly or as `Self::name` (or
/// through a struct, enum or trait of the user's), stay allowed — not `Self::name` where the
/// user implements a trait for a primitive, whose inherent method would win. A method call
/// `.name()` is refused even if it is the user's own method: which type it belongs to is not
/// known before compiling.
pub fn refusal(source: &str, banned: &[Banned]) -> Option<Refusal> {
    let tokens = tokenize(&header::code_only(source));
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());
    let before = |i: usize, k: usize| i.checked_sub(k).map_or("", text);
    let defined = |keyword: &str| -> Vec<&str> {
        tokens
            .windows(2)
            .filter(|w| w[0].text == keyword)
            .map(|w| w[1].text.as_str())
            .collect()
    };
    let own_types: Vec<&str> = ["struct", "enum", "trait", "union"].iter().flat_map(|k| defined(k)).collect();
    // `use …alloc…` (a glob, a group or the module itself) can bring `System` in by that name.
    let mut statements = tokens.split(|t| t.text == ";");
    let imports_alloc = statements.any(|s| s.first().is_some_and(|t| t.text == "use") && s.iter().any(|t| t.text == "alloc"));
    let refuse = |tok: &Token, reason: String| Some(Refusal { line: tok.line, reason });
    for (i, tok) in tokens.iter().enumerate() {
        let word = tok.text.as_str();
        if LINKAGE_ATTRIBUTES.contains(&word) || (word == "global_asm" && text(i + 1) == "!") {
            let shown = if word == "global_asm" {
                "global_asm!".to_string()
            } else {
                format!("#[{word}]")
            };
            return refuse(
                tok,
                format!("uses {shown}, which drill does not allow: it could replace the judge's own functions"),
            );
        }
        if word == "extern" && text(i + 1) == "{" {
            return refuse(
                tok,
                "declares foreign functions (an extern block), which drill does not allow: they reach around its memory limit and banned APIs".into(),
            );
        }
        let system_path = before(i, 1) == "::" && before(i, 2) == "alloc";
        let system_imported = imports_alloc && before(i, 1) != "::" && !own_types.contains(&"System");
        if word == "System" && (system_path || system_imported) {
            return refuse(
                tok,
                "uses std::alloc::System, which drill does not allow: memory taken from it is not counted against the memory limit".into(),
            );
        }
    }
    if banned.is_empty() {
        return None;
    }
    let own_fns = defined("fn");
    let impl_for_primitive = tokens
        .windows(2)
        .any(|w| w[0].text == "for" && PRIMITIVES.contains(&w[1].text.as_str()));
    // A macro_rules! body with `.$x` or `::$x`: it can turn a name it is handed into a call.
    let builds_calls = tokens
        .windows(2)
        .any(|w| matches!(w[0].text.as_str(), "." | "::") && w[1].text == "$");
    for (i, tok) in tokens.iter().enumerate() {
        let Some(b) = banned.iter().find(|b| b.name == tok.text) else {
            continue;
        };
        let own_method = before(i, 1) == "." && own_fns.contains(&b.name.as_str());
        let used = match before(i, 1) {
            "fn" => false,
            "." => matches!(text(i + 1), "(" | "::"),
            "::" => {
                let owner = before(i, 2);
                let own_path = matches!(owner, "Solution" | "self" | "super" | "crate")
                    || (owner == "Self" && !impl_for_primitive)
                    || own_types.contains(&owner);
                !(own_fns.contains(&b.name.as_str()) && own_path)
            }
            _ => builds_calls,
        };
        if used {
            return refuse(
                tok,
                if own_method {
                    format!(
                        "uses {}, which this problem bans (a method of your own named `{}` needs another name)",
                        b.display, b.name
                    )
                } else {
                    format!("uses {}, which this problem bans", b.display)
                },
            );
        }
    }
    None
}

/// A token of code and the line it is on.
struct Token {
    text: String,
    line: usize,
}

/// Identifiers (a raw identifier `r#name` as `name`) and punctuation, one character each except
/// `::`; whitespace separates.
fn tokenize(code: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        if c == 'r' && chars.get(i + 1) == Some(&'#') && chars.get(i + 2).is_some_and(|&c| is_ident(c)) {
            i += 2;
            continue;
        }
        if is_ident(c) {
            let start = i;
            while i < chars.len() && is_ident(chars[i]) {
                i += 1;
            }
            tokens.push(Token {
                text: chars[start..i].iter().collect(),
                line,
            });
            continue;
        }
        if c == ':' && chars.get(i + 1) == Some(&':') {
            tokens.push(Token { text: "::".into(), line });
            i += 2;
            continue;
        }
        if c == '\n' {
            line += 1;
        } else if !c.is_whitespace() {
            tokens.push(Token { text: c.to_string(), line });
        }
        i += 1;
    }
    tokens
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
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
            // Fields named like the API, and helpers of one's own reached by a path.
            ("struct B { sqrt: f64 } fn f(b: &B) -> f64 { b.sqrt * 2.0 }", false),
            ("fn sqrt(x: f64) -> f64 { x } fn f(x: f64) -> f64 { self::sqrt(x) }", false),
            ("struct N; impl N { fn sqrt(x: f64) -> f64 { x } } fn f(x: f64) -> f64 { N::sqrt(x) }", false),
            // Literals that hide code from a naive scan, and ones that end where they seem not to.
            ("fn f() { let s = br\"\\\"; let t = \"x.sqrt()\"; }", false),
            ("fn f() { let c = b'\\''; let s = b\"x.sqrt()\"; let r = cr#\"x.sqrt()\"#; }", false),
            // Ways around a plain scan.
            ("fn f(x: f64) -> f64 { (x as f64).r#sqrt() }", true),
            ("macro_rules! call { ($v:expr, $m:ident) => { $v.$m() } } fn f(x: f64) -> f64 { call!(x, sqrt) }", true),
            ("extern \"C\" { fn sqrt(x: f64) -> f64; } fn f(x: f64) -> f64 { unsafe { sqrt(x) } }", true),
            ("unsafe extern \"C\" { fn hypot(x: f64, y: f64) -> f64; }", true),
            ("type F = f64; fn sqrt(x: f64) -> f64 { x } fn f(x: f64) -> f64 { F::sqrt(x) }", true),
            ("trait R { fn sqrt(self) -> f64; } impl R for f64 { fn sqrt(self) -> f64 { self } } fn f(x: f64) -> f64 { Self::sqrt(x) }", true),
            ("macro_rules! call { ($m:ident, $v:expr) => { <f64>::$m($v) } } fn f(x: f64) -> f64 { call!(sqrt, x) }", true),
        ];
        for (src, want) in rows {
            assert_eq!(refusal(src, &sqrt_ban()).is_some(), *want, "{src}");
        }
    }

    #[test]
    fn linkage_attributes_are_refused_for_every_problem() {
        #[rustfmt::skip]
        let rows: &[(&str, bool)] = &[
            ("#[no_mangle] pub unsafe extern \"C\" fn clock_gettime() -> i32 { 0 }", true),
            ("#[unsafe(export_name = \"malloc\")] fn f() {}", true),
            ("#[used] #[link_section = \".init_array\"] static INIT: fn() = f;", true),
            ("#[cfg_attr(all(), no_mangle)] fn f() {}", true),
            ("std::arch::global_asm!(\".globl f\");", true),
            ("// #[no_mangle]\nfn f() { let s = \"#[link_section]\"; }", false),
            ("macro_rules! attr { ($($a:tt)*) => { #[$($a)*] fn clock_gettime() {} } } attr!{ no_mangle }", true),
            ("extern \"C\" { fn calloc(n: usize, size: usize) -> *mut u8; }", true),
            ("use std::alloc::{GlobalAlloc, Layout, System};", true),
            ("fn f() { let p = unsafe { std::alloc::System.alloc(l) }; }", true),
            ("use std::alloc::*;\nfn f() { let p = unsafe { System.alloc(l) }; }", true),
            ("struct System; fn f() -> System { let alloc = 1; System }", false),
            ("enum Kind { System } struct Pool; impl Pool { fn alloc(&self) -> Kind { Kind::System } }", false),
        ];
        for (src, want) in rows {
            assert_eq!(refusal(src, &[]).is_some(), *want, "{src}");
        }
    }

    #[test]
    fn a_refusal_names_the_line_after_multiline_comments_and_strings() {
        let src = "/* a\nb */\nfn f() -> &'static str {\n    \"two\nlines\"\n}\nfn g(x: f64) -> f64 { x.sqrt() }\nstruct N;\nimpl N { fn sqrt(&self) {} }\n";
        let refusal = refusal(src, &sqrt_ban()).unwrap();
        assert_eq!(refusal.line, 7, "{refusal:?}");
        assert!(
            refusal.reason.contains("f64::sqrt") && refusal.reason.contains("another name"),
            "{refusal:?}"
        );
    }
}
