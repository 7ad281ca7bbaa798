// Obviously correct: read every value of both lists, sort them, build a fresh list.
impl Solution {
    pub fn merge_two_lists(list1: Option<Box<ListNode>>, list2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut values = Vec::new();
        for mut list in [list1, list2] {
            while let Some(node) = list {
                values.push(node.val);
                list = node.next;
            }
        }
        values.sort();
        let mut head = None;
        for &val in values.iter().rev() {
            head = Some(Box::new(ListNode { val, next: head }));
        }
        head
    }
}
