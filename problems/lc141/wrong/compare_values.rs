// verdict: Wrong Answer
// Floyd's algorithm, but "have they met?" compares the nodes' values rather than the nodes
// themselves: two different nodes with the same value look like a meeting.
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
            if slow.as_ref().unwrap().borrow().val == fast.as_ref().unwrap().borrow().val {
                return true;
            }
        }
    }
}
