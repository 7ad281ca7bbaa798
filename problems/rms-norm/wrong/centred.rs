// verdict: Wrong Answer
// Subtracts the row mean first, as LayerNorm does: RMSNorm does not centre.
impl Solution {
    pub fn rms_norm(x: Vec<Vec<f64>>, weight: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        let d = x[0].len();
        let mut out = vec![vec![0.0; d]; x.len()];
        for i in 0..x.len() {
            let mean = x[i].iter().sum::<f64>() / d as f64;
            let mut sum_sq = 0.0;
            for j in 0..d {
                sum_sq += (x[i][j] - mean) * (x[i][j] - mean);
            }
            let rms = (sum_sq / d as f64 + eps).sqrt();
            for j in 0..d {
                out[i][j] = (x[i][j] - mean) / rms * weight[j];
            }
        }
        out
    }
}
