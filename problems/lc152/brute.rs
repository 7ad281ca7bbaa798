// Independent check: the product of every subarray, in i64. O(n^2).
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut best = i64::MIN;
        for i in 0..nums.len() {
            let mut p: i64 = 1;
            for j in i..nums.len() {
                p *= nums[j] as i64;
                best = best.max(p);
            }
        }
        best as i32
    }
}
