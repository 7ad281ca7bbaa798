// Obviously correct: copy the values out, reverse every full chunk of k, build a new list.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        let mut cur = head;
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next;
        }
        for chunk in values.chunks_exact_mut(k as usize) {
            chunk.reverse();
        }
        let mut out = None;
        for &val in values.iter().rev() {
            out = Some(Box::new(ListNode { val, next: out }));
        }
        out
    }
}
