// verdict: Accepted
// follow-up O(n log n): Time Limit Exceeded
// The textbook O(n^2) DP: right on LeetCode's constraints, too slow for the follow-up.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let n = nums.len();
        let mut dp = vec![1i32; n];
        let mut ans = 0;
        for i in 0..n {
            for j in 0..i {
                if nums[j] < nums[i] {
                    dp[i] = dp[i].max(dp[j] + 1);
                }
            }
            ans = ans.max(dp[i]);
        }
        ans
    }
}
