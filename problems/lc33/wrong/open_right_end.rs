// verdict: Wrong Answer
// `target < nums[hi]` instead of `<=` in the sorted right half: a target equal to the last
// element of the window is thrown away.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let (mut lo, mut hi) = (0i32, nums.len() as i32 - 1);
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            let m = mid as usize;
            if nums[m] == target {
                return mid;
            }
            if nums[lo as usize] <= nums[m] {
                if nums[lo as usize] <= target && target < nums[m] {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            } else if nums[m] < target && target < nums[hi as usize] {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
