// verdict: Wrong Answer
// The concatenated layout (all sines in the first half, all cosines in the second) instead of
// interleaving sin/cos in adjacent columns.
impl Solution {
    pub fn positional_encoding(seq_len: usize, d_model: usize) -> Vec<Vec<f64>> {
        let mut pe = vec![vec![0.0; d_model]; seq_len];
        for pos in 0..seq_len {
            let half = d_model / 2;
            for i in 0..half {
                let div = 10000f64.powf((2 * i) as f64 / d_model as f64);
                pe[pos][i] = (pos as f64 / div).sin();
                pe[pos][half + i] = (pos as f64 / div).cos();
            }
        }
        pe
    }
}
