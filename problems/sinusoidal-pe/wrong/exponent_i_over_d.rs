// verdict: Wrong Answer
// Loops over pair index i and uses 10000^(i/d) instead of 10000^(2i/d): frequencies decay half as fast.
impl Solution {
    pub fn positional_encoding(seq_len: usize, d_model: usize) -> Vec<Vec<f64>> {
        let mut pe = vec![vec![0.0; d_model]; seq_len];
        for pos in 0..seq_len {
            for i in 0..d_model / 2 {
                let div = 10000f64.powf(i as f64 / d_model as f64);
                pe[pos][2 * i] = (pos as f64 / div).sin();
                pe[pos][2 * i + 1] = (pos as f64 / div).cos();
            }
        }
        pe
    }
}
