// verdict: Wrong Answer
// Greedy: keep taking the next element larger than the last one taken, starting from nums[0].
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut last = nums[0];
        let mut len = 1;
        for &x in &nums[1..] {
            if x > last {
                last = x;
                len += 1;
            }
        }
        len
    }
}
