// verdict: Wrong Answer
// Confuses subsequence with subarray: longest strictly increasing contiguous run.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let (mut best, mut run) = (1, 1);
        for w in nums.windows(2) {
            run = if w[1] > w[0] { run + 1 } else { 1 };
            best = best.max(run);
        }
        best
    }
}
