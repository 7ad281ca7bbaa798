// verdict: Runtime Error
// Copies the values out, reorders them and writes them back, but starts by reading the first two
// nodes unconditionally: `unwrap()` on a one-node list's missing second node panics.
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let first = head.as_mut().unwrap();
        let second_val = first.next.as_ref().unwrap().val;
        let mut values = vec![first.val, second_val];
        let mut cur = first.next.as_ref().unwrap().next.as_ref();
        while let Some(node) = cur {
            values.push(node.val);
            cur = node.next.as_ref();
        }
        let (mut i, mut j) = (0, values.len());
        let mut order = Vec::with_capacity(values.len());
        while i < j {
            order.push(values[i]);
            i += 1;
            if i < j {
                j -= 1;
                order.push(values[j]);
            }
        }
        let mut cur = head.as_mut();
        for val in order {
            let node = cur.unwrap();
            node.val = val;
            cur = node.next.as_mut();
        }
    }
}
