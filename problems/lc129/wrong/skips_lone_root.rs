// verdict: Wrong Answer
// Starts the search at the root's children, so a tree that is a single node sums to 0.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn sum_numbers(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn dfs(node: &Option<Rc<RefCell<TreeNode>>>, above: i32) -> i32 {
            let Some(n) = node else { return 0 };
            let n = n.borrow();
            let number = above * 10 + n.val;
            if n.left.is_none() && n.right.is_none() {
                return number;
            }
            dfs(&n.left, number) + dfs(&n.right, number)
        }
        let root = root.unwrap();
        let r = root.borrow();
        dfs(&r.left, r.val) + dfs(&r.right, r.val)
    }
}
