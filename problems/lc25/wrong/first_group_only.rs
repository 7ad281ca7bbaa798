// verdict: Wrong Answer
// Reverses the first k nodes and appends the rest untouched (forgets to repeat for each group).
impl Solution {
    pub fn reverse_k_group(mut head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut reversed: Option<Box<ListNode>> = None;
        for _ in 0..k {
            match head.take() {
                Some(mut node) => {
                    head = node.next.take();
                    node.next = reversed;
                    reversed = Some(node);
                }
                None => break,
            }
        }
        let mut tail = &mut reversed;
        while tail.is_some() {
            tail = &mut tail.as_mut().unwrap().next;
        }
        *tail = head;
        reversed
    }
}
