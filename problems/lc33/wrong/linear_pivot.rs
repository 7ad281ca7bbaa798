// verdict: Accepted
// follow-up O(log n): Time Limit Exceeded
// Walks the array to find where the rotation starts, then binary-searches the half that can
// hold the target: correct, but the walk alone is O(n).
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        let n = nums.len();
        let mut pivot = 0; // index of the smallest element
        for i in 1..n {
            if nums[i] < nums[i - 1] {
                pivot = i;
                break;
            }
        }
        let (lo, hi) = if pivot == 0 {
            (0, n)
        } else if target >= nums[0] {
            (0, pivot)
        } else {
            (pivot, n)
        };
        match nums[lo..hi].binary_search(&target) {
            Ok(i) => (lo + i) as i32,
            Err(_) => -1,
        }
    }
}
