// verdict: Rejected
// The one-liner the interviewer explicitly rules out.
impl Solution {
    pub fn square_root(x: f64) -> f64 {
        x.sqrt()
    }
}
