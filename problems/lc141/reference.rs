// Floyd's tortoise and hare: `slow` moves one node, `fast` two; they meet (same node, by
// `Rc::ptr_eq`) exactly when there is a cycle, otherwise `fast` runs off the end. O(n) time,
// O(1) extra memory.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let next = |node: &Rc<RefCell<ListNode>>| node.borrow().next.clone();
        let (mut slow, mut fast) = (head.clone(), head);
        loop {
            fast = match fast.as_ref().and_then(next).as_ref().and_then(next) {
                Some(f) => Some(f),
                None => return false,
            };
            slow = slow.as_ref().and_then(next);
            if Rc::ptr_eq(slow.as_ref().unwrap(), fast.as_ref().unwrap()) {
                return true;
            }
        }
    }
}
