// Independent: recursive pre-order DFS carrying the depth; a node's value goes to the end of its
// depth's list (pre-order visits each level left to right).
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        fn visit(node: &Option<Rc<RefCell<TreeNode>>>, depth: usize, levels: &mut Vec<Vec<i32>>) {
            if let Some(n) = node {
                let n = n.borrow();
                if levels.len() == depth {
                    levels.push(Vec::new());
                }
                levels[depth].push(n.val);
                visit(&n.left, depth + 1, levels);
                visit(&n.right, depth + 1, levels);
            }
        }
        let mut levels = Vec::new();
        visit(&root, 0, &mut levels);
        levels
    }
}
