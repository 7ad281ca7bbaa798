// Bottom-up DP over prefixes with one rolling row: dp[j] = LCS of text1[..i] and text2[..j].
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b) = (text1.as_bytes(), text2.as_bytes());
        let mut dp = vec![0i32; b.len() + 1];
        for &x in a {
            let mut diagonal = 0; // dp[i-1][j-1]
            for j in 1..=b.len() {
                let above = dp[j]; // dp[i-1][j]
                dp[j] = if x == b[j - 1] { diagonal + 1 } else { above.max(dp[j - 1]) };
                diagonal = above;
            }
        }
        dp[b.len()]
    }
}
