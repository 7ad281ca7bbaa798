// Independent check: bisection on [0, max(1, x)] for a fixed 200 halvings, far past the point
// where lo and hi are neighbouring doubles.
impl Solution {
    pub fn square_root(x: f64) -> f64 {
        let (mut lo, mut hi) = (0.0f64, if x > 1.0 { x } else { 1.0 });
        for _ in 0..200 {
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
