// verdict: Wrong Answer
// Updates the maximum first and then builds the minimum from the new maximum instead of the
// old one, so a product gets squared: [-3,-3,-3] gives 81 instead of 9.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut max_p = nums[0];
        let mut min_p = nums[0];
        let mut res = nums[0];
        for i in 1..nums.len() {
            let x = nums[i];
            max_p = x.max(max_p * x).max(min_p * x);
            min_p = x.min(max_p * x).min(min_p * x);
            res = res.max(max_p);
        }
        res
    }
}
