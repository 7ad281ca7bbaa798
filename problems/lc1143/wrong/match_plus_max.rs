// verdict: Wrong Answer
// On a match takes max(dp[i-1][j], dp[i][j-1]) + 1 instead of dp[i-1][j-1] + 1, so one
// character can be matched twice: "aa" vs "a" gives 2.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut dp = vec![vec![0i32; b.len() + 1]; a.len() + 1];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                dp[i][j] = if a[i - 1] == b[j - 1] {
                    dp[i - 1][j].max(dp[i][j - 1]) + 1
                } else {
                    dp[i - 1][j].max(dp[i][j - 1])
                };
            }
        }
        dp[a.len()][b.len()]
    }
}
