// Patience sorting: tails[k] is the smallest tail of an increasing subsequence of length k + 1.
impl Solution {
    pub fn length_of_lis(nums: Vec<i32>) -> i32 {
        let mut tails: Vec<i32> = Vec::with_capacity(nums.len());
        for x in nums {
            let k = tails.partition_point(|&t| t < x);
            if k == tails.len() {
                tails.push(x);
            } else {
                tails[k] = x;
            }
        }
        tails.len() as i32
    }
}
