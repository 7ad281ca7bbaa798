//! Generates the program that is compiled around a solution: LeetCode's node types and
//! `Solution`, the user's file included as is, and a driver derived from the signature.
//!
//! A problem may bring its own node types and driver (problem.json `harness`, see
//! `catalog::Harness`): the types go into the `leetcode` module next to drill's, the driver
//! replaces the generated `case` function.

use crate::catalog::{HarnessCode, Signature};
use std::fmt::Write as _;

const LIST: &str = include_str!("../../templates/list.rs");
const TREE: &str = include_str!("../../templates/tree.rs");
const LIST_CODEC: &str = include_str!("../../templates/list_codec.rs");
const TREE_CODEC: &str = include_str!("../../templates/tree_codec.rs");

const LIST_TYPE: &str = "Option<Box<ListNode>>";
const TREE_TYPE: &str = "Option<Rc<RefCell<TreeNode>>>";

/// The crate root of a judged program. `solution_file` is the file name `include!`d (it sits
/// next to the generated file). A user's own `struct Solution` or `ListNode` shadows the glob
/// import, and the driver refers to whichever the solution sees. `custom` is the problem's own
/// harness code, if any. `rand` is a crate of its own, given to rustc with `--extern` (see
/// `judge::build`).
pub fn main_source(sig: &Signature, custom: &HarnessCode, solution_file: &str) -> String {
    let (list, tree) = (sig.uses_list(), sig.uses_tree());
    let mut s = String::from("#![allow(warnings)]\nextern crate drill_prelude;\n\nmod leetcode {\n    pub struct Solution;\n");
    for (used, text) in [(list, LIST), (tree, TREE)] {
        if used {
            s.push_str(text);
        }
    }
    if let Some(types) = &custom.types {
        s.push_str(types);
        s.push('\n');
    }
    let _ = write!(s, "}}\n\nmod solution {{\n    pub use crate::leetcode::*;\n    include!({solution_file:?});\n\n    pub(crate) mod __drill_driver {{\n");
    for (used, text) in [(list, LIST_CODEC), (tree, TREE_CODEC)] {
        if used {
            s.push_str(text);
        }
    }
    match &custom.driver {
        Some(driver) => {
            s.push_str(driver);
            s.push('\n');
        }
        None => s.push_str(&driver(sig)),
    }
    s.push_str("    }\n}\n\nfn main() {\n    drill_prelude::run(solution::__drill_driver::case);\n}\n");
    s
}

/// `case`: decode each argument, time the call alone, encode the answer.
fn driver(sig: &Signature) -> String {
    let mut s = String::from("pub(crate) fn case(args: &mut ::drill_prelude::Args) -> ::drill_prelude::Outcome {\n");
    let mut call_args = Vec::new();
    for (i, p) in sig.params.iter().enumerate() {
        let var = format!("arg{i}");
        let by_value = p.ty.trim_start_matches("&mut ").trim();
        let decoded = match normalize(by_value).as_str() {
            LIST_TYPE => "list_from(<::std::vec::Vec<i32> as ::drill_prelude::Decode>::arg(args))".to_string(),
            TREE_TYPE => "tree_from(<::std::vec::Vec<Option<i32>> as ::drill_prelude::Decode>::arg(args))".to_string(),
            _ => format!("<{by_value} as ::drill_prelude::Decode>::arg(args)"),
        };
        let _ = writeln!(s, "    let mut {var} = {decoded};");
        call_args.push(if p.ty.starts_with("&mut ") { format!("&mut {var}") } else { var });
    }
    let _ = writeln!(s, "    let start = ::std::time::Instant::now();");
    // The declared type, so that the call alone does the work: a solution's own type with an
    // `Encode` impl would otherwise be returned and do it while being encoded, after the timer.
    // (A list or tree is checked by its codec, which names the solution's own node type.)
    let declared = match normalize(&sig.returns).as_str() {
        "" => "()".to_string(),
        LIST_TYPE | TREE_TYPE => "_".to_string(),
        _ => sig.returns.clone(),
    };
    let _ = writeln!(
        s,
        "    let ret: {declared} = super::Solution::{}({});",
        sig.function,
        call_args.join(", ")
    );
    let _ = writeln!(s, "    let elapsed = start.elapsed();");
    let answer = match sig.params.iter().position(|p| p.ty.starts_with("&mut ")) {
        Some(i) => encode_expr(&sig.params[i].ty["&mut ".len()..], &format!("arg{i}")),
        None => encode_expr(&sig.returns, "ret"),
    };
    let _ = writeln!(s, "    let answer = {answer};");
    s.push_str("    ::drill_prelude::Outcome::new(elapsed, &answer)\n}\n");
    s
}

fn encode_expr(ty: &str, var: &str) -> String {
    match normalize(ty).as_str() {
        LIST_TYPE => format!("list_to(&{var})"),
        TREE_TYPE => format!("tree_to(&{var})"),
        _ => var.to_string(),
    }
}

fn normalize(ty: &str) -> String {
    ty.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::header::includable;

    fn sig(json: &str) -> Signature {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn plain_signature_calls_and_encodes_return() {
        let src = main_source(
            &sig(r#"{"function":"length_of_lis","params":[{"name":"nums","type":"Vec<i32>"}],"returns":"i32"}"#),
            &HarnessCode::default(),
            "solution.rs",
        );
        assert!(
            src.contains("let mut arg0 = <Vec<i32> as ::drill_prelude::Decode>::arg(args);"),
            "{src}"
        );
        assert!(src.contains("let ret: i32 = super::Solution::length_of_lis(arg0);"), "{src}");
        assert!(!src.contains("struct ListNode"), "no list type unless the signature needs it");
    }

    #[test]
    fn in_place_list_encodes_the_argument_after_the_call() {
        let src = main_source(
            &sig(r#"{"function":"reorder_list","params":[{"name":"head","type":"&mut Option<Box<ListNode>>"}]}"#),
            &HarnessCode::default(),
            "solution.rs",
        );
        assert!(src.contains("super::Solution::reorder_list(&mut arg0)"), "{src}");
        assert!(src.contains("let answer = list_to(&arg0);"), "{src}");
        assert!(src.contains("pub struct ListNode"), "{src}");
    }

    /// `includable` on each row with the «marked» text removed must give the row with the marked
    /// text blanked (a space per character, line breaks kept).
    #[test]
    fn inner_attributes_and_inner_docs_at_the_top_are_blanked_in_place() {
        let rows = [
            "«#![allow(dead_code)]»\nimpl Solution {}\n",
            // rustfmt's layout of a long attribute, and brackets in its comments and literals
            "«#![allow(\n    dead_code,\n    unused_variables\n)]»\nimpl Solution {}\n",
            "«#![allow(\n    dead_code, // a ] in a comment\n    unused /* ] */\n)]»\nfn f() {}\n",
            "«#![doc = \"a ] in a string \\\" ]\"]»\n«#![doc = r#\"raw \" ]\"#]»\nuse std::mem;\n",
            "«#![cfg_attr(any(), doc = ']')]»\n«#![cfg_attr(any(), doc = '\\'')]»\nfn f() {}\n",
            "«# ! [allow(unused)]»\nfn f() {}\n",
            // comments, blank lines, a byte order mark and line ends around them
            "«#![allow(dead_code)]» // silence warnings\nimpl Solution {}\n",
            "«#![allow(dead_code)]» «#![allow(unused)]»\nimpl Solution {}\n",
            "«#![allow(unused)]» impl Solution {}\n",
            "/* My solution\n * binary search\n */\n«#![allow(dead_code)]»\nimpl Solution {}\n",
            "/* outer /* #![nested] */ #![still a comment] */\n«#![allow(unused)]»\n",
            "/**/ «#![allow(unused)]»\n/*** banner ***/\n«//! doc»\n",
            "  «#![allow(dead_code)]»\n\n// comment\n«#![allow(unused_mut)]»\nimpl Solution {}\n",
            "\u{feff}«#![allow(dead_code)]»\nimpl Solution {}\n",
            "«#![allow(dead_code)]»\r\n«#![allow(unused)]»\r\nimpl Solution {}\r\n",
            "«#![allow(unused)]»",
            // inner doc comments
            "«//! Binary search on the answer.»\nimpl Solution {}\n",
            "«/*! Binary search\n   on the answer. */»\nimpl Solution {}\n",
            "«/*! 二分 /* nested */ */» impl Solution {}\n",
            "«//! doc»",
            // only the top is touched: after code, after an outer doc comment, an unclosed attribute
            "// my solution\n«#![allow(dead_code)]»\nuse std::mem;\n#![not_in_header]\n",
            "/// Outer doc.\n#![allow(dead_code)]\n",
            "/** Outer doc. */\n//! inner\n",
            "#![allow(dead_code\nimpl Solution {}\n",
            "\u{feff}impl Solution {}\n",
        ];
        for row in rows {
            let source = row.replace(['«', '»'], "");
            let mut blank = false;
            let expected: String = row
                .chars()
                .filter_map(|c| match c {
                    '«' | '»' => {
                        blank = c == '«';
                        None
                    }
                    '\n' | '\r' => Some(c),
                    _ if blank => Some(' '),
                    _ => Some(c),
                })
                .collect();
            assert_eq!(includable(&source), expected, "{row:?}");
        }
    }

    #[test]
    fn crate_paths_go_through_the_solution_module() {
        #[rustfmt::skip]
        let rows = [
            ("fn h() -> i32 { 1 }\nimpl Solution { fn f() -> i32 { crate::h() } }",
             "fn h() -> i32 { 1 }\nimpl Solution { fn f() -> i32 { crate::solution::h() } }"),
            ("use crate::Solution as S; use crate :: h;", "use crate::solution::Solution as S; use crate ::solution:: h;"),
            // Not paths from the root: visibility, `$crate`, other words, comments and literals.
            ("pub(crate) fn g() {} macro_rules! m { () => { $crate::x() } } fn f(crates: u8) { crates; }",
             "pub(crate) fn g() {} macro_rules! m { () => { $crate::x() } } fn f(crates: u8) { crates; }"),
            ("// crate::h\nfn f() -> &'static str { \"crate::h\" }", "// crate::h\nfn f() -> &'static str { \"crate::h\" }"),
        ];
        for (source, want) in rows {
            assert_eq!(includable(source), want, "{source}");
        }
    }

    #[test]
    fn tree_argument_is_built_from_level_order() {
        let src = main_source(
            &sig(
                r#"{"function":"level_order","params":[{"name":"root","type":"Option<Rc<RefCell<TreeNode>>>"}],"returns":"Vec<Vec<i32>>"}"#,
            ),
            &HarnessCode::default(),
            "solution.rs",
        );
        assert!(src.contains("tree_from("), "{src}");
        assert!(src.contains("pub struct TreeNode"), "{src}");
    }

    #[test]
    fn problem_types_join_the_leetcode_module_and_its_driver_replaces_the_generated_one() {
        let custom = HarnessCode {
            types: Some("pub struct ListNode {\n    pub val: i32,\n    pub next: Option<Rc<RefCell<ListNode>>>,\n}".into()),
            driver: Some("pub(crate) fn case(args: &mut ::drill_prelude::Args) -> ::drill_prelude::Outcome { todo!() }".into()),
        };
        let src = main_source(
            &sig(r#"{"function":"has_cycle","params":[{"name":"head","type":"Option<Rc<RefCell<ListNode>>>"}],"returns":"bool"}"#),
            &custom,
            "solution.rs",
        );
        let leetcode = &src[src.find("mod leetcode").unwrap()..src.find("mod solution").unwrap()];
        assert!(leetcode.contains("pub next: Option<Rc<RefCell<ListNode>>>"), "{src}");
        assert_eq!(src.matches("pub struct ListNode").count(), 1, "drill's Box list stays out: {src}");
        assert!(!src.contains("fn list_from"), "no Box-list codec: {src}");
        let driver = &src[src.find("mod __drill_driver").unwrap()..];
        assert!(driver.contains("-> ::drill_prelude::Outcome { todo!() }"), "{src}");
        assert_eq!(src.matches("fn case(").count(), 1, "the generated driver is replaced: {src}");
    }

    #[test]
    fn types_alone_keep_the_generated_driver() {
        let custom = HarnessCode {
            types: Some("pub struct Point { pub x: i32 }".into()),
            driver: None,
        };
        let src = main_source(
            &sig(r#"{"function":"f","params":[{"name":"n","type":"i32"}],"returns":"i32"}"#),
            &custom,
            "solution.rs",
        );
        assert!(src.contains("pub struct Point"), "{src}");
        assert!(src.contains("super::Solution::f(arg0)"), "{src}");
    }
}
