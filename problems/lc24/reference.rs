// Iterative relinking with a dummy head: detach the next two nodes, link them back in swapped
// order, move the cursor two nodes on. Values are never written.
impl Solution {
    pub fn swap_pairs(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode { val: 0, next: head });
        let mut cur = &mut dummy;
        while cur.next.is_some() && cur.next.as_ref().unwrap().next.is_some() {
            let mut first = cur.next.take().unwrap();
            let mut second = first.next.take().unwrap();
            first.next = second.next.take();
            second.next = Some(first);
            cur.next = Some(second);
            cur = cur.next.as_mut().unwrap().next.as_mut().unwrap();
        }
        dummy.next
    }
}
