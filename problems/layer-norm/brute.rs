// Independent check: Welford's one-pass running mean and sum of squared deviations per row.
impl Solution {
    pub fn layer_norm(x: Vec<Vec<f64>>, gamma: Vec<f64>, beta: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        let mut out = Vec::new();
        for row in &x {
            let (mut mean, mut m2) = (0.0f64, 0.0f64);
            for (i, &v) in row.iter().enumerate() {
                let delta = v - mean;
                mean += delta / (i + 1) as f64;
                m2 += delta * (v - mean);
            }
            let var = m2 / row.len() as f64;
            let std = (var + eps).sqrt();
            let mut y = Vec::new();
            for j in 0..row.len() {
                y.push(gamma[j] * ((row[j] - mean) / std) + beta[j]);
            }
            out.push(y);
        }
        out
    }
}
