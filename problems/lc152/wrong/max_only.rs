// verdict: Wrong Answer
// Kadane's idea copied from the maximum-sum problem: only the largest product ending here is
// kept, so two negatives never meet: [-2,3,-4] gives 3 instead of 24.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut cur = nums[0];
        let mut best = nums[0];
        for i in 1..nums.len() {
            cur = nums[i].max(cur * nums[i]);
            best = best.max(cur);
        }
        best
    }
}
