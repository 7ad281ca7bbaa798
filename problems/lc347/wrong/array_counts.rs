// verdict: Runtime Error
// Counts in an array indexed by the value, forgetting that values can be negative: `x as usize`
// of a negative number is huge and the index panics.
impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count = vec![0usize; 10001];
        for &x in &nums {
            count[x as usize] += 1;
        }
        let mut pairs: Vec<(usize, i32)> = (0..=10000).filter(|&v| count[v] > 0).map(|v| (count[v], v as i32)).collect();
        pairs.sort_by(|a, b| b.0.cmp(&a.0));
        pairs.into_iter().take(k as usize).map(|(_, v)| v).collect()
    }
}
