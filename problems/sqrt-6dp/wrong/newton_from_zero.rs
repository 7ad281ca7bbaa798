// verdict: Wrong Answer
// Newton's method started at g = 0: the first step divides by zero, giving inf (or NaN for x = 0).
impl Solution {
    pub fn square_root(x: f64) -> f64 {
        let mut g = 0.0f64;
        for _ in 0..100 {
            g = (g + x / g) / 2.0;
        }
        g
    }
}
