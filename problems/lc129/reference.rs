// Iterative DFS with an explicit stack of (node, number so far); a leaf adds its number.
// O(n) time.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn sum_numbers(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        let mut total = 0;
        let mut stack: Vec<(Rc<RefCell<TreeNode>>, i32)> = root.map(|r| (r, 0)).into_iter().collect();
        while let Some((node, above)) = stack.pop() {
            let node = node.borrow();
            let number = above * 10 + node.val;
            match (node.left.clone(), node.right.clone()) {
                (None, None) => total += number,
                (left, right) => {
                    for child in [left, right].into_iter().flatten() {
                        stack.push((child, number));
                    }
                }
            }
        }
        total
    }
}
