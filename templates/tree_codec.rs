// Trees to and from LeetCode's level order with nulls (`[3,9,20,null,null,15,7]`), iteratively
// so that degenerate trees 100 000 deep are fine.
type Node = ::std::rc::Rc<::std::cell::RefCell<super::TreeNode>>;

fn new_node(val: i32) -> Node {
    ::std::rc::Rc::new(::std::cell::RefCell::new(super::TreeNode { val, left: None, right: None }))
}

fn tree_from(values: ::std::vec::Vec<Option<i32>>) -> Option<Node> {
    let mut items = values.into_iter();
    let root = new_node(items.next()??);
    let mut queue = ::std::collections::VecDeque::from([root.clone()]);
    while let Some(node) = queue.pop_front() {
        for left in [true, false] {
            match items.next() {
                None => return Some(root),
                Some(None) => {}
                Some(Some(v)) => {
                    let child = new_node(v);
                    queue.push_back(child.clone());
                    let mut n = node.borrow_mut();
                    if left { n.left = Some(child) } else { n.right = Some(child) }
                }
            }
        }
    }
    Some(root)
}

fn tree_to(root: &Option<Node>) -> ::std::vec::Vec<Option<i32>> {
    let mut out = ::std::vec::Vec::new();
    let mut queue = ::std::collections::VecDeque::from([root.clone()]);
    while let Some(slot) = queue.pop_front() {
        match slot {
            Some(node) => {
                let n = node.borrow();
                out.push(Some(n.val));
                queue.push_back(n.left.clone());
                queue.push_back(n.right.clone());
            }
            None => out.push(None),
        }
    }
    while out.last() == Some(&None) {
        out.pop();
    }
    out
}
