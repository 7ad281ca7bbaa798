// verdict: Wrong Answer
// Unbiased variance (divides by d - 1, like torch.var's default); LayerNorm uses the biased one.
// With d = 1 it is 0 / 0.
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
            var /= (d - 1) as f64;
            for j in 0..d {
                out[i][j] = (x[i][j] - mean) / (var + eps).sqrt() * gamma[j] + beta[j];
            }
        }
        out
    }
}
