// Obviously correct: copy the values out, pick them from both ends alternately, rebuild the list
// into `head`.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut values = Vec::new();
        let mut cur = head.take();
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next;
        }
        let (mut i, mut j) = (0, values.len());
        let mut order = Vec::new();
        while i < j {
            order.push(values[i]);
            i += 1;
            if i < j {
                j -= 1;
                order.push(values[j]);
            }
        }
        for &val in order.iter().rev() {
            *head = Some(Box::new(ListNode { val, next: head.take() }));
        }
    }
}
