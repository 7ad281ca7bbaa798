// Two passes per row: the mean, then the biased variance of the centred values.
impl Solution {
    pub fn layer_norm(x: Vec<Vec<f64>>, gamma: Vec<f64>, beta: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        x.iter()
            .map(|row| {
                let d = row.len() as f64;
                let mean = row.iter().sum::<f64>() / d;
                let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / d;
                let inv_std = 1.0 / (var + eps).sqrt();
                row.iter().zip(gamma.iter().zip(&beta)).map(|(v, (g, b))| (v - mean) * inv_std * g + b).collect()
            })
            .collect()
    }
}
