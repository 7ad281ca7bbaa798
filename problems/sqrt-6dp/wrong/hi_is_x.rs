// verdict: Wrong Answer
// Bisection on [0, x]: for 0 < x < 1 the root is larger than x (sqrt(0.25) = 0.5), so it is
// never inside the interval.
impl Solution {
    pub fn square_root(x: f64) -> f64 {
        let (mut lo, mut hi) = (0.0f64, x);
        for _ in 0..100 {
            let mid = (lo + hi) / 2.0;
            if mid * mid <= x {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lo
    }
}
