// Binary search for the largest r with r * r <= x, in i64 so that the square cannot overflow.
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        let x = x as i64;
        let (mut lo, mut hi) = (0i64, x.min(46341)); // 46341^2 > i32::MAX
        while lo < hi {
            let mid = (lo + hi + 1) / 2;
            if mid * mid <= x {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lo as i32
    }
}
