// Count, then bucket the values by their count (a count is at most n) and read the buckets from
// the most frequent down: O(n) apart from sorting the k answers at the end.
use std::collections::HashMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count: HashMap<i32, usize> = HashMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let mut buckets: Vec<Vec<i32>> = vec![Vec::new(); nums.len() + 1];
        for (value, c) in count {
            buckets[c].push(value);
        }
        let k = k as usize;
        let mut top = Vec::with_capacity(k);
        for bucket in buckets.iter().rev() {
            top.extend_from_slice(&bucket[..bucket.len().min(k - top.len())]);
            if top.len() == k {
                break;
            }
        }
        // Any order is accepted; sorting only makes the blessed answers reproducible (HashMap's
        // iteration order changes from run to run).
        top.sort_unstable();
        top
    }
}
