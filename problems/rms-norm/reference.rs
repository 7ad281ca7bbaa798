// Per row: the mean of the squares, then scale every feature by weight / sqrt(mean + eps).
impl Solution {
    pub fn rms_norm(x: Vec<Vec<f64>>, weight: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        x.iter()
            .map(|row| {
                let mean_square = row.iter().map(|v| v * v).sum::<f64>() / row.len() as f64;
                let inv_rms = 1.0 / (mean_square + eps).sqrt();
                row.iter().zip(&weight).map(|(v, w)| v * inv_rms * w).collect()
            })
            .collect()
    }
}
