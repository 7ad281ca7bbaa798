// verdict: Accepted
// follow-up O(log n): Time Limit Exceeded
// Ignores the structure: O(n) per query. Fine for n <= 5000, not what the interviewer asked.
impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        nums.iter().position(|&x| x == target).map_or(-1, |i| i as i32)
    }
}
