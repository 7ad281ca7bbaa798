// verdict: Time Limit Exceeded
// Every triple of indices, deduplicated through a set of sorted triplets: correct, but O(n^3)
// is about 4.5 * 10^9 steps at n = 3000.
use std::collections::HashSet;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let n = nums.len();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for i in 0..n {
            for j in i + 1..n {
                for k in j + 1..n {
                    if nums[i] + nums[j] + nums[k] == 0 {
                        let mut t = vec![nums[i], nums[j], nums[k]];
                        t.sort();
                        if seen.insert(t.clone()) {
                            out.push(t);
                        }
                    }
                }
            }
        }
        out
    }
}
