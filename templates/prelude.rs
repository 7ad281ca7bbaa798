//! drill_prelude: the precompiled half of every judged program.
//!
//! drill compiles this file once per rustc version into `libdrill_prelude.rlib` (kept in the build
//! cache) and links each solution against it, so the per-submission compile only sees the user's
//! code and a few lines of generated driver. It owns the harness protocol:
//!
//! * stdin: a header line `<cases> <memory limit in bytes> <arity> [<stack bytes>]` (no stack
//!   field: [`SOLUTION_STACK`]), then one line of compact JSON per argument per case, or `=` for
//!   "the same as the previous case's";
//! * fd 3 (the result channel, never the user's stdout): `ok <case> <nanos> <json>`,
//!   `panic <case> <json message>`, `mle`, and finally `end <peak rss kb above the start>`;
//! * stdout: the user's own prints, with a `\x1ecase <n>` marker line before each case so the judge
//!   can show each case's output beside it.
#![allow(clippy::all)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::os::fd::FromRawFd;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Stack of the thread that runs the solution unless the header names one: LeetCode-sized, so
/// deep recursion works. A tier may ask for less (e.g. 8 MiB) to require iterative solutions.
const SOLUTION_STACK: usize = 256 << 20;

// ---------------------------------------------------------------- memory accounting

static HEAP_USED: AtomicUsize = AtomicUsize::new(0);
static HEAP_LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);

/// Counts live heap bytes so that passing the memory limit is a Memory Limit Exceeded verdict
/// rather than an abort the judge would have to guess about.
struct Accounting;

unsafe impl GlobalAlloc for Accounting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        reserve(layout.size());
        let p = System.alloc(layout);
        if p.is_null() {
            memory_exceeded();
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        reserve(layout.size());
        let p = System.alloc_zeroed(layout);
        if p.is_null() {
            memory_exceeded();
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        HEAP_USED.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            reserve(new_size - layout.size());
        }
        let p = System.realloc(ptr, layout, new_size);
        if p.is_null() {
            memory_exceeded();
        }
        if new_size < layout.size() {
            HEAP_USED.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Accounting = Accounting;

fn reserve(size: usize) {
    let before = HEAP_USED.fetch_add(size, Ordering::Relaxed);
    if before.saturating_add(size) > HEAP_LIMIT.load(Ordering::Relaxed) {
        memory_exceeded();
    }
}

/// Reports Memory Limit Exceeded on the channel without allocating, then aborts. The case is
/// the first one without a result line.
fn memory_exceeded() -> ! {
    let mut channel = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(3) });
    let _ = channel.write_all(b"mle\n");
    std::process::abort();
}

// ---------------------------------------------------------------- decoding arguments

/// A cursor over one argument's text: LeetCode's encodings, a subset of JSON (no objects).
/// Values are decoded straight from the bytes, without an intermediate tree.
///
/// Big arguments (10^6 numbers, 1000x1000 grids) make decoding the bulk of a run, so the text
/// the judge writes, compact JSON, is first read by the fast [`Decode::compact`]; the parser
/// decodes whatever that declines (whitespace, escapes, bad values) from the start, and says
/// where the text is wrong.
pub struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    // Failing passes on the parser's fields, not the parser, so that it does not escape and the
    // optimiser can keep the position in a register.
    #[inline(always)]
    fn fail(&self, what: &str) -> ! {
        bad_argument(self.s, self.i, what)
    }
    #[inline]
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(u8::is_ascii_whitespace) {
            self.i += 1;
        }
    }
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.get(self.i).copied()
    }
    #[inline]
    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    #[inline]
    fn expect(&mut self, b: u8) {
        if !self.eat(b) {
            self.fail((b as char).encode_utf8(&mut [0; 4]));
        }
    }
    #[inline]
    fn word(&mut self, w: &str) -> bool {
        self.ws();
        if self.s[self.i..].starts_with(w.as_bytes()) {
            self.i += w.len();
            true
        } else {
            false
        }
    }
    /// The text of a number token (ASCII).
    #[inline]
    fn number(&mut self) -> &'a [u8] {
        self.ws();
        let start = self.i;
        self.i += number_len(&self.s[start..]);
        if start == self.i {
            self.fail("a number");
        }
        &self.s[start..self.i]
    }
    #[inline]
    fn int(&mut self) -> i64 {
        self.ws();
        let mut rest = &self.s[self.i..];
        match compact_int(&mut rest) {
            Some(v) => {
                self.i = self.s.len() - rest.len();
                v
            }
            None => self.long_int(),
        }
    }
    /// [`Parser::int`] for what [`compact_int`] declines: no digits, or more than 18.
    #[cold]
    fn long_int(&mut self) -> i64 {
        let start = self.i;
        let first = start + (self.s.get(start) == Some(&b'-')) as usize;
        let end = first + self.s[first..].iter().take_while(|c| c.is_ascii_digit()).count();
        if end == first {
            self.fail("an integer");
        }
        self.i = end;
        std::str::from_utf8(&self.s[start..end])
            .ok()
            .and_then(|t| t.parse().ok())
            .unwrap_or_else(|| self.fail("an integer in range"))
    }
    fn string(&mut self) -> String {
        self.expect(b'"');
        let mut out = Vec::new();
        loop {
            // Up to the next quote or escape in one go.
            let rest = &self.s[self.i..];
            let Some(n) = rest.iter().position(|&c| c == b'"' || c == b'\\') else {
                self.i = self.s.len();
                self.fail("a closing quote")
            };
            out.extend_from_slice(&rest[..n]);
            self.i += n + 1;
            if rest[n] == b'"' {
                return String::from_utf8(out).unwrap_or_else(|_| self.fail("UTF-8"));
            }
            let e = *self.s.get(self.i).unwrap_or_else(|| self.fail("an escape"));
            self.i += 1;
            let ch = match e {
                b'n' => '\n',
                b't' => '\t',
                b'r' => '\r',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'u' => {
                    let hex = self.s.get(self.i..self.i + 4).and_then(|h| std::str::from_utf8(h).ok()).unwrap_or_else(|| self.fail("4 hex digits"));
                    self.i += 4;
                    char::from_u32(u32::from_str_radix(hex, 16).unwrap_or_else(|_| self.fail("4 hex digits"))).unwrap_or('\u{fffd}')
                }
                other => other as char,
            };
            out.extend_from_slice(ch.encode_utf8(&mut [0u8; 4]).as_bytes());
        }
    }
    /// `[a,b,…]`, each element decoded by `item`.
    #[inline]
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> T) -> Vec<T> {
        self.expect(b'[');
        let mut out = Vec::new();
        if self.eat(b']') {
            return out;
        }
        loop {
            out.push(item(self));
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return out;
                }
                _ => self.fail(","),
            }
        }
    }
}

#[cold]
#[inline(never)]
fn bad_argument(s: &[u8], i: usize, what: &str) -> ! {
    panic!("drill harness: bad argument: expected {what} at byte {i} of {:?}", String::from_utf8_lossy(&s[..s.len().min(80)]))
}

// The fast path: each reads a value written the judge's way from the front of `text` and moves
// `text` past it, or returns None (`text` then anywhere) to leave the argument to the parser.

/// Whether `c` can be part of a number token.
#[inline]
fn number_char(c: &u8) -> bool {
    matches!(c, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
}

/// The length of the number token at the start of `t`.
#[inline]
fn number_len(t: &[u8]) -> usize {
    t.iter().take_while(|c| number_char(c)).count()
}

/// Appends the digits at `t[*i..]` to `value` (wrapping), moving `i` past them; how many.
#[inline(always)]
fn digits(t: &[u8], i: &mut usize, value: &mut u64) -> usize {
    let start = *i;
    while let Some(d) = t.get(*i).map(|c| c.wrapping_sub(b'0')).filter(|d| *d <= 9) {
        *value = value.wrapping_mul(10).wrapping_add(d as u64);
        *i += 1;
    }
    *i - start
}

/// How many of the 8 bytes `bytes` (in memory order) are digits before any other byte, and
/// their value: all at once (SWAR) rather than one by one.
#[inline(always)]
fn eight_digits(bytes: u64) -> (usize, u64) {
    let d = bytes.wrapping_sub(0x3030_3030_3030_3030);
    // A byte below '0' sets its top bit in `d`, one above '9' in the sum. (Beyond the first
    // such byte, borrows and carries may mark more, which does not matter.)
    let non_digits = (d | bytes.wrapping_add(0x4646_4646_4646_4646)) & 0x8080_8080_8080_8080;
    let n = non_digits.trailing_zeros() / 8;
    // The n digit values shifted up to the top bytes (zeros before them), the first digit
    // lowest; then combined in pairs, fours, and all eight. (No digits: a value never used.)
    let d = d.wrapping_shl(64 - 8 * n);
    let d = (d.wrapping_mul(10) + (d >> 8)) & 0x00ff_00ff_00ff_00ff;
    let d = (d.wrapping_mul(100) + (d >> 16)) & 0x0000_ffff_0000_ffff;
    let d = (d.wrapping_mul(10_000) + (d >> 32)) & 0xffff_ffff;
    (n as usize, d)
}

/// `[-]digits`, at most 18 of them (which cannot overflow).
#[inline(always)]
fn compact_int(text: &mut &[u8]) -> Option<i64> {
    let negative = text.first() == Some(&b'-');
    let (mut len, mut magnitude) = (negative as usize, 0);
    // Most numbers fit in the next eight bytes (when eight are left); longer ones go on by digit.
    let n = match text.get(len..len + 8) {
        Some(chunk) => {
            let (n, value) = eight_digits(u64::from_le_bytes(chunk.try_into().unwrap()));
            len += n;
            magnitude = value;
            if n < 8 {
                n
            } else {
                n + digits(text, &mut len, &mut magnitude)
            }
        }
        None => digits(text, &mut len, &mut magnitude),
    };
    if !(1..=18).contains(&n) {
        return None;
    }
    *text = &text[len..];
    let magnitude = magnitude as i64;
    Some(if negative { -magnitude } else { magnitude })
}

/// A float written `[-]digits[.digits]` with at most 15 digits, the usual case, and its length;
/// None for any other number. Without `str::parse`: the digits and the power of ten are both
/// exact in an f64, so one division gives the correctly rounded value, the same as `parse`
/// (whose own fast path this is).
#[inline(always)]
fn plain_float(t: &[u8]) -> Option<(f64, usize)> {
    let negative = t.first() == Some(&b'-');
    let (mut len, mut value) = (negative as usize, 0);
    let whole = digits(t, &mut len, &mut value);
    let mut decimals = 0;
    if t.get(len) == Some(&b'.') {
        len += 1;
        decimals = digits(t, &mut len, &mut value);
        if decimals == 0 {
            return None;
        }
    }
    if whole == 0 || whole + decimals > 15 || t.get(len).is_some_and(number_char) {
        return None;
    }
    const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let v = value as f64 / POW10[decimals];
    Some((if negative { -v } else { v }, len))
}

/// The float at the start of `t` and its length: [`plain_float`], or else `str::parse`.
#[inline(always)]
fn float(t: &[u8]) -> Option<(f64, usize)> {
    plain_float(t).or_else(|| parsed_float(t))
}

#[cold]
fn parsed_float(t: &[u8]) -> Option<(f64, usize)> {
    let len = number_len(t);
    Some((std::str::from_utf8(&t[..len]).ok()?.parse().ok()?, len))
}

/// `literal`, moving past it.
#[inline]
fn compact_literal(text: &mut &[u8], literal: &str) -> bool {
    match text.strip_prefix(literal.as_bytes()) {
        Some(rest) => {
            *text = rest;
            true
        }
        None => false,
    }
}

/// `"…"` without escapes.
#[inline]
fn compact_str<'a>(text: &mut &'a [u8]) -> Option<&'a str> {
    let t = text.strip_prefix(b"\"")?;
    let n = t.iter().position(|&c| c == b'"' || c == b'\\')?;
    if t[n] != b'"' {
        return None;
    }
    *text = &t[n + 1..];
    std::str::from_utf8(&t[..n]).ok()
}

/// `[a,b,…]` without whitespace.
#[inline]
fn compact_list<T: Decode>(text: &mut &[u8]) -> Option<Vec<T>> {
    let mut t = text.strip_prefix(b"[")?;
    let mut out = Vec::new();
    if let Some(rest) = t.strip_prefix(b"]") {
        *text = rest;
        return Some(out);
    }
    loop {
        out.push(T::compact(&mut t)?);
        match t.split_first()? {
            (b',', rest) => t = rest,
            (b']', rest) => {
                *text = rest;
                return Some(out);
            }
            _ => return None,
        }
    }
}

/// One argument of one case: its JSON line, whether the previous case had the same one (`=`),
/// and whether the next case has.
struct ArgLine {
    line: std::sync::Arc<Vec<u8>>,
    from_previous: bool,
    to_next: bool,
}

/// The arguments of one case, one JSON line each.
pub struct Args {
    lines: std::vec::IntoIter<ArgLine>,
    /// Position of the next argument.
    position: usize,
    /// By position: a decoded copy of an argument the next case repeats. A repeated argument
    /// (many queries on one large array) is decoded once and then cloned, before the timer
    /// starts, instead of being parsed again for every case.
    kept: Vec<Option<Box<dyn std::any::Any>>>,
}

/// A type an argument can be decoded into. Implemented for concrete types only, so that the
/// code lives in this precompiled crate and not in every submission's compile.
pub trait Decode: Sized {
    fn decode(p: &mut Parser) -> Self;
    /// The fast path, for text written the judge's way (see [`Parser`]): the value at the front
    /// of `text`, moving past it, or None to leave the whole argument to `decode`.
    fn compact(text: &mut &[u8]) -> Option<Self>;
    /// The next argument of the case. Every impl defines it through `arg_fn!`, so that it is
    /// compiled here once and not again in every submission (release builds do not share
    /// generic instances across crates).
    fn arg(args: &mut Args) -> Self;
}

/// `Decode::arg` for a concrete type: see [`decode_arg`].
macro_rules! arg_fn {
    () => {
        fn arg(args: &mut Args) -> Self {
            decode_arg(args)
        }
    };
}

/// Decodes the next argument; a repeated argument is taken from the previous case's copy.
fn decode_arg<T: Decode + Clone + 'static>(args: &mut Args) -> T {
    let a = args.lines.next().expect("drill harness: missing argument line");
    let position = args.position;
    args.position += 1;
    if args.kept.len() <= position {
        args.kept.resize_with(position + 1, || None);
    }
    let kept = if a.from_previous { args.kept[position].take() } else { None };
    let v = match kept.and_then(|k| k.downcast::<T>().ok()) {
        Some(k) => *k,
        None => {
            let mut rest = &a.line[..];
            match T::compact(&mut rest) {
                Some(v) if rest.is_empty() => v,
                _ => {
                    let mut p = Parser { s: &a.line, i: 0 };
                    let v = T::decode(&mut p);
                    if p.peek().is_some() {
                        p.fail("the end of the argument");
                    }
                    v
                }
            }
        }
    };
    if a.to_next {
        args.kept[position] = Some(Box::new(v.clone()));
    }
    v
}

macro_rules! decode_int {
    ($($t:ty),*) => {$(
        impl Decode for $t {
            arg_fn!();
            #[inline]
            fn decode(p: &mut Parser) -> Self {
                let v = p.int();
                <$t>::try_from(v).unwrap_or_else(|_| p.fail(concat!("a value that fits ", stringify!($t))))
            }
            #[inline(always)]
            fn compact(text: &mut &[u8]) -> Option<Self> {
                compact_int(text).and_then(|v| <$t>::try_from(v).ok())
            }
        }
    )*};
}
decode_int!(i32, i64, u32, u64, usize);

impl Decode for f64 {
    arg_fn!();
    #[inline]
    fn decode(p: &mut Parser) -> Self {
        let t = p.number();
        float(t).map_or_else(|| p.fail("a float"), |(v, _)| v)
    }
    #[inline(always)]
    fn compact(text: &mut &[u8]) -> Option<Self> {
        let (v, len) = float(text)?;
        *text = &text[len..];
        Some(v)
    }
}

impl Decode for bool {
    arg_fn!();
    #[inline]
    fn decode(p: &mut Parser) -> Self {
        if p.word("true") {
            true
        } else if p.word("false") {
            false
        } else {
            p.fail("true or false")
        }
    }
    #[inline]
    fn compact(text: &mut &[u8]) -> Option<Self> {
        if compact_literal(text, "true") {
            Some(true)
        } else if compact_literal(text, "false") {
            Some(false)
        } else {
            None
        }
    }
}

impl Decode for String {
    arg_fn!();
    #[inline]
    fn decode(p: &mut Parser) -> Self {
        p.string()
    }
    #[inline]
    fn compact(text: &mut &[u8]) -> Option<Self> {
        compact_str(text).map(str::to_owned)
    }
}

impl Decode for char {
    arg_fn!();
    #[inline]
    fn decode(p: &mut Parser) -> Self {
        let s = p.string();
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => c,
            _ => p.fail("a one-character string"),
        }
    }
    /// Grids of one-character strings: `"x"`, an ASCII character (no String).
    #[inline]
    fn compact(text: &mut &[u8]) -> Option<Self> {
        match **text {
            [b'"', c, b'"', ..] if c.is_ascii() && c != b'"' && c != b'\\' => {
                *text = &text[3..];
                Some(c as char)
            }
            _ => None,
        }
    }
}

impl Decode for Option<i32> {
    arg_fn!();
    #[inline]
    fn decode(p: &mut Parser) -> Self {
        if p.word("null") {
            None
        } else {
            Some(i32::decode(p))
        }
    }
    #[inline]
    fn compact(text: &mut &[u8]) -> Option<Self> {
        if compact_literal(text, "null") {
            Some(None)
        } else {
            i32::compact(text).map(Some)
        }
    }
}

macro_rules! decode_vec {
    ($($t:ty),*) => {$(
        impl Decode for Vec<$t> {
            arg_fn!();
            #[inline]
            fn decode(p: &mut Parser) -> Self { p.list(<$t>::decode) }
            #[inline]
            fn compact(text: &mut &[u8]) -> Option<Self> { compact_list(text) }
        }
        impl Decode for Vec<Vec<$t>> {
            arg_fn!();
            fn decode(p: &mut Parser) -> Self { p.list(<Vec<$t>>::decode) }
            fn compact(text: &mut &[u8]) -> Option<Self> { compact_list(text) }
        }
    )*};
}
decode_vec!(i32, i64, f64, bool, char, String, Option<i32>, usize);

// ---------------------------------------------------------------- encoding results

/// A type a result can be written as (compact JSON, LeetCode's encoding).
pub trait Encode {
    fn encode(&self, out: &mut String);
}

macro_rules! encode_int {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, out: &mut String) { let _ = write!(out, "{}", self); }
        }
    )*};
}
encode_int!(i32, i64, u32, u64, usize);

impl Encode for f64 {
    fn encode(&self, out: &mut String) {
        if self.is_finite() {
            let _ = write!(out, "{:?}", self);
        } else {
            let _ = write!(out, "\"{}\"", self);
        }
    }
}

impl Encode for bool {
    fn encode(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl Encode for () {
    fn encode(&self, out: &mut String) {
        out.push_str("null");
    }
}

fn encode_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encode for String {
    fn encode(&self, out: &mut String) {
        encode_str(self, out);
    }
}

impl Encode for char {
    fn encode(&self, out: &mut String) {
        encode_str(self.encode_utf8(&mut [0u8; 4]), out);
    }
}

impl Encode for Option<i32> {
    fn encode(&self, out: &mut String) {
        match self {
            Some(v) => v.encode(out),
            None => out.push_str("null"),
        }
    }
}

fn encode_seq<T: Encode>(items: &[T], out: &mut String) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        item.encode(out);
    }
    out.push(']');
}

macro_rules! encode_vec {
    ($($t:ty),*) => {$(
        impl Encode for Vec<$t> {
            fn encode(&self, out: &mut String) { encode_seq(self, out) }
        }
        impl Encode for Vec<Vec<$t>> {
            fn encode(&self, out: &mut String) { encode_seq(self, out) }
        }
    )*};
}
encode_vec!(i32, i64, f64, bool, char, String, Option<i32>, usize);

// ---------------------------------------------------------------- the case loop

/// What one call of the solution produced: the time inside the call and the encoded result.
pub struct Outcome {
    elapsed: Duration,
    json: String,
}

impl Outcome {
    pub fn new(elapsed: Duration, value: &dyn Encode) -> Outcome {
        let mut json = String::new();
        value.encode(&mut json);
        Outcome { elapsed, json }
    }
}

static PANIC_MESSAGE: Mutex<Option<String>> = Mutex::new(None);

/// Runs every case read from stdin through `case`, on a thread with the header's stack size
/// (LeetCode-sized by default).
pub fn run(case: fn(&mut Args) -> Outcome) {
    let baseline_kb = status_kb("VmRSS:");
    // Lines as bytes, each read once into its own buffer: the parser reads bytes (and checks
    // strings for UTF-8), and a case's lines are freed once decoded.
    let mut stdin = std::io::stdin().lock();
    let mut lines = std::iter::from_fn(|| {
        let mut line = Vec::new();
        match stdin.read_until(b'\n', &mut line) {
            Ok(0) => None,
            Ok(_) => {
                if line.last() == Some(&b'\n') {
                    line.pop();
                    if line.last() == Some(&b'\r') {
                        line.pop();
                    }
                }
                line.shrink_to_fit();
                Some(line)
            }
            Err(e) => panic!("drill harness: unreadable input: {e}"),
        }
    });
    let header = lines.next().expect("drill harness: no header");
    let header = std::str::from_utf8(&header).expect("drill harness: bad header");
    let mut header = header.split_whitespace().map(|w| w.parse::<usize>().expect("drill harness: bad header"));
    let (cases, memory_limit, arity) = (header.next().unwrap(), header.next().unwrap(), header.next().unwrap());
    let stack = header.next().unwrap_or(SOLUTION_STACK);
    // A line `=` repeats the previous case's same argument (many queries on one large input).
    let mut inputs: Vec<Vec<ArgLine>> = Vec::with_capacity(cases);
    for _ in 0..cases {
        let mut case: Vec<ArgLine> = Vec::with_capacity(arity);
        for a in 0..arity {
            let line = lines.next().expect("drill harness: short input");
            case.push(if line == b"=" {
                let previous = &mut inputs.last_mut().expect("drill harness: `=` in the first case")[a];
                previous.to_next = true;
                ArgLine { line: previous.line.clone(), from_previous: true, to_next: false }
            } else {
                ArgLine { line: std::sync::Arc::new(line), from_previous: false, to_next: false }
            });
        }
        inputs.push(case);
    }
    drop(lines);

    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let text = if let Some(s) = payload.downcast_ref::<&str>() {
            s.to_string()
        } else if let Some(s) = payload.downcast_ref::<String>() {
            s.clone()
        } else {
            "Box<dyn Any>".to_string()
        };
        let message = match info.location() {
            Some(l) => format!("{text} (at {}:{}:{})", l.file(), l.line(), l.column()),
            None => text,
        };
        *PANIC_MESSAGE.lock().unwrap_or_else(|e| e.into_inner()) = Some(message);
    }));

    let mut channel = std::io::BufWriter::new(unsafe { std::fs::File::from_raw_fd(3) });
    HEAP_LIMIT.store(HEAP_USED.load(Ordering::Relaxed).saturating_add(memory_limit), Ordering::Relaxed);
    let worker = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let mut kept = Vec::new();
            for (i, input) in inputs.into_iter().enumerate() {
                let mut stdout = std::io::stdout();
                let _ = stdout.flush();
                let _ = writeln!(stdout, "\x1ecase {i}");
                let mut args = Args { lines: input.into_iter(), position: 0, kept: std::mem::take(&mut kept) };
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| case(&mut args)));
                kept = std::mem::take(&mut args.kept);
                let _ = std::io::stdout().flush();
                match result {
                    Ok(outcome) => {
                        let _ = writeln!(channel, "ok {i} {} {}", outcome.elapsed.as_nanos(), outcome.json);
                        let _ = channel.flush();
                    }
                    Err(_) => {
                        let message = PANIC_MESSAGE.lock().unwrap_or_else(|e| e.into_inner()).take().unwrap_or_default();
                        let mut json = String::new();
                        encode_str(&message, &mut json);
                        let _ = writeln!(channel, "panic {i} {json}");
                        break;
                    }
                }
            }
            let _ = channel.write_all(format!("end {}\n", status_kb("VmHWM:").saturating_sub(baseline_kb)).as_bytes());
            let _ = channel.flush();
        })
        .expect("drill harness: cannot start the solution thread");
    let _ = worker.join();
    let _ = std::io::stdout().flush();
}

/// A kB figure of this process from /proc/self/status. VmHWM (peak resident) starts fresh at
/// exec, so it is this program's own; the judge reports it above the VmRSS measured at start,
/// i.e. what the input and the solution used on top of the runtime and shared libraries.
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}
