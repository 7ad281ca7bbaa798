// verdict: Wrong Answer
// Frequency base^(-i/d) instead of base^(-2i/d).
impl Solution {
    pub fn rope(x: Vec<Vec<f64>>, base: f64) -> Vec<Vec<f64>> {
        let seq_len = x.len();
        let d = x[0].len();
        let mut out = vec![vec![0.0; d]; seq_len];
        for pos in 0..seq_len {
            for i in 0..d / 2 {
                let freq = 1.0 / base.powf(i as f64 / d as f64);
                let angle = pos as f64 * freq;
                let (x0, x1) = (x[pos][2 * i], x[pos][2 * i + 1]);
                out[pos][2 * i] = x0 * angle.cos() - x1 * angle.sin();
                out[pos][2 * i + 1] = x0 * angle.sin() + x1 * angle.cos();
            }
        }
        out
    }
}
