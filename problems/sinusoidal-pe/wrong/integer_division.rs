// verdict: Wrong Answer
// (i / d_model) in usize is 0 for every i < d_model, so every pair gets frequency 1.
impl Solution {
    pub fn positional_encoding(seq_len: usize, d_model: usize) -> Vec<Vec<f64>> {
        let mut pe = vec![vec![0.0; d_model]; seq_len];
        for pos in 0..seq_len {
            for i in (0..d_model).step_by(2) {
                let div = 10000f64.powf((i / d_model) as f64);
                pe[pos][i] = (pos as f64 / div).sin();
                pe[pos][i + 1] = (pos as f64 / div).cos();
            }
        }
        pe
    }
}
