// verdict: Wrong Answer
// Reverses every group, including a last group with fewer than k nodes.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let mut rest = head;
        while rest.is_some() {
            let mut group: Option<Box<ListNode>> = None;
            let mut taken = 0;
            while taken < k && rest.is_some() {
                let mut node = rest.take().unwrap();
                rest = node.next.take();
                node.next = group;
                group = Some(node);
                taken += 1;
            }
            tail.next = group;
            while tail.next.is_some() {
                tail = tail.next.as_mut().unwrap();
            }
        }
        dummy.next
    }
}
