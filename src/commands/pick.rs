//! `drill pick` (statement + starter file) and `drill show` (statement again).

use crate::catalog::{Catalog, Signature};
use crate::render;
use crate::workspace::Workspace;
use anyhow::{bail, Context, Result};
use std::process::ExitCode;

pub fn pick(id: &str, timer: bool, lang: &str) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(id)?;
    let workspace = Workspace::locate()?;
    present(&catalog, &workspace, &id, lang)?;
    if let Some(note) = super::record::pick(&workspace, &id, timer) {
        render::note(&note);
    }
    Ok(ExitCode::SUCCESS)
}

/// The problem `drill pick` without an id opens: `drill next`'s choice from `company` (the
/// drill.toml default) or the catalog — with no history, the first problem of the list — and one
/// line saying why.
pub fn chosen(company: Option<&str>) -> Result<String> {
    let catalog = Catalog::embedded();
    let choice = super::next::choose(&catalog, company)?;
    let (id, list, reason) = (&choice.best.id, &choice.list, &choice.best.reason);
    render::note(&if choice.all_solved {
        format!("No id given, and every problem of {list} is solved: picking {id} to review, drill next's choice: {reason}")
    } else {
        format!("No id given: picking {id}, drill next's choice from {list}: {reason}")
    });
    Ok(choice.best.id)
}

/// Prints the statement and writes the starter file unless a solution exists.
pub fn present(catalog: &Catalog, workspace: &Workspace, id: &str, lang: &str) -> Result<()> {
    let problem = catalog.problem(id)?;
    workspace.ensure_writable()?;
    render::statement(&problem, &catalog.statement(id)?, lang);
    let path = workspace.solution(id);
    if path.exists() {
        render::note(&format!(
            "Your solution is at {} (kept as it is). Next: drill test {id}",
            path.display()
        ));
    } else {
        let types = catalog.harness_code(id)?.types;
        std::fs::write(&path, starter(&problem.signature, types.as_deref())).with_context(|| format!("cannot write {}", path.display()))?;
        render::note(&format!(
            "Wrote the starter file {}. Next: edit it, then drill test {id}",
            path.display()
        ));
    }
    Ok(())
}

pub fn show(id: &str, lang: &str) -> Result<ExitCode> {
    if !matches!(lang, "zh" | "en" | "both") {
        bail!("unknown language '{lang}'; use zh, en or both");
    }
    let catalog = Catalog::embedded();
    let id = catalog.resolve(id)?;
    render::statement(&catalog.problem(&id)?, &catalog.statement(&id)?, lang);
    Ok(ExitCode::SUCCESS)
}

const LIST_COMMENT: &str = "// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
";

const TREE_COMMENT: &str = "// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
";

/// LeetCode's Rust snippet for a signature, with its commented node definitions. `types` is the
/// problem's own `harness.types` file: shown commented out, its `use` lines kept live after it,
/// as LeetCode shows `TreeNode`.
pub fn starter(sig: &Signature, types: Option<&str>) -> String {
    let mut s = String::new();
    if sig.uses_list() {
        s.push_str(LIST_COMMENT);
    }
    if sig.uses_tree() {
        s.push_str(TREE_COMMENT);
    }
    if let Some(types) = types {
        let mut uses = Vec::new();
        for line in types.trim().lines() {
            if line.starts_with("use ") {
                uses.push(line);
            } else if line.starts_with("//") {
                s.push_str(&format!("{line}\n"));
            } else {
                s.push_str(format!("// {line}").trim_end());
                s.push('\n');
            }
        }
        for line in uses {
            if !s.lines().any(|l| l == line) {
                s.push_str(&format!("{line}\n"));
            }
        }
    }
    let params: Vec<String> = sig.params.iter().map(|p| format!("{}: {}", p.name, p.ty)).collect();
    let ret = if sig.returns == "()" {
        String::new()
    } else {
        format!(" -> {}", sig.returns)
    };
    s.push_str(&format!(
        "impl Solution {{\n    pub fn {}({}){ret} {{\n        \n    }}\n}}\n",
        sig.function,
        params.join(", ")
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(json: &str) -> Signature {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn problem_types_are_shown_commented_with_live_use_lines() {
        let types = "// A node.\npub struct ListNode {\n    pub next: Option<Rc<RefCell<ListNode>>>,\n}\n\nuse std::rc::Rc;\nuse std::cell::RefCell;\n";
        let s = starter(
            &sig(r#"{"function":"has_cycle","params":[{"name":"head","type":"Option<Rc<RefCell<ListNode>>>"}],"returns":"bool"}"#),
            Some(types),
        );
        assert_eq!(
            s,
            "// A node.\n// pub struct ListNode {\n//     pub next: Option<Rc<RefCell<ListNode>>>,\n// }\n//\nuse std::rc::Rc;\nuse std::cell::RefCell;\n\
             impl Solution {\n    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {\n        \n    }\n}\n"
        );
    }

    #[test]
    fn box_lists_get_leetcodes_comment() {
        let s = starter(
            &sig(r#"{"function":"reorder_list","params":[{"name":"head","type":"&mut Option<Box<ListNode>>"}]}"#),
            None,
        );
        assert!(s.starts_with(LIST_COMMENT), "{s}");
        assert!(s.contains("pub fn reorder_list(head: &mut Option<Box<ListNode>>) {"), "{s}");
    }
}
