// Row t, pair (2i, 2i+1): a 2-D rotation by t * base^(-2i/d).
impl Solution {
    pub fn rope(x: Vec<Vec<f64>>, base: f64) -> Vec<Vec<f64>> {
        x.iter()
            .enumerate()
            .map(|(t, row)| {
                let d = row.len();
                let mut out = vec![0.0; d];
                for i in 0..d / 2 {
                    let theta = t as f64 * base.powf(-((2 * i) as f64) / d as f64);
                    let (sin, cos) = theta.sin_cos();
                    let (a, b) = (row[2 * i], row[2 * i + 1]);
                    out[2 * i] = a * cos - b * sin;
                    out[2 * i + 1] = a * sin + b * cos;
                }
                out
            })
            .collect()
    }
}
