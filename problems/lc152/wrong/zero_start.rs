// verdict: Wrong Answer
// Starts the answer at 0, as if an empty subarray were allowed: [-2] gives 0.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let (mut hi, mut lo, mut best) = (1, 1, 0);
        for x in nums {
            let (a, b) = (hi * x, lo * x);
            hi = x.max(a).max(b);
            lo = x.min(a).min(b);
            best = best.max(hi);
        }
        best
    }
}
