// verdict: Wrong Answer
// Two vectors swapped per level; pushes the current level before checking it, so an empty tree
// returns [[]] instead of [].
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        let mut current: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        loop {
            let mut next = Vec::new();
            let mut values = Vec::new();
            for node in &current {
                let node = node.borrow();
                values.push(node.val);
                next.extend(node.left.clone());
                next.extend(node.right.clone());
            }
            levels.push(values);
            if next.is_empty() {
                break;
            }
            current = next;
        }
        levels
    }
}
