// verdict: Wrong Answer
// Returns where the search stopped (`lo`) instead of the last value that fit: the square root
// rounded up whenever x is not a perfect square, e.g. 8 gives 3.
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        let x = x as i64;
        let (mut lo, mut hi) = (0i64, x);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if mid * mid < x {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo as i32
    }
}
