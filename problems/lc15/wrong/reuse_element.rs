// verdict: Wrong Answer
// Looks the third value up in a set of all values, forgetting that it may be one of the two
// already chosen: [-2,1,3] reports [-2,1,1] although 1 occurs once.
use std::collections::HashSet;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let all: HashSet<i32> = nums.iter().copied().collect();
        let mut seen = HashSet::new();
        for i in 0..nums.len() {
            for j in i + 1..nums.len() {
                let c = -(nums[i] + nums[j]);
                if all.contains(&c) {
                    let mut t = vec![nums[i], nums[j], c];
                    t.sort();
                    seen.insert(t);
                }
            }
        }
        seen.into_iter().collect()
    }
}
