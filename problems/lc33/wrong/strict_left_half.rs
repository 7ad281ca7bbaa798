// verdict: Wrong Answer
// `nums[lo] < nums[mid]` instead of `<=`: when lo == mid (two elements left) the left "half" is
// the single element nums[lo], but the code treats the right half as sorted, e.g. [3,1], target 1.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0i32, nums.len() as i32 - 1);
        while lo <= hi {
            let mid = (lo + hi) / 2;
            let m = mid as usize;
            if nums[m] == target {
                return mid;
            }
            if nums[lo as usize] < nums[m] {
                if nums[lo as usize] <= target && target < nums[m] {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            } else if nums[m] < target && target <= nums[hi as usize] {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
