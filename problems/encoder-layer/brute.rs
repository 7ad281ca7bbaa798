// Independent check: one token at a time with explicit loops; attention entries recomputed from x,
// an online softmax, and LayerNorm through Welford's running mean and variance.
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
        let n = x.len();
        let d = w_q.len();
        let d_ff = b1.len();
        let hd = d / num_heads;
        let proj = |w: &Vec<Vec<f64>>, t: usize, c: usize| -> f64 {
            let mut s = 0.0;
            for k in 0..d {
                s += x[t][k] * w[k][c];
            }
            s
        };
        let norm = |row: &Vec<f64>| -> Vec<f64> {
            let (mut mean, mut m2) = (0.0f64, 0.0f64);
            for (i, &v) in row.iter().enumerate() {
                let delta = v - mean;
                mean += delta / (i + 1) as f64;
                m2 += delta * (v - mean);
            }
            let std = (m2 / row.len() as f64 + 1e-5).sqrt();
            row.iter().map(|v| (v - mean) / std).collect()
        };
        let mut out = Vec::new();
        for t in 0..n {
            let mut attn = vec![0.0; d];
            for h in 0..num_heads {
                let mut running_max = f64::NEG_INFINITY;
                let mut denom = 0.0;
                let mut acc = vec![0.0; hd];
                for j in 0..n {
                    let mut s = 0.0;
                    for c in 0..hd {
                        s += proj(&w_q, t, h * hd + c) * proj(&w_k, j, h * hd + c);
                    }
                    s /= (hd as f64).sqrt();
                    let new_max = if s > running_max { s } else { running_max };
                    let rescale = (running_max - new_max).exp();
                    let p = (s - new_max).exp();
                    denom = denom * rescale + p;
                    for c in 0..hd {
                        acc[c] = acc[c] * rescale + p * proj(&w_v, j, h * hd + c);
                    }
                    running_max = new_max;
                }
                for c in 0..hd {
                    attn[h * hd + c] = acc[c] / denom;
                }
            }
            let mut first = vec![0.0; d];
            for c in 0..d {
                let mut s = x[t][c];
                for k in 0..d {
                    s += attn[k] * w_o[k][c];
                }
                first[c] = s;
            }
            let h = norm(&first);
            let mut second = vec![0.0; d];
            for c in 0..d {
                let mut s = h[c] + b2[c];
                for f in 0..d_ff {
                    let mut u = b1[f];
                    for k in 0..d {
                        u += h[k] * w1[k][f];
                    }
                    if u > 0.0 {
                        s += u * w2[f][c];
                    }
                }
                second[c] = s;
            }
            out.push(norm(&second));
        }
        out
    }
}
