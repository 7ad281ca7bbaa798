// verdict: Runtime Error
// Recursive: takes k nodes without checking that k are left, so `unwrap()` panics on a short
// last group.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        if head.is_none() {
            return None;
        }
        let mut rest = head;
        let mut group: Option<Box<ListNode>> = None;
        for _ in 0..k {
            let mut node = rest.take().unwrap();
            rest = node.next.take();
            node.next = group;
            group = Some(node);
        }
        let mut tail = &mut group;
        while tail.is_some() {
            tail = &mut tail.as_mut().unwrap().next;
        }
        *tail = Self::reverse_k_group(rest, k);
        group
    }
}
