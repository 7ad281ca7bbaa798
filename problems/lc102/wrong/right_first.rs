// verdict: Wrong Answer
// Enqueues the right child before the left one: every level comes out right to left.
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

impl Solution {
    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {
        let mut levels = Vec::new();
        let mut queue: VecDeque<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        while !queue.is_empty() {
            let mut level = Vec::new();
            for _ in 0..queue.len() {
                let node = queue.pop_front().unwrap();
                let node = node.borrow();
                level.push(node.val);
                if let Some(right) = node.right.clone() {
                    queue.push_back(right);
                }
                if let Some(left) = node.left.clone() {
                    queue.push_back(left);
                }
            }
            levels.push(level);
        }
        levels
    }
}
