// verdict: Wrong Answer
// Rotates in place and reads x[2i] after it has already been overwritten.
impl Solution {
    pub fn rope(x: Vec<Vec<f64>>, base: f64) -> Vec<Vec<f64>> {
        let seq_len = x.len();
        let d = x[0].len();
        let mut out = vec![vec![0.0; d]; seq_len];
        for pos in 0..seq_len {
            for i in 0..d / 2 {
                let freq = 1.0 / base.powf((2 * i) as f64 / d as f64);
                let angle = pos as f64 * freq;
                out[pos][2 * i] = x[pos][2 * i] * angle.cos() - x[pos][2 * i + 1] * angle.sin();
                out[pos][2 * i + 1] = x[pos][2 * i + 1];
                out[pos][2 * i + 1] = out[pos][2 * i] * angle.sin() + out[pos][2 * i + 1] * angle.cos();
            }
        }
        out
    }
}
