// verdict: Wrong Answer
// Removes duplicates first, so it finds the k-th largest distinct value; repeated values count
// separately ([3,3,2], k = 2 is 3).
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut values: Vec<i32> = nums.into_iter().collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        values.reverse();
        values[(k as usize - 1).min(values.len() - 1)]
    }
}
