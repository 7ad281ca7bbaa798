// verdict: Wrong Answer
// "A list has at most 10^4 nodes, so a walk of 10^4 steps that has not ended must be going round
// a cycle" — off by one: a list of exactly 10^4 nodes without a cycle is reported as cyclic.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut steps = 0;
        let mut cur = head;
        while let Some(node) = cur {
            steps += 1;
            if steps >= 10_000 {
                return true;
            }
            cur = node.borrow().next.clone();
        }
        false
    }
}
