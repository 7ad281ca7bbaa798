// Column pair (2i, 2i+1) shares the frequency 1 / 10000^(2i/d): sin in the even column, cos in
// the odd one.
impl Solution {
    pub fn positional_encoding(seq_len: usize, d_model: usize) -> Vec<Vec<f64>> {
        let d = d_model as f64;
        (0..seq_len)
            .map(|t| {
                let mut row = vec![0.0; d_model];
                for i in 0..d_model / 2 {
                    let angle = t as f64 / 10000f64.powf((2 * i) as f64 / d);
                    row[2 * i] = angle.sin();
                    row[2 * i + 1] = angle.cos();
                }
                row
            })
            .collect()
    }
}
