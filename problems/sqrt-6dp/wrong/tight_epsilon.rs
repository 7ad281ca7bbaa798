// verdict: Time Limit Exceeded
// Bisects until hi - lo <= 1e-12. Near sqrt(1e12) = 1e6 neighbouring doubles are ~1.2e-10 apart,
// so mid rounds to lo or hi and the loop never ends.
impl Solution {
    pub fn square_root(x: f64) -> f64 {
        let (mut lo, mut hi) = (0.0f64, x.max(1.0));
        while hi - lo > 1e-12 {
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
