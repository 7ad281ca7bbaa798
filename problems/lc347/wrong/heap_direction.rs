// verdict: Wrong Answer
// Means to keep a min-heap of the k most frequent, but Rust's BinaryHeap is a max-heap: popping
// whenever it holds more than k throws away the MOST frequent and keeps the least frequent.
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count = HashMap::new();
        for x in nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let mut heap = BinaryHeap::new();
        for (value, c) in count {
            heap.push((c, value));
            if heap.len() > k as usize {
                heap.pop();
            }
        }
        heap.into_iter().map(|(_, value)| value).collect()
    }
}
