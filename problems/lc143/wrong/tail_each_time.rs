// verdict: Time Limit Exceeded
// Correct but O(n^2): for every position, walk to the end of the list to detach the last node and
// splice it in.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut cur = head.as_mut().unwrap();
        loop {
            if cur.next.is_none() || cur.next.as_ref().unwrap().next.is_none() {
                return;
            }
            let mut before_last = cur.next.as_mut().unwrap();
            while before_last.next.as_ref().unwrap().next.is_some() {
                before_last = before_last.next.as_mut().unwrap();
            }
            let mut last = before_last.next.take().unwrap();
            last.next = cur.next.take();
            cur.next = Some(last);
            cur = cur.next.as_mut().unwrap().next.as_mut().unwrap();
        }
    }
}
