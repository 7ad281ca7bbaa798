// Lists to and from LeetCode's `[1,2,3]`, iteratively (lists may be 100 000 long). Written
// against whichever `ListNode` the solution sees, so a pasted definition works too.
fn list_from(values: ::std::vec::Vec<i32>) -> Option<Box<super::ListNode>> {
    let mut head = None;
    for val in values.into_iter().rev() {
        head = Some(Box::new(super::ListNode { val, next: head }));
    }
    head
}

fn list_to(mut list: &Option<Box<super::ListNode>>) -> ::std::vec::Vec<i32> {
    let mut out = ::std::vec::Vec::new();
    while let Some(node) = list {
        if out.len() > 10_000_000 {
            panic!("the returned list has a cycle or more than 10^7 nodes");
        }
        out.push(node.val);
        list = &node.next;
    }
    out
}
