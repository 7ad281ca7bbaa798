// verdict: Runtime Error
// Recursion that assumes every node has a partner: `unwrap()` on the missing second node of an
// odd-length list panics.
impl Solution {
    pub fn swap_pairs(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut first = head?;
        let mut second = first.next.take().unwrap();
        first.next = Self::swap_pairs(second.next.take());
        second.next = Some(first);
        Some(second)
    }
}
