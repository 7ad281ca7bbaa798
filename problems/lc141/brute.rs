// Independent: remember every node visited by its address; reaching a remembered node again means
// a cycle, reaching the end means none.
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let mut seen = HashSet::new();
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
