// Definition for a singly-linked list node that may be part of a cycle (drill's own: LeetCode has
// no Rust template for this problem). `Rc` lets two nodes point at the same successor and
// `RefCell` lets the harness link the last node back into the list. No derives: comparing or
// printing a cyclic list structurally would never end. Compare nodes with `Rc::ptr_eq`.
pub struct ListNode {
    pub val: i32,
    pub next: Option<Rc<RefCell<ListNode>>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { val, next: None }
    }
}
use std::rc::Rc;
use std::cell::RefCell;
