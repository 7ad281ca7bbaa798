// Count the nodes, cut the list after the first ceil(n/2), reverse the second half, then splice
// its nodes one by one after every node of the first half. O(n) time, O(1) extra space.
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
        for _ in 1..(n + 1) / 2 {
            mid = mid.next.as_mut().unwrap();
        }
        let mut second = mid.next.take();
        let mut reversed: Option<Box<ListNode>> = None;
        while let Some(mut node) = second {
            second = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        let mut cur = head.as_mut().unwrap();
        while let Some(mut node) = reversed {
            reversed = node.next.take();
            node.next = cur.next.take();
            cur.next = Some(node);
            match cur.next.as_mut().unwrap().next.as_mut() {
                Some(next) => cur = next,
                None => break,
            }
        }
    }
}
