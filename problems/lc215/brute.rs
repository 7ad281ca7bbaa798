// Independent check: sort descending and index.
impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut nums = nums;
        nums.sort_by(|a, b| b.cmp(a));
        nums[k as usize - 1]
    }
}
