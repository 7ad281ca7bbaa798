// verdict: Wrong Answer
// LayerNorm with the unbiased variance (divides by d - 1).
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
        fn matmul(a: &Vec<Vec<f64>>, b: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
            let (n, m, p) = (a.len(), b.len(), b[0].len());
            let mut c = vec![vec![0.0; p]; n];
            for i in 0..n {
                for k in 0..m {
                    for j in 0..p {
                        c[i][j] += a[i][k] * b[k][j];
                    }
                }
            }
            c
        }
        fn layer_norm(x: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
            let mut out = x.clone();
            for row in out.iter_mut() {
                let d = row.len() as f64;
                let mean = row.iter().sum::<f64>() / d;
                let var = row.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (d - 1.0);
                for v in row.iter_mut() {
                    *v = (*v - mean) / (var + 1e-5).sqrt();
                }
            }
            out
        }
        fn mha(x: &Vec<Vec<f64>>, w_q: &Vec<Vec<f64>>, w_k: &Vec<Vec<f64>>, w_v: &Vec<Vec<f64>>, w_o: &Vec<Vec<f64>>, num_heads: usize) -> Vec<Vec<f64>> {
            let n = x.len();
            let d = w_q.len();
            let hd = d / num_heads;
            let (q, k, v) = (matmul(x, w_q), matmul(x, w_k), matmul(x, w_v));
            let mut out = vec![vec![0.0; d]; n];
            for h in 0..num_heads {
                for i in 0..n {
                    let mut scores = vec![0.0; n];
                    for j in 0..n {
                        let mut dot = 0.0;
                        for c in h * hd..(h + 1) * hd {
                            dot += q[i][c] * k[j][c];
                        }
                        scores[j] = dot / (hd as f64).sqrt();
                    }
                    let max = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                    let exps: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
                    let sum: f64 = exps.iter().sum();
                    for j in 0..n {
                        for c in h * hd..(h + 1) * hd {
                            out[i][c] += exps[j] / sum * v[j][c];
                        }
                    }
                }
            }
            matmul(&out, w_o)
        }
        fn ffn(x: &Vec<Vec<f64>>, w1: &Vec<Vec<f64>>, b1: &Vec<f64>, w2: &Vec<Vec<f64>>, b2: &Vec<f64>) -> Vec<Vec<f64>> {
            let mut hidden = matmul(x, w1);
            for row in hidden.iter_mut() {
                for (j, v) in row.iter_mut().enumerate() {
                    *v = (*v + b1[j]).max(0.0);
                }
            }
            let mut out = matmul(&hidden, w2);
            for row in out.iter_mut() {
                for (j, v) in row.iter_mut().enumerate() {
                    *v += b2[j];
                }
            }
            out
        }
        fn add(a: &Vec<Vec<f64>>, b: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
            a.iter().zip(b).map(|(r, s)| r.iter().zip(s).map(|(u, v)| u + v).collect()).collect()
        }
        let attn = mha(&x, &w_q, &w_k, &w_v, &w_o, num_heads);
        let h = layer_norm(&add(&x, &attn));
        let f = ffn(&h, &w1, &b1, &w2, &b2);
        layer_norm(&add(&h, &f))
    }
}
