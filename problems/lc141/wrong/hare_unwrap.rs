// verdict: Runtime Error
// Floyd's algorithm that only checks `fast.next` before jumping two nodes: on a list without a
// cycle and of even length, the second jump `unwrap()`s a missing node and panics.
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn has_cycle(head: Option<Rc<RefCell<ListNode>>>) -> bool {
        let Some(head) = head else { return false };
        let (mut slow, mut fast) = (head.clone(), head);
        loop {
            let one = match fast.borrow().next.clone() {
                Some(n) => n,
                None => return false,
            };
            let two = one.borrow().next.clone().unwrap();
            fast = two;
            let s = slow.borrow().next.clone().unwrap();
            slow = s;
            if Rc::ptr_eq(&slow, &fast) {
                return true;
            }
        }
    }
}
