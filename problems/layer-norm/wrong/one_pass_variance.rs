// verdict: Wrong Answer
// var = E[x^2] - E[x]^2 in one pass: with values near 1e6 and a spread of 0.5 the two terms agree
// in their first 12 digits and the difference is rounding noise (even negative).
impl Solution {
    pub fn layer_norm(x: Vec<Vec<f64>>, gamma: Vec<f64>, beta: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        let d = x[0].len();
        let mut out = vec![vec![0.0; d]; x.len()];
        for i in 0..x.len() {
            let mean: f64 = x[i].iter().sum::<f64>() / d as f64;
            let mut sq = 0.0;
            for j in 0..d {
                sq += x[i][j] * x[i][j];
            }
            let var = sq / d as f64 - mean * mean;
            for j in 0..d {
                out[i][j] = (x[i][j] - mean) / (var + eps).sqrt() * gamma[j] + beta[j];
            }
        }
        out
    }
}
