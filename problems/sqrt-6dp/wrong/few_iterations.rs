// verdict: Wrong Answer
// "30 halvings is plenty": true for small x, but for x = 1e12 the interval is still about 900 wide.
impl Solution {
    pub fn square_root(x: f64) -> f64 {
        let (mut lo, mut hi) = (0.0f64, x.max(1.0));
        for _ in 0..30 {
            let mid = (lo + hi) / 2.0;
            if mid * mid <= x {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        (lo + hi) / 2.0
    }
}
