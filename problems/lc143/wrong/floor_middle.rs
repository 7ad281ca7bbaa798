// verdict: Wrong Answer
// Splits after floor(n/2) nodes instead of ceil(n/2) and merges until the first half runs out:
// on odd lengths the last node of the reversed half (the middle one) is lost.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut n = 0;
        let mut cur = head.as_ref();
        while let Some(node) = cur {
            n += 1;
            cur = node.next.as_ref();
        }
        if n < 3 {
            return;
        }
        let mut mid = head.as_mut().unwrap();
        for _ in 1..n / 2 {
            mid = mid.next.as_mut().unwrap();
        }
        let mut second = mid.next.take();
        let mut reversed: Option<Box<ListNode>> = None;
        while let Some(mut node) = second {
            second = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        let mut first = head.take();
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let Some(mut a) = first {
            first = a.next.take();
            tail.next = Some(a);
            tail = tail.next.as_mut().unwrap();
            if let Some(mut b) = reversed {
                reversed = b.next.take();
                tail.next = Some(b);
                tail = tail.next.as_mut().unwrap();
            }
        }
        *head = dummy.next;
    }
}
