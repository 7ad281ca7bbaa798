// verdict: Wrong Answer
// Normalises each column over the rows (BatchNorm's axis) instead of each row over its features.
impl Solution {
    pub fn layer_norm(x: Vec<Vec<f64>>, gamma: Vec<f64>, beta: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        let d = x[0].len();
        let mut out = vec![vec![0.0; d]; x.len()];
        let n = x.len();
        for j in 0..d {
            let mean: f64 = (0..n).map(|i| x[i][j]).sum::<f64>() / n as f64;
            let mut var = 0.0;
            for i in 0..n {
                var += (x[i][j] - mean).powi(2);
            }
            var /= n as f64;
            for i in 0..n {
                out[i][j] = (x[i][j] - mean) / (var + eps).sqrt() * gamma[j] + beta[j];
            }
        }
        out
    }
}
