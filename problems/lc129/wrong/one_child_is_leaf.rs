// verdict: Wrong Answer
// Treats a node with only one child as a leaf (`||` where `&&` was meant), cutting its path short.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn sum_numbers(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        fn dfs(node: &Rc<RefCell<TreeNode>>, above: i32) -> i32 {
            let n = node.borrow();
            let number = above * 10 + n.val;
            if n.left.is_none() || n.right.is_none() {
                return number;
            }
            dfs(n.left.as_ref().unwrap(), number) + dfs(n.right.as_ref().unwrap(), number)
        }
        root.map_or(0, |r| dfs(&r, 0))
    }
}
