// verdict: Wrong Answer
// Adds eps after the square root: (x - mean) / (std + eps) instead of / sqrt(var + eps).
impl Solution {
    pub fn layer_norm(x: Vec<Vec<f64>>, gamma: Vec<f64>, beta: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        let d = x[0].len();
        let mut out = vec![vec![0.0; d]; x.len()];
        for i in 0..x.len() {
            let mean: f64 = x[i].iter().sum::<f64>() / d as f64;
            let mut var = 0.0;
            for j in 0..d {
                var += (x[i][j] - mean).powi(2);
            }
            var /= d as f64;
            for j in 0..d {
                out[i][j] = (x[i][j] - mean) / (var.sqrt() + eps) * gamma[j] + beta[j];
            }
        }
        out
    }
}
