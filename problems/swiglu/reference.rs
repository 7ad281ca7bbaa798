// Two projections with a matmul helper, the gate through SiLU (z / (1 + e^-z): no overflow for any
// sign of z), the element-wise product, then the down projection.
impl Solution {
    pub fn swiglu(x: Vec<Vec<f64>>, w_gate: Vec<Vec<f64>>, w_up: Vec<Vec<f64>>, w_down: Vec<Vec<f64>>) -> Vec<Vec<f64>> {
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
        let gate = matmul(&x, &w_gate);
        let up = matmul(&x, &w_up);
        let hidden: Vec<Vec<f64>> = gate
            .iter()
            .zip(&up)
            .map(|(g, u)| g.iter().zip(u).map(|(&z, &v)| z / (1.0 + (-z).exp()) * v).collect())
            .collect();
        matmul(&hidden, &w_down)
    }
}
