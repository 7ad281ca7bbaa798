// verdict: Wrong Answer
// Checks "more than k nodes left" instead of "at least k": the last full group is not reversed
// when it ends exactly at the end of the list.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let mut rest = head;
        loop {
            let mut left = 0;
            let mut cur = rest.as_ref();
            while let Some(node) = cur {
                left += 1;
                cur = node.next.as_ref();
            }
            if left <= k {
                break;
            }
            let mut group: Option<Box<ListNode>> = None;
            for _ in 0..k {
                let mut node = rest.take().unwrap();
                rest = node.next.take();
                node.next = group;
                group = Some(node);
            }
            tail.next = group;
            for _ in 0..k {
                tail = tail.next.as_mut().unwrap();
            }
        }
        tail.next = rest;
        dummy.next
    }
}
