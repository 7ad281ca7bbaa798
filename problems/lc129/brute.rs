// Independent: collect every root-to-leaf path as a string of digits (recursively), then parse
// each string and add them up in i64.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn sum_numbers(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn paths(node: &Rc<RefCell<TreeNode>>, prefix: &str, out: &mut Vec<String>) {
            let n = node.borrow();
            let path = format!("{prefix}{}", n.val);
            if n.left.is_none() && n.right.is_none() {
                out.push(path);
                return;
            }
            for child in [&n.left, &n.right].into_iter().flatten() {
                paths(child, &path, out);
            }
        }
        let mut all = Vec::new();
        if let Some(r) = &root {
            paths(r, "", &mut all);
        }
        let total: i64 = all.iter().map(|p| p.parse::<i64>().unwrap()).sum();
        total as i32
    }
}
