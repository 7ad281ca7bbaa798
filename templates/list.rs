// LeetCode's singly-linked list, as its Rust snippet defines it. `new` is `pub` here (not on
// LeetCode) because the solution lives in another module: `ListNode::new(0)` must compile.
#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}
