// verdict: Wrong Answer
// Sorts the distinct values and takes the k largest values, not the k most frequent ones.
impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut values = nums;
        values.sort_unstable_by(|a, b| b.cmp(a));
        values.dedup();
        values.truncate(k as usize);
        values
    }
}
