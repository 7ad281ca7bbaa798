// verdict: Wrong Answer
// `mid * mid` in i32: LeetCode builds Rust in release mode, where the product silently wraps
// once mid > 46340, so for x near i32::MAX the comparison lies and the search ends far off
// (2147483647 gives 1073741824).
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        if x < 2 {
            return x;
        }
        let (mut l, mut r) = (1, x / 2 + 1);
        let mut ans = 0;
        while l <= r {
            let mid = l + (r - l) / 2;
            let sq = mid * mid;
            if sq == x {
                return mid;
            } else if sq < x {
                ans = mid;
                l = mid + 1;
            } else {
                r = mid - 1;
            }
        }
        ans
    }
}
