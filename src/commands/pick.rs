//! `drill pick` (statement + starter file) and `drill show` (statement again).

use crate::catalog::{Catalog, Signature};
use crate::render;
use crate::workspace::Workspace;
use anyhow::{bail, Context, Result};
use std::process::ExitCode;

pub fn pick(id: &str) -> Result<ExitCode> {
    let catalog = Catalog::embedded();
    let id = catalog.resolve(id)?;
    let problem = catalog.problem(&id)?;
    let workspace = Workspace::locate()?;
    workspace.ensure_writable()?;
    render::statement(&problem, &catalog.statement(&id)?, "both");
    let path = workspace.solution(&id);
    if path.exists() {
        render::note(&format!(
            "Your solution is at {} (kept as it is). Next: drill test {id}",
            path.display()
        ));
    } else {
        std::fs::write(&path, starter(&problem.signature)).with_context(|| format!("cannot write {}", path.display()))?;
        render::note(&format!(
            "Wrote the starter file {}. Next: edit it, then drill test {id}",
            path.display()
        ));
    }
    Ok(ExitCode::SUCCESS)
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

/// LeetCode's Rust snippet for a signature, with its commented node definitions.
pub fn starter(sig: &Signature) -> String {
    let mut s = String::new();
    if sig.uses_list() {
        s.push_str(LIST_COMMENT);
    }
    if sig.uses_tree() {
        s.push_str(TREE_COMMENT);
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
