// Newton's method from above: g = max(x, 1) >= sqrt(x), and every step g <- (g + x/g) / 2 stays
// above the root while it shrinks; stop as soon as a step no longer decreases g.
impl Solution {
    pub fn square_root(x: f64) -> f64 {
        if x == 0.0 {
            return 0.0;
        }
        let mut g = if x > 1.0 { x } else { 1.0 };
        loop {
            let next = 0.5 * (g + x / g);
            if next >= g {
                return g;
            }
            g = next;
        }
    }
}
