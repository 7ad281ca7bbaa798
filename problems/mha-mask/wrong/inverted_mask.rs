// verdict: Wrong Answer
// Reads the mask the other way round (true = blocked, as in PyTorch's key_padding_mask).
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
        let n = x.len();
        let d_model = w_q.len();
        let head_dim = d_model / num_heads;
        let q = matmul(&x, &w_q);
        let k = matmul(&x, &w_k);
        let v = matmul(&x, &w_v);
        let mut out = vec![vec![0.0; d_model]; n];
        for h in 0..num_heads {
            for i in 0..n {
                let mut scores = vec![0.0; n];
                for j in 0..n {
                    let mut dot = 0.0;
                    for c in 0..head_dim {
                        dot += q[i][h * head_dim + c] * k[j][h * head_dim + c];
                    }
                    scores[j] = dot / (head_dim as f64).sqrt();
                }
                for j in 0..n {
                    if mask[i][j] {
                        scores[j] = f64::NEG_INFINITY;
                    }
                }
                let max = scores.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                let mut sum = 0.0;
                for s in scores.iter_mut() {
                    *s = (*s - max).exp();
                    sum += *s;
                }
                for j in 0..n {
                    let p = scores[j] / sum;
                    for c in 0..head_dim {
                        out[i][h * head_dim + c] += p * v[j][h * head_dim + c];
                    }
                }
            }
        }
        matmul(&out, &w_o)
    }
}
