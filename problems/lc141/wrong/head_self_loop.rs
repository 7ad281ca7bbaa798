// verdict: Wrong Answer
// Only checks whether the head points at itself: a cycle back to any later node is missed.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        match &head {
            Some(node) => match &node.borrow().next {
                Some(next) => Rc::ptr_eq(next, node),
                None => false,
            },
            None => false,
        }
    }
}
