// verdict: Wrong Answer
// Forgets the learned per-feature weight.
impl Solution {
    pub fn rms_norm(x: Vec<Vec<f64>>, weight: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        let d = x[0].len();
        let mut out = vec![vec![0.0; d]; x.len()];
        for i in 0..x.len() {
            let mut sum_sq = 0.0;
            for j in 0..d {
                sum_sq += x[i][j] * x[i][j];
            }
            let rms = (sum_sq / d as f64 + eps).sqrt();
            for j in 0..d {
                out[i][j] = x[i][j] / rms;
            }
        }
        out
    }
}
