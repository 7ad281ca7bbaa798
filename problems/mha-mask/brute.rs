// Independent check: projections recomputed from x on demand, one head and query at a time, with
// an online (streaming) softmax over the allowed keys; output projection by explicit loops.
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
        let n = x.len();
        let d = w_q.len();
        let hd = d / num_heads;
        let proj = |w: &Vec<Vec<f64>>, t: usize, c: usize| -> f64 {
            let mut s = 0.0;
            for k in 0..d {
                s += x[t][k] * w[k][c];
            }
            s
        };
        let mut heads = vec![vec![0.0; d]; n];
        for h in 0..num_heads {
            for t in 0..n {
                let mut running_max = f64::NEG_INFINITY;
                let mut denom = 0.0;
                let mut acc = vec![0.0; hd];
                for j in 0..n {
                    if !mask[t][j] {
                        continue;
                    }
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
                    heads[t][h * hd + c] = acc[c] / denom;
                }
            }
        }
        let mut out = vec![vec![0.0; d]; n];
        for t in 0..n {
            for c in 0..d {
                for k in 0..d {
                    out[t][c] += heads[t][k] * w_o[k][c];
                }
            }
        }
        out
    }
}
