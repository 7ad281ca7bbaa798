// Independent check: one output entry at a time, recomputing the hidden unit it needs; SiLU through
// a sigmoid that branches on the sign of z (e^z / (1 + e^z) for z < 0).
impl Solution {
    pub fn swiglu(x: Vec<Vec<f64>>, w_gate: Vec<Vec<f64>>, w_up: Vec<Vec<f64>>, w_down: Vec<Vec<f64>>) -> Vec<Vec<f64>> {
        let d = w_gate.len();
        let h = w_down.len();
        let d_out = w_down[0].len();
        let sigmoid = |z: f64| if z >= 0.0 { 1.0 / (1.0 + (-z).exp()) } else { z.exp() / (1.0 + z.exp()) };
        let mut out = vec![vec![0.0; d_out]; x.len()];
        for t in 0..x.len() {
            for o in 0..d_out {
                let mut s = 0.0;
                for j in 0..h {
                    let (mut g, mut u) = (0.0, 0.0);
                    for k in 0..d {
                        g += x[t][k] * w_gate[k][j];
                        u += x[t][k] * w_up[k][j];
                    }
                    s += g * sigmoid(g) * u * w_down[j][o];
                }
                out[t][o] = s;
            }
        }
        out
    }
}
