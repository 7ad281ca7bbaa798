// verdict: Accepted
// follow-up O(1) memory: Memory Limit Exceeded
// Correct, but a hash set of every visited node's address is O(n) extra memory: on the
// follow-up's 10^6 nodes it does not fit in the limit.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut seen: HashSet<*const RefCell<ListNode>> = HashSet::new();
        let mut cur = head;
        while let Some(node) = cur {
            if !seen.insert(Rc::as_ptr(&node)) {
                return true;
            }
            cur = node.borrow().next.clone();
        }
        false
    }
}
