// Obviously correct: copy the values out, swap them pairwise in a vector, build a new list.
impl Solution {
    pub fn swap_pairs(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = head;
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next;
        }
        for pair in values.chunks_exact_mut(2) {
            pair.swap(0, 1);
        }
        let mut out = None;
        for &val in values.iter().rev() {
            out = Some(Box::new(ListNode { val, next: out }));
        }
        out
    }
}
