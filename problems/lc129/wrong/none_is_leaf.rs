// verdict: Wrong Answer
// Adds the number when the recursion reaches a missing child instead of at a leaf: a leaf counts
// twice and a one-child node counts its own number too.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn sum_numbers(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, above: i32) -> i32 {
            match node {
                None => above,
                Some(n) => {
                    let n = n.borrow();
                    let number = above * 10 + n.val;
                    dfs(&n.left, number) + dfs(&n.right, number)
                }
            }
        }
        dfs(&root, 0) / 2
    }
}
