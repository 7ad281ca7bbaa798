//! Checkers: whether an answer matches the expected one, per the problem's `checker`.

use crate::catalog::Checker;
use serde_json::Value;

/// Absolute-or-relative tolerance of the float checker (testlib's rcmp6 rule).
const FLOAT_TOLERANCE: f64 = 1e-6;

pub fn matches(checker: Checker, got: &Value, expected: &Value) -> bool {
    match checker {
        Checker::Exact => got == expected,
        Checker::Unordered => same_multiset(got, expected, |v| v.to_string()),
        Checker::UnorderedNested => same_multiset(got, expected, canonical_multiset),
        Checker::Float => floats_close(got, expected),
    }
}

/// Where an answer first differs from the expected one, in words: "at [3][17]: expected 0.5,
/// got 0.25", or a length that differs. For the checkers that compare positions (exact and
/// float); `None` for the order-free ones, or when the answer matches.
pub fn first_difference(checker: Checker, got: &Value, expected: &Value) -> Option<String> {
    let same = |g: &Value, e: &Value| match checker {
        Checker::Float => floats_close(g, e),
        _ => g == e,
    };
    if !matches!(checker, Checker::Exact | Checker::Float) || same(got, expected) {
        return None;
    }
    let (mut got, mut expected, mut at) = (got, expected, String::new());
    loop {
        match (got, expected) {
            (Value::Array(g), Value::Array(e)) if g.len() != e.len() => {
                let whole = if at.is_empty() { "the answer".to_string() } else { at };
                return Some(format!("{whole} has {} items, expected {}", g.len(), e.len()));
            }
            (Value::Array(g), Value::Array(e)) => {
                let i = g.iter().zip(e).position(|(g, e)| !same(g, e))?;
                at.push_str(&format!("[{i}]"));
                (got, expected) = (&g[i], &e[i]);
            }
            _ => {
                let at = if at.is_empty() { String::new() } else { format!("at {at}: ") };
                return Some(format!("{at}expected {expected}, got {got}"));
            }
        }
    }
}

/// Both are arrays holding the same elements, counted with multiplicity, under `key`.
fn same_multiset(got: &Value, expected: &Value, key: fn(&Value) -> String) -> bool {
    match (got, expected) {
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            let mut a: Vec<String> = a.iter().map(key).collect();
            let mut b: Vec<String> = b.iter().map(key).collect();
            a.sort_unstable();
            b.sort_unstable();
            a == b
        }
        _ => false,
    }
}

/// An inner list as an order-free key: its elements' texts, sorted.
fn canonical_multiset(v: &Value) -> String {
    match v {
        Value::Array(items) => {
            let mut keys: Vec<String> = items.iter().map(Value::to_string).collect();
            keys.sort_unstable();
            format!("[{}]", keys.join(","))
        }
        other => other.to_string(),
    }
}

fn floats_close(got: &Value, expected: &Value) -> bool {
    match (got, expected) {
        (Value::Number(a), Value::Number(b)) => match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) if a.is_finite() => {
                let diff = (a - b).abs();
                diff <= FLOAT_TOLERANCE || diff <= FLOAT_TOLERANCE * b.abs()
            }
            _ => false,
        },
        (Value::Array(a), Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| floats_close(x, y)),
        (a, b) => a == b && !a.is_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn table() {
        use Checker::*;
        #[rustfmt::skip]
        let rows: &[(Checker, Value, Value, bool)] = &[
            (Exact, json!(4), json!(4), true),
            (Exact, json!(4), json!(5), false),
            (Exact, json!([1, 2]), json!([2, 1]), false),
            (Exact, json!([[3], [9, 20]]), json!([[3], [9, 20]]), true),
            (Exact, json!("abc"), json!("abc"), true),
            (Exact, json!(true), json!(false), false),
            (Exact, json!([]), json!(null), false),
            (Unordered, json!([1, 2, 2]), json!([2, 1, 2]), true),
            (Unordered, json!([1, 2, 2]), json!([2, 1, 1]), false),
            (Unordered, json!([1, 2]), json!([1, 2, 2]), false),
            (Unordered, json!([[1, 2], [3]]), json!([[3], [1, 2]]), true),
            (Unordered, json!([[2, 1], [3]]), json!([[3], [1, 2]]), false),
            (Unordered, json!(3), json!(3), false),
            (UnorderedNested, json!([[-1, 0, 1], [-1, -1, 2]]), json!([[2, -1, -1], [1, 0, -1]]), true),
            (UnorderedNested, json!([[-1, 0, 1]]), json!([[-1, 0, 1], [-1, 0, 1]]), false),
            (UnorderedNested, json!([[-1, 0, 1], [-1, 0, 1]]), json!([[-1, 0, 1], [-1, -1, 2]]), false),
            (UnorderedNested, json!([[1, 1, 2]]), json!([[1, 2, 2]]), false),
            (UnorderedNested, json!([]), json!([]), true),
            (Float, json!(1.0000001), json!(1.0), true),
            (Float, json!(1.00001), json!(1.0), false),
            (Float, json!(1_000_000.5), json!(1_000_000.0), true),
            (Float, json!(1_000_002.0), json!(1_000_000.0), false),
            (Float, json!([[0.5, 0.25]]), json!([[0.5000004, 0.25]]), true),
            (Float, json!([[0.5]]), json!([[0.5, 0.25]]), false),
            (Float, json!("NaN"), json!(1.0), false),
            (Float, json!(["NaN"]), json!(["NaN"]), false),
            (Float, json!(2), json!(2.0), true),
        ];
        for (i, (checker, got, expected, want)) in rows.iter().enumerate() {
            assert_eq!(
                matches(*checker, got, expected),
                *want,
                "row {i}: {checker:?} got {got} expected {expected}"
            );
        }
    }

    #[test]
    fn the_first_difference_is_named_by_its_position() {
        let rows: &[(Checker, Value, Value, Option<&str>)] = &[
            (
                Checker::Float,
                json!([[0.5, 0.25], [1.0, 2.0]]),
                json!([[0.5, 0.25], [1.0, 2.0000001]]),
                None,
            ),
            (
                Checker::Float,
                json!([[0.5, 0.25], [1.0, 2.5]]),
                json!([[0.5, 0.25], [1.0, 2.0]]),
                Some("at [1][1]: expected 2.0, got 2.5"),
            ),
            (
                Checker::Exact,
                json!([1, 2]),
                json!([1, 2, 3]),
                Some("the answer has 2 items, expected 3"),
            ),
            (
                Checker::Exact,
                json!([[1], [2, 3]]),
                json!([[1], [2]]),
                Some("[1] has 2 items, expected 1"),
            ),
            (Checker::Exact, json!(4), json!(5), Some("expected 5, got 4")),
            (Checker::Unordered, json!([1, 2]), json!([1, 3]), None),
        ];
        for (checker, got, expected, want) in rows {
            assert_eq!(first_difference(*checker, got, expected).as_deref(), *want, "{got} vs {expected}");
        }
    }
}
