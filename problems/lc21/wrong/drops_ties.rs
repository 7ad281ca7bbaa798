// verdict: Wrong Answer
// On equal heads takes one node and advances both lists, so one of the duplicates is lost.
impl Solution {
    pub fn merge_two_lists(mut list1: Option<Box<ListNode>>, mut list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        while list1.is_some() && list2.is_some() {
            let (a, b) = (list1.as_ref().unwrap().val, list2.as_ref().unwrap().val);
            if a < b {
                let mut node = list1.take().unwrap();
                list1 = node.next.take();
                tail.next = Some(node);
            } else if b < a {
                let mut node = list2.take().unwrap();
                list2 = node.next.take();
                tail.next = Some(node);
            } else {
                let mut node = list1.take().unwrap();
                list1 = node.next.take();
                list2 = list2.unwrap().next;
                tail.next = Some(node);
            }
            tail = tail.next.as_mut().unwrap();
        }
        tail.next = if list1.is_some() { list1 } else { list2 };
        dummy.next
    }
}
