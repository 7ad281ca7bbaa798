//! Custom inputs (`drill test --case`): the text a user types, as LeetCode's testcase panel takes
//! it, turned into cases and checked against the signature's types and the problem's constraints
//! before anything is compiled.
//!
//! The text is a sequence of JSON values, one per argument, separated by newlines or commas;
//! each may carry the statement's `name =` prefix (`nums = [1,2], target = 3`). Several cases are
//! simply more values: the count must be a multiple of the signature's arity.

use super::{Case, Constraint, Problem, Signature};
use serde_json::Value;
use std::sync::Arc;

/// The types the harness can decode (see `Decode` in templates/prelude.rs), as an input checker.
#[derive(Debug, Clone, PartialEq)]
enum Ty {
    Int {
        name: &'static str,
        min: i128,
        max: i128,
    },
    Float,
    Bool,
    Str,
    Char,
    OptInt,
    List(Box<Ty>),
    /// `Option<Box<ListNode>>`, written as a list of integers.
    LinkedList,
    /// `Option<Rc<RefCell<TreeNode>>>`, written level by level with `null`s.
    Tree,
    /// A type drill does not know how to check; the harness decides.
    Unknown,
}

fn parse_type(ty: &str) -> Ty {
    let ty: String = ty.trim_start_matches("&mut ").chars().filter(|c| !c.is_whitespace()).collect();
    let int = |name, min: i128, max: i128| Ty::Int { name, min, max };
    match ty.as_str() {
        "i32" => int("i32", i32::MIN.into(), i32::MAX.into()),
        "i64" => int("i64", i64::MIN.into(), i64::MAX.into()),
        "u32" => int("u32", 0, u32::MAX.into()),
        "u64" => int("u64", 0, u64::MAX.into()),
        "usize" => int("usize", 0, u64::MAX.into()),
        "f64" => Ty::Float,
        "bool" => Ty::Bool,
        "String" => Ty::Str,
        "char" => Ty::Char,
        "Option<i32>" => Ty::OptInt,
        "Option<Box<ListNode>>" => Ty::LinkedList,
        "Option<Rc<RefCell<TreeNode>>>" => Ty::Tree,
        other => match other.strip_prefix("Vec<").and_then(|t| t.strip_suffix('>')) {
            Some(inner) => match parse_type(inner) {
                Ty::Unknown => Ty::Unknown,
                inner => Ty::List(Box::new(inner)),
            },
            None => Ty::Unknown,
        },
    }
}

fn describe(ty: &Ty) -> String {
    match ty {
        Ty::Int { name, .. } => format!("an integer ({name})"),
        Ty::Float => "a number".into(),
        Ty::Bool => "true or false".into(),
        Ty::Str => "a string in double quotes".into(),
        Ty::Char => "a one-character string, e.g. \"a\"".into(),
        Ty::OptInt => "an integer or null".into(),
        Ty::List(inner) => format!("a list of {}", plural(inner)),
        Ty::LinkedList => "a list of integers (the linked list's values)".into(),
        Ty::Tree => "a list of integers and nulls (the tree level by level)".into(),
        Ty::Unknown => "a value".into(),
    }
}

fn plural(ty: &Ty) -> String {
    match ty {
        Ty::Int { name, .. } => format!("integers ({name})"),
        Ty::Float => "numbers".into(),
        Ty::Bool => "booleans".into(),
        Ty::Str => "strings".into(),
        Ty::Char => "one-character strings".into(),
        Ty::OptInt => "integers or nulls".into(),
        Ty::List(inner) => format!("lists of {}", plural(inner)),
        other => describe(other),
    }
}

/// Why `value` is not of type `ty`, naming where inside it (`nums[3]`).
fn type_error(ty: &Ty, value: &Value, at: &str) -> Option<String> {
    let wrong = || Some(format!("{at} should be {}, not {}", describe(ty), shown(value)));
    match (ty, value) {
        (Ty::Unknown, _) => None,
        (Ty::Int { name, min, max }, Value::Number(n)) => match n.as_i128() {
            Some(v) if (*min..=*max).contains(&v) => None,
            Some(v) => Some(format!("{at} = {v} does not fit in {name}")),
            None => wrong(),
        },
        (Ty::Float, Value::Number(_)) | (Ty::Bool, Value::Bool(_)) | (Ty::Str, Value::String(_)) => None,
        (Ty::Char, Value::String(s)) if s.chars().count() == 1 => None,
        (Ty::OptInt, Value::Null) => None,
        (Ty::OptInt, Value::Number(_)) => type_error(&parse_type("i32"), value, at),
        (Ty::List(inner), Value::Array(items)) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| type_error(inner, item, &format!("{at}[{i}]"))),
        (Ty::LinkedList, Value::Array(_)) => type_error(&parse_type("Vec<i32>"), value, at),
        (Ty::Tree, Value::Array(_)) => type_error(&parse_type("Vec<Option<i32>>"), value, at),
        _ => wrong(),
    }
}

fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// Splits the text into JSON values, allowing `name =` before each and commas or newlines
/// between them.
pub fn parse_values(text: &str) -> Result<Vec<Value>, String> {
    let mut values = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if values.is_empty() || rest.is_empty() {
            // nothing to separate yet, or the end
        } else if let Some(after) = rest.strip_prefix(',') {
            rest = after.trim_start();
        }
        if rest.is_empty() {
            break;
        }
        rest = skip_name(rest);
        let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
        match stream.next() {
            Some(Ok(value)) => {
                values.push(value);
                rest = &rest[stream.byte_offset()..];
            }
            Some(Err(e)) => {
                let what = e.to_string();
                let what = what.split(" at line").next().unwrap_or(&what);
                return Err(format!("malformed JSON at `{}`: {what}", snippet(rest)));
            }
            None => break,
        }
        let next = rest.trim_start();
        if !(next.is_empty() || next.starts_with(',') || rest.starts_with(char::is_whitespace)) {
            return Err(format!("expected a comma or a new line before `{}`", snippet(next)));
        }
    }
    Ok(values)
}

/// Skips a LeetCode-style `nums =` label.
fn skip_name(text: &str) -> &str {
    let ident_len = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(text.len(), |(i, _)| i);
    let ident = &text[..ident_len];
    if ident.is_empty() || ident.starts_with(|c: char| c.is_ascii_digit()) || matches!(ident, "true" | "false" | "null") {
        return text;
    }
    match text[ident_len..].trim_start().strip_prefix('=') {
        Some(after) => after.trim_start(),
        None => text,
    }
}

fn snippet(text: &str) -> String {
    let line = text.lines().next().unwrap_or("");
    if line.chars().count() > 30 {
        format!("{}…", line.chars().take(30).collect::<String>())
    } else {
        line.to_string()
    }
}

/// The cases in `text`, checked against the signature's types and the constraints. The error
/// is one line saying what is wrong and where. A problem with its own driver takes
/// `harness.inputs` values per case, whose types only its driver knows: they are not checked.
pub fn parse_cases(text: &str, problem: &Problem) -> Result<Vec<Case>, String> {
    let values = parse_values(text)?;
    let sig = &problem.signature;
    let arity = problem.arity();
    let own_driver = problem.harness.driver.is_some();
    let mut params: Vec<String> = sig.params.iter().map(|p| format!("{}: {}", p.name, p.ty)).collect();
    if own_driver {
        params = (1..=arity).map(|i| format!("input {i}")).collect();
    }
    if values.is_empty() {
        return Err(format!(
            "the case is empty; give one JSON value per argument ({})",
            params.join(", ")
        ));
    }
    if arity == 0 || values.len() % arity != 0 {
        return Err(format!(
            "got {} value{} but a case has {arity} argument{} ({}); give one JSON value per argument, on its own line or comma-separated",
            values.len(),
            if values.len() == 1 { "" } else { "s" },
            if arity == 1 { "" } else { "s" },
            params.join(", ")
        ));
    }
    if own_driver {
        return Ok(values
            .chunks(arity)
            .map(|args| Case {
                args: args.iter().cloned().map(Arc::new).collect(),
                expected: None,
            })
            .collect());
    }
    let constraints = &problem.constraints;
    let several = values.len() > arity;
    let mut cases = Vec::new();
    for (k, args) in values.chunks(arity).enumerate() {
        let args: Vec<Arc<Value>> = args.iter().cloned().map(Arc::new).collect();
        if let Err(problem) = check_args(&args, sig, constraints) {
            return Err(if several { format!("case {}: {problem}", k + 1) } else { problem });
        }
        cases.push(Case { args, expected: None });
    }
    Ok(cases)
}

/// Whether one case's arguments have the signature's types and keep the constraints.
pub fn check_args(args: &[Arc<Value>], sig: &Signature, constraints: &[Constraint]) -> Result<(), String> {
    for (param, value) in sig.params.iter().zip(args) {
        if let Some(problem) = type_error(&parse_type(&param.ty), value, &param.name) {
            return Err(format!("{problem} ({}: {})", param.name, param.ty));
        }
    }
    for c in constraints {
        let (Some(param), Some(value)) = (sig.params.get(c.arg), args.get(c.arg)) else {
            return Err(format!(
                "a constraint names argument {}, but the signature has {}",
                c.arg,
                sig.params.len()
            ));
        };
        if let Some(problem) = constraint_error(c, &param.ty, value, &param.name) {
            return Err(problem);
        }
    }
    Ok(())
}

/// Why `value` breaks the constraint, in the statement's terms.
fn constraint_error(c: &Constraint, ty: &str, value: &Value, name: &str) -> Option<String> {
    if let Some([lo, hi]) = c.len {
        let (len, what) = match value {
            Value::Array(items) if parse_type(ty) == Ty::Tree => (items.iter().filter(|v| !v.is_null()).count(), "nodes"),
            Value::Array(items) => (items.len(), "elements"),
            Value::String(s) => (s.chars().count(), "characters"),
            _ => return None,
        };
        if !(lo..=hi).contains(&(len as u64)) {
            return Some(format!(
                "{name} has {len} {what}, outside the constraint {lo} <= {name}.length <= {hi}"
            ));
        }
    }
    if let Some([lo, hi]) = c.range {
        if let Some((at, v)) = out_of_range(value, name, lo, hi) {
            let each = if value.is_array() { format!("{name}[i]") } else { name.to_string() };
            return Some(format!(
                "{at} = {v} breaks the constraint {} <= {each} <= {}",
                number(lo),
                number(hi)
            ));
        }
    }
    if let Some(class) = &c.chars {
        if let Some((at, ch)) = outside_class(value, name, class) {
            return Some(format!("{at} has {ch:?}, outside the characters the statement allows: [{class}]"));
        }
    }
    let items = value.as_array().map_or(&[][..], Vec::as_slice);
    if c.sorted {
        let unsorted = items
            .windows(2)
            .position(|w| w[0].as_f64().zip(w[1].as_f64()).is_some_and(|(a, b)| a > b));
        if let Some(i) = unsorted {
            return Some(format!(
                "{name} is not sorted ({name}[{i}] = {} > {name}[{}] = {}), as the statement requires",
                items[i],
                i + 1,
                items[i + 1]
            ));
        }
    }
    if c.distinct {
        let mut seen = std::collections::HashSet::new();
        if let Some(i) = items.iter().position(|v| !seen.insert(v.to_string())) {
            return Some(format!(
                "{name}[{i}] = {} repeats a value; the statement says they are all different",
                items[i]
            ));
        }
    }
    None
}

/// The first string character, at any depth of `value`, outside the character class `class`.
fn outside_class(value: &Value, at: &str, class: &str) -> Option<(String, char)> {
    match value {
        Value::String(s) => s.chars().find(|&c| !in_class(c, class)).map(|c| (at.to_string(), c)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| outside_class(item, &format!("{at}[{i}]"), class)),
        _ => None,
    }
}

/// Whether `c` is in a character class written like `a-zA-Z0-9 ` (ranges and single characters).
fn in_class(c: char, class: &str) -> bool {
    let chars: Vec<char> = class.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars.get(i + 1) == Some(&'-') && i + 2 < chars.len() {
            if (chars[i]..=chars[i + 2]).contains(&c) {
                return true;
            }
            i += 3;
        } else {
            if chars[i] == c {
                return true;
            }
            i += 1;
        }
    }
    false
}

fn out_of_range(value: &Value, at: &str, lo: f64, hi: f64) -> Option<(String, Value)> {
    match value {
        Value::Number(n) => n
            .as_f64()
            .filter(|v| !(lo..=hi).contains(v))
            .map(|_| (at.to_string(), value.clone())),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| out_of_range(item, &format!("{at}[{i}]"), lo, hi)),
        _ => None,
    }
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else if v.abs() < 1e-4 {
        format!("{v:e}")
    } else {
        v.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn problem(params: &[(&str, &str)], constraints: Value) -> Problem {
        let params: Vec<Value> = params.iter().map(|(n, t)| json!({"name": n, "type": t})).collect();
        serde_json::from_value(json!({
            "format_version": 1, "id": "x", "title": {"zh": "x", "en": "x"}, "difficulty": "Easy",
            "signature": {"function": "f", "params": params, "returns": "i32"}, "checker": "exact",
            "constraints": constraints,
        }))
        .unwrap()
    }

    #[test]
    fn values_in_every_layout_leetcode_accepts() {
        #[rustfmt::skip]
        let rows: &[(&str, Value)] = &[
            ("[10,9,2,5]", json!([[10, 9, 2, 5]])),
            ("[2,7,11,15]\n9", json!([[2, 7, 11, 15], 9])),
            ("[2,7,11,15], 9", json!([[2, 7, 11, 15], 9])),
            ("[2,7,11,15],9", json!([[2, 7, 11, 15], 9])),
            ("nums = [2,7,11,15], target = 9", json!([[2, 7, 11, 15], 9])),
            ("  \"abc\"\n\"b\"  \n", json!(["abc", "b"])),
            ("[[\"1\",\"0\"]] true null", json!([[["1", "0"]], true, null])),
            ("1 2 3", json!([1, 2, 3])),
        ];
        for (text, want) in rows {
            assert_eq!(Value::Array(parse_values(text).unwrap()), *want, "{text:?}");
        }
    }

    #[test]
    fn malformed_text_is_one_clear_line() {
        #[rustfmt::skip]
        let rows: &[(&str, &str)] = &[
            ("[1,2", "malformed JSON at `[1,2`"),
            ("[1,,2]", "malformed JSON"),
            ("[1,2]x", "expected a comma or a new line before `x`"),
            ("'a'", "malformed JSON at `'a'`"),
        ];
        for (text, want) in rows {
            let err = parse_values(text).unwrap_err();
            assert!(err.contains(want), "{text:?}: {err}");
            assert!(!err.contains('\n'), "{err}");
        }
    }

    #[test]
    fn cases_are_checked_against_types_and_constraints() {
        let lis = problem(
            &[("nums", "Vec<i32>")],
            json!([{"arg": 0, "len": [1, 2500], "range": [-10000, 10000]}]),
        );
        let two = problem(&[("nums", "Vec<i32>"), ("target", "i32")], json!([]));
        let k = problem(&[("nums", "Vec<i32>"), ("k", "i32")], json!([{"arg": 1, "range": [1, 5000]}]));
        let eps = problem(&[("eps", "f64")], json!([{"arg": 0, "range": [1e-12, 1]}]));
        let tree = problem(&[("root", "Option<Rc<RefCell<TreeNode>>>")], json!([]));
        let grid = problem(&[("grid", "Vec<Vec<char>>")], json!([{"arg": 0, "chars": "01"}]));
        let text = problem(&[("s", "String")], json!([{"arg": 0, "chars": " -~"}]));
        let merge = problem(
            &[("l1", "Vec<i32>"), ("l2", "Vec<i32>")],
            json!([{"arg": 0, "sorted": true}, {"arg": 1, "distinct": true}]),
        );
        #[rustfmt::skip]
        let rows: &[(&Problem, &str, Result<usize, &str>)] = &[
            (&lis, "[10,9,2,5,3,7,101,18]", Ok(1)),
            (&lis, "[1,2]\n[3]", Ok(2)),
            (&lis, "[]", Err("nums has 0 elements, outside the constraint 1 <= nums.length <= 2500")),
            (&lis, "[1,20000]", Err("nums[1] = 20000 breaks the constraint -10000 <= nums[i] <= 10000")),
            (&lis, "[1,\"a\"]", Err("nums[1] should be an integer (i32), not \"a\" (nums: Vec<i32>)")),
            (&lis, "[1,2.5]", Err("nums[1] should be an integer (i32), not 2.5")),
            (&lis, "5", Err("nums should be a list of integers (i32), not 5")),
            (&lis, "[1]\n[3000000000]", Err("case 2: nums[0] = 3000000000 does not fit in i32")),
            (&lis, "", Err("the case is empty")),
            (&two, "[1,2]", Err("got 1 value but a case has 2 arguments (nums: Vec<i32>, target: i32)")),
            (&two, "[1,2], 3, [4]", Err("got 3 values")),
            (&two, "[1,2], 3, [4], 5", Ok(2)),
            (&k, "[1,2], 0", Err("k = 0 breaks the constraint 1 <= k <= 5000")),
            (&eps, "0", Err("eps = 0 breaks the constraint 1e-12 <= eps <= 1")),
            (&eps, "0.5", Ok(1)),
            (&tree, "[3,9,20,null,null,15,7]", Ok(1)),
            (&tree, "[3,\"x\"]", Err("root[1] should be an integer or null")),
            (&grid, "[[\"1\",\"0\"],[\"0\",\"1\"]]", Ok(1)),
            (&grid, "[[\"10\"]]", Err("grid[0][0] should be a one-character string")),
            (&grid, "[[\"1\",\"2\"]]", Err("grid[0][1] has '2', outside the characters the statement allows: [01]")),
            (&text, "\"a b~!\"", Ok(1)),
            (&text, "\"中中\"", Err("s has '中', outside the characters the statement allows: [ -~]")),
            (&merge, "[1,1,2], [3,1]", Ok(1)),
            (&merge, "[1,3,2], [1]", Err("l1 is not sorted (l1[1] = 3 > l1[2] = 2), as the statement requires")),
            (&merge, "[1], [1,2,1]", Err("l2[2] = 1 repeats a value; the statement says they are all different")),
        ];
        for (problem, text, want) in rows {
            match (parse_cases(text, problem), want) {
                (Ok(cases), Ok(n)) => assert_eq!(cases.len(), *n, "{text:?}"),
                (Err(e), Err(w)) => assert!(e.contains(w), "{text:?}: {e:?} lacks {w:?}"),
                (got, want) => panic!("{text:?}: got {got:?}, want {want:?}"),
            }
        }
    }
}
