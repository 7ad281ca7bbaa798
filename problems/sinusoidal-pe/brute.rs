// Independent check: the frequency as exp(-(2i/d) * ln 10000) (the "div_term" of the PyTorch
// tutorial), filling column by column.
impl Solution {
    pub fn positional_encoding(seq_len: usize, d_model: usize) -> Vec<Vec<f64>> {
        let mut pe = vec![vec![0.0; d_model]; seq_len];
        for j in 0..d_model {
            let pair = (j / 2 * 2) as f64;
            let freq = (-(pair / d_model as f64) * 10000f64.ln()).exp();
            for t in 0..seq_len {
                let angle = t as f64 * freq;
                pe[t][j] = if j % 2 == 0 { angle.sin() } else { angle.cos() };
            }
        }
        pe
    }
}
