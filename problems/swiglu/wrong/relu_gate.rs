// verdict: Wrong Answer
// ReLU in place of SiLU (ReGLU, not SwiGLU).
impl Solution {
    pub fn swiglu(x: Vec<Vec<f64>>, w_gate: Vec<Vec<f64>>, w_up: Vec<Vec<f64>>, w_down: Vec<Vec<f64>>) -> Vec<Vec<f64>> {
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
        fn silu(z: f64) -> f64 {
            z.max(0.0)
        }
        let gate = matmul(&x, &w_gate);
        let up = matmul(&x, &w_up);
        let mut h = gate.clone();
        for i in 0..h.len() {
            for j in 0..h[0].len() {
                h[i][j] = silu(gate[i][j]) * up[i][j];
            }
        }
        matmul(&h, &w_down)
    }
}
