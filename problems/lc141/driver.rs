// lc141's driver (problem.json `harness.driver`, replacing the generated one). A case has two
// inputs, LeetCode's `head` values and `pos`; the solution gets only the head of a real list
// whose last node links back to node `pos` (-1: no cycle). It sits inside the solution's module:
// `super::ListNode` and `super::Solution` are the ones the solution sees.
pub(crate) fn case(args: &mut ::drill_prelude::Args) -> ::drill_prelude::Outcome {
    use ::std::cell::RefCell;
    use ::std::rc::Rc;
    let values = <::std::vec::Vec<i32> as ::drill_prelude::Decode>::arg(args);
    let pos = <i32 as ::drill_prelude::Decode>::arg(args);
    if pos < -1 || pos as i64 >= values.len() as i64 {
        panic!("drill harness: bad argument: pos = {pos} for a list of {} nodes", values.len());
    }
    // Built back to front: every node is owned by its predecessor, as in a hand-built list. The
    // harness keeps a reference to each node too, so that after the call it can unlink them all
    // (a cycle of `Rc`s is never freed otherwise) and nothing is dropped inside the timed call.
    let mut nodes: ::std::vec::Vec<Rc<RefCell<super::ListNode>>> = ::std::vec::Vec::with_capacity(values.len());
    let mut head: Option<Rc<RefCell<super::ListNode>>> = None;
    for &val in values.iter().rev() {
        let node = Rc::new(RefCell::new(super::ListNode { val, next: head.take() }));
        nodes.push(node.clone());
        head = Some(node);
    }
    drop(values);
    nodes.reverse();
    if pos >= 0 {
        let entry = nodes[pos as usize].clone();
        nodes.last().unwrap().borrow_mut().next = Some(entry);
    }
    let start = ::std::time::Instant::now();
    let answer: bool = super::Solution::has_cycle(head);
    let elapsed = start.elapsed();
    for node in &nodes {
        node.borrow_mut().next = None;
    }
    drop(nodes);
    ::drill_prelude::Outcome::new(elapsed, &answer)
}
