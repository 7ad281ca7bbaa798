// Project once with a matmul helper; per head and query, a stable softmax over the keys the mask
// allows (the maximum taken over those keys only), written into the head's column block.
impl Solution {
    pub fn masked_attention(
        x: Vec<Vec<f64>>,
        w_q: Vec<Vec<f64>>,
        w_k: Vec<Vec<f64>>,
        w_v: Vec<Vec<f64>>,
        w_o: Vec<Vec<f64>>,
        num_heads: usize,
        mask: Vec<Vec<bool>>,
    ) -> Vec<Vec<f64>> {
        fn matmul(a: &[Vec<f64>], b: &[Vec<f64>]) -> Vec<Vec<f64>> {
            a.iter()
                .map(|row| {
                    let mut out = vec![0.0; b[0].len()];
                    for (&a_k, b_row) in row.iter().zip(b) {
                        for (o, &b_kj) in out.iter_mut().zip(b_row) {
                            *o += a_k * b_kj;
                        }
                    }
                    out
                })
                .collect()
        }
        let (n, d) = (x.len(), w_q.len());
        let hd = d / num_heads;
        let scale = 1.0 / (hd as f64).sqrt();
        let (q, k, v) = (matmul(&x, &w_q), matmul(&x, &w_k), matmul(&x, &w_v));
        let mut concat = vec![vec![0.0; d]; n];
        for h in 0..num_heads {
            let cols = h * hd..(h + 1) * hd;
            for t in 0..n {
                let keys: Vec<usize> = (0..n).filter(|&j| mask[t][j]).collect();
                let scores: Vec<f64> = keys
                    .iter()
                    .map(|&j| q[t][cols.clone()].iter().zip(&k[j][cols.clone()]).map(|(a, b)| a * b).sum::<f64>() * scale)
                    .collect();
                let max = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                let weights: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
                let total: f64 = weights.iter().sum();
                for (&j, w) in keys.iter().zip(&weights) {
                    for c in cols.clone() {
                        concat[t][c] += w / total * v[j][c];
                    }
                }
            }
        }
        matmul(&concat, &w_o)
    }
}
