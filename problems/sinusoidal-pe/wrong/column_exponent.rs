// verdict: Wrong Answer
// Uses each column's own index in the exponent, so the odd column 2i+1 gets 10000^((2i+1)/d)
// instead of sharing its pair's frequency.
impl Solution {
    pub fn positional_encoding(seq_len: usize, d_model: usize) -> Vec<Vec<f64>> {
        let mut pe = vec![vec![0.0; d_model]; seq_len];
        for pos in 0..seq_len {
            for j in 0..d_model {
                let angle = pos as f64 / 10000f64.powf(j as f64 / d_model as f64);
                pe[pos][j] = if j % 2 == 0 { angle.sin() } else { angle.cos() };
            }
        }
        pe
    }
}
