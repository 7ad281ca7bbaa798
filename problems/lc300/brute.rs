// Independent check: the O(n^2) DP over "longest increasing subsequence ending at i".
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut best = vec![1; nums.len()];
        for i in 0..nums.len() {
            for j in 0..i {
                if nums[j] < nums[i] && best[j] + 1 > best[i] {
                    best[i] = best[j] + 1;
                }
            }
        }
        best.into_iter().max().unwrap_or(0)
    }
}
