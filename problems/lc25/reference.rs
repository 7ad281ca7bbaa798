// Count the nodes, then for each full group detach its k nodes one by one onto the front of a
// reversed chain, attach the chain to the tail of the result and move the tail to its end.
// O(n) time, O(1) extra space.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut n = 0;
        let mut cur = head.as_ref();
        while let Some(node) = cur {
            n += 1;
            cur = node.next.as_ref();
        }
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let mut rest = head;
        for _ in 0..n / k {
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
