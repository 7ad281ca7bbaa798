// verdict: Wrong Answer
// Bucket sort that keeps taking whole buckets while it has `<= k` values: it always takes one
// bucket too many (unless every value is already taken).
use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count = HashMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0usize) += 1;
        }
        let mut buckets = vec![Vec::new(); nums.len() + 1];
        for (value, c) in count {
            buckets[c].push(value);
        }
        let mut top = Vec::new();
        for bucket in buckets.into_iter().rev() {
            if top.len() <= k as usize {
                top.extend(bucket);
            }
        }
        top
    }
}
