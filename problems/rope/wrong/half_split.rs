// verdict: Wrong Answer
// GPT-NeoX / rotate_half pairing: rotates (x[i], x[i + d/2]) instead of the interleaved pairs
// (x[2i], x[2i+1]) this problem fixes.
impl Solution {
    pub fn rope(x: Vec<Vec<f64>>, base: f64) -> Vec<Vec<f64>> {
        let seq_len = x.len();
        let d = x[0].len();
        let mut out = vec![vec![0.0; d]; seq_len];
        for pos in 0..seq_len {
            for i in 0..d / 2 {
                let freq = 1.0 / base.powf((2 * i) as f64 / d as f64);
                let angle = pos as f64 * freq;
                let (x0, x1) = (x[pos][i], x[pos][i + d / 2]);
                out[pos][i] = x0 * angle.cos() - x1 * angle.sin();
                out[pos][i + d / 2] = x0 * angle.sin() + x1 * angle.cos();
            }
        }
        out
    }
}
