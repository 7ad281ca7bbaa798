// verdict: Wrong Answer
// Swaps the pairs correctly but only links nodes that came in pairs: an odd last node is lost.
impl Solution {
    pub fn swap_pairs(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let mut rest = head;
        while let Some(mut first) = rest {
            match first.next.take() {
                Some(mut second) => {
                    rest = second.next.take();
                    second.next = Some(first);
                    tail.next = Some(second);
                    tail = tail.next.as_mut().unwrap().next.as_mut().unwrap();
                }
                None => break,
            }
        }
        dummy.next
    }
}
