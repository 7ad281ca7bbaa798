// verdict: Wrong Answer
// Remembers the values seen instead of the nodes: a list without a cycle but with a repeated
// value is reported as cyclic.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut seen = HashSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !seen.insert(node.borrow().val) {
                return true;
            }
            cur = node.borrow().next.clone();
        }
        false
    }
}
