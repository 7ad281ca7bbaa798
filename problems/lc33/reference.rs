// One binary search: at every step one half of [lo, hi] is sorted; keep the half that can hold
// the target.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0usize, nums.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] == target {
                return mid as i32;
            }
            if nums[lo] <= nums[mid] {
                // [lo, mid] is sorted.
                if nums[lo] <= target && target < nums[mid] {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else {
                // [mid, hi) is sorted.
                if nums[mid] < target && target <= nums[hi - 1] {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        -1
    }
}
