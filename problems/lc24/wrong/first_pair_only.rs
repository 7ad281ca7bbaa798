// verdict: Wrong Answer
// Swaps the first two nodes and stops: the "loop" never advances past the first pair.
impl Solution {
    pub fn swap_pairs(mut head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        match head.as_mut().and_then(|first| first.next.take()) {
            Some(mut second) => {
                let mut first = head.unwrap();
                first.next = second.next.take();
                second.next = Some(first);
                Some(second)
            }
            None => head,
        }
    }
}
