// Post-norm encoder layer from small helpers: matmul, multi-head attention (stable softmax),
// LayerNorm (two-pass, biased variance, eps 1e-5), and the ReLU feed-forward network.
impl Solution {
    pub fn encoder_layer(
        x: Vec<Vec<f64>>,
        w_q: Vec<Vec<f64>>,
        w_k: Vec<Vec<f64>>,
        w_v: Vec<Vec<f64>>,
        w_o: Vec<Vec<f64>>,
        num_heads: usize,
        w1: Vec<Vec<f64>>,
        b1: Vec<f64>,
        w2: Vec<Vec<f64>>,
        b2: Vec<f64>,
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
        fn add(a: &[Vec<f64>], b: &[Vec<f64>]) -> Vec<Vec<f64>> {
            a.iter().zip(b).map(|(r, s)| r.iter().zip(s).map(|(u, v)| u + v).collect()).collect()
        }
        fn layer_norm(a: &[Vec<f64>]) -> Vec<Vec<f64>> {
            a.iter()
                .map(|row| {
                    let d = row.len() as f64;
                    let mean = row.iter().sum::<f64>() / d;
                    let var = row.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / d;
                    let inv_std = 1.0 / (var + 1e-5).sqrt();
                    row.iter().map(|v| (v - mean) * inv_std).collect()
                })
                .collect()
        }
        let (n, d) = (x.len(), w_q.len());
        let hd = d / num_heads;
        let scale = 1.0 / (hd as f64).sqrt();
        let (q, k, v) = (matmul(&x, &w_q), matmul(&x, &w_k), matmul(&x, &w_v));
        let mut heads = vec![vec![0.0; d]; n];
        for h in 0..num_heads {
            let cols = h * hd..(h + 1) * hd;
            for t in 0..n {
                let scores: Vec<f64> = (0..n)
                    .map(|j| q[t][cols.clone()].iter().zip(&k[j][cols.clone()]).map(|(a, b)| a * b).sum::<f64>() * scale)
                    .collect();
                let max = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                let weights: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
                let total: f64 = weights.iter().sum();
                for (j, w) in weights.iter().enumerate() {
                    for c in cols.clone() {
                        heads[t][c] += w / total * v[j][c];
                    }
                }
            }
        }
        let h = layer_norm(&add(&x, &matmul(&heads, &w_o)));
        let mut inner = matmul(&h, &w1);
        for row in &mut inner {
            for (u, b) in row.iter_mut().zip(&b1) {
                *u = (*u + b).max(0.0);
            }
        }
        let mut ffn = matmul(&inner, &w2);
        for row in &mut ffn {
            for (u, b) in row.iter_mut().zip(&b2) {
                *u += b;
            }
        }
        layer_norm(&add(&h, &ffn))
    }
}
