// Iterative merge with a dummy head: a cursor to the tail's `next`, always taking the smaller head
// (list1's on ties), then the leftover list appended whole. O(n + m) time, O(1) extra space.
impl Solution {
    pub fn merge_two_lists(mut list1: Option<Box<ListNode>>, mut list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while list1.is_some() && list2.is_some() {
            let from_first = list1.as_ref().unwrap().val <= list2.as_ref().unwrap().val;
            let source = if from_first { &mut list1 } else { &mut list2 };
            let mut node = source.take().unwrap();
            *source = node.next.take();
            tail.next = Some(node);
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = if list1.is_some() { list1 } else { list2 };
        dummy.next
    }
}
