// verdict: Wrong Answer
// Merges while both lists have nodes, then forgets to append whatever is left of the longer one.
impl Solution {
    pub fn merge_two_lists(mut list1: Option<Box<ListNode>>, mut list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while let (Some(a), Some(b)) = (list1.as_ref(), list2.as_ref()) {
            if a.val <= b.val {
                let mut node = list1.take().unwrap();
                list1 = node.next.take();
                tail.next = Some(node);
            } else {
                let mut node = list2.take().unwrap();
                list2 = node.next.take();
                tail.next = Some(node);
            }
            tail = tail.next.as_mut().unwrap();
        }
        dummy.next
    }
}
